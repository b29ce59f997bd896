//! Property tests of the domain rules (`normalize_domain`, `validate_domain`,
//! `foreign_product`): laws that hold for every input, checked on generated ones.
//! The examples live in `src/rules/tests.rs`; these state what they are instances of.
//! Names and `last4`: `properties_names.rs`; requests: `properties_requests.rs`;
//! serde: `properties_wire.rs`.

use injixo_contract::rules;
use injixo_contract::{FieldErrorCode, ForeignDomain};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// Every character `str::trim` and `split_whitespace` treat as whitespace, sampled.
const WS: &[char] = &[
    ' ', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{a0}', '\u{1680}', '\u{2003}',
    '\u{2028}', '\u{202f}', '\u{3000}',
];

fn ws(max: usize) -> impl Strategy<Value = String> {
    vec(select(WS), 0..=max).prop_map(String::from_iter)
}

/// A valid DNS label, short ones more often.
fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-z0-9]{1,3}",
        1 => "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?",
    ]
}

/// A vendor domain (`freshchat.com`): two or three short labels.
fn suffix() -> impl Strategy<Value = String> {
    vec("[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?", 2..=3).prop_map(|l| l.join("."))
}

fn foreign(suffixes: Vec<String>) -> Vec<ForeignDomain> {
    let product = |s: &String| format!("Product {s}");
    suffixes
        .iter()
        .map(|s| ForeignDomain {
            product: product(s),
            suffix: s.clone(),
        })
        .collect()
}

/// The specification of a DNS label, independent of the code under test.
fn is_label(l: &str) -> bool {
    (1..=63).contains(&l.len())
        && !l.starts_with('-')
        && !l.ends_with('-')
        && l.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_at_or_under(host: &str, suffix: &str) -> bool {
    host == suffix || host.ends_with(&format!(".{suffix}"))
}

/// What people paste around a host name: whitespace, a scheme, user-info, capitals,
/// a trailing dot, a port, a path, a query and a fragment.
#[derive(Clone, Debug)]
struct Paste {
    before: String,
    scheme: &'static str,
    userinfo: String,
    caps: u64,
    dots: usize,
    port: String,
    tail: String,
    after: String,
}

impl Paste {
    fn apply(&self, host: &str) -> String {
        let host: String = host
            .chars()
            .enumerate()
            .map(|(i, c)| match self.caps >> (i % 64) & 1 {
                1 => c.to_ascii_uppercase(),
                _ => c,
            })
            .collect();
        let dots = ".".repeat(self.dots);
        let Paste {
            before,
            scheme,
            userinfo,
            port,
            tail,
            after,
            ..
        } = self;
        format!("{before}{scheme}{userinfo}{host}{dots}{port}{tail}{after}")
    }
}

/// Path, query and fragment made of URL-ish tokens; with `with_scheme_sep` they may
/// also contain `://` (`…/login?next=https://…`).
fn url_tail(with_scheme_sep: bool) -> impl Strategy<Value = String> {
    let mut tokens = vec![
        "a", "Z9", "/", ":", "@", ".", "=", "&", "%2F", "ü", " ", "-",
    ];
    if with_scheme_sep {
        tokens.extend(["://", "https://x.example", "//"]);
    }
    let part = move |lead: &'static str| {
        prop_oneof![
            Just(String::new()),
            vec(select(tokens.clone()), 0..6).prop_map(move |t| format!("{lead}{}", t.concat())),
        ]
    };
    (part("/"), part("?"), part("#")).prop_map(|(p, q, f)| p + &q + &f)
}

fn paste(with_scheme_sep: bool) -> impl Strategy<Value = Paste> {
    let userinfo = prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9._~!$'()*+,;=%-]{1,8}(:[a-zA-Z0-9._~!$'()*+,;=%-]{0,8})?@",
    ];
    let port = prop_oneof![
        Just(String::new()),
        "[0-9]{0,5}".prop_map(|p| format!(":{p}"))
    ];
    let schemes = vec!["", "http://", "https://", "HTTPS://", "Http://"];
    let (scheme, tail) = (select(schemes), url_tail(with_scheme_sep));
    (
        ws(2),
        scheme,
        userinfo,
        any::<u64>(),
        0..3usize,
        port,
        tail,
        ws(2),
    )
        .prop_map(
            |(before, scheme, userinfo, caps, dots, port, tail, after)| Paste {
                before,
                scheme,
                userinfo,
                caps,
                dots,
                port,
                tail,
                after,
            },
        )
        .prop_filter("without a scheme, `://` after the host", move |p| {
            with_scheme_sep
                || !p.scheme.is_empty()
                || !format!("{}{}", p.port, p.tail).contains("://")
        })
}

/// Host-shaped strings around one vendor suffix: its subdomains, the bare suffix, a
/// foreign domain, some other domain, a look-alike (`evilfreshchat.com`).
fn host_near(suffix: String, foreign: String) -> impl Strategy<Value = String> {
    let (s1, s2, s3) = (suffix.clone(), suffix.clone(), foreign.clone());
    prop_oneof![
        label().prop_map(move |l| format!("{l}.{s1}")),
        (label(), label()).prop_map(move |(a, b)| format!("{a}.{b}.{s2}")),
        Just(suffix.clone()),
        Just(foreign),
        label().prop_map(move |l| format!("{l}.{s3}")),
        (label(), label()).prop_map(|(a, b)| format!("{a}.{b}")),
        "[a-z0-9][a-z0-9-]{0,8}".prop_map(move |e| format!("{e}{suffix}")),
    ]
}

/// Anything from URL-ish token soup (around `suffix`) to arbitrary Unicode.
fn junk(suffix: String) -> impl Strategy<Value = String> {
    let tokens = vec![
        "a", "B", "-", ".", ":", "/", "//", "://", "@", "?", "#", " ", "\t", "80", "ü", "\u{212a}",
        "\u{130}", "xn--", "..",
    ];
    let token = prop_oneof![select(tokens).prop_map(String::from), Just(suffix)];
    prop_oneof![any::<String>(), vec(token, 0..12).prop_map(|t| t.concat())]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_label_under_the_suffix_validates_to_its_lower_case_form(
        l in "[a-zA-Z0-9_é-]{0,66}", s in suffix(), f in vec(suffix(), 0..2)
    ) {
        let got = rules::validate_domain(&format!("{l}.{s}"), &s, &foreign(f));
        let lower = l.to_lowercase();
        if is_label(&lower) {
            prop_assert_eq!(got, Ok(format!("{lower}.{s}")));
        } else {
            prop_assert!(got.is_err(), "{:?} accepted", l);
        }
    }

    #[test]
    fn what_is_pasted_around_a_host_never_changes_the_verdict(
        (s, f, host) in (suffix(), suffix())
            .prop_flat_map(|(s, f)| (Just(s.clone()), Just(f.clone()), host_near(s, f))),
        p in paste(false),
    ) {
        let fs = foreign(vec![f]);
        let bare = rules::validate_domain(&host, &s, &fs);
        let pasted = p.apply(&host);
        prop_assert_eq!(rules::validate_domain(&pasted, &s, &fs), bare.clone(), "{:?}", pasted);
        prop_assert_eq!(rules::normalize_domain(&pasted), host.clone());
        let product = rules::foreign_product(&pasted, &fs);
        prop_assert_eq!(product, rules::foreign_product(&host, &fs));
        if let Ok(valid) = bare {
            prop_assert_eq!(valid, host);
        }
    }

    #[test]
    fn a_path_or_query_holding_a_url_never_changes_the_verdict(
        l in label(), s in suffix(), p in paste(true)
    ) {
        let host = format!("{l}.{s}");
        let pasted = p.apply(&host);
        prop_assert_eq!(rules::validate_domain(&pasted, &s, &[]), Ok(host), "{:?}", pasted);
    }

    #[test]
    fn the_bare_suffix_lacks_a_subdomain(s in suffix(), f in vec(suffix(), 0..2)) {
        let got = rules::validate_domain(&s, &s, &foreign(f));
        prop_assert_eq!(got, Err(FieldErrorCode::DomainMissingSubdomain));
    }

    #[test]
    fn a_foreign_domain_is_the_wrong_vendor(
        l in label(), s in suffix(), f in suffix(), sub in any::<bool>()
    ) {
        let host = if sub { format!("{l}.{f}") } else { f.clone() };
        prop_assume!(!is_at_or_under(&host, &s));
        let fs = foreign(vec![f.clone()]);
        let got = rules::validate_domain(&host, &s, &fs);
        prop_assert_eq!(got, Err(FieldErrorCode::DomainWrongVendor));
        prop_assert_eq!(rules::foreign_product(&host, &fs).map(|d| &d.suffix), Some(&f));
    }

    #[test]
    fn look_alikes_never_validate(
        l in label(), s in suffix(), other in (label(), label()),
        evil in "[a-z0-9][a-z0-9.-]{0,12}[a-z0-9-]", p in paste(false),
    ) {
        let other = format!("{}.{}", other.0, other.1);
        let hosts = [format!("{evil}{s}"), format!("{l}.{s}.{other}"), format!("{l}.{s}@{other}")];
        for host in hosts {
            let got = rules::validate_domain(&p.apply(&host), &s, &[]);
            prop_assert!(got.is_err(), "{:?} accepted as {:?}", p.apply(&host), got);
        }
    }

    #[test]
    fn anything_validates_to_a_lower_case_host_under_the_suffix_or_not_at_all(
        (s, input) in suffix().prop_flat_map(|s| (Just(s.clone()), junk(s))),
        f in vec(suffix(), 0..2),
    ) {
        let fs = foreign(f);
        let _ = rules::foreign_product(&input, &fs);
        if let Ok(host) = rules::validate_domain(&input, &s, &fs) {
            prop_assert!(host.ends_with(&format!(".{s}")), "{:?}", host);
            let host_char = |b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.');
            prop_assert!(host.bytes().all(host_char), "{:?}", host);
            prop_assert_eq!(&host, &rules::normalize_domain(&input));
            prop_assert_eq!(rules::normalize_domain(&host), host.clone());
            prop_assert_eq!(rules::validate_domain(&host, &s, &fs), Ok(host.clone()));
        }
    }

    #[test]
    fn normalizing_a_domain_twice_is_normalizing_it_once(input in suffix().prop_flat_map(junk)) {
        let once = rules::normalize_domain(&input);
        prop_assert_eq!(rules::normalize_domain(&once), once.clone(), "{:?}", input);
    }
}
