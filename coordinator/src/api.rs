//! The HTTP surface: the sync API under `/api/v1` (JSON, compressed) and the dashboard.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use ponte_wire::sync::{ApiError, MAX_PAGE};
use serde::Deserialize;
use sqlx::AnyPool;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;

use crate::{content, dashboard};

pub struct AppState {
    pub pool: AnyPool,
    pub demo: bool,
}

/// Requests larger than this are refused before they are read.
const BODY_LIMIT: usize = 2 * 1024 * 1024;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(dashboard::index))
        .route("/healthz", get(|| async { "ok" }))
        .route("/api/v1/content/changes", get(changes))
        .route("/api/v1/lessons/pack", get(pack))
        .layer(CompressionLayer::new())
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .with_state(state)
}

fn refuse(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    (
        status,
        Json(ApiError {
            code: code.into(),
            message: message.into(),
        }),
    )
        .into_response()
}

fn internal(error: sqlx::Error) -> Response {
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
    query: Result<Query<ChangesQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(q)) = query else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "bad-query",
            "expected region, and optionally since, languages and limit",
        );
    };
    if q.region.is_empty()
        || !q
            .region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return refuse(
            StatusCode::BAD_REQUEST,
            "bad-region",
            "region: lowercase letters, digits and -",
        );
    }
    let languages: Vec<String> = q
        .languages
        .split(',')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
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
    match content::changes(&state.pool, &q.region, q.since, &languages, limit).await {
        Ok(page) => Json(page).into_response(),
        Err(e) => internal(e),
    }
}

async fn pack(State(state): State<Arc<AppState>>) -> Response {
    match content::latest_pack(&state.pool).await {
        Ok(Some((version, bytes))) => {
            let mut headers = HeaderMap::new();
            headers.insert(
                header::CONTENT_TYPE,
                "application/json".parse().expect("valid header"),
            );
            headers.insert(
                "x-pack-version",
                version.to_string().parse().expect("valid header"),
            );
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
            let app = router(Arc::new(AppState {
                pool: db.pool.clone(),
                demo: true,
            }));
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
            let (status, html) = get(&app, "/").await;
            let html = String::from_utf8(html).unwrap();
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
