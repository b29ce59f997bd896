//! `GET /integrations` page by page: `limit`, `cursor`, `next_cursor` and `total`,
//! against the whole list and against changes between two pages.

mod common;
#[path = "common/schema.rs"]
mod schema;

use axum::http::StatusCode;
use common::*;
use schema::{check_response, doc};
use serde_json::Value;

/// One page as `(names, next_cursor, total)`, checked against the documented schema.
async fn page(api: &Api, query: &str) -> (Vec<String>, Option<String>, u64) {
    let res = api.get(&format!("/api/v1/integrations{query}")).await;
    assert_eq!(res.status, StatusCode::OK, "{query}: {}", res.text());
    check_response(&doc(), "get", "/integrations", &res);
    let body = res.json();
    let names = body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["name"].as_str().expect("name").to_string())
        .collect();
    let next = body["next_cursor"].as_str().map(str::to_owned);
    (names, next, body["total"].as_u64().expect("total"))
}

/// Every page with this `limit`, concatenated; also how many pages there were.
async fn all_pages(api: &Api, limit: u32) -> (Vec<String>, usize) {
    let (mut names, mut next, _) = page(api, &format!("?limit={limit}")).await;
    let mut pages = 1;
    while let Some(cursor) = next {
        let (more, after, _) = page(api, &format!("?limit={limit}&cursor={cursor}")).await;
        assert!(!more.is_empty(), "a cursor led to an empty page");
        names.extend(more);
        next = after;
        pages += 1;
    }
    (names, pages)
}

fn name(i: usize) -> String {
    format!("Item {i:02}")
}

/// `n` integrations, created out of order, so that the list order is the server's.
async fn seeded(n: usize) -> Api {
    let api = Api::new();
    for i in (1..=n).map(|i| (i * 7) % n + 1) {
        api.create_freshchat(&name(i)).await;
    }
    api
}

fn ids_by_name(items: &[Value]) -> impl Fn(&str) -> String + '_ {
    move |wanted| {
        items
            .iter()
            .find(|i| i["name"] == wanted)
            .and_then(|i| i["id"].as_str())
            .expect("integration")
            .to_string()
    }
}

#[tokio::test]
async fn pages_concatenate_to_the_whole_list_in_order() {
    let api = seeded(23).await;
    let expected: Vec<String> = (1..=23).map(name).collect();
    let (whole, next, total) = page(&api, "?limit=200").await;
    assert_eq!((whole, next, total), (expected.clone(), None, 23));
    for (limit, pages) in [(1, 23), (5, 5), (22, 2), (23, 1), (24, 1)] {
        assert_eq!(
            all_pages(&api, limit).await,
            (expected.clone(), pages),
            "limit {limit}"
        );
    }
    // Every page tells the account's total, not the page's.
    let (first, next, total) = page(&api, "?limit=5").await;
    assert_eq!((first.len(), next.is_some(), total), (5, true, 23));
}

#[tokio::test]
async fn without_a_limit_a_page_has_fifty_items() {
    let api = seeded(53).await;
    let (first, next, total) = page(&api, "").await;
    assert_eq!((first.len(), total), (50, 53));
    let (rest, end, _) = page(&api, &format!("?cursor={}", next.expect("next"))).await;
    assert_eq!(rest, vec![name(51), name(52), name(53)]);
    assert_eq!(end, None);
}

#[tokio::test]
async fn creating_and_deleting_between_pages_neither_repeats_nor_skips_a_row() {
    let api = seeded(20).await;
    let all = api.list().await;
    let id = ids_by_name(&all);
    let (first, cursor, _) = page(&api, "?limit=7").await;
    assert_eq!(first.last().map(String::as_str), Some("Item 07"));
    // Meanwhile: the last row shown (the cursor's own) and one shown earlier are
    // deleted, so is one not shown yet; one is created before the cursor and one
    // after it.
    for gone in ["Item 07", "Item 02", "Item 12"] {
        let res = api
            .delete(&format!("/api/v1/integrations/{}", id(gone)))
            .await;
        assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text());
    }
    api.create_freshchat("Item 03a").await;
    api.create_freshchat("Item 15a").await;

    let mut rest = Vec::new();
    let mut next = cursor;
    while let Some(c) = next {
        let (names, after, total) = page(&api, &format!("?limit=7&cursor={c}")).await;
        assert_eq!(total, 19);
        rest.extend(names);
        next = after;
    }
    let mut expected: Vec<String> = (8..=20).filter(|i| *i != 12).map(name).collect();
    expected.insert(7, "Item 15a".into());
    assert_eq!(rest, expected);
    let mut seen = first.clone();
    seen.extend(rest);
    let unique: std::collections::BTreeSet<_> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "a row came twice: {seen:?}");
}

#[tokio::test]
async fn an_empty_account_has_one_empty_page() {
    let api = Api::new();
    assert_eq!(page(&api, "").await, (vec![], None, 0));
}

#[tokio::test]
async fn limits_outside_one_to_two_hundred_are_bad_requests() {
    let api = seeded(3).await;
    assert_eq!(page(&api, "?limit=1").await.0, vec![name(1)]);
    assert_eq!(page(&api, "?limit=200").await.0.len(), 3);
    for (limit, code) in [
        ("0", "out_of_range"),
        ("201", "out_of_range"),
        ("4294967296", "out_of_range"),
        ("", "not_a_number"),
        ("-5", "not_a_number"),
        ("fifty", "not_a_number"),
    ] {
        let res = api
            .get(&format!("/api/v1/integrations?limit={limit}"))
            .await;
        check_response(&doc(), "get", "/integrations", &res);
        let problem = assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
        assert_eq!(field_errors(&problem), pairs(&[("limit", code)]), "{limit}");
        let detail = problem["detail"].as_str().expect("detail");
        assert!(detail.contains("`limit`"), "{detail}");
    }
}

#[tokio::test]
async fn a_garbled_cursor_is_a_bad_request_that_says_so() {
    let api = seeded(3).await;
    let (_, next, _) = page(&api, "?limit=1").await;
    let good = next.expect("next");
    // Not signed, but a changed first character breaks the format marker.
    let tampered = format!("A{}", &good[1..]);
    for cursor in ["", "garbage!", "bm9wZQ", &tampered, "%ZZ"] {
        let res = api
            .get(&format!("/api/v1/integrations?cursor={cursor}"))
            .await;
        check_response(&doc(), "get", "/integrations", &res);
        let problem = assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
        let detail = problem["detail"].as_str().expect("detail");
        assert!(detail.contains("`cursor`"), "{cursor}: {detail}");
        assert!(!res.text().contains("Item"), "{}", res.text());
    }
}
