//! Property: for any sequence of PIN issues, claims (of real and random PINs, in
//! two scopes) and clock moves, a claim succeeds exactly when its PIN is one that
//! was issued, has not expired and was not claimed before, and it links that PIN's
//! client; wrong tries are counted per scope, and `PIN_MAX_WRONG` of them within
//! `PIN_COOLDOWN_SECS` refuse every claim of the scope for `PIN_COOLDOWN_SECS`.

use injixo_backend::{
    cloud_link::pins::{self, Claim},
    db,
};
use injixo_contract::{PIN_COOLDOWN_SECS, PIN_MAX_WRONG, PIN_VALID_SECS};
use proptest::prelude::*;
use time::{Duration, OffsetDateTime};

const CLIENTS: usize = 3;
const SCOPES: [&str; 2] = ["new", "integration:x"];

#[derive(Clone, Debug)]
enum Step {
    Issue(usize),
    Advance(i64),
    /// The latest PIN issued to this client (perhaps expired or claimed).
    ClaimIssued(usize, usize),
    /// Anything typed: mostly six digits that no one was given.
    ClaimTyped(String, usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..CLIENTS).prop_map(Step::Issue),
        prop_oneof![0..60i64, 0..400i64].prop_map(Step::Advance),
        (0..CLIENTS, 0..SCOPES.len()).prop_map(|(c, s)| Step::ClaimIssued(c, s)),
        ("[0-9]{6}|[0-9a-z ]{0,8}", 0..SCOPES.len()).prop_map(|(p, s)| Step::ClaimTyped(p, s)),
    ]
}

/// The expected state: each client's latest PIN, each scope's wrong tries.
#[derive(Default)]
struct Model {
    /// (PIN, expires at (s), claimed).
    pins: [Option<(String, i64, bool)>; CLIENTS],
    /// (wrong, first wrong at, locked until).
    scopes: [(u32, i64, Option<i64>); 2],
}

impl Model {
    fn claim(&mut self, pin: &str, scope: usize, now: i64) -> Result<usize, Option<i64>> {
        let (wrong, first, locked) = &mut self.scopes[scope];
        if let Some(until) = *locked {
            if now < until {
                return Err(Some(until - now));
            }
            *locked = None;
        }
        if *wrong > 0 && now - *first >= PIN_COOLDOWN_SECS {
            *wrong = 0;
        }
        let hit = self.pins.iter_mut().position(|p| {
            p.as_ref()
                .is_some_and(|(p, expires, claimed)| p == pin && now < *expires && !claimed)
        });
        if let Some(i) = hit {
            self.pins[i].as_mut().unwrap().2 = true;
            return Ok(i);
        }
        if *wrong == 0 {
            *first = now;
        }
        *wrong += 1;
        if *wrong >= PIN_MAX_WRONG {
            *wrong = 0;
            *locked = Some(now + PIN_COOLDOWN_SECS);
        }
        Err(None)
    }
}

fn run(steps: Vec<Step>) -> Result<(), TestCaseError> {
    let mut conn = db::open_in_memory().unwrap();
    let start = OffsetDateTime::from_unix_timestamp(1_738_315_800).unwrap();
    let mut now = 0i64;
    let at = |s: i64| start + Duration::seconds(s);
    let ids: Vec<String> = (0..CLIENTS).map(|i| format!("client-{i}")).collect();
    for id in &ids {
        let now_s = injixo_backend::clock::format(start);
        let client = db::NewClient {
            id,
            token_hash: &format!("hash-{id}"),
            host: "h",
            version: "1",
            os: "linux",
            time_zone: "UTC",
            flavor: "standard",
            now: &now_s,
        };
        db::insert_client(&conn, &client).unwrap();
    }
    let mut model = Model::default();
    let mut successes = std::collections::HashSet::new();
    for step in steps {
        let (pin, scope) = match step {
            Step::Issue(c) => {
                let (pin, _) = pins::issue(&conn, &ids[c], at(now)).unwrap();
                prop_assert!(pin.len() == 6 && pin.bytes().all(|b| b.is_ascii_digit()));
                model.pins[c] = Some((pin, now + PIN_VALID_SECS, false));
                continue;
            }
            Step::Advance(s) => {
                now += s;
                continue;
            }
            Step::ClaimIssued(c, s) => match &model.pins[c] {
                Some((pin, _, _)) => (pin.clone(), s),
                None => continue,
            },
            Step::ClaimTyped(pin, s) => (pin, s),
        };
        let expected = model.claim(&pin, scope, now);
        let got = pins::claim(&mut conn, &pin, SCOPES[scope], at(now)).unwrap();
        match (expected, got) {
            (Ok(client), Claim::Linked(link)) => {
                prop_assert_eq!(&link.client_id, &ids[client]);
                // At most once: each success is a PIN never claimed before.
                prop_assert!(successes.insert(pin.clone()), "claimed twice: {}", pin);
            }
            (Err(None), Claim::Invalid) => {}
            (Err(Some(secs)), Claim::Locked { retry_after_secs }) => {
                prop_assert_eq!(secs, retry_after_secs);
                prop_assert!((1..=PIN_COOLDOWN_SECS).contains(&secs));
            }
            (expected, got) => {
                prop_assert!(false, "{pin} at {now}: expected {expected:?}, got {got:?}");
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn only_live_pins_link_and_only_once(steps in proptest::collection::vec(step(), 1..60)) {
        run(steps)?;
    }
}
