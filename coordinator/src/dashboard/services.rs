//! The territory's services: the list with search for every account; editing, deleting and
//! importing for the accounts that edit content. A change to the source-language texts raises
//! the service's version, so every translation made from the older text shows as outdated
//! until someone edits or reviews it. Saves go through `content::upsert_services`, which writes
//! the change log the phones pull.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use ponte_wire::{Category, Contact, ContactChannel, Provenance, ServiceRecord, ServiceText};
use sha2::{Digest, Sha256};

use super::beneficiaries::people_failure;
use super::forms::CsrfForm;
use super::map_view::{self, MapMode};
use super::maps::region_of;
use super::scrolling;
use super::session::Signed;
use super::{args, csrf_field, failure, forbidden, locale, page, problem_html, t};
use crate::content;
use crate::error::PeopleError;
use crate::people;
use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/services", get(list))
        .route("/services/{id}", get(show).post(save))
        .route("/services/{id}/delete", post(delete))
}

/// The page for a database error.
pub(super) fn internal(state: &AppState, l: &str, signed: &Signed, error: sqlx::Error) -> Response {
    people_failure(state, l, signed, PeopleError::Database(error))
}

/// The service's name in the page's language, else in its source language, else its id.
pub(super) fn service_name<'a>(service: &'a ServiceRecord, l: &str) -> &'a str {
    service
        .text(l)
        .or_else(|| service.text(&service.source_language))
        .map(|t| t.name.as_str())
        .unwrap_or(&service.id)
}

async fn list(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    let all = match content::services(&state.pool, None).await {
        Ok(all) => all,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let q = query.get("q").map(|q| q.trim()).unwrap_or("");
    let region = query.get("region").map(|r| r.trim()).unwrap_or("");
    let needle = q.to_lowercase();
    let found: Vec<&ServiceRecord> = all
        .iter()
        .filter(|s| region.is_empty() || s.region == region)
        .filter(|s| {
            needle.is_empty()
                || [&s.id, &s.organisation, &s.city]
                    .iter()
                    .any(|f| f.to_lowercase().contains(&needle))
                || s.texts
                    .iter()
                    .any(|t| t.name.to_lowercase().contains(&needle))
        })
        .collect();
    let mut regions: Vec<&str> = all.iter().map(|s| s.region.as_str()).collect();
    regions.sort_unstable();
    regions.dedup();
    // The map shows one region: the one searched, else the organisation's.
    let map_region = if region.is_empty() {
        match region_of(&state.pool, &signed).await {
            Ok(region) => region,
            Err(e) => return internal(&state, l, &signed, e),
        }
    } else {
        region.to_owned()
    };
    let tiles = match map_view::tiles(&state, &map_region).await {
        Ok(tiles) => tiles,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let body = html! {
        form method="get" action="/services" role="search" {
            label {
                (t(l, "service-search", None))
                input type="search" name="q" #q value=(q);
            }
            label {
                (t(l, "dashboard-region", None))
                select name="region" {
                    option value="" { (t(l, "service-all-regions", None)) }
                    @for r in regions {
                        option value=(r) selected[r == region] { (r) }
                    }
                }
            }
            button type="submit" { (t(l, "service-search-button", None)) }
        }
        @if signed.account.role.edits_content() {
            p { a href="/services/import" { (t(l, "service-import", None)) } }
        }
        @if let Some(tiles) = &tiles {
            (map_view::map_html(l, tiles, &MapMode::Services { region: &map_region }))
        }
        p { (t(l, "dashboard-count", Some(&args(&[("count", found.len().into())])))) }
        (scrolling(&t(l, "nav-services", None), html! {
        table {
            tr {
                th { (t(l, "dashboard-name", None)) }
                th { (t(l, "service-organisation", None)) }
                th { (t(l, "service-city", None)) }
                th { (t(l, "dashboard-region", None)) }
                th { (t(l, "dashboard-categories", None)) }
            }
            @for s in &found {
                @let categories: Vec<String> = s
                    .categories
                    .iter()
                    .map(|c| t(l, &category_key(*c), None))
                    .collect();
                tr {
                    td { a href={ "/services/" (s.id) } { (service_name(s, l)) } }
                    td { (s.organisation) }
                    td { (s.city) }
                    td { (s.region) }
                    td { (categories.join(", ")) }
                }
            }
        }
        }))
    };
    let title = t(l, "nav-services", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}

pub(super) fn category_key(category: Category) -> String {
    format!("category-{}", category.code().replace('_', "-"))
}

const CHANNELS: [(ContactChannel, &str); 5] = [
    (ContactChannel::Phone, "phone"),
    (ContactChannel::Whatsapp, "whatsapp"),
    (ContactChannel::Email, "email"),
    (ContactChannel::Web, "web"),
    (ContactChannel::WalkIn, "walk_in"),
];

const PROVENANCES: [Provenance; 3] = [
    Provenance::Original,
    Provenance::Machine,
    Provenance::Reviewed,
];

/// What the form shows before any edit: the stored record's hash, so a save over someone
/// else's newer save is refused instead of silently undoing it.
fn base_of(record: &ServiceRecord) -> String {
    let body = serde_json::to_string(record).expect("a service serializes");
    Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn yes_no_value(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

/// A refused field's error: the form field's name and the reason, shown beside that field.
type FieldError<'a> = Option<(&'a str, &'a Markup)>;

/// The attributes and the message of a field that `error` may name: the field says it is
/// invalid and names the message that follows it.
fn invalid_attributes(error: FieldError<'_>, name: &str) -> (Option<&'static str>, Option<String>) {
    match error {
        Some((field, _)) if field == name => (Some("true"), Some(format!("error-{name}"))),
        _ => (None, None),
    }
}

fn field_error(error: FieldError<'_>, name: &str) -> Markup {
    html! {
        @if let Some((field, message)) = error.filter(|(field, _)| *field == name) {
            div.error.field-error id={ "error-" (field) } { (message) }
        }
    }
}

/// The edit form. `typed` holds what the person sent, shown again after a refused save, and
/// `error` the refused field; `editable` is false for the accounts that may only look.
fn form_html(
    l: &str,
    signed: &Signed,
    record: &ServiceRecord,
    typed: Option<&HashMap<String, String>>,
    error: FieldError<'_>,
    report: Option<&str>,
    editable: bool,
) -> Markup {
    let value = |name: &str, stored: &str| -> String {
        typed
            .and_then(|f| f.get(name))
            .map(String::as_str)
            .unwrap_or(stored)
            .to_owned()
    };
    let id = &record.id;
    let plain_fields = [
        (
            "organisation",
            "service-organisation",
            record.organisation.clone(),
        ),
        ("address", "dashboard-address", record.address.clone()),
        ("city", "service-city", record.city.clone()),
        (
            "lat",
            "service-lat",
            record.lat.map(|v| v.to_string()).unwrap_or_default(),
        ),
        (
            "lon",
            "service-lon",
            record.lon.map(|v| v.to_string()).unwrap_or_default(),
        ),
        (
            "opening_hours",
            "dashboard-hours",
            record.opening_hours.clone().unwrap_or_default(),
        ),
        (
            "last_verified",
            "service-last-verified",
            record.last_verified.clone().unwrap_or_default(),
        ),
    ];
    // The texts, the source language first.
    let mut texts: Vec<&ServiceText> = record.texts.iter().collect();
    texts.sort_by_key(|t| t.language != record.source_language);
    html! {
        form method="post" action={ "/services/" (id) } #service-form {
            (csrf_field(signed))
            input type="hidden" name="base" value=(value("base", &base_of(record)));
            @if let Some(report) = report {
                input type="hidden" name="report" value=(report);
            }
            fieldset disabled[!editable] {
                p.muted {
                    (t(l, "service-version", Some(&args(&[("version", record.version.into())]))))
                    " · " (t(l, "dashboard-region", None)) ": " (record.region) " · "
                    (t(l, "service-source-language", Some(&args(&[(
                        "language",
                        record.source_language.clone().into(),
                    )]))))
                }
                @for (name, key, stored) in &plain_fields {
                    @let (invalid, described) = invalid_attributes(error, name);
                    label {
                        (t(l, key, None))
                        input type="text" name=(name) id=(name) value=(value(name, stored))
                            aria-invalid=[invalid] aria-describedby=[described];
                    }
                    (field_error(error, name))
                    @if *name == "opening_hours" {
                        p.muted { (t(l, "service-hours-help", None)) }
                    }
                }
                // Categories from the fixed taxonomy.
                fieldset {
                    legend { (t(l, "dashboard-categories", None)) }
                    input type="hidden" name="categories_shown" value="1";
                    @for category in Category::ALL {
                        @let checked = match typed {
                            Some(f) => f.contains_key(&format!("category_{}", category.code())),
                            None => record.categories.contains(&category),
                        };
                        label style="display:inline-block;margin-inline-end:1rem" {
                            input type="checkbox" name={ "category_" (category.code()) } value="1" checked[checked];
                            " " (t(l, &category_key(category), None))
                        }
                    }
                }
                // Contacts: the first of each channel (others are kept as they are).
                @for (channel, code) in CHANNELS {
                    @let stored = record
                        .contacts
                        .iter()
                        .find(|c| c.channel == channel)
                        .map(|c| c.value.as_str())
                        .unwrap_or("");
                    @let name = format!("contact_{code}");
                    label {
                        (t(l, &format!("service-contact-{}", code.replace('_', "-")), None))
                        input type="text" name=(name) value=(value(&name, stored));
                    }
                }
                @for (name, stored) in [("free", record.free), ("wheelchair", record.wheelchair)] {
                    @let chosen = typed
                        .and_then(|f| f.get(name))
                        .map(String::as_str)
                        .unwrap_or(yes_no_value(stored));
                    label {
                        (t(l, &format!("service-{name}"), None))
                        select name=(name) {
                            @for (v, key) in [
                                ("", "service-unknown"),
                                ("yes", "service-yes"),
                                ("no", "service-no"),
                            ] {
                                option value=(v) selected[v == chosen] { (t(l, key, None)) }
                            }
                        }
                    }
                }
                @for text in texts {
                    (text_fieldset(l, record, text, &value, error))
                }
            }
            @if editable {
                button type="submit" #save { (t(l, "service-save", None)) }
            }
        }
        @if editable {
            h2 { (t(l, "service-delete", None)) }
            form method="post" action={ "/services/" (id) "/delete" } {
                (csrf_field(signed))
                p { (t(l, "service-delete-explain", None)) }
                button type="submit" #delete { (t(l, "service-delete", None)) }
            }
        }
    }
}

/// One language's texts in the edit form, with its provenance and whether it is outdated.
fn text_fieldset(
    l: &str,
    record: &ServiceRecord,
    text: &ServiceText,
    value: &dyn Fn(&str, &str) -> String,
    error: FieldError<'_>,
) -> Markup {
    let lang = &text.language;
    let outdated = text.source_version < record.version;
    let provenance_name = format!("provenance_{lang}");
    let chosen = value(&provenance_name, text.provenance.code());
    html! {
        fieldset id={ "text-" (lang) } {
            legend {
                (t(
                    l,
                    if *lang == record.source_language {
                        "service-text-source"
                    } else {
                        "service-text-translation"
                    },
                    Some(&args(&[("language", lang.clone().into())])),
                ))
            }
            @if outdated {
                p.warn id={ "outdated-" (lang) } {
                    (t(l, "service-outdated", Some(&args(&[
                        ("from", text.source_version.into()),
                        ("version", record.version.into()),
                    ]))))
                }
            }
            @for (field, key, stored, rows) in [
                ("name", "dashboard-name", &text.name, 0),
                ("description", "service-description", &text.description, 4),
                ("eligibility", "service-eligibility", &text.eligibility, 3),
                ("how_to", "service-how-to", &text.how_to, 3),
            ] {
                @let name = format!("{field}_{lang}");
                @let (invalid, described) = invalid_attributes(error, &name);
                label {
                    (t(l, key, None))
                    @if rows == 0 {
                        input type="text" name=(name) id=(name) value=(value(&name, stored)) dir="auto"
                            aria-invalid=[invalid] aria-describedby=[described];
                    } @else {
                        textarea name=(name) id=(name) rows=(rows) dir="auto"
                            aria-invalid=[invalid] aria-describedby=[described] { (value(&name, stored)) }
                    }
                }
                (field_error(error, &name))
            }
            label {
                (t(l, "service-provenance", None))
                select name=(provenance_name) {
                    @for provenance in PROVENANCES {
                        option value=(provenance.code()) selected[provenance.code() == chosen] {
                            (t(l, &format!("provenance-{}", provenance.code()), None))
                        }
                    }
                }
            }
        }
    }
}

// The page's parts, each needed where it is drawn; a struct for one caller would only rename them.
#[allow(clippy::too_many_arguments)]
async fn edit_page(
    state: &AppState,
    l: &str,
    signed: &Signed,
    status: StatusCode,
    record: &ServiceRecord,
    typed: Option<&HashMap<String, String>>,
    error: FieldError<'_>,
    report: Option<&str>,
    message: Markup,
) -> Response {
    let editable = signed.account.role.edits_content();
    let tiles = match map_view::tiles(state, &record.region).await {
        Ok(tiles) => tiles,
        Err(e) => return internal(state, l, signed, e),
    };
    let body = html! {
        (message)
        p { a href="/services" { (t(l, "back", None)) } }
        @if let Some(tiles) = &tiles {
            (map_view::map_html(l, tiles, &MapMode::Editor { service: record, draggable: editable }))
        }
        (form_html(l, signed, record, typed, error, report, editable))
    };
    let title = service_name(record, l);
    (status, page(state, l, Some(signed), title, body)).into_response()
}

fn not_found(state: &AppState, l: &str, signed: &Signed, id: &str) -> Response {
    people_failure(state, l, signed, PeopleError::NotFound(id.to_owned()))
}

async fn show(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    let record = match content::service(&state.pool, &id).await {
        Ok(Some(record)) => record,
        Ok(None) => return not_found(&state, l, &signed, &id),
        Err(e) => return internal(&state, l, &signed, e),
    };
    let report = query.get("report").filter(|r| !r.is_empty());
    let open_report = match report {
        Some(report_id) => people::open_reports(&state.pool)
            .await
            .ok()
            .and_then(|open| open.into_iter().find(|r| &r.id == report_id)),
        None => None,
    };
    let message = html! {
        @if query.contains_key("saved") {
            p.ok role="status" { (t(l, "service-saved", None)) }
        }
        @if let Some(r) = open_report {
            p.warn {
                (t(l, &format!("report-kind-{}", r.kind.replace('_', "-")), None))
                ": " (r.comment)
            }
        }
    };
    edit_page(
        &state,
        l,
        &signed,
        StatusCode::OK,
        &record,
        None,
        None,
        report.map(String::as_str),
        message,
    )
    .await
}

/// A field the form cannot take, named by its form field: the reason in the page's language
/// and, for a parser's refusal, its own explanation.
struct Refused {
    field: String,
    message: Markup,
}

fn text_content(text: &ServiceText) -> [&str; 4] {
    [
        &text.name,
        &text.description,
        &text.eligibility,
        &text.how_to,
    ]
}

/// The edited record: `old` with the form's fields, versions moved as the texts changed.
fn apply_form(
    l: &str,
    old: &ServiceRecord,
    form: &HashMap<String, String>,
) -> Result<ServiceRecord, Refused> {
    let get = |name: &str| {
        form.get(name)
            .map(|v| v.replace("\r\n", "\n").trim().to_owned())
    };
    let mut new = old.clone();
    if let Some(v) = get("organisation") {
        new.organisation = v;
    }
    if let Some(v) = get("address") {
        new.address = v;
    }
    if let Some(v) = get("city") {
        new.city = v;
    }
    for (name, target) in [("lat", &mut new.lat), ("lon", &mut new.lon)] {
        if let Some(v) = get(name) {
            // Both empty: no map position (the record's check refuses one without the other).
            *target = match v.as_str() {
                "" => None,
                v => Some(v.replace(',', ".").parse().map_err(|_| Refused {
                    field: name.into(),
                    message: html! { (t(l, "service-not-a-number", None)) },
                })?),
            };
        }
    }
    if let Some(v) = get("opening_hours") {
        new.opening_hours = Some(v).filter(|v| !v.is_empty());
    }
    if let Some(v) = get("last_verified") {
        new.last_verified = Some(v).filter(|v| !v.is_empty());
    }
    if form.contains_key("categories_shown") {
        new.categories = Category::ALL
            .into_iter()
            .filter(|c| form.contains_key(&format!("category_{}", c.code())))
            .collect();
    }
    for (channel, code) in CHANNELS {
        let Some(v) = get(&format!("contact_{code}")) else {
            continue;
        };
        match new.contacts.iter().position(|c| c.channel == channel) {
            Some(i) if v.is_empty() => {
                new.contacts.remove(i);
            }
            Some(i) => new.contacts[i].value = v,
            None if v.is_empty() => {}
            None => new.contacts.push(Contact { channel, value: v }),
        }
    }
    for (name, target) in [("free", &mut new.free), ("wheelchair", &mut new.wheelchair)] {
        if let Some(v) = get(name) {
            *target = match v.as_str() {
                "" => None,
                "yes" => Some(true),
                "no" => Some(false),
                _ => {
                    return Err(Refused {
                        field: name.into(),
                        message: html! { (t(l, "service-not-yes-no", None)) },
                    })
                }
            };
        }
    }
    for text in &mut new.texts {
        let lang = text.language.clone();
        for (field, target) in [
            ("name", &mut text.name),
            ("description", &mut text.description),
            ("eligibility", &mut text.eligibility),
            ("how_to", &mut text.how_to),
        ] {
            if let Some(v) = get(&format!("{field}_{lang}")) {
                *target = v;
            }
        }
        if let Some(v) = get(&format!("provenance_{lang}")) {
            text.provenance = Provenance::from_code(&v).ok_or_else(|| Refused {
                field: format!("provenance_{lang}"),
                message: html! { (t(l, "service-bad-provenance", None)) },
            })?;
        }
    }
    // Versions: a new source text is a new version; a translation edited or reviewed now is
    // up to date with it.
    let source = old.source_language.clone();
    let source_changed = match (old.text(&source), new.text(&source)) {
        (Some(before), Some(after)) => text_content(before) != text_content(after),
        _ => false,
    };
    if source_changed {
        new.version = old.version + 1;
    }
    let version = new.version;
    for (before, after) in old.texts.iter().zip(new.texts.iter_mut()) {
        let edited = text_content(before) != text_content(after);
        let reviewed_now =
            after.provenance == Provenance::Reviewed && before.provenance != Provenance::Reviewed;
        if after.language == source {
            if source_changed {
                after.source_version = version;
            }
        } else if edited || reviewed_now {
            after.source_version = version;
        }
    }
    Ok(new)
}

/// What changed, for the audit log: field names and text languages.
fn changes(old: &ServiceRecord, new: &ServiceRecord) -> String {
    let mut changed: Vec<String> = Vec::new();
    let fields: [(&str, bool); 10] = [
        ("organisation", old.organisation != new.organisation),
        ("address", old.address != new.address),
        ("city", old.city != new.city),
        ("lat", old.lat != new.lat),
        ("lon", old.lon != new.lon),
        ("opening_hours", old.opening_hours != new.opening_hours),
        ("categories", old.categories != new.categories),
        ("contacts", old.contacts != new.contacts),
        (
            "free/wheelchair",
            (old.free, old.wheelchair) != (new.free, new.wheelchair),
        ),
        ("last_verified", old.last_verified != new.last_verified),
    ];
    changed.extend(
        fields
            .iter()
            .filter(|(_, c)| *c)
            .map(|(f, _)| (*f).to_owned()),
    );
    for (before, after) in old.texts.iter().zip(&new.texts) {
        if before != after {
            changed.push(format!("texts[{}]", after.language));
        }
    }
    format!("version {}: {}", new.version, changed.join(", "))
}

/// The label of a field named by the wire's validation or by the form.
fn field_label(l: &str, record: &ServiceRecord, field: &str) -> String {
    let top = field.split(['[', '.']).next().unwrap_or(field);
    let key = match top {
        "organisation" => "service-organisation",
        "address" => "dashboard-address",
        "city" => "service-city",
        "lat" => "service-lat",
        "lon" => "service-lon",
        "opening_hours" => "dashboard-hours",
        "categories" => "dashboard-categories",
        "contacts" => "service-contacts",
        "last_verified" => "service-last-verified",
        "free" => "service-free",
        "wheelchair" => "service-wheelchair",
        "texts" => {
            // texts[2].name → the language of text 2.
            let language = field
                .strip_prefix("texts[")
                .and_then(|r| r.split(']').next())
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| record.texts.get(i))
                .map(|t| t.language.clone())
                .unwrap_or_default();
            let part = match field.rsplit('.').next() {
                Some("name") => "dashboard-name",
                Some("description") => "service-description",
                Some("eligibility") => "service-eligibility",
                Some("how_to") => "service-how-to",
                _ => "service-texts",
            };
            return format!("{} ({language})", t(l, part, None));
        }
        _ => return field.to_owned(),
    };
    t(l, key, None)
}

/// The form's input for a field named by the wire's validation or by the form (`texts[1].name`
/// is `name_en` when text 1 is English), when the form has one of its own to mark.
fn form_input(record: &ServiceRecord, field: &str) -> Option<String> {
    const PLAIN: [&str; 7] = [
        "organisation",
        "address",
        "city",
        "lat",
        "lon",
        "opening_hours",
        "last_verified",
    ];
    if PLAIN.contains(&field) {
        return Some(field.to_owned());
    }
    let (index, part) = field.strip_prefix("texts[")?.split_once("].")?;
    let language = &record.texts.get(index.parse::<usize>().ok()?)?.language;
    ["name", "description", "eligibility", "how_to"]
        .contains(&part)
        .then(|| format!("{part}_{language}"))
}

/// The refusal in the page's language, with the field's label (a link to the field, when the
/// form has it: the reason is said beside it too); a parser's own explanation (the opening
/// hours') follows it.
fn refused_message(l: &str, label: &str, input: Option<&str>, message: &Markup) -> Markup {
    let refused = t(
        l,
        "service-refused",
        Some(&args(&[("field", label.to_owned().into())])),
    );
    html! {
        div.error role="alert" #refused {
            @if let Some(input) = input {
                a href={ "#" (input) } { (refused) }
            } @else {
                (refused)
            }
            " "
            (message)
        }
    }
}

async fn save(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let old = match content::service(&state.pool, &id).await {
        Ok(Some(record)) => record,
        Ok(None) => return not_found(&state, l, &signed, &id),
        Err(e) => return internal(&state, l, &signed, e),
    };
    let report = form
        .get("report")
        .map(|r| r.trim())
        .filter(|r| !r.is_empty());
    if let Some(report) = report {
        match people::open_reports(&state.pool).await {
            Ok(open)
                if open
                    .iter()
                    .any(|r| r.id == report && r.service_id == id && r.status == "open") => {}
            Ok(_) => {
                return people_failure(
                    &state,
                    l,
                    &signed,
                    PeopleError::NotFound(format!("open report {report:?}")),
                )
            }
            Err(e) => return internal(&state, l, &signed, e),
        }
    }
    if form.get("base").is_some_and(|base| *base != base_of(&old)) {
        return failure(
            &state,
            l,
            Some(&signed),
            StatusCode::CONFLICT,
            &t(l, "service-changed-meanwhile", None),
        );
    }
    let new = match apply_form(l, &old, &form).and_then(|new| {
        new.validate().map(|_| new).map_err(|e| Refused {
            message: problem_html(l, &e.problem),
            field: e.field,
        })
    }) {
        Ok(new) => new,
        Err(refused) => {
            let label = field_label(l, &old, &refused.field);
            let input = form_input(&old, &refused.field);
            return edit_page(
                &state,
                l,
                &signed,
                StatusCode::BAD_REQUEST,
                &old,
                Some(&form),
                input.as_deref().map(|name| (name, &refused.message)),
                report,
                refused_message(l, &label, input.as_deref(), &refused.message),
            )
            .await;
        }
    };
    let detail = changes(&old, &new);
    let done = match content::upsert_services(&state.pool, std::slice::from_ref(&new)).await {
        Ok(done) => done,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let recorded = async {
        let mut tx = crate::db::begin_write(&state.pool).await?;
        if done.changed > 0 {
            crate::audit::audit(
                &mut tx,
                Some(&signed.account.id),
                "service.edit",
                &id,
                &detail,
            )
            .await?;
        }
        if let Some(report) = report {
            people::close_report(&mut tx, &signed.account, report, "resolved").await?;
        }
        tx.commit().await?;
        Ok::<(), PeopleError>(())
    }
    .await;
    if let Err(e) = recorded {
        return people_failure(&state, l, &signed, e);
    }
    if report.is_some() {
        Redirect::to("/reports?resolved=1").into_response()
    } else {
        Redirect::to(&format!("/services/{id}?saved=1")).into_response()
    }
}

async fn delete(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, .. }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    match content::delete_service(&state.pool, &id).await {
        Ok(true) => {}
        Ok(false) => return not_found(&state, l, &signed, &id),
        Err(e) => return internal(&state, l, &signed, e),
    }
    let recorded = async {
        let mut conn = state.pool.acquire().await?;
        crate::audit::audit(
            &mut conn,
            Some(&signed.account.id),
            "service.delete",
            &id,
            "",
        )
        .await
    }
    .await;
    if let Err(e) = recorded {
        return internal(&state, l, &signed, e);
    }
    Redirect::to("/services").into_response()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::testdb::{databases, password, people, Client};
    use axum::body::Body;
    use axum::http::Request;
    use ponte_wire::sync::ChangesPage;
    use ponte_wire::ContentChange;

    /// A multipart/form-data request with text fields and files (field, file name, bytes).
    pub fn multipart(
        client: &Client,
        uri: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Request<Body> {
        let boundary = "ponte-test-boundary-7f3a";
        let mut body: Vec<u8> = Vec::new();
        let csrf = client.csrf.clone().unwrap_or_default();
        let token = [("csrf", csrf.as_str())];
        let with_token = if fields.iter().any(|(name, _)| *name == "csrf") {
            &[][..]
        } else {
            &token[..]
        };
        for (name, value) in fields.iter().chain(with_token) {
            body.extend(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        for (name, file_name, bytes) in files {
            body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
            body.extend(*bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{boundary}--\r\n").as_bytes());
        let mut request = Request::post(uri).header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        );
        if let Some(cookie) = &client.cookie {
            request = request.header("cookie", cookie);
        }
        request.body(Body::from(body)).unwrap()
    }

    pub async fn signed_in(pool: &sqlx::AnyPool, user: &str) -> Client {
        let mut client = Client::new(pool, false);
        let answer = client.sign_in(user, &password(user)).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{user} signs in");
        assert!(client.csrf.is_some());
        client
    }

    async fn stored(pool: &sqlx::AnyPool, id: &str) -> ServiceRecord {
        content::service(pool, id).await.unwrap().unwrap()
    }

    fn with_english(id: &str) -> ServiceRecord {
        let mut record = crate::content::tests::service(id, "bologna", "Sportello lavoro");
        record.texts.push(ServiceText {
            language: "en".into(),
            name: "Job desk".into(),
            description: String::new(),
            eligibility: String::new(),
            how_to: String::new(),
            provenance: Provenance::Reviewed,
            source_version: 1,
        });
        record.opening_hours = Some("Mo-Fr 09:00-13:00".into());
        record
    }

    #[tokio::test]
    async fn an_operator_edits_the_italian_name_and_the_translations_become_outdated() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            content::upsert_services(pool, &[with_english("bo-1")])
                .await
                .unwrap();
            let before = content::changes(pool, "bologna", 0, &[], 100)
                .await
                .unwrap()
                .cursor;
            let operator = signed_in(pool, "operator").await;
            // Every account finds it by any language's name.
            let list = operator.get("/services?q=job+DESK").await;
            assert_eq!(list.status, StatusCode::OK);
            assert!(list.body.contains("/services/bo-1"), "{}", list.body);
            let none = operator.get("/services?q=nothing-like-this").await;
            assert!(!none.body.contains("/services/bo-1"));
            let form = operator.get("/services/bo-1").await;
            assert_eq!(form.status, StatusCode::OK);
            assert!(!form.body.contains("id=\"outdated-en\""));
            let base = crate::testdb::hidden(&form.body, "base").unwrap();

            let saved = operator
                .post_form(
                    "/services/bo-1",
                    &[("base", &base), ("name_it", "Sportello per il lavoro")],
                )
                .await;
            assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
            let after = stored(pool, "bo-1").await;
            assert_eq!(after.version, 2, "{}", db.url);
            assert_eq!(after.text("it").unwrap().name, "Sportello per il lavoro");
            assert_eq!(after.text("it").unwrap().source_version, 2);
            assert_eq!(after.text("en").unwrap().source_version, 1);
            let form = operator.get("/services/bo-1").await;
            assert!(form.body.contains("id=\"outdated-en\""), "{}", form.body);
            assert!(form.body.contains("id=\"outdated-ar\""));

            // The phones see the new version.
            let answer = operator
                .get(&format!(
                    "/api/v1/content/changes?region=bologna&since={before}"
                ))
                .await;
            assert_eq!(answer.status, StatusCode::OK);
            let page: ChangesPage = serde_json::from_str(&answer.body).unwrap();
            let [ContentChange::UpsertService { service }] = page.changes.as_slice() else {
                panic!("{:?}", page.changes)
            };
            assert_eq!(service.version, 2);

            // A stale form (from before the save) is refused.
            let stale = operator
                .post_form("/services/bo-1", &[("base", &base), ("city", "Imola")])
                .await;
            assert_eq!(stale.status, StatusCode::CONFLICT);

            // Reviewing the English translation brings it up to date.
            let reviewed = operator
                .post_form("/services/bo-1", &[("provenance_en", "reviewed")])
                .await;
            assert_eq!(reviewed.status, StatusCode::SEE_OTHER);
            assert_eq!(
                stored(pool, "bo-1")
                    .await
                    .text("en")
                    .unwrap()
                    .source_version,
                1,
                "already reviewed: choosing reviewed again is not a review"
            );
            let reviewed = operator
                .post_form("/services/bo-1", &[("name_en", "Job centre desk")])
                .await;
            assert_eq!(reviewed.status, StatusCode::SEE_OTHER);
            let after = stored(pool, "bo-1").await;
            assert_eq!(after.version, 2);
            assert_eq!(after.text("en").unwrap().source_version, 2);
            assert_eq!(after.text("ar").unwrap().source_version, 1);
            let reviewed = operator
                .post_form("/services/bo-1", &[("provenance_ar", "reviewed")])
                .await;
            assert_eq!(reviewed.status, StatusCode::SEE_OTHER);
            assert_eq!(
                stored(pool, "bo-1")
                    .await
                    .text("ar")
                    .unwrap()
                    .source_version,
                2
            );

            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            assert!(log
                .iter()
                .any(|e| e.action == "service.edit" && e.who == "operator" && e.target == "bo-1"));
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn a_tutor_may_look_but_not_edit_and_bad_hours_change_nothing() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            content::upsert_services(pool, &[with_english("bo-1")])
                .await
                .unwrap();
            let original = stored(pool, "bo-1").await;
            let tutor = signed_in(pool, "tutor").await;
            assert_eq!(tutor.get("/services").await.status, StatusCode::OK);
            let form = tutor.get("/services/bo-1").await;
            assert_eq!(form.status, StatusCode::OK);
            assert!(form.body.contains("<fieldset disabled>"));
            assert!(!form.body.contains("id=\"save\""));
            for (uri, fields) in [
                ("/services/bo-1", vec![("city", "Imola")]),
                ("/services/bo-1/delete", vec![]),
            ] {
                let answer = tutor.post_form(uri, &fields).await;
                assert_eq!(answer.status, StatusCode::FORBIDDEN, "{uri}");
            }
            assert_eq!(
                tutor.get("/services/import").await.status,
                StatusCode::FORBIDDEN
            );
            assert_eq!(stored(pool, "bo-1").await, original);

            let operator = signed_in(pool, "operator").await;
            let bad = operator
                .post_form(
                    "/services/bo-1",
                    &[
                        ("opening_hours", "Mo-Fr 25:00-26:00 nonsense"),
                        ("name_it", "Un nome nuovo"),
                    ],
                )
                .await;
            assert_eq!(bad.status, StatusCode::BAD_REQUEST);
            assert!(bad.body.contains("id=\"refused\""));
            // The form comes back with what was typed.
            assert!(bad.body.contains("Mo-Fr 25:00-26:00 nonsense"));
            assert!(bad.body.contains("Un nome nuovo"));
            let not_a_number = operator
                .post_form("/services/bo-1", &[("lat", "north")])
                .await;
            assert_eq!(not_a_number.status, StatusCode::BAD_REQUEST);
            let no_csrf = operator
                .post_form("/services/bo-1", &[("csrf", "wrong"), ("city", "Imola")])
                .await;
            assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
            assert_eq!(stored(pool, "bo-1").await, original);

            let deleted = operator.post_form("/services/bo-1/delete", &[]).await;
            assert_eq!(deleted.status, StatusCode::SEE_OTHER);
            assert!(content::service(pool, "bo-1").await.unwrap().is_none());
            assert_eq!(
                operator
                    .post_form("/services/bo-1/delete", &[])
                    .await
                    .status,
                StatusCode::NOT_FOUND
            );
            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            assert!(log.iter().any(|e| e.action == "service.delete"));
            db.drop_database().await;
        }
    }

    #[test]
    fn a_refused_text_is_marked_on_its_languages_input() {
        let record = with_english("bo-1");
        let english = record
            .texts
            .iter()
            .position(|t| t.language == "en")
            .unwrap();
        assert_eq!(
            form_input(&record, &format!("texts[{english}].name")).as_deref(),
            Some("name_en")
        );
        assert_eq!(
            form_input(&record, "texts[0].how_to").as_deref(),
            Some("how_to_it")
        );
        assert_eq!(form_input(&record, "lat").as_deref(), Some("lat"));
        // Fields without an input of their own keep the message above the form only.
        for field in [
            "texts[7].name",
            "texts[0].provenance",
            "contacts[0].value",
            "categories",
        ] {
            assert_eq!(form_input(&record, field), None, "{field}");
        }
    }

    #[tokio::test]
    async fn a_bad_latitude_is_refused_in_the_browsers_language() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            content::upsert_services(pool, &[with_english("bo-1")])
                .await
                .unwrap();
            let operator = signed_in(pool, "operator").await;
            let italian = operator
                .post_form_in(Some("it-IT,it;q=0.9"), "/services/bo-1", &[("lat", "91")])
                .await;
            assert_eq!(italian.status, StatusCode::BAD_REQUEST);
            assert!(
                italian
                    .body
                    .contains("deve essere una latitudine tra -90 e 90"),
                "{}",
                italian.body
            );
            let english = operator
                .post_form_in(Some("en-GB"), "/services/bo-1", &[("lat", "91")])
                .await;
            assert_eq!(english.status, StatusCode::BAD_REQUEST);
            assert!(
                english
                    .body
                    .contains("must be a latitude between -90 and 90"),
                "{}",
                english.body
            );
            assert!(!english.body.contains("latitudine"));
            // The reason is beside the field, which names it; the summary above links to it.
            assert!(
                english.body.contains(
                    "id=\"lat\" value=\"91\" aria-invalid=\"true\" aria-describedby=\"error-lat\""
                ),
                "{}",
                english.body
            );
            let beside = english
                .body
                .split("<div class=\"error field-error\" id=\"error-lat\">")
                .nth(1)
                .unwrap_or_else(|| panic!("no error beside the latitude: {}", english.body));
            assert!(beside.starts_with("must be a latitude between -90 and 90"));
            assert!(english.body.contains("<a href=\"#lat\">"));
            assert_eq!(english.body.matches("aria-invalid").count(), 1);
            // The opening hours parser's explanation follows the catalogued sentence.
            let hours = operator
                .post_form_in(
                    Some("it"),
                    "/services/bo-1",
                    &[("opening_hours", "Mo-Fr 25:00-26:00 nonsense")],
                )
                .await;
            assert!(
                hours.body.contains("non sono orari validi")
                    && hours.body.contains("<pre class=\"detail\">"),
                "{}",
                hours.body
            );
            db.drop_database().await;
        }
    }
}
