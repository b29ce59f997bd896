//! PINs: issued to a client, claimed by an admin. A PIN is six random digits, valid
//! for `PIN_VALID_SECS`, kept only as a salted SHA-256, usable once. A claim compares
//! the typed PIN with every live PIN in constant time, and counts wrong tries per
//! scope: after `PIN_MAX_WRONG` wrong tries within `PIN_COOLDOWN_SECS`, claims of
//! that scope are refused for `PIN_COOLDOWN_SECS`, whatever PIN they carry (so a
//! correct PIN found later does not end the cool-down early either).

use crate::{clock, credentials::hex_sha256, db};
use injixo_contract::{PIN_COOLDOWN_SECS, PIN_DIGITS, PIN_MAX_WRONG, PIN_VALID_SECS};
use rusqlite::Connection;
use time::{Duration, OffsetDateTime};

/// The scope of wrong tries of the setup form of a new integration.
pub const NEW_INTEGRATION_SCOPE: &str = "new";

/// The scope of wrong tries made while editing one integration.
pub fn integration_scope(integration_id: &str) -> String {
    format!("integration:{integration_id}")
}

/// Six random digits from the operating system's CSPRNG (a v4 UUID's random bits;
/// 64 of them reduced modulo 10⁶, so the bias is below 10⁻¹³).
pub fn random_pin() -> String {
    let bytes = uuid::Uuid::new_v4().into_bytes();
    let n = u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes"));
    format!(
        "{:0width$}",
        n % 10u64.pow(PIN_DIGITS as u32),
        width = PIN_DIGITS
    )
}

fn salted(salt: &str, pin: &str) -> String {
    hex_sha256(format!("{salt}:{pin}").as_bytes())
}

/// Compares in time independent of where the strings differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0, |d, (x, y)| d | (x ^ y)) == 0
}

/// The live PIN that `pin` is, looked for in every live PIN without stopping at
/// the first match, so the time taken says nothing about which (or whether) one hit.
fn find<'a>(live: &'a [db::LivePin], pin: &str) -> Option<&'a db::LivePin> {
    live.iter().fold(None, |hit, p| {
        let matches = same(&salted(&p.salt, pin), &p.hash);
        if matches && hit.is_none() {
            Some(p)
        } else {
            hit
        }
    })
}

/// Gives the client a fresh PIN, different from every other live PIN; its earlier
/// unclaimed PIN stops working. Returns the PIN and when it expires (RFC 3339).
pub fn issue(
    conn: &Connection,
    client_id: &str,
    now: OffsetDateTime,
) -> rusqlite::Result<(String, String)> {
    let now_s = clock::format(now);
    let live = db::live_pins(conn, &now_s)?;
    let pin = loop {
        let pin = random_pin();
        if find(&live, &pin).is_none() {
            break pin;
        }
    };
    let salt = uuid::Uuid::new_v4().simple().to_string();
    let expires = clock::format(now + Duration::seconds(PIN_VALID_SECS));
    db::replace_pin(
        conn,
        client_id,
        &salt,
        &salted(&salt, &pin),
        &now_s,
        &expires,
    )?;
    Ok((pin, expires))
}

/// What came of a claim.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim {
    /// The PIN was live: this is the new link.
    Linked(Box<db::LinkRow>),
    /// Wrong, expired or already claimed (one answer for all three).
    Invalid,
    /// Too many wrong tries: refused for this many more seconds (≥ 1).
    Locked {
        /// Seconds until claims of the scope are accepted again.
        retry_after_secs: i64,
    },
}

/// Claims `pin` for `scope` at `now`, in one transaction.
pub fn claim(
    conn: &mut Connection,
    pin: &str,
    scope: &str,
    now: OffsetDateTime,
) -> rusqlite::Result<Claim> {
    let tx = conn.transaction()?;
    let now_s = clock::format(now);
    let mut attempts = db::pin_attempts(&tx, scope)?;
    if let Some(until) = attempts.locked_until.as_deref().and_then(clock::parse) {
        if now < until {
            let retry_after_secs = (until - now).whole_seconds().max(1);
            return Ok(Claim::Locked { retry_after_secs });
        }
        attempts.locked_until = None;
    }
    let window_over = clock::parse(&attempts.first_wrong_at)
        .is_none_or(|first| now - first >= Duration::seconds(PIN_COOLDOWN_SECS));
    if window_over {
        attempts.wrong = 0;
        attempts.first_wrong_at.clear();
    }
    let live = db::live_pins(&tx, &now_s)?;
    let outcome = match find(&live, pin) {
        Some(hit) => {
            db::mark_pin_claimed(&tx, hit.rowid, &now_s)?;
            let id = uuid::Uuid::new_v4().to_string();
            db::insert_link(&tx, &id, &hit.client_id, &now_s)?;
            let link = db::link(&tx, &id)?.expect("just inserted");
            Claim::Linked(Box::new(link))
        }
        None => {
            if attempts.wrong == 0 {
                attempts.first_wrong_at = now_s.clone();
            }
            attempts.wrong += 1;
            if attempts.wrong >= PIN_MAX_WRONG {
                attempts = db::PinAttempts {
                    wrong: 0,
                    first_wrong_at: String::new(),
                    locked_until: Some(clock::format(now + Duration::seconds(PIN_COOLDOWN_SECS))),
                };
            }
            Claim::Invalid
        }
    };
    db::set_pin_attempts(&tx, scope, &attempts)?;
    tx.commit()?;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_six_digits() {
        for _ in 0..200 {
            let pin = random_pin();
            assert_eq!(pin.len(), PIN_DIGITS, "{pin}");
            assert!(pin.bytes().all(|b| b.is_ascii_digit()), "{pin}");
        }
    }

    #[test]
    fn finds_the_one_matching_pin() {
        let live: Vec<db::LivePin> = ["111111", "222222"]
            .iter()
            .enumerate()
            .map(|(i, pin)| db::LivePin {
                rowid: i as i64,
                client_id: format!("c{i}"),
                salt: format!("s{i}"),
                hash: salted(&format!("s{i}"), pin),
            })
            .collect();
        assert_eq!(find(&live, "222222").map(|p| p.rowid), Some(1));
        assert_eq!(find(&live, "333333").map(|p| p.rowid), None);
        assert!(same("ab", "ab") && !same("ab", "ac") && !same("ab", "abc"));
    }
}
