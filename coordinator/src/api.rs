//! The sync API under `/api/v1`: what the phones call (JSON, compressed by [`crate::app`]).

use std::sync::Arc;

use axum::extract::rejection::JsonRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use ponte_wire::sync::{
    ApiError, PairRequest, PushRequest, PushResponse, SyncRequest, SyncResponse, BAD_CODE,
    MAX_PAGE, MAX_PUSH, MIN_SYNC_VERSION, SYNC_VERSION, SYNC_VERSION_HEADER, TOO_MANY_ATTEMPTS,
    UPDATE_REQUIRED,
};
use serde::Deserialize;

use crate::content;
use crate::sharing::{self, DeviceAuth};
use crate::state::AppState;

/// The routes the phones call: each request says the sync API version it speaks.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1/content/changes", get(changes))
        .route("/api/v1/lessons/pack", get(pack))
        .route("/api/v1/pair", post(pair))
        .route("/api/v1/push", post(push))
        .route("/api/v1/sync", post(sync))
        .route("/api/v1/items", get(items))
        .route("/api/v1/unpair", post(unpair))
        .route("/api/v1/erase", post(erase))
        .route_layer(axum::middleware::from_fn(sync_version))
}

/// The sync API version a phone speaks ([`SYNC_VERSION_HEADER`]; 1 when it sends none, as the
/// builds before versions did).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SyncVersion(pub u32);

/// Reads the phone's sync API version: an unreadable one is refused, one older than
/// [`MIN_SYNC_VERSION`] is answered `426 Upgrade Required` (`update-required`: the app shows
/// "please update"). Every answer says the server's own version.
async fn sync_version(
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let sent = request.headers().get(SYNC_VERSION_HEADER);
    let version = match sent.map(|v| v.to_str().ok().and_then(|v| v.trim().parse::<u32>().ok())) {
        None => 1,
        Some(Some(version)) => version,
        Some(None) => {
            return refuse(
                StatusCode::BAD_REQUEST,
                "bad-version",
                format!("{SYNC_VERSION_HEADER}: a whole number (this server speaks {MIN_SYNC_VERSION} to {SYNC_VERSION})"),
            )
        }
    };
    let mut response = if version < MIN_SYNC_VERSION {
        refuse(
            StatusCode::UPGRADE_REQUIRED,
            UPDATE_REQUIRED,
            format!("this app speaks version {version} of the sync API; this server speaks {MIN_SYNC_VERSION} to {SYNC_VERSION}: update the app"),
        )
    } else {
        request.extensions_mut().insert(SyncVersion(version));
        next.run(request).await
    };
    response.headers_mut().insert(
        SYNC_VERSION_HEADER,
        axum::http::HeaderValue::from(SYNC_VERSION),
    );
    response
}

pub(crate) fn refuse(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    (
        status,
        Json(ApiError {
            code: code.into(),
            message: message.into(),
        }),
    )
        .into_response()
}

/// A request body as the endpoint takes it, strictly: the wire types are read leniently (the
/// phones read a newer server), so what the server receives is checked here, whole, for a
/// field it does not know (in a record, a stamp, an operation alike); a field sent empty
/// (null, 0, false, "", [], {}) carries nothing and passes. Refused as `bad-body`, naming it.
fn strict<T: serde::de::DeserializeOwned + serde::Serialize>(
    body: Result<Json<serde_json::Value>, JsonRejection>,
) -> Result<T, Response> {
    let not_taken = |why: String| {
        refuse(
            StatusCode::BAD_REQUEST,
            "bad-body",
            format!("the request body is not what this endpoint takes: {why}"),
        )
    };
    let Json(raw) = body.map_err(bad_body)?;
    let typed: T = serde_json::from_value(raw.clone()).map_err(|e| not_taken(e.to_string()))?;
    let read = serde_json::to_value(&typed).map_err(|e| not_taken(e.to_string()))?;
    match unknown_field(&raw, &read, "") {
        Some(path) => Err(not_taken(format!("unknown field {path}"))),
        None => Ok(typed),
    }
}

/// The first field of `raw` that reading it as its type left out (`read` is what was read,
/// written back), as a path (`operations[0].change.record.colour`).
fn unknown_field(raw: &serde_json::Value, read: &serde_json::Value, at: &str) -> Option<String> {
    use serde_json::Value;
    let carries_nothing = |v: &Value| match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
    };
    match (raw, read) {
        (Value::Object(raw), Value::Object(read)) => raw.iter().find_map(|(name, value)| {
            let here = if at.is_empty() {
                name.clone()
            } else {
                format!("{at}.{name}")
            };
            match read.get(name) {
                Some(known) => unknown_field(value, known, &here),
                None if carries_nothing(value) => None,
                None => Some(here),
            }
        }),
        (Value::Array(raw), Value::Array(read)) => raw
            .iter()
            .zip(read)
            .enumerate()
            .find_map(|(i, (value, known))| unknown_field(value, known, &format!("{at}[{i}]"))),
        _ => None,
    }
}

fn bad_body(rejection: JsonRejection) -> Response {
    refuse(
        StatusCode::BAD_REQUEST,
        "bad-body",
        format!(
            "the request body is not what this endpoint takes: {}",
            rejection.body_text()
        ),
    )
}

/// The device behind `Authorization: Bearer <token>`, or the 401 to answer.
pub(crate) async fn device(state: &AppState, headers: &HeaderMap) -> Result<DeviceAuth, Response> {
    let token = bearer_token(headers)?;
    match sharing::device_for_token(&state.pool, &state.seen, token).await {
        Ok(Some(device)) => Ok(device),
        Ok(None) => Err(unknown_device()),
        Err(e) => Err(internal(e)),
    }
}

/// The token of `Authorization: Bearer <token>`, or the 401 to answer when there is none.
fn bearer_token(headers: &HeaderMap) -> Result<&str, Response> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            refuse(
                StatusCode::UNAUTHORIZED,
                "no-token",
                "pair this device first, then send Authorization: Bearer <device token>",
            )
        })
}

fn unknown_device() -> Response {
    refuse(
        StatusCode::UNAUTHORIZED,
        "unknown-device",
        "this device is not paired (revoked, unpaired or erased): pair it again",
    )
}

/// The address a request came from, as the limit on wrong pairing codes counts it. Behind a
/// reverse proxy every phone has the proxy's address, and the limit is shared (see the README).
fn client_address(parts: &axum::http::request::Parts) -> String {
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

async fn pair(
    State(state): State<Arc<AppState>>,
    parts: axum::http::request::Parts,
    body: Result<Json<serde_json::Value>, JsonRejection>,
) -> Response {
    let client = client_address(&parts);
    match sharing::pairing_allowed(&state.pool, &client).await {
        Ok(true) => {}
        Ok(false) => {
            let mut refused = refuse(
                StatusCode::TOO_MANY_REQUESTS,
                TOO_MANY_ATTEMPTS,
                "too many wrong pairing codes: wait a quarter of an hour, then try again",
            );
            refused.headers_mut().insert(
                header::RETRY_AFTER,
                axum::http::HeaderValue::from(sharing::PAIR_WINDOW_MS / 1000),
            );
            return refused;
        }
        Err(e) => return internal(e),
    }
    let request = match strict::<PairRequest>(body) {
        Ok(request) => request,
        Err(response) => return response,
    };
    if request.code.len() > 32 || request.device_name.chars().count() > 60 {
        return refuse(
            StatusCode::BAD_REQUEST,
            "bad-body",
            "code: at most 32 characters; device_name: at most 60",
        );
    }
    match sharing::pair(&state.pool, &request.code, &request.device_name).await {
        Ok(Ok(paired)) => Json(paired).into_response(),
        Ok(Err(sharing::PairError::BadCode)) => {
            if let Err(e) = sharing::pairing_failed(&state.pool, &client).await {
                return internal(e);
            }
            refuse(
                StatusCode::FORBIDDEN,
                BAD_CODE,
                "this pairing code is unknown, already used or expired: ask your tutor for a new one",
            )
        }
        Err(e) => internal(e),
    }
}

async fn push(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<Json<serde_json::Value>, JsonRejection>,
) -> Response {
    let device = match device(&state, &headers).await {
        Ok(device) => device,
        Err(response) => return response,
    };
    let request = match strict::<PushRequest>(body) {
        Ok(request) => request,
        Err(response) => return response,
    };
    if let Err(response) = check_batch(&request.operations, false) {
        return response;
    }
    match sharing::push(&state.pool, &device, &request.operations).await {
        Ok(results) => Json(PushResponse { results }).into_response(),
        Err(e) => internal(e),
    }
}

/// A batch's problems, or nothing: 1 to MAX_PUSH operations (0 allowed when `empty_ok`).
fn check_batch(operations: &[ponte_wire::sync::Operation], empty_ok: bool) -> Result<(), Response> {
    if (operations.is_empty() && !empty_ok) || operations.len() > MAX_PUSH {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "bad-batch",
            format!("a push carries 1 to {MAX_PUSH} operations"),
        ));
    }
    // An id twice in one batch is not refused: the second is answered as any repeat is
    // (duplicate, or conflict when its content differs), so the batch's other operations go
    // through and the document can say it.
    Ok(())
}

pub(crate) fn check_region(region: &str) -> Result<(), Response> {
    if region.is_empty()
        || !region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "bad-region",
            "region: lowercase letters, digits and -",
        ));
    }
    Ok(())
}

/// One round trip: push a batch, and get the items, the content page and news of the pack.
async fn sync(
    State(state): State<Arc<AppState>>,
    axum::Extension(SyncVersion(version)): axum::Extension<SyncVersion>,
    headers: HeaderMap,
    body: Result<Json<serde_json::Value>, JsonRejection>,
) -> Response {
    let token = match bearer_token(&headers) {
        Ok(token) => token,
        Err(response) => return response,
    };
    let request = match checked_sync_request(body) {
        Ok(request) => request,
        // A bad body from a device that is not paired is answered as not paired, the same
        // whatever it sent.
        Err(refused) => {
            return match device(&state, &headers).await {
                Ok(_) => refused,
                Err(response) => response,
            }
        }
    };
    // With nothing to push, the device, its items and the heads come in one query: the
    // commonest request of all (a phone that is current) costs one round trip.
    let (results, (items, head, pack)) = if request.operations.is_empty() {
        match sharing::device_and_items(&state.reads, &state.seen, token, request.items_since, 500)
            .await
        {
            Ok(Some((_, items, head, pack))) => (Vec::new(), (items, head, pack)),
            Ok(None) => return unknown_device(),
            Err(e) => return internal(e),
        }
    } else {
        let device = match device(&state, &headers).await {
            Ok(device) => device,
            Err(response) => return response,
        };
        let results = match sharing::push(&state.pool, &device, &request.operations).await {
            Ok(results) => results,
            Err(e) => return internal(e),
        };
        match sharing::items_and_heads(&state.pool, &device, request.items_since, 500).await {
            Ok(found) => (results, found),
            Err(e) => return internal(e),
        }
    };
    let since = request.content.since;
    let content = if since as i64 > head {
        None
    } else if since as i64 == head {
        Some(ponte_wire::sync::ChangesPage {
            changes: Vec::new(),
            cursor: since,
            more: false,
        })
    } else {
        match content::changes_for(
            &state.pool,
            &request.content.region,
            since,
            &request.content.languages,
            500,
            version,
        )
        .await
        {
            Ok(page) => Some(page),
            Err(e) => return internal(e),
        }
    };
    let pack_version = (pack > i64::from(request.pack_version)).then_some(pack as u32);
    Json(SyncResponse {
        results,
        items,
        content,
        pack_version,
    })
    .into_response()
}

/// A sync request the server takes, or the 400 to answer.
fn checked_sync_request(
    body: Result<Json<serde_json::Value>, JsonRejection>,
) -> Result<SyncRequest, Response> {
    let request = strict::<SyncRequest>(body)?;
    check_batch(&request.operations, true)?;
    check_region(&request.content.region)?;
    if let Some(bad) = request
        .content
        .languages
        .iter()
        .find(|l| !ponte_wire::content::is_language_tag(l))
    {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "bad-language",
            format!("{bad:?} is not a language code"),
        ));
    }
    Ok(request)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemsQuery {
    #[serde(default)]
    since: u64,
    #[serde(default)]
    limit: Option<u32>,
}

async fn items(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    query: Result<Query<ItemsQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let device = match device(&state, &headers).await {
        Ok(device) => device,
        Err(response) => return response,
    };
    let Ok(Query(q)) = query else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "bad-query",
            "expected since (a cursor) and optionally limit",
        );
    };
    let limit = q.limit.unwrap_or(500);
    if limit == 0 || limit > MAX_PAGE {
        return refuse(
            StatusCode::BAD_REQUEST,
            "bad-limit",
            format!("limit must be 1 to {MAX_PAGE}"),
        );
    }
    match sharing::items(&state.pool, &device, q.since, limit).await {
        Ok(page) => Json(page).into_response(),
        Err(e) => internal(e),
    }
}

async fn unpair(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let device = match device(&state, &headers).await {
        Ok(device) => device,
        Err(response) => return response,
    };
    match sharing::unpair(&state.pool, &device).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => internal(e),
    }
}

async fn erase(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let device = match device(&state, &headers).await {
        Ok(device) => device,
        Err(response) => return response,
    };
    match sharing::erase(&state.pool, &device).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => internal(e),
    }
}

pub(crate) fn internal(error: sqlx::Error) -> Response {
    tracing::error!(%error, "database error");
    refuse(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the server could not answer; try again later",
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangesQuery {
    region: String,
    #[serde(default)]
    since: u64,
    /// Comma-separated language codes; empty for all.
    #[serde(default)]
    languages: String,
    #[serde(default)]
    limit: Option<u32>,
}

async fn changes(
    State(state): State<Arc<AppState>>,
    axum::Extension(SyncVersion(version)): axum::Extension<SyncVersion>,
    query: Result<Query<ChangesQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(q)) = query else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "bad-query",
            "expected region, and optionally since, languages and limit",
        );
    };
    if let Err(response) = check_region(&q.region) {
        return response;
    }
    // Exactly as the document's pattern says: codes separated by commas, or nothing (all).
    let languages: Vec<String> = if q.languages.is_empty() {
        Vec::new()
    } else {
        q.languages.split(',').map(str::to_owned).collect()
    };
    if let Some(bad) = languages
        .iter()
        .find(|l| !ponte_wire::content::is_language_tag(l))
    {
        return refuse(
            StatusCode::BAD_REQUEST,
            "bad-language",
            format!("{bad:?} is not a language code"),
        );
    }
    let limit = q.limit.unwrap_or(500);
    if limit == 0 || limit > MAX_PAGE {
        return refuse(
            StatusCode::BAD_REQUEST,
            "bad-limit",
            format!("limit must be 1 to {MAX_PAGE}"),
        );
    }
    match content::changes_or_start_over(
        &state.pool,
        &q.region,
        q.since,
        &languages,
        limit,
        version,
    )
    .await
    {
        Ok(Some(page)) => Json(page).into_response(),
        // A cursor from the future (a restored database, another server): the phone must
        // start over rather than wait for numbers that will never come.
        Ok(None) => refuse(
            StatusCode::GONE,
            "start-over",
            "this cursor is unknown here: download the content again from 0",
        ),
        Err(e) => internal(e),
    }
}

async fn pack(State(state): State<Arc<AppState>>, request_headers: HeaderMap) -> Response {
    match content::latest_pack(&state.pool).await {
        Ok(Some((version, bytes))) => {
            let etag = format!("\"v{version}\"");
            // A phone that has this version already gets a few bytes, not the pack.
            if request_headers
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                == Some(etag.as_str())
            {
                return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
            }
            let mut headers = HeaderMap::new();
            headers.insert(
                header::CONTENT_TYPE,
                "application/json".parse().expect("valid header"),
            );
            headers.insert(
                "x-pack-version",
                version.to_string().parse().expect("valid header"),
            );
            headers.insert(header::ETAG, etag.parse().expect("valid header"));
            (headers, bytes).into_response()
        }
        Ok(None) => refuse(
            StatusCode::NOT_FOUND,
            "no-pack",
            "no lesson pack has been published",
        ),
        Err(e) => internal(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdb::databases;
    use axum::body::Body;
    use axum::http::Request;
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    async fn get(app: &Router, uri: &str) -> (StatusCode, Vec<u8>) {
        let response = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        (
            status,
            response
                .into_body()
                .collect()
                .await
                .unwrap()
                .to_bytes()
                .to_vec(),
        )
    }

    #[tokio::test]
    async fn each_phone_gets_what_its_sync_version_knows_and_a_too_old_one_is_told_to_update() {
        for db in databases().await {
            crate::content::upsert_services(
                &db.pool,
                &[crate::content::tests::service(
                    "bo-1",
                    "bologna",
                    "Sportello",
                )],
            )
            .await
            .unwrap();
            crate::content::upsert_guides(
                &db.pool,
                &[crate::content::tests::guide(
                    "codice-fiscale",
                    None,
                    ponte_wire::guides::Visibility::Public,
                )],
            )
            .await
            .unwrap();
            let app = crate::app::router(Arc::new(AppState::new(db.pool.clone(), false)));
            let ask = |version: Option<&str>| {
                let mut request = Request::get("/api/v1/content/changes?region=bologna");
                if let Some(version) = version {
                    request = request.header(SYNC_VERSION_HEADER, version);
                }
                app.clone().oneshot(request.body(Body::empty()).unwrap())
            };
            let kinds = |body: &[u8]| -> Vec<String> {
                let page: serde_json::Value = serde_json::from_slice(body).unwrap();
                page["changes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["op"].as_str().unwrap().to_owned())
                    .collect()
            };
            // A build from before versions (no header) speaks 1: services only, and the cursor
            // past the guide all the same.
            let old = ask(None).await.unwrap();
            assert_eq!(old.headers()[SYNC_VERSION_HEADER], SYNC_VERSION.to_string());
            let body = old.into_body().collect().await.unwrap().to_bytes();
            assert_eq!(kinds(&body), ["upsert_service"]);
            let page: ponte_wire::sync::ChangesPage = serde_json::from_slice(&body).unwrap();
            assert_eq!(page.cursor, 2);
            // This build's phones get the guide too.
            let current = ask(Some(&SYNC_VERSION.to_string())).await.unwrap();
            let body = current.into_body().collect().await.unwrap().to_bytes();
            assert_eq!(kinds(&body), ["upsert_service", "upsert_guide"]);
            // Too old for this server: 426 and "update required", which the app shows.
            let too_old = ask(Some("0")).await.unwrap();
            assert_eq!(too_old.status(), StatusCode::UPGRADE_REQUIRED);
            let body = too_old.into_body().collect().await.unwrap().to_bytes();
            let error: ApiError = serde_json::from_slice(&body).unwrap();
            assert_eq!(error.code, UPDATE_REQUIRED);
            // Not a version at all: refused as such.
            let bad = ask(Some("two")).await.unwrap();
            assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
            let body = bad.into_body().collect().await.unwrap().to_bytes();
            let error: ApiError = serde_json::from_slice(&body).unwrap();
            assert_eq!(error.code, "bad-version");
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn the_sync_api_answers_and_refuses_bad_requests() {
        for db in databases().await {
            crate::content::upsert_services(
                &db.pool,
                &[crate::content::tests::service(
                    "bo-1",
                    "bologna",
                    "Sportello <lavoro>",
                )],
            )
            .await
            .unwrap();
            let app = crate::app::router(Arc::new(AppState::new(db.pool.clone(), true)));
            let (status, body) = get(
                &app,
                "/api/v1/content/changes?region=bologna&since=0&languages=ar,fr",
            )
            .await;
            assert_eq!(status, StatusCode::OK);
            let page: ponte_wire::sync::ChangesPage = serde_json::from_slice(&body).unwrap();
            assert_eq!((page.changes.len(), page.more), (1, false));
            for bad in [
                "/api/v1/content/changes",
                "/api/v1/content/changes?region=Bologna",
                "/api/v1/content/changes?region=bologna&since=-1",
                "/api/v1/content/changes?region=bologna&languages=Arabic",
                "/api/v1/content/changes?region=bologna&limit=0",
                "/api/v1/content/changes?region=bologna&limit=5000",
                "/api/v1/content/changes?region=bologna&colour=red",
            ] {
                let (status, body) = get(&app, bad).await;
                assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
                let error: ApiError = serde_json::from_slice(&body).unwrap();
                assert!(!error.code.is_empty());
            }
            assert_eq!(
                get(&app, "/api/v1/lessons/pack").await.0,
                StatusCode::NOT_FOUND
            );
            // A cursor this server never gave: start over.
            let (status, body) =
                get(&app, "/api/v1/content/changes?region=bologna&since=999").await;
            assert_eq!(status, StatusCode::GONE);
            let error: ApiError = serde_json::from_slice(&body).unwrap();
            assert_eq!(error.code, "start-over");
            // The pack, then only "not modified" for the same version.
            crate::content::publish_pack(&db.pool, "digital-skills", 3, b"{}")
                .await
                .unwrap();
            let response = app
                .clone()
                .oneshot(
                    Request::get("/api/v1/lessons/pack")
                        .header("if-none-match", "\"v3\"")
                        .body(Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::NOT_MODIFIED);
            let response = app
                .clone()
                .oneshot(
                    Request::get("/api/v1/lessons/pack")
                        .header("if-none-match", "\"v2\"")
                        .body(Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            // The dashboard needs an account.
            let (status, _) = get(&app, "/").await;
            assert_eq!(status, StatusCode::SEE_OTHER);
            crate::testdb::people(&db.pool).await;
            let mut browser = crate::testdb::Client::new(&db.pool, true);
            browser
                .sign_in("operator", &crate::testdb::password("operator"))
                .await;
            let home = browser.get("/").await;
            let (status, html) = (home.status, home.body);
            assert_eq!(status, StatusCode::OK);
            assert!(html.contains("Sportello &lt;lavoro&gt;"), "escaped");
            assert!(
                html.contains("Dati dimostrativi"),
                "Italian by default, with the demo warning"
            );
            db.drop_database().await;
        }
    }
}
