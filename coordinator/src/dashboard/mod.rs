//! The operators' dashboard, rendered on the server (no JavaScript framework). Its words come
//! from its Fluent catalogue (`locales/<locale>/dashboard.ftl`), in the browser's language.
//!
//! Pages are maud templates, which escape what they interpolate. Every page needs a signed-in
//! account (`Signed`); every form carries the session's CSRF token, checked by the extractors
//! of `forms` (the only way a handler reads a posted form) before the handler runs. Pages per capability live in the submodules.

mod accounts;
mod beneficiaries;
mod forms;
mod guides;
mod intake;
pub use intake::PendingImports;
mod lessons;
mod map_view;
mod maps;
mod outcomes;
mod overview;
mod reports;
mod services;
mod session;

#[cfg(test)]
pub use session::{LOGIN_COOKIE, SESSION_COOKIE};

use std::sync::{Arc, OnceLock};

use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Router;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use maud::{html, Markup, PreEscaped, DOCTYPE};
use ponte_wire::{Problem, ProblemArg};

use crate::state::AppState;

const LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/dashboard.ftl")),
    ("it", include_str!("../../locales/it/dashboard.ftl")),
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
pub fn locale(headers: &HeaderMap) -> &'static str {
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

/// A catalogue text, plain: the templates escape it where they put it.
pub fn t(locale: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let bundle = &bundles()
        .iter()
        .find(|(c, _)| *c == locale)
        .unwrap_or(&bundles()[0])
        .1;
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    bundle
        .format_pattern(pattern, args, &mut Vec::new())
        .into_owned()
}

/// A refused field's, row's or file's reason in the page's language: the catalogue's
/// `problem-*` sentence with the problem's values.
pub fn problem_text(locale: &str, problem: &Problem) -> String {
    t(locale, problem.key(), Some(&problem_args(problem)))
}

fn problem_args(problem: &Problem) -> FluentArgs<'static> {
    let mut fluent = FluentArgs::new();
    for (name, value) in problem.args() {
        match value {
            ProblemArg::Text(text) => fluent.set(name, text),
            ProblemArg::Number(n) => fluent.set(name, n),
        }
    }
    fluent
}

/// [`problem_text`], and the parser's own explanation (in its English, over several lines for
/// opening hours) below it as a technical detail. A block: not for inside a `p`.
pub fn problem_html(locale: &str, problem: &Problem) -> Markup {
    html! {
        (problem_text(locale, problem))
        @if let Some(detail) = problem.detail() {
            pre.detail { (detail) }
        }
    }
}

/// Fluent arguments from name/value pairs.
pub fn args<'a>(pairs: &[(&'a str, fluent_bundle::FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    args
}

pub fn routes() -> Router<Arc<AppState>> {
    session::routes()
        .merge(overview::routes())
        .merge(beneficiaries::routes())
        .merge(services::routes())
        .merge(guides::routes())
        .merge(reports::routes())
        .merge(lessons::routes())
        .merge(outcomes::routes())
        .merge(accounts::routes())
        .merge(intake::routes())
        .merge(map_view::routes())
}

/// The map upload page, a guide's image upload and an operator's services file, merged outside
/// the API's request size limit (a city's map and a region's list are larger; an image too
/// large is refused on its page, however large); and the city map the dashboard's map reads by
/// byte range, outside the compression.
pub fn map_routes() -> Router<Arc<AppState>> {
    maps::routes()
        .merge(guides::image_routes())
        .merge(intake::upload_routes())
        .merge(map_view::pack_routes())
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;line-height:1.4}\
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:start;vertical-align:top}\
nav a,nav button{margin-inline-end:1rem}nav form{display:inline}\
.warn{background:#fff3cd;padding:.5rem 1rem;border:1px solid #e0c060}.error{background:#fde2e1;padding:.5rem 1rem;border:1px solid #d9534f}\
.ok{background:#e2f5e1;padding:.5rem 1rem;border:1px solid #5cb85c}\
label{display:block;margin:.5rem 0}input[type=text],input[type=password],input[type=search],textarea,select{width:100%;max-width:40rem;padding:.3rem}\
.code{font-size:2rem;letter-spacing:.2rem;font-family:monospace}.muted{color:#666}\
.editor{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem}@media (max-width:60rem){.editor{grid-template-columns:1fr}}\
.preview-column{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto}.guide{border:1px solid #ddd;padding:.5rem 1rem}\
.phone,.address{background:#e8f0fe;border-radius:.2rem;padding:0 .15rem}.link-kind{color:#666;font-size:.85em}.error-inline{color:#a94442}\
.status-outdated{color:#8a6d00;font-weight:bold}.status-missing{color:#a94442}.status-machine{color:#666}.draft{color:#8a6d00}";

/// A whole page: the navigation for the signed-in account, the demo warning, the title and
/// the body.
pub fn page(
    state: &AppState,
    l: &str,
    signed: Option<&session::Signed>,
    title: &str,
    body: Markup,
) -> Html<String> {
    document(state, l, signed, html! { (title) }, body)
}

fn document(
    state: &AppState,
    l: &str,
    signed: Option<&session::Signed>,
    title: Markup,
    body: Markup,
) -> Html<String> {
    let markup = html! {
        (DOCTYPE)
        html lang=(l) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (t(l, "dashboard-title", None)) }
                // The style sheet is a constant of this file.
                style { (PreEscaped(STYLE)) }
            }
            body {
                @if let Some(signed) = signed {
                    (navigation(l, signed))
                }
                @if state.demo {
                    p.warn { (t(l, "dashboard-demo-warning", None)) }
                }
                h1 { (title) }
                (body)
            }
        }
    };
    Html(markup.into_string())
}

fn navigation(l: &str, signed: &session::Signed) -> Markup {
    let role = signed.account.role;
    let who = t(
        l,
        "nav-signed-in",
        Some(&args(&[
            ("user", signed.account.username.clone().into()),
            ("role", signed.account.role.as_str().into()),
        ])),
    );
    html! {
        nav {
            a href="/" { (t(l, "dashboard-title", None)) }
            a href="/services" { (t(l, "nav-services", None)) }
            a href="/guides" { (t(l, "nav-guides", None)) }
            @if role.follows_beneficiaries() {
                a href="/beneficiaries" { (t(l, "nav-beneficiaries", None)) }
            }
            @if role.edits_content() {
                a href="/reports" { (t(l, "nav-reports", None)) }
                a href="/lessons" { (t(l, "nav-lessons", None)) }
                a href="/maps" { (t(l, "nav-maps", None)) }
            }
            @if role.sees_outcomes() {
                a href="/outcomes" { (t(l, "nav-outcomes", None)) }
            }
            @if role.manages_accounts() {
                a href="/accounts" { (t(l, "nav-accounts", None)) }
                a href="/audit" { (t(l, "nav-audit", None)) }
            }
            form method="post" action="/logout" {
                (csrf_field(signed))
                button type="submit" { (t(l, "nav-logout", None)) }
            }
            " "
            span.muted { (who) }
        }
    }
}

/// A page saying what went wrong, with the status the browser (and tests) see.
pub fn failure(
    state: &AppState,
    l: &str,
    signed: Option<&session::Signed>,
    status: StatusCode,
    message: &str,
) -> Response {
    let title = t(l, "error-title", None);
    (
        status,
        page(state, l, signed, &title, html! { p.error { (message) } }),
    )
        .into_response()
}

/// The answer to an account that may not see or do this.
pub fn forbidden(state: &AppState, l: &str, signed: &session::Signed) -> Response {
    failure(
        state,
        l,
        Some(signed),
        StatusCode::FORBIDDEN,
        &t(l, "error-forbidden", None),
    )
}

/// `2026-11-22 14:05 UTC` from milliseconds.
pub fn when(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

/// The hidden CSRF field every form carries (checked by [`forms::CsrfForm`] and
/// [`forms::CsrfUpload`]).
pub fn csrf_field(signed: &session::Signed) -> Markup {
    html! { input type="hidden" name="csrf" value=(signed.csrf); }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogues_parse_whole_with_the_same_keys() {
        let keys = |source: &str| -> Vec<String> {
            source
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split(" =").next().map(str::to_owned))
                .collect()
        };
        for (code, source) in LOCALES {
            if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                panic!("{code}: {errors:?}");
            }
            assert_eq!(keys(source), keys(LOCALES[0].1), "{code}");
        }
    }

    #[test]
    fn every_problem_has_its_words_in_each_catalogue_with_every_value() {
        let examples = Problem::all_examples();
        for (code, bundle) in bundles() {
            for problem in &examples {
                let key = problem.key();
                let pattern = bundle
                    .get_message(key)
                    .and_then(|m| m.value())
                    .unwrap_or_else(|| panic!("{code}: no {key}"));
                let mut errors = Vec::new();
                let text =
                    bundle.format_pattern(pattern, Some(&problem_args(problem)), &mut errors);
                assert!(errors.is_empty(), "{code} {key}: {errors:?}");
                // Every value the problem carries is said: an operator needs the wrong value.
                for (name, value) in problem.args() {
                    assert!(
                        text.contains(&value.to_string()),
                        "{code} {key} leaves out ${name}: {text}"
                    );
                }
            }
            // And no sentence is left for a problem that no longer exists.
            let source = LOCALES.iter().find(|(c, _)| c == code).unwrap().1;
            for line in source.lines().filter(|l| l.starts_with("problem-")) {
                let key = line.split(" =").next().unwrap();
                assert!(
                    examples.iter().any(|p| p.key() == key),
                    "{code}: {key} is no problem's"
                );
            }
        }
    }

    #[test]
    fn every_invalid_input_has_its_words_in_each_catalogue() {
        for (code, bundle) in bundles() {
            for invalid in crate::error::Invalid::all_examples() {
                let key = invalid.key();
                let pattern = bundle
                    .get_message(key)
                    .and_then(|m| m.value())
                    .unwrap_or_else(|| panic!("{code}: no {key}"));
                let value = invalid.value().unwrap_or_default();
                let mut errors = Vec::new();
                let text = bundle.format_pattern(
                    pattern,
                    Some(&args(&[("value", value.clone().into())])),
                    &mut errors,
                );
                assert!(errors.is_empty(), "{code} {key}: {errors:?}");
                assert!(text.contains(&value), "{code} {key}: {text}");
            }
        }
    }

    #[test]
    fn a_problem_is_said_in_the_pages_language_with_the_parsers_detail_apart() {
        let hours = Problem::OpeningHours {
            detail: "unexpected <token>".into(),
        };
        let italian = problem_html("it", &hours).into_string();
        assert!(italian.starts_with("non sono orari validi"), "{italian}");
        assert!(italian.ends_with("<pre class=\"detail\">unexpected &lt;token&gt;</pre>"));
        let english = problem_text("en", &Problem::Latitude);
        assert!(english.starts_with("must be a latitude between -90 and 90"));
    }

    #[test]
    fn dates_are_civil() {
        assert_eq!(super::when(0), "1970-01-01 00:00 UTC");
        assert_eq!(super::when(1_795_363_200_000), "2026-11-22 16:00 UTC");
    }
}
