//! The first page after signing in: the territory's services and the lesson pack.

use std::sync::Arc;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::html;

use super::scrolling;
use super::session::Signed;
use super::{args, locale, page, t};
use crate::content;
use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new().route("/", get(index))
}

async fn index(State(state): State<Arc<AppState>>, headers: HeaderMap, signed: Signed) -> Response {
    let l = locale(&headers);
    let services = content::services(&state.pool, None)
        .await
        .unwrap_or_default();
    let pack = content::latest_pack(&state.pool).await.ok().flatten();
    let mut regions: Vec<&str> = services.iter().map(|s| s.region.as_str()).collect();
    regions.dedup();
    let body = html! {
        h2 { (t(l, "dashboard-lessons", None)) }
        @match pack {
            Some((version, bytes)) => p {
                a href="/api/v1/lessons/pack" {
                    (t(l, "dashboard-pack", Some(&args(&[
                        ("version", version.into()),
                        ("bytes", bytes.len().into()),
                    ]))))
                }
            },
            None => p { (t(l, "dashboard-no-pack", None)) },
        }
        @for region in regions {
            @let in_region: Vec<_> = services.iter().filter(|s| s.region == region).collect();
            h2 { (t(l, "dashboard-services", None)) " · " (in_region[0].city) }
            p {
                (t(l, "dashboard-count", Some(&args(&[("count", in_region.len().into())]))))
                " · "
                a href={ "/api/v1/content/changes?region=" (region) } { (t(l, "dashboard-api", None)) }
            }
            (scrolling(&t(l, "dashboard-services", None), html! {
            table {
                tr {
                    th { (t(l, "dashboard-name", None)) }
                    th { (t(l, "dashboard-categories", None)) }
                    th { (t(l, "dashboard-address", None)) }
                    th { (t(l, "dashboard-hours", None)) }
                }
                @for s in in_region {
                    @let name = s
                        .text(l)
                        .or_else(|| s.text(&s.source_language))
                        .map(|t| t.name.as_str())
                        .unwrap_or(&s.id);
                    @let categories: Vec<&str> = s.categories.iter().map(|c| c.code()).collect();
                    tr {
                        td { (name) }
                        td { (categories.join(", ")) }
                        td { (s.address) }
                        td { (s.opening_hours.as_deref().unwrap_or("")) }
                    }
                }
            }
            }))
        }
    };
    let title = t(l, "dashboard-title", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}
