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
mod stylesheet;

#[cfg(test)]
pub use session::{LOGIN_COOKIE, SESSION_COOKIE};

use std::sync::{Arc, OnceLock};

use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Router;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use maud::{html, Markup, DOCTYPE};
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
                // fluent-bundle writes numbers without grouping ("12345"): the locale's
                // separator comes from a formatter of our own.
                if *code == "it" {
                    bundle.set_formatter(Some(grouped_with_dots));
                } else {
                    bundle.set_formatter(Some(grouped_with_commas));
                }
                (*code, bundle)
            })
            .collect()
    })
}

/// A whole number of four digits or more with `separator` between groups of three
/// (`12.345` in Italian, `12,345` in English), as CLDR writes them for both locales. Numbers with
/// a fraction, and those a message marks `NUMBER($n, useGrouping: "false")`, stay as Fluent
/// writes them.
fn grouped(value: &FluentValue, separator: char) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && number.options.minimum_fraction_digits.is_none();
    if !whole || !number.options.use_grouping || number.value.abs() < 1000.0 {
        return None;
    }
    let digits = format!("{}", number.value.abs() as u64);
    let mut text = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if number.value < 0.0 {
        text.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            text.push(separator);
        }
        text.push(digit);
    }
    Some(text)
}

/// A count as the page's locale writes it (`12.345` in Italian, `12,345` in English), for a
/// number a page shows outside a catalogue message (a table's cell).
pub fn number(l: &str, n: i64) -> String {
    let separator = if l == "it" { '.' } else { ',' };
    grouped(&FluentValue::from(n), separator).unwrap_or_else(|| n.to_string())
}

fn grouped_with_dots<M>(value: &FluentValue, _: &M) -> Option<String> {
    grouped(value, '.')
}

fn grouped_with_commas<M>(value: &FluentValue, _: &M) -> Option<String> {
    grouped(value, ',')
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
        .merge(stylesheet::routes())
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

/// A whole page: the header with Ponte's name and the signed-in account's organisation, the
/// navigation, the demo warning, the title and the body.
pub fn page(
    state: &AppState,
    l: &str,
    signed: Option<&session::Signed>,
    title: &str,
    body: Markup,
) -> Html<String> {
    document(state, l, signed, html! { (title) }, body)
}

/// The writing direction of a catalogue's language, for `<html dir>`.
fn direction(l: &str) -> &'static str {
    // Every catalogue so far is written left to right; Arabic or Persian ones would not be.
    match l {
        "ar" | "fa" | "he" | "ur" => "rtl",
        _ => "ltr",
    }
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
        html lang=(l) dir=(direction(l)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (t(l, "dashboard-title", None)) }
                link rel="stylesheet" href=(stylesheet::href());
            }
            body {
                a.skip-link href="#main" { (t(l, "skip-to-content", None)) }
                header.site-header {
                    div.width {
                        a.brand href="/" { (t(l, "brand-name", None)) }
                        @if let Some(signed) = signed {
                            (account(l, signed))
                        }
                    }
                }
                @if let Some(signed) = signed {
                    (navigation(l, signed))
                }
                main #main .width tabindex="-1" {
                    @if state.demo {
                        p.warn { (t(l, "dashboard-demo-warning", None)) }
                    }
                    h1 { (title) }
                    (body)
                }
            }
        }
    };
    Html(markup.into_string())
}

/// The header's right side: the organisation's name, who is signed in, and signing out.
fn account(l: &str, signed: &session::Signed) -> Markup {
    let who = t(
        l,
        "nav-signed-in",
        Some(&args(&[
            ("user", signed.account.username.clone().into()),
            (
                "role",
                t(l, &format!("role-{}", signed.account.role.as_str()), None).into(),
            ),
        ])),
    );
    html! {
        div.account {
            span.organisation #account-organisation { (signed.organisation_name) }
            span #signed-in { (who) }
            form method="post" action="/logout" {
                (csrf_field(signed))
                button type="submit" { (t(l, "nav-logout", None)) }
            }
        }
    }
}

fn navigation(l: &str, signed: &session::Signed) -> Markup {
    let role = signed.account.role;
    let mut links = vec![
        ("/", "nav-home"),
        ("/services", "nav-services"),
        ("/guides", "nav-guides"),
    ];
    if role.follows_beneficiaries() {
        links.push(("/beneficiaries", "nav-beneficiaries"));
    }
    if role.edits_content() {
        links.extend([
            ("/reports", "nav-reports"),
            ("/lessons", "nav-lessons"),
            ("/maps", "nav-maps"),
        ]);
    }
    if role.sees_outcomes() {
        links.push(("/outcomes", "nav-outcomes"));
    }
    if role.manages_accounts() {
        links.extend([("/accounts", "nav-accounts"), ("/audit", "nav-audit")]);
    }
    html! {
        nav.site-nav aria-label=(t(l, "nav-label", None)) {
            div.width {
                ul {
                    @for (href, key) in links {
                        li { a href=(href) { (t(l, key, None)) } }
                    }
                }
            }
        }
    }
}

/// A table in a box that scrolls sideways when the table is wider than the screen (a phone's).
/// The box is focusable and named, so that a keyboard can scroll it too.
pub fn scrolling(label: &str, table: Markup) -> Markup {
    html! {
        div.table-scroll role="region" aria-label=(label) tabindex="0" { (table) }
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

/// The time zone of the network's people: every time the dashboard shows is Italian time
/// (CET in winter, CEST in summer), from the database bundled in the binary.
pub fn rome() -> &'static jiff::tz::TimeZone {
    static ROME: OnceLock<jiff::tz::TimeZone> = OnceLock::new();
    ROME.get_or_init(|| {
        jiff::tz::TimeZoneDatabase::bundled()
            .get("Europe/Rome")
            .unwrap_or(jiff::tz::TimeZone::UTC)
    })
}

/// A moment (milliseconds since the epoch) as Rome's local date and time, written as the
/// locale writes dates: `3 dic 2026, 14:05` in Italian, `3 Dec 2026, 14:05` in English.
pub fn when(l: &str, ms: i64) -> String {
    let Ok(moment) = jiff::Timestamp::from_millisecond(ms) else {
        return String::new();
    };
    let local = moment.to_zoned(rome().clone());
    let month = t(
        l,
        "date-month",
        Some(&args(&[("month", i64::from(local.month()).into())])),
    );
    let text = t(
        l,
        "date-time",
        Some(&args(&[
            // Text, not numbers: a year is not a count ("2.026").
            ("day", local.day().to_string().into()),
            ("month", month.into()),
            ("year", local.year().to_string().into()),
            (
                "time",
                format!("{:02}:{:02}", local.hour(), local.minute()).into(),
            ),
        ])),
    );
    // Fluent isolates each placeable for bidirectional text; a date has no right-to-left part.
    text.replace(['\u{2068}', '\u{2069}'], "")
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
                // A number as the locale writes it (`4.000` in Italian).
                for (name, value) in problem.args() {
                    let said = match value {
                        ProblemArg::Number(n) => {
                            let separator = if *code == "it" { '.' } else { ',' };
                            grouped(&FluentValue::from(n), separator).unwrap_or(n.to_string())
                        }
                        ProblemArg::Text(text) => text,
                    };
                    assert!(
                        text.contains(&said),
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

    /// Milliseconds of a UTC date and time.
    fn utc(text: &str) -> i64 {
        text.parse::<jiff::Timestamp>().unwrap().as_millisecond()
    }

    #[test]
    fn times_are_romes_written_as_the_locale_writes_dates() {
        // 13:05 UTC in December is 14:05 in Rome (CET, UTC+1).
        let december = utc("2026-12-03T13:05:00Z");
        assert_eq!(when("it", december), "3 dic 2026, 14:05");
        assert_eq!(when("en", december), "3 Dec 2026, 14:05");
        // In summer Rome is UTC+2 (CEST), and a late UTC evening is already the next day.
        assert_eq!(when("it", utc("2026-07-31T22:30:00Z")), "1 ago 2026, 00:30");
        assert_eq!(when("en", 0), "1 Jan 1970, 01:00");
        for month in 1..=12 {
            let ms = utc(&format!("2026-{month:02}-15T10:00:00Z"));
            for l in ["it", "en"] {
                let text = when(l, ms);
                assert!(!text.contains("date-month"), "{l} {month}: {text}");
            }
        }
    }

    #[test]
    fn the_clock_changes_on_the_last_sundays_of_march_and_october() {
        // 29 March 2026: at 02:00 CET the clock jumps to 03:00 CEST (01:00 UTC).
        assert_eq!(
            when("en", utc("2026-03-29T00:59:00Z")),
            "29 Mar 2026, 01:59"
        );
        assert_eq!(
            when("en", utc("2026-03-29T01:00:00Z")),
            "29 Mar 2026, 03:00"
        );
        // 25 October 2026: at 03:00 CEST it goes back to 02:00 CET (01:00 UTC), so 02:30
        // happens twice, an hour apart.
        assert_eq!(
            when("it", utc("2026-10-25T00:30:00Z")),
            "25 ott 2026, 02:30"
        );
        assert_eq!(
            when("it", utc("2026-10-25T01:30:00Z")),
            "25 ott 2026, 02:30"
        );
        assert_eq!(
            when("it", utc("2026-10-25T02:30:00Z")),
            "25 ott 2026, 03:30"
        );
        // The Saturday before each change is still on the old offset.
        assert_eq!(
            when("it", utc("2026-03-28T12:00:00Z")),
            "28 mar 2026, 13:00"
        );
        assert_eq!(
            when("it", utc("2026-10-24T12:00:00Z")),
            "24 ott 2026, 14:00"
        );
    }

    #[test]
    fn counts_from_a_thousand_are_grouped_as_the_locale_groups_them() {
        let pack = |l: &str, bytes: i64| {
            t(
                l,
                "dashboard-pack",
                Some(&args(&[("version", 3.into()), ("bytes", bytes.into())])),
            )
            .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert_eq!(pack("it", 1_234_567), "Versione 3, 1.234.567 byte");
        assert_eq!(pack("en", 1_234_567), "Version 3, 1,234,567 bytes");
        assert_eq!(pack("en", 999), "Version 3, 999 bytes");
        assert_eq!(pack("it", 1000), "Versione 3, 1.000 byte");
        let fluent = |value: f64| FluentValue::from(value);
        assert_eq!(grouped(&fluent(-12_345.0), '.').as_deref(), Some("-12.345"));
        // Fractions (a latitude) are left as Fluent writes them.
        assert_eq!(grouped(&fluent(44_494.5), '.'), None);
        assert_eq!(grouped(&FluentValue::from("12345"), '.'), None);
        assert_eq!(number("it", 25_000), "25.000");
        assert_eq!(number("en", 25_000), "25,000");
        assert_eq!(number("en", 42), "42");
    }
}
