//! The operators' dashboard, rendered on the server (no JavaScript framework). Its words come
//! from its Fluent catalogue (`locales/<locale>/dashboard.ftl`), in the browser's language.

use std::sync::{Arc, OnceLock};

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Html;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::api::AppState;
use crate::content;

const LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/dashboard.ftl")),
    ("it", include_str!("../locales/it/dashboard.ftl")),
];

fn bundles() -> &'static Vec<(&'static str, FluentBundle<FluentResource>)> {
    static BUNDLES: OnceLock<Vec<(&'static str, FluentBundle<FluentResource>)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        LOCALES
            .iter()
            .map(|(code, source)| {
                let mut bundle =
                    FluentBundle::new_concurrent(vec![code.parse().unwrap_or_default()]);
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(resource);
                (*code, bundle)
            })
            .collect()
    })
}

/// The browser's preferred catalogue locale (Italian when it asks for none we have).
fn locale(headers: &HeaderMap) -> &'static str {
    let accept = headers
        .get("accept-language")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    accept
        .split(',')
        .filter_map(|part| part.split(';').next()?.trim().split('-').next())
        .find_map(|l| LOCALES.iter().map(|(c, _)| *c).find(|c| *c == l))
        .unwrap_or("it")
}

fn t(locale: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let bundle = &bundles()
        .iter()
        .find(|(c, _)| *c == locale)
        .unwrap_or(&bundles()[0])
        .1;
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    escape(&bundle.format_pattern(pattern, args, &mut Vec::new()))
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

pub async fn index(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Html<String> {
    let l = locale(&headers);
    let services = content::services(&state.pool, None)
        .await
        .unwrap_or_default();
    let pack = content::latest_pack(&state.pool).await.ok().flatten();
    let mut body = format!(
        "<!DOCTYPE html><html lang=\"{l}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>body{{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem}}\
         table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #ddd;padding:.3rem;text-align:start}}\
         .warn{{background:#fff3cd;padding:.5rem 1rem;border:1px solid #e0c060}}</style></head><body><h1>{title}</h1>",
        title = t(l, "dashboard-title", None)
    );
    if state.demo {
        body.push_str(&format!(
            "<p class=\"warn\">{}</p>",
            t(l, "dashboard-demo-warning", None)
        ));
    }
    body.push_str(&format!("<h2>{}</h2>", t(l, "dashboard-lessons", None)));
    match pack {
        Some((version, bytes)) => {
            let mut args = FluentArgs::new();
            args.set("version", version);
            args.set("bytes", bytes.len());
            body.push_str(&format!(
                "<p><a href=\"/api/v1/lessons/pack\">{}</a></p>",
                t(l, "dashboard-pack", Some(&args))
            ));
        }
        None => body.push_str(&format!("<p>{}</p>", t(l, "dashboard-no-pack", None))),
    }
    let mut regions: Vec<&str> = services.iter().map(|s| s.region.as_str()).collect();
    regions.dedup();
    for region in regions {
        let in_region: Vec<_> = services.iter().filter(|s| s.region == region).collect();
        let mut args = FluentArgs::new();
        args.set("count", in_region.len());
        body.push_str(&format!(
            "<h2>{} · {}</h2><p>{} · <a href=\"/api/v1/content/changes?region={region}\">{}</a></p><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            t(l, "dashboard-services", None),
            escape(&in_region[0].city),
            t(l, "dashboard-count", Some(&args)),
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
    body.push_str("</body></html>");
    Html(body)
}
