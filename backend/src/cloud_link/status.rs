//! A link's status from its client's heartbeats, by the server's clock: connected
//! while the last heartbeat is at most `LINK_LOST_AFTER_SECS` old. An on-premise
//! integration with a link is *Operational* while it is connected and *Problem
//! detected* when not; a paused one stays paused.

use crate::{clock, db::LinkRow};
use injixo_contract::{CloudLink, IntegrationStatus, LINK_LOST_AFTER_SECS};
use time::OffsetDateTime;

/// Whether a client last seen at `last_seen_at` counts as connected at `now`.
pub fn connected(last_seen_at: &str, now: OffsetDateTime) -> bool {
    clock::parse(last_seen_at)
        .is_some_and(|seen| (now - seen).whole_seconds() <= LINK_LOST_AFTER_SECS)
}

/// The link as the API shows it at `now`.
pub fn present(row: &LinkRow, now: OffsetDateTime) -> CloudLink {
    CloudLink {
        id: row.id.clone(),
        host: row.host.clone(),
        version: row.version.clone(),
        os: row.os.clone(),
        time_zone: row.time_zone.clone(),
        linked_at: row.linked_at.clone(),
        last_seen_at: row.last_seen_at.clone(),
        connected: connected(&row.last_seen_at, now),
    }
}

/// The status of an integration whose stored status is `stored` and which is
/// served by `link`.
pub fn integration_status(stored: IntegrationStatus, link: &CloudLink) -> IntegrationStatus {
    match stored {
        IntegrationStatus::Paused => IntegrationStatus::Paused,
        _ if link.connected => IntegrationStatus::Operational,
        _ => IntegrationStatus::ProblemDetected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Duration;

    #[test]
    fn connected_until_the_limit_and_not_after() {
        let now = clock::parse("2025-01-31T10:00:00Z").unwrap();
        let at = |secs| clock::format(now - Duration::seconds(secs));
        assert!(connected(&at(0), now));
        assert!(connected(&at(LINK_LOST_AFTER_SECS), now));
        assert!(!connected(&at(LINK_LOST_AFTER_SECS + 1), now));
        assert!(!connected("not a time", now));
    }

    #[test]
    fn paused_stays_paused() {
        let mut link = CloudLink {
            id: "l".into(),
            host: "h".into(),
            version: "1".into(),
            os: "linux".into(),
            time_zone: "UTC".into(),
            linked_at: "2025-01-31T10:00:00Z".into(),
            last_seen_at: "2025-01-31T10:00:00Z".into(),
            connected: true,
        };
        use IntegrationStatus::*;
        assert_eq!(integration_status(Connecting, &link), Operational);
        assert_eq!(integration_status(Paused, &link), Paused);
        link.connected = false;
        assert_eq!(integration_status(Operational, &link), ProblemDetected);
        assert_eq!(integration_status(Paused, &link), Paused);
    }
}
