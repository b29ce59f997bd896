//! Fault injection: with `INJIXO_TEST_HOOKS=1`, `POST /api/v1/test/faults` installs
//! rules that make matching requests fail the way networks and servers fail, so the
//! SPA's (and other clients') handling of slow, broken and refused requests can be
//! tested end to end. Without the test hooks the middleware is not even installed.
//!
//! A rule matches a request by method (any when absent) and path: exactly, or as a
//! prefix when the rule's path ends with `*` (`/api/v1/integrations/*` matches
//! `/api/v1/integrations/7` but not `/api/v1/integrations`). The first matching rule
//! with hits left applies and counts down `times` (forever when absent). Requests
//! under `/api/v1/test/` are never faulted, so a test can always clear the rules.
//!
//! The middleware runs before routing, sessions and handlers: a faulted request
//! never reaches its handler and changes nothing, except `latency`, which only
//! delays it.
//!
//! The rules and their shared state are here; the middleware that applies them is
//! in `inject`.

mod inject;
pub use inject::middleware;

use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex};

/// What a faulted request gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// Waits `ms` (default 1000), then the request is handled normally.
    #[serde(rename = "latency")]
    Latency,
    /// 500 `internal`.
    #[serde(rename = "500")]
    Internal,
    /// 503 `vendor_unavailable` with `Retry-After: 1` (the contract's only 503 code).
    #[serde(rename = "503")]
    Unavailable,
    /// No answer for `ms` (default 60 s), then the connection is closed unanswered.
    #[serde(rename = "hang")]
    Hang,
    /// The connection is closed at once without any response.
    #[serde(rename = "drop")]
    Drop,
    /// 200 `application/json` whose body is not JSON.
    #[serde(rename = "malformed")]
    Malformed,
    /// 401 `unauthorized`, with the path's `WWW-Authenticate` challenge.
    #[serde(rename = "401")]
    Unauthorized,
    /// 403 `forbidden`.
    #[serde(rename = "403")]
    Forbidden,
    /// 409 `request_in_progress` with `Retry-After: 1`.
    #[serde(rename = "409")]
    InProgress,
    /// 422 `validation_failed` without field errors.
    #[serde(rename = "422")]
    Invalid,
}

impl Kind {
    /// The wire name, as in the rules and the request log (`fault=503`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Latency => "latency",
            Kind::Internal => "500",
            Kind::Unavailable => "503",
            Kind::Hang => "hang",
            Kind::Drop => "drop",
            Kind::Malformed => "malformed",
            Kind::Unauthorized => "401",
            Kind::Forbidden => "403",
            Kind::InProgress => "409",
            Kind::Invalid => "422",
        }
    }

    /// Whether the client gets any HTTP response at all.
    pub fn answers(self) -> bool {
        !matches!(self, Kind::Hang | Kind::Drop)
    }
}

/// One rule of `POST /api/v1/test/faults`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// `POST`, `get`, …; any method when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// An exact path, or a prefix followed by `*`.
    pub path: String,
    /// What a matching request gets.
    pub fault: Kind,
    /// Hits left (`GET` shows what remains); until cleared when absent.
    #[serde(default)]
    pub times: Option<u32>,
    /// The delay of `latency` and `hang`; ignored by the other kinds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ms: Option<u64>,
}

impl Rule {
    /// A path that is not absolute, a `*` anywhere but at the end, or a method
    /// that is not a token would never match anything: refused rather than ignored.
    pub fn is_valid(&self) -> bool {
        let stem = self.path.strip_suffix('*').unwrap_or(&self.path);
        let method_ok = self.method.as_deref().is_none_or(|m| {
            !m.is_empty() && m.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        });
        self.path.starts_with('/') && !stem.contains('*') && method_ok
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        let method_ok = self
            .method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method));
        let path_ok = match self.path.strip_suffix('*') {
            Some(prefix) => path.starts_with(prefix),
            None => path == self.path,
        };
        method_ok && path_ok && self.times != Some(0)
    }
}

/// The body of `POST` and `GET /api/v1/test/faults`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faults {
    /// In order: the first matching rule with hits left applies.
    pub faults: Vec<Rule>,
}

/// The active rules, shared by the middleware and the test hook (in `AppState`).
#[derive(Clone, Default)]
pub struct FaultState(Arc<Mutex<Vec<Rule>>>);

impl FaultState {
    fn rules(&self) -> std::sync::MutexGuard<'_, Vec<Rule>> {
        // A panic elsewhere must not switch fault injection off (or on).
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Replaces every rule (an empty list clears them).
    pub fn set(&self, rules: Vec<Rule>) {
        *self.rules() = rules;
    }

    /// The rules with their remaining `times`; spent ones stay listed with 0, so a
    /// test can see that its fault fired.
    pub fn list(&self) -> Vec<Rule> {
        self.rules().clone()
    }

    /// The rule that applies to this request, counted down by one hit.
    pub fn take(&self, method: &str, path: &str) -> Option<Rule> {
        let mut rules = self.rules();
        let rule = rules.iter_mut().find(|r| r.matches(method, path))?;
        if let Some(times) = rule.times.as_mut() {
            *times -= 1;
        }
        Some(rule.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(method: Option<&str>, path: &str, times: Option<u32>) -> Rule {
        Rule {
            method: method.map(str::to_owned),
            path: path.into(),
            fault: Kind::Internal,
            times,
            ms: None,
        }
    }

    #[test]
    fn matches_by_method_and_exact_or_prefix_path() {
        let exact = rule(Some("post"), "/api/v1/integrations", None);
        assert!(exact.matches("POST", "/api/v1/integrations"));
        assert!(!exact.matches("GET", "/api/v1/integrations"));
        assert!(!exact.matches("POST", "/api/v1/integrations/7"));
        let prefix = rule(None, "/api/v1/integrations/*", None);
        assert!(prefix.matches("PATCH", "/api/v1/integrations/7"));
        assert!(!prefix.matches("GET", "/api/v1/integrations"));
    }

    #[test]
    fn counts_down_and_then_stops_matching() {
        let faults = FaultState::default();
        faults.set(vec![rule(None, "/x", Some(2))]);
        assert!(faults.take("GET", "/x").is_some());
        assert_eq!(faults.list()[0].times, Some(1));
        assert!(faults.take("GET", "/x").is_some());
        assert!(faults.take("GET", "/x").is_none());
        assert_eq!(faults.list()[0].times, Some(0));
    }

    #[test]
    fn refuses_rules_that_could_never_match() {
        assert!(rule(Some("GET"), "/a/*", None).is_valid());
        assert!(!rule(None, "a", None).is_valid());
        assert!(!rule(None, "/a*/b", None).is_valid());
        assert!(!rule(Some(""), "/a", None).is_valid());
        assert!(!rule(Some("GET /a"), "/a", None).is_valid());
    }
}
