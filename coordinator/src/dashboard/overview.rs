//! The first page after signing in: the territory's services and the lesson pack.

use std::sync::Arc;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use super::session::Signed;
use super::{args, escape, locale, page_legacy as page, t_html as t};
use crate::api::AppState;
use crate::content;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new().route("/", get(index))
}

async fn index(State(state): State<Arc<AppState>>, headers: HeaderMap, signed: Signed) -> Response {
    let l = locale(&headers);
    let services = content::services(&state.pool, None)
        .await
        .unwrap_or_default();
    let pack = content::latest_pack(&state.pool).await.ok().flatten();
    let mut body = format!("<h2>{}</h2>", t(l, "dashboard-lessons", None));
    match pack {
        Some((version, bytes)) => {
            body.push_str(&format!(
                "<p><a href=\"/api/v1/lessons/pack\">{}</a></p>",
                t(
                    l,
                    "dashboard-pack",
                    Some(&args(&[
                        ("version", version.into()),
                        ("bytes", bytes.len().into())
                    ]))
                )
            ));
        }
        None => body.push_str(&format!("<p>{}</p>", t(l, "dashboard-no-pack", None))),
    }
    let mut regions: Vec<&str> = services.iter().map(|s| s.region.as_str()).collect();
    regions.dedup();
    for region in regions {
        let in_region: Vec<_> = services.iter().filter(|s| s.region == region).collect();
        body.push_str(&format!(
            "<h2>{} · {}</h2><p>{} · <a href=\"/api/v1/content/changes?region={region}\">{}</a></p><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            t(l, "dashboard-services", None),
            escape(&in_region[0].city),
            t(l, "dashboard-count", Some(&args(&[("count", in_region.len().into())]))),
            t(l, "dashboard-api", None),
            t(l, "dashboard-name", None),
            t(l, "dashboard-categories", None),
            t(l, "dashboard-address", None),
            t(l, "dashboard-hours", None),
        ));
        for s in in_region {
            let name = s
                .text(l)
                .or_else(|| s.text(&s.source_language))
                .map(|t| t.name.as_str())
                .unwrap_or(&s.id);
            let categories: Vec<&str> = s.categories.iter().map(|c| c.code()).collect();
            body.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(name),
                categories.join(", "),
                escape(&s.address),
                escape(s.opening_hours.as_deref().unwrap_or(""))
            ));
        }
        body.push_str("</table>");
    }
    let title = t(l, "dashboard-title", None);
    let Html(html) = page(&state, l, Some(&signed), &title, &body);
    Html(html).into_response()
}
