//! The face and the transport in a real JS engine (Node, or Chromium with
//! WASM_BINDGEN_USE_BROWSER=1), against the local ChartMogul-compatible
//! server whose URL `npm test` passes at compile time.
#![cfg(target_arch = "wasm32")]

use chartmogul_wasm::api::ENDPOINTS;
use chartmogul_wasm::wasm::face::call;
use chartmogul_wasm::{set_error_factory, Config};
use js_sys::Array;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

const BASE: &str = must_be_set(option_env!("CHARTMOGUL_TEST_BASE"));
const CLOSED_BASE: &str = must_be_set(option_env!("CHARTMOGUL_TEST_CLOSED_BASE"));
const KEY: &str = "local_test_key";
const DOCUMENTED_UUID: &str = "ds_fef05d54-47b4-431b-aed2-eb6b9e545430";

/// A URL passed at compile time by `npm test`. Unset (as under clippy), it
/// points nowhere, so the tests fail rather than pass unchecked.
const fn must_be_set(url: Option<&'static str>) -> &'static str {
    match url {
        Some(url) => url,
        None => "http://test-url-not-set.invalid",
    }
}

/// Errors become plain `{ className, message, httpStatus, response, attempts, retryAfter }` objects.
fn describe_errors_as_objects() {
    let factory = Function::new_with_args(
        "className, message, details",
        "return { className, message, ...details };",
    );
    set_error_factory(factory);
}

/// The same tests run in Chromium, where calls need the browser opt-in;
/// no retries, so each error is the first answer's.
fn allow_browser() -> JsValue {
    js_sys::JSON::parse(r#"{"dangerouslyAllowBrowser":true,"retries":0}"#).unwrap()
}

fn config(base: &str) -> Config {
    Config::new(KEY.into(), base.into(), allow_browser()).expect("valid config")
}

fn in_a_web_page() -> bool {
    Reflect::has(&js_sys::global(), &"document".into()).unwrap()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

async fn settle(promise: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

/// `DataSource.retrieve(config, uuid, query, options)` through the face's generic call.
fn retrieve_call(config: &Config, uuid: JsValue, query: JsValue, options: JsValue) -> Promise {
    let id = ENDPOINTS
        .iter()
        .position(|e| (e.class, e.method) == ("DataSource", "retrieve"))
        .expect("DataSource.retrieve is in the table");
    call(id, config, Array::of3(&uuid, &query, &options))
}

async fn retrieve(config: &Config, uuid: &str, query: JsValue) -> Result<JsValue, JsValue> {
    settle(retrieve_call(
        config,
        uuid.into(),
        query,
        JsValue::UNDEFINED,
    ))
    .await
}

#[wasm_bindgen_test]
async fn retrieve_resolves_with_the_documented_record() {
    describe_errors_as_objects();
    let ds = retrieve(&config(BASE), DOCUMENTED_UUID, JsValue::UNDEFINED)
        .await
        .unwrap();
    assert_eq!(get(&ds, "uuid"), DOCUMENTED_UUID);
    assert_eq!(get(&ds, "name"), "In-house billing");
    assert_eq!(get(&ds, "system"), "Custom");
    assert_eq!(get(&ds, "created_at"), "2023-01-10T15:34:05.918Z");
    assert_eq!(get(&ds, "status"), "idle");
    assert!(get(&ds, "processing_status").is_undefined());
}

#[wasm_bindgen_test]
async fn query_flags_bring_the_typed_settings() {
    describe_errors_as_objects();
    let query = js_sys::JSON::parse(
        r#"{"with_processing_status":true,"with_auto_churn_subscription_setting":true}"#,
    )
    .unwrap();
    let ds = retrieve(&config(BASE), DOCUMENTED_UUID, query)
        .await
        .unwrap();
    assert_eq!(get(&get(&ds, "processing_status"), "processed"), 61);
    assert_eq!(
        get(&get(&ds, "auto_churn_subscription_setting"), "enabled"),
        true
    );
    assert!(get(&ds, "invoice_handling_setting").is_undefined());
}

#[wasm_bindgen_test]
async fn unknown_fields_and_statuses_are_kept_as_they_came() {
    describe_errors_as_objects();
    let ds = retrieve(
        &config(BASE),
        "ds_scenario_extra_fields",
        JsValue::UNDEFINED,
    )
    .await
    .unwrap();
    assert_eq!(get(&ds, "status"), "paused_by_future_feature");
    assert_eq!(get(&ds, "billing_region"), "eu");
}

#[wasm_bindgen_test]
async fn a_404_rejects_as_not_found_with_status_and_body() {
    describe_errors_as_objects();
    let e = retrieve(&config(BASE), "ds_missing", JsValue::UNDEFINED)
        .await
        .unwrap_err();
    assert_eq!(get(&e, "className"), "NotFoundError");
    assert_eq!(get(&e, "httpStatus"), 404);
    assert_eq!(get(&e, "attempts"), 1);
    assert_eq!(get(&e, "message"), "HTTP 404: Data source not found");
    assert_eq!(get(&get(&e, "response"), "error"), "Data source not found");
}

#[wasm_bindgen_test]
async fn a_wrong_key_rejects_as_forbidden() {
    describe_errors_as_objects();
    let wrong = Config::new("sk_wrong".into(), BASE.into(), allow_browser()).unwrap();
    let e = retrieve(&wrong, DOCUMENTED_UUID, JsValue::UNDEFINED)
        .await
        .unwrap_err();
    assert_eq!(get(&e, "className"), "ForbiddenError");
    assert_eq!(get(&e, "httpStatus"), 401);
    assert!(!get(&e, "message").as_string().unwrap().contains("sk_wrong"));
}

/// In Chromium the redirect comes back as an "opaqueredirect" with status 0.
#[wasm_bindgen_test]
async fn a_redirect_is_not_followed() {
    describe_errors_as_objects();
    let e = retrieve(&config(BASE), "ds_scenario_redirect", JsValue::UNDEFINED)
        .await
        .unwrap_err();
    assert_eq!(get(&e, "className"), "ChartMogulError");
    assert_eq!(get(&e, "httpStatus"), 302);
    assert!(get(&e, "message")
        .as_string()
        .unwrap()
        .contains("not followed"));
}

/// ChartMogul is the authority on its data: an answer unlike its type
/// (a name that is a number) is handed back as it came.
#[wasm_bindgen_test]
async fn an_answer_unlike_its_type_resolves_as_sent() {
    let answer = retrieve(
        &config(BASE),
        "ds_scenario_wrong_schema",
        JsValue::UNDEFINED,
    )
    .await
    .unwrap();
    assert_eq!(get(&answer, "name"), 42);
}

#[wasm_bindgen_test]
async fn no_answer_rejects_as_a_connection_error() {
    describe_errors_as_objects();
    let e = retrieve(&config(CLOSED_BASE), DOCUMENTED_UUID, JsValue::UNDEFINED)
        .await
        .unwrap_err();
    assert_eq!(get(&e, "className"), "ConnectionError");
    assert!(get(&e, "httpStatus").is_undefined());
}

#[wasm_bindgen_test]
async fn bad_arguments_reject_before_any_request() {
    describe_errors_as_objects();
    // The closed port proves nothing was sent: a request would be a ConnectionError.
    let closed = config(CLOSED_BASE);
    for uuid in [
        JsValue::from(""),
        JsValue::from(".."),
        JsValue::from(42),
        JsValue::UNDEFINED,
    ] {
        let promise = retrieve_call(&closed, uuid, JsValue::UNDEFINED, JsValue::UNDEFINED);
        let e = settle(promise).await.unwrap_err();
        assert_eq!(get(&e, "className"), "ConfigurationError");
    }
    let e = retrieve(&closed, DOCUMENTED_UUID, "with_processing_status".into())
        .await
        .unwrap_err();
    assert_eq!(
        get(&e, "className"),
        "ConfigurationError",
        "a query must be an object"
    );
    // A key ChartMogul may not know is its to judge: sent, so it meets the closed port.
    let unknown = js_sys::JSON::parse(r#"{"with_procesing_status":true}"#).unwrap();
    let e = retrieve(&closed, DOCUMENTED_UUID, unknown)
        .await
        .unwrap_err();
    assert_eq!(get(&e, "className"), "ConnectionError");
}

#[wasm_bindgen_test]
async fn an_aborted_signal_rejects_with_its_reason() {
    describe_errors_as_objects();
    let controller = web_sys::AbortController::new().unwrap();
    controller.abort_with_reason(&"stopped by test".into());
    let options = js_sys::Object::new();
    Reflect::set(&options, &"signal".into(), &controller.signal()).unwrap();
    let promise = retrieve_call(
        &config(BASE),
        DOCUMENTED_UUID.into(),
        JsValue::UNDEFINED,
        options.into(),
    );
    assert_eq!(settle(promise).await.unwrap_err(), "stopped by test");
}

#[wasm_bindgen_test]
fn config_refuses_bad_keys_and_bases_and_keeps_the_key_out_of_json() {
    describe_errors_as_objects();
    let refused = |key: JsValue, base: JsValue| {
        let e = Config::new(key, base, JsValue::UNDEFINED).err().unwrap();
        get(&e, "className")
    };
    assert_eq!(refused("".into(), JsValue::UNDEFINED), "ConfigurationError");
    assert_eq!(
        refused(JsValue::NULL, JsValue::UNDEFINED),
        "ConfigurationError"
    );
    assert_eq!(
        refused(KEY.into(), "http://example.com".into()),
        "ConfigurationError"
    );
    assert_eq!(refused(KEY.into(), 42.into()), "ConfigurationError");

    let json = js_sys::JSON::stringify(&JsValue::from(config(BASE))).unwrap();
    assert!(!String::from(json).contains(KEY));
}

#[wasm_bindgen_test]
async fn a_web_page_needs_the_opt_in_and_other_hosts_do_not() {
    describe_errors_as_objects();
    let plain = Config::new(KEY.into(), BASE.into(), JsValue::UNDEFINED).unwrap();
    let result = retrieve(&plain, DOCUMENTED_UUID, JsValue::UNDEFINED).await;
    if in_a_web_page() {
        let e = result.unwrap_err();
        assert_eq!(get(&e, "className"), "ConfigurationError");
        let message = get(&e, "message").as_string().unwrap();
        assert!(message.contains("dangerouslyAllowBrowser"), "{message}");
    } else {
        assert_eq!(get(&result.unwrap(), "uuid"), DOCUMENTED_UUID);
    }
}

#[wasm_bindgen_test]
async fn a_rate_limited_call_is_retried_until_the_answer_comes() {
    describe_errors_as_objects();
    let options = js_sys::JSON::parse(r#"{"dangerouslyAllowBrowser":true,"retries":2}"#).unwrap();
    let retrying = Config::new(KEY.into(), BASE.into(), options).unwrap();
    // Two 429s with Retry-After: 1 … then the record; within the 2 retries.
    let uuid = format!(
        "ds_flaky_rate_limited_retry_after_2_{}",
        js_sys::Math::random().to_bits()
    );
    let ds = retrieve(&retrying, &uuid, JsValue::UNDEFINED)
        .await
        .unwrap();
    assert_eq!(get(&ds, "uuid"), uuid.as_str());
}

#[wasm_bindgen_test]
async fn an_attempt_past_its_timeout_rejects_as_a_timeout() {
    describe_errors_as_objects();
    let options = js_sys::JSON::parse(r#"{"timeout":150}"#).unwrap();
    let promise = retrieve_call(
        &config(BASE),
        "ds_fault_hang".into(),
        JsValue::UNDEFINED,
        options,
    );
    let e = settle(promise).await.unwrap_err();
    assert_eq!(get(&e, "className"), "TimeoutError");
    assert_eq!(get(&e, "attempts"), 1);
}
