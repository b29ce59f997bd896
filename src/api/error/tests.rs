use super::ApiError;
use injixo_contract::{ErrorCode, FieldErrorCode};

fn problem(status: u16, code: &str, extra: &str) -> String {
    format!(
        r#"{{"type":"urn:x","title":"English prose","status":{status},"code":"{code}","request_id":"rid-1"{extra}}}"#
    )
}

#[test]
fn field_errors_survive_the_mapping() {
    let body = problem(
        409,
        "name_taken",
        r#","errors":[{"field":"name","code":"name_taken"}]"#,
    );
    let e = ApiError::from_response(409, &body);
    assert_eq!(e.code(), Some(ErrorCode::NameTaken));
    assert_eq!(e.field_errors()[0].field, "name");
    assert_eq!(e.field_errors()[0].code, FieldErrorCode::NameTaken);
    assert_eq!(e.request_id(), Some("rid-1"));
    assert_eq!(e.message().id(), "error-check-fields");
    assert!(!e.is_transient());
}

#[test]
fn auth_statuses_win_over_bodies() {
    assert_eq!(
        ApiError::from_response(401, &problem(401, "internal", "")),
        ApiError::Unauthorized
    );
    assert_eq!(ApiError::from_response(403, "nope"), ApiError::Forbidden);
}

#[test]
fn bodies_that_are_not_problems_keep_their_status() {
    let e = ApiError::from_response(502, "<html>Bad gateway</html>");
    assert_eq!(e, ApiError::Status(502));
    assert_eq!(e.message().id(), "error-server");
    assert!(e.is_transient());
    assert_eq!(
        ApiError::from_response(418, "").message().id(),
        "error-unexpected-response"
    );
}

#[test]
fn vendor_outage_is_its_own_message_and_retryable() {
    let e = ApiError::from_response(503, &problem(503, "vendor_unavailable", ""));
    assert_eq!(e.message().id(), "error-vendor-unavailable");
    assert!(e.is_transient());
}

#[test]
fn unknown_codes_from_a_newer_server_get_a_generic_message() {
    let e = ApiError::from_response(500, &problem(500, "brand_new_thing", ""));
    assert_eq!(e.code(), Some(ErrorCode::Unknown));
    assert_eq!(e.message().id(), "error-server");
    let e = ApiError::from_response(422, &problem(422, "brand_new_thing", ""));
    assert_eq!(e.message().id(), "error-unexpected-response");
}

#[test]
fn network_failures_are_retryable_and_have_no_reference() {
    for e in [ApiError::Network, ApiError::Timeout] {
        assert!(e.is_transient());
        assert_eq!(e.request_id(), None);
    }
    assert_eq!(ApiError::Timeout.message().id(), "error-timeout");
}
