//! The whole HTTP surface put together: the sync API, the dashboard, the map packs, with the
//! limits and compression they share. The parts know nothing of each other.

use std::sync::Arc;

use axum::routing::get;
use axum::Router;
use tower_http::compression::predicate::{NotForContentType, Predicate, SizeAbove};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;

use crate::state::AppState;

/// Requests larger than this are refused before they are read.
const BODY_LIMIT: usize = 2 * 1024 * 1024;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .merge(crate::api::routes())
        .route("/api/v1/openapi.json", get(crate::openapi::document))
        .merge(crate::dashboard::routes())
        // Answers under 1 KiB go as they are: compressing them costs more CPU than it saves bytes.
        .layer(
            CompressionLayer::new()
                .compress_when(SizeAbove::new(1024).and(NotForContentType::IMAGES)),
        )
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        // Map packs: uploads larger than BODY_LIMIT, and downloads by byte range of the file's
        // own bytes, so outside the compression.
        .merge(crate::maps::routes())
        .merge(crate::dashboard::map_routes())
        .with_state(state)
}
