//! `/api/v1/session`: logging in and out, the cookies, `AUTH_MODE=session`, the
//! CSRF check on changes, bearer tokens and the expiry test hook.

mod common;
#[path = "common/schema.rs"]
mod schema;
#[path = "common/sessions.rs"]
mod sessions;

use axum::http::{Method, StatusCode};
use common::*;
use injixo_backend::config::AuthMode;
use serde_json::json;
use sessions::*;

#[tokio::test]
async fn logging_in_sets_the_cookies_and_out_clears_them() {
    let api = api(AuthMode::Open);
    let res = api
        .post("/api/v1/session", &json!({ "user": " Ada " }), &[])
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.header("cache-control"), Some("no-store"));
    let body = res.json();
    assert_eq!(body["user"], "Ada");
    let csrf = body["csrf_token"].as_str().unwrap().to_string();
    assert!(csrf.len() >= 32, "{csrf}");

    let (id, attrs) = set_cookie(&res, "ixi_session");
    assert!(id.len() >= 32 && id != csrf);
    assert_eq!(attrs, ["HttpOnly", "SameSite=Lax", "Path=/"]);
    let (token, attrs) = set_cookie(&res, "ixi_csrf");
    assert_eq!(token, csrf, "the page copies the cookie into the header");
    assert_eq!(attrs, ["SameSite=Lax", "Path=/"], "readable by the page");

    let me = Login { id, csrf };
    let res = send(
        &api,
        Method::GET,
        "/api/v1/session",
        &[("cookie", &me.cookie())],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.json(), json!({ "user": "Ada", "csrf_token": me.csrf }));

    let res = api.get("/api/v1/session").await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    assert!(res.header("www-authenticate").is_some());

    let headers = [("cookie", me.cookie()), ("x-csrf-token", me.csrf.clone())];
    let headers: Vec<_> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = send(&api, Method::DELETE, "/api/v1/session", &headers).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    for name in ["ixi_session", "ixi_csrf"] {
        let (value, attrs) = set_cookie(&res, name);
        assert_eq!(value, "", "{name}");
        assert!(
            attrs.contains(&"Max-Age=0".to_string()),
            "{name}: {attrs:?}"
        );
    }
    // Forgotten server-side: the old cookie no longer works.
    let res = send(
        &api,
        Method::GET,
        "/api/v1/session",
        &[("cookie", &me.cookie())],
    )
    .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
}

#[tokio::test]
async fn a_user_name_is_required_and_short() {
    let api = api(AuthMode::Session);
    for (user, code) in [
        ("", "required"),
        ("   ", "required"),
        (&*"x".repeat(81), "too_long"),
    ] {
        let res = api
            .post("/api/v1/session", &json!({ "user": user }), &[])
            .await;
        assert_field_errors(&res, &[("user", code)]);
    }
    login(&api, &"é".repeat(80)).await;
    let res = api.post("/api/v1/session", &json!({}), &[]).await;
    assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
}

#[tokio::test]
async fn session_mode_needs_a_session_and_open_mode_does_not() {
    let api = api(AuthMode::Session);
    for path in [
        "/api/v1/integrations",
        "/api/v1/catalogue",
        "/api/v1/account",
        "/api/v1/nope",
    ] {
        let res = api.get(path).await;
        let problem = assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
        assert_eq!(problem["type"], "urn:injixo:problem:unauthorized");
        assert!(res.header("www-authenticate").is_some(), "{path}");
    }
    let res = api
        .create(&freshchat("Chat", "acme.freshchat.com", API_KEY))
        .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    assert_eq!(api.get("/api/v1/health").await.status, StatusCode::OK);

    let me = login(&api, "ada").await;
    let res = send(
        &api,
        Method::GET,
        "/api/v1/integrations",
        &[("cookie", &me.cookie())],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let res = send(
        &api,
        Method::GET,
        "/api/v1/integrations",
        &[("cookie", "ixi_session=forged")],
    )
    .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");

    let open = self::api(AuthMode::Open);
    assert_eq!(
        open.get("/api/v1/integrations").await.status,
        StatusCode::OK
    );
    open.created(&freshchat("Chat", "acme.freshchat.com", API_KEY))
        .await;
}

#[tokio::test]
async fn changes_with_the_cookie_need_the_csrf_header_in_either_mode() {
    for mode in [AuthMode::Session, AuthMode::Open] {
        let api = api(mode);
        let me = login(&api, "ada").await;
        let cookie = me.cookie();
        let wrong = format!("{}x", me.csrf);
        for csrf in [None, Some(""), Some(wrong.as_str())] {
            let mut headers = vec![("cookie", cookie.as_str())];
            headers.extend(csrf.map(|t| ("x-csrf-token", t)));
            let res = send(&api, Method::POST, "/api/v1/integrations", &headers).await;
            let problem = assert_problem(&res, StatusCode::FORBIDDEN, "csrf_failed");
            assert_eq!(problem["type"], "urn:injixo:problem:csrf_failed");
        }
        let ok = [
            ("cookie", cookie.as_str()),
            ("x-csrf-token", me.csrf.as_str()),
        ];
        let res = send(&api, Method::POST, "/api/v1/integrations", &ok).await;
        assert_eq!(res.status, StatusCode::CREATED, "{mode:?}: {}", res.text());
        let item = format!(
            "/api/v1/integrations/{}",
            res.json()["id"].as_str().unwrap()
        );
        let pause = format!("{item}/pause");
        for (method, path) in [
            (Method::PATCH, item.as_str()),
            (Method::POST, pause.as_str()),
            (Method::DELETE, item.as_str()),
        ] {
            let res = send(&api, method.clone(), path, &[("cookie", &cookie)]).await;
            assert_problem(&res, StatusCode::FORBIDDEN, "csrf_failed");
            let res = send(&api, method.clone(), path, &ok).await;
            assert!(res.status.is_success(), "{method} {path}: {}", res.text());
        }
        // Reading needs no token.
        let res = send(
            &api,
            Method::GET,
            "/api/v1/integrations",
            &[("cookie", &cookie)],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn logging_in_again_replaces_the_session_without_a_csrf_token() {
    let api = api(AuthMode::Session);
    let old = login(&api, "ada").await;
    let res = api
        .post(
            "/api/v1/session",
            &json!({ "user": "bob" }),
            &[("cookie", &old.cookie())],
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let res = send(
        &api,
        Method::GET,
        "/api/v1/session",
        &[("cookie", &old.cookie())],
    )
    .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
}

#[tokio::test]
async fn a_bearer_session_id_works_without_a_csrf_token() {
    let api = api(AuthMode::Session);
    let me = login(&api, "ada").await;
    let bearer = format!("Bearer {}", me.id);
    let res = send(
        &api,
        Method::GET,
        "/api/v1/session",
        &[("authorization", &bearer)],
    )
    .await;
    assert_eq!(res.json()["user"], "ada");
    let res = send(
        &api,
        Method::POST,
        "/api/v1/integrations",
        &[("authorization", &bearer)],
    )
    .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let res = send(
        &api,
        Method::GET,
        "/api/v1/integrations",
        &[("authorization", "Bearer nope")],
    )
    .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    // The CSRF token is not a credential.
    let csrf = format!("Bearer {}", me.csrf);
    let res = send(
        &api,
        Method::GET,
        "/api/v1/integrations",
        &[("authorization", &csrf)],
    )
    .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
}

#[tokio::test]
async fn sessions_expire_by_the_hook_and_after_eight_idle_hours() {
    let api = api(AuthMode::Session);
    let me = login(&api, "ada").await;
    let cookie = me.cookie();
    let api = &api; // the closures copy the reference
    let get = |cookie: String| async move {
        let headers = [("cookie", cookie.as_str())];
        send(api, Method::GET, "/api/v1/integrations", &headers).await
    };
    let advance = |secs: i64| async move {
        let body = json!({ "advance_seconds": secs });
        let res = api.post("/api/v1/test/clock", &body, &[]).await;
        assert_eq!(res.status, StatusCode::OK);
    };
    // Sliding: each use keeps it alive for another 8 hours.
    for _ in 0..2 {
        advance(7 * 3600).await;
        assert_eq!(get(cookie.clone()).await.status, StatusCode::OK);
    }
    advance(8 * 3600).await;
    assert_problem(&get(cookie).await, StatusCode::UNAUTHORIZED, "unauthorized");

    let cookie = login(api, "ada").await.cookie();
    assert_eq!(get(cookie.clone()).await.status, StatusCode::OK);
    // The hook needs no session itself: an end-to-end test calls it from outside.
    let res = api.post_empty("/api/v1/test/sessions/expire").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json()["expired"], 1);
    assert_problem(&get(cookie).await, StatusCode::UNAUTHORIZED, "unauthorized");
}

#[tokio::test]
async fn the_expire_hook_exists_only_with_test_hooks() {
    let api = Api::new();
    let res = api.post_empty("/api/v1/test/sessions/expire").await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn contact_events_use_their_injixo_api_key_not_a_session() {
    let api = api(AuthMode::Session);
    let me = login(&api, "ada").await;
    let auth = [("cookie", me.cookie()), ("x-csrf-token", me.csrf.clone())];
    let auth: Vec<_> = auth.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = send(&api, Method::POST, "/api/v1/integrations", &auth).await;
    let id = res.json()["id"].as_str().unwrap().to_string();
    let res = api.app_key(&id, &json!({}), &auth).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let key = res.json()["key"].as_str().unwrap().to_string();

    let res = api
        .events(Some(&format!("Bearer {key}")), &contact_events())
        .await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    // A session is no injixo API key, and a session cookie changes nothing.
    let res = api
        .events(Some(&format!("Bearer {}", me.id)), &contact_events())
        .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    let res = api
        .post(
            "/external-systems/contact-events",
            &contact_events(),
            &[
                ("cookie", &me.cookie()),
                ("authorization", &format!("Bearer {key}")),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
}

#[tokio::test]
async fn session_responses_match_the_documented_schemas() {
    use schema::{check_response, doc};
    let doc = doc();
    let api = api(AuthMode::Session);
    let res = api
        .post("/api/v1/session", &json!({ "user": "" }), &[])
        .await;
    check_response(&doc, "post", "/session", &res);
    let res = api.get("/api/v1/session").await;
    check_response(&doc, "get", "/session", &res);
    let res = api.get("/api/v1/integrations").await;
    check_response(&doc, "get", "/integrations", &res);
    let res = api.delete("/api/v1/session").await;
    check_response(&doc, "delete", "/session", &res);

    let me = login(&api, "ada").await;
    let cookie = [("cookie", me.cookie())];
    let cookie: Vec<_> = cookie.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = send(&api, Method::POST, "/api/v1/integrations", &cookie).await;
    check_response(&doc, "post", "/integrations", &res);
    let res = send(&api, Method::DELETE, "/api/v1/session", &cookie).await;
    check_response(&doc, "delete", "/session", &res);
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}
