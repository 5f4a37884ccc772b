//! Beneficiaries for their tutors: the pseudonymous record, pairing codes (text and QR code),
//! devices, what the person shares, and the tutor's items for them.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use ponte_wire::sync::{RecordKind, SharedRecord};

use super::session::Signed;
use super::{
    args, check_csrf, csrf_field, escape, failure, forbidden, locale, page, t, t_plain, when,
};
use crate::api::AppState;
use crate::auth::{self, Role};
use crate::people::{self, PeopleError};

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/beneficiaries", get(list).post(add))
        .route("/beneficiaries/{id}", get(show))
        .route("/beneficiaries/{id}/code", post(code))
        .route("/beneficiaries/{id}/items", post(add_item))
        .route("/beneficiaries/{id}/items/{item}", post(edit_item))
        .route("/beneficiaries/{id}/items/{item}/delete", post(delete_item))
        .route("/beneficiaries/{id}/devices/{device}/revoke", post(revoke))
}

/// The page for an error from the people layer.
pub fn people_failure(state: &AppState, l: &str, signed: &Signed, error: PeopleError) -> Response {
    match error {
        PeopleError::Forbidden => forbidden(state, l, signed),
        PeopleError::Invalid(message) => {
            failure(state, l, Some(signed), StatusCode::BAD_REQUEST, &message)
        }
        PeopleError::NotFound(what) => failure(
            state,
            l,
            Some(signed),
            StatusCode::NOT_FOUND,
            &format!("{}: {what}", t_plain(l, "error-not-found")),
        ),
        PeopleError::Database(error) => {
            tracing::error!(%error, "dashboard");
            failure(
                state,
                l,
                Some(signed),
                StatusCode::INTERNAL_SERVER_ERROR,
                &t_plain(l, "error-internal"),
            )
        }
    }
}

async fn list(State(state): State<Arc<AppState>>, headers: HeaderMap, signed: Signed) -> Response {
    let l = locale(&headers);
    let all = match people::beneficiaries(&state.pool, &signed.account).await {
        Ok(all) => all,
        Err(e) => return people_failure(&state, l, &signed, e),
    };
    let mut body = format!(
        "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        t(l, "beneficiary-nickname", None),
        t(l, "beneficiary-languages", None),
        t(l, "beneficiary-tutor", None)
    );
    for b in &all {
        body.push_str(&format!(
            "<tr><td><a href=\"/beneficiaries/{id}\">{nick}</a></td><td>{langs}</td><td>{tutor}</td></tr>",
            id = escape(&b.id),
            nick = escape(&b.nickname),
            langs = escape(&b.languages.join(", ")),
            tutor = escape(b.tutor.as_deref().unwrap_or("")),
        ));
    }
    body.push_str("</table>");
    if all.is_empty() {
        body.push_str(&format!("<p>{}</p>", t(l, "beneficiary-none", None)));
    }
    let tutor_choice = if signed.account.role == Role::Admin {
        let tutors = auth::accounts(&state.pool, &signed.account.organisation_id)
            .await
            .unwrap_or_default();
        let mut select = format!(
            "<label>{}<select name=\"tutor\">",
            t(l, "beneficiary-tutor", None)
        );
        for tutor in tutors.iter().filter(|a| a.role == Role::Tutor) {
            select.push_str(&format!(
                "<option value=\"{}\">{}</option>",
                escape(&tutor.id),
                escape(&tutor.username)
            ));
        }
        select.push_str("</select></label>");
        select
    } else {
        String::new()
    };
    body.push_str(&format!(
        "<h2>{add}</h2><p class=\"muted\">{privacy}</p><form method=\"post\" action=\"/beneficiaries\">{csrf}\
         <label>{nick}<input type=\"text\" name=\"nickname\" id=\"nickname\" required maxlength=\"60\"></label>\
         <label>{langs}<input type=\"text\" name=\"languages\" id=\"languages\" placeholder=\"ar, it\" required></label>\
         {tutor_choice}<button type=\"submit\" id=\"add-beneficiary\">{add}</button></form>",
        add = t(l, "beneficiary-add", None),
        privacy = t(l, "beneficiary-privacy", None),
        csrf = csrf_field(&signed),
        nick = t(l, "beneficiary-nickname", None),
        langs = t(l, "beneficiary-languages", None),
    ));
    let title = t(l, "nav-beneficiaries", None);
    page(&state, l, Some(&signed), &title, &body).into_response()
}

async fn add(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    let get = |name: &str| form.get(name).map(String::as_str).unwrap_or("");
    match people::add_beneficiary(
        &state.pool,
        &signed.account,
        get("nickname"),
        get("languages"),
        Some(get("tutor")),
    )
    .await
    {
        Ok(b) => Redirect::to(&format!("/beneficiaries/{}", b.id)).into_response(),
        Err(e) => people_failure(&state, l, &signed, e),
    }
}

fn record_html(l: &str, record: &SharedRecord) -> String {
    let mut html = format!(
        "<li><strong>{}</strong>",
        t(
            l,
            &format!("record-{}", record.kind.as_str().replace('_', "-")),
            None
        )
    );
    let mut fields: Vec<String> = Vec::new();
    for (name, field) in &record.fields {
        let value = match &field.value {
            serde_json::Value::Null => continue, // cleared by an edit
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        fields.push(format!("{}: {}", escape(name), escape(&value)));
    }
    html.push_str(&format!(" — {}</li>", fields.join(" · ")));
    html
}

/// The inputs of a tutor's item, filled in from `record` when there is one (the edit form).
fn item_inputs(l: &str, record: Option<&SharedRecord>) -> String {
    let value = |name: &str| {
        record
            .and_then(|r| r.fields.get(name))
            .and_then(|f| f.value.as_str())
            .map(escape)
            .unwrap_or_default()
    };
    format!(
        "<label>{title}<input type=\"text\" name=\"title\" required maxlength=\"200\" value=\"{v_title}\"></label>\
         <label>{text}<textarea name=\"text\" rows=\"3\" maxlength=\"4000\">{v_text}</textarea></label>\
         <label>{service}<input type=\"text\" name=\"service_id\" maxlength=\"100\" value=\"{v_service}\"></label>\
         <label>{at}<input type=\"datetime-local\" name=\"at\" value=\"{v_at}\"></label>\
         <label>{place}<input type=\"text\" name=\"place\" maxlength=\"200\" value=\"{v_place}\"></label>\
         <label>{url}<input type=\"text\" name=\"url\" maxlength=\"500\" value=\"{v_url}\"></label>",
        title = t(l, "item-title", None),
        text = t(l, "item-text", None),
        service = t(l, "item-service", None),
        at = t(l, "item-at", None),
        place = t(l, "item-place", None),
        url = t(l, "item-url", None),
        v_title = value("title"),
        v_text = value("text"),
        v_service = value("service_id"),
        v_at = value("at"),
        v_place = value("place"),
        v_url = value("url"),
    )
}

/// Under a tutor's item: a form to change it (its fields filled in) and one to delete it.
fn item_forms(l: &str, beneficiary: &str, record: &SharedRecord, csrf: &str) -> String {
    let (b, item) = (escape(beneficiary), escape(&record.id));
    format!(
        "<details><summary>{edit}</summary><form method=\"post\" action=\"/beneficiaries/{b}/items/{item}\" id=\"edit-{item}\">{csrf}\
         {inputs}<button type=\"submit\">{save}</button></form>\
         <form method=\"post\" action=\"/beneficiaries/{b}/items/{item}/delete\">{csrf}<button type=\"submit\" id=\"delete-{item}\">{delete}</button></form></details>",
        edit = t(l, "item-edit", None),
        inputs = item_inputs(l, Some(record)),
        save = t(l, "item-save", None),
        delete = t(l, "item-delete", None),
    )
}

async fn show(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    let l = locale(&headers);
    let b = match people::beneficiary(&state.pool, &signed.account, &id).await {
        Ok(b) => b,
        Err(e) => return people_failure(&state, l, &signed, e),
    };
    let (devices, consents, records) = match (
        people::devices(&state.pool, &b.id).await,
        people::consents(&state.pool, &b.id).await,
        people::records(&state.pool, &b.id).await,
    ) {
        (Ok(d), Ok(c), Ok(r)) => (d, c, r),
        _ => {
            return failure(
                &state,
                l,
                Some(&signed),
                StatusCode::INTERNAL_SERVER_ERROR,
                &t_plain(l, "error-internal"),
            )
        }
    };
    let csrf = csrf_field(&signed);
    let mut body = format!(
        "<p>{}: {}</p>",
        t(l, "beneficiary-languages", None),
        escape(&b.languages.join(", "))
    );
    // Pairing.
    body.push_str(&format!(
        "<h2>{devices_title}</h2><form method=\"post\" action=\"/beneficiaries/{id}/code\">{csrf}<button type=\"submit\" id=\"new-code\">{new_code}</button></form>",
        devices_title = t(l, "beneficiary-devices", None),
        id = escape(&b.id),
        new_code = t(l, "beneficiary-new-code", None),
    ));
    if devices.is_empty() {
        body.push_str(&format!("<p>{}</p>", t(l, "beneficiary-no-devices", None)));
    } else {
        body.push_str("<ul>");
        for d in &devices {
            body.push_str(&format!(
                "<li>{name} · {paired}{seen}",
                name = escape(if d.name.is_empty() { &d.id } else { &d.name }),
                paired = t(
                    l,
                    "device-paired",
                    Some(&args(&[("when", when(d.paired_at).into())]))
                ),
                seen = d
                    .last_seen
                    .map(|s| format!(
                        " · {}",
                        t(l, "device-seen", Some(&args(&[("when", when(s).into())])))
                    ))
                    .unwrap_or_default(),
            ));
            if d.revoked {
                body.push_str(&format!(
                    " · <strong>{}</strong>",
                    t(l, "device-revoked", None)
                ));
            } else {
                body.push_str(&format!(
                    " <form method=\"post\" style=\"display:inline\" action=\"/beneficiaries/{id}/devices/{device}/revoke\">{csrf}<button type=\"submit\">{revoke}</button></form>",
                    id = escape(&b.id),
                    device = escape(&d.id),
                    revoke = t(l, "device-revoke", None),
                ));
            }
            body.push_str("</li>");
        }
        body.push_str("</ul>");
    }
    // What the person shares.
    body.push_str(&format!("<h2>{}</h2>", t(l, "beneficiary-shares", None)));
    if consents.is_empty() {
        body.push_str(&format!(
            "<p>{}</p>",
            t(l, "beneficiary-shares-nothing", None)
        ));
    } else {
        let names: Vec<String> = consents
            .iter()
            .map(|c| t(l, &format!("consent-{c}"), None))
            .collect();
        body.push_str(&format!("<p>{}</p>", names.join(", ")));
    }
    let (shared, items): (Vec<&SharedRecord>, Vec<&SharedRecord>) =
        records.iter().partition(|r| r.kind.consent().is_some());
    body.push_str("<ul id=\"shared\">");
    for record in &shared {
        body.push_str(&record_html(l, record));
    }
    body.push_str("</ul>");
    // The tutor's items.
    body.push_str(&format!(
        "<h2>{}</h2><ul id=\"items\">",
        t(l, "beneficiary-items", None)
    ));
    for record in &items {
        let shown = record_html(l, record);
        body.push_str(shown.trim_end_matches("</li>"));
        body.push_str(&item_forms(l, &b.id, record, &csrf));
        body.push_str("</li>");
    }
    body.push_str("</ul>");
    let mut kinds = String::new();
    for kind in [
        RecordKind::Referral,
        RecordKind::TutorMeeting,
        RecordKind::JobOffer,
        RecordKind::TutorNote,
    ] {
        kinds.push_str(&format!(
            "<option value=\"{}\">{}</option>",
            kind.as_str(),
            t(
                l,
                &format!("record-{}", kind.as_str().replace('_', "-")),
                None
            )
        ));
    }
    body.push_str(&format!(
        "<h3>{add}</h3><form method=\"post\" action=\"/beneficiaries/{id}/items\">{csrf}\
         <label>{kind}<select name=\"kind\">{kinds}</select></label>{inputs}\
         <button type=\"submit\">{add}</button></form>",
        add = t(l, "item-add", None),
        id = escape(&b.id),
        kind = t(l, "item-kind", None),
        inputs = item_inputs(l, None),
    ));
    page(&state, l, Some(&signed), &escape(&b.nickname), &body).into_response()
}

async fn code(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    let code = match people::create_pairing_code(&state.pool, &signed.account, &id).await {
        Ok(code) => code,
        Err(e) => return people_failure(&state, l, &signed, e),
    };
    let host = headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1:8080");
    // The demo is plain HTTP on 127.0.0.1; a real coordinator is reached over HTTPS.
    let scheme = if state.demo { "http" } else { "https" };
    let link = format!("ponte:pair?server={scheme}://{host}&code={}", code.code);
    let svg = qrcode::QrCode::new(link.as_bytes())
        .map(|qr| {
            qr.render::<qrcode::render::svg::Color>()
                .min_dimensions(220, 220)
                .build()
        })
        .unwrap_or_default();
    let body = format!(
        "<p>{explain}</p><p class=\"code\" id=\"pairing-code\">{code}</p><p>{expires}</p><figure>{svg}<figcaption>{qr}</figcaption></figure><p><a href=\"/beneficiaries/{id}\">{back}</a></p>",
        explain = t(l, "code-explain", None),
        code = escape(&code.code),
        expires = t(l, "code-expires", Some(&args(&[("when", when(code.expires_at).into())]))),
        qr = t(l, "code-qr", None),
        id = escape(&id),
        back = t(l, "back", None),
    );
    let title = t(l, "code-title", None);
    page(&state, l, Some(&signed), &title, &body).into_response()
}

/// A form's outcome: back to the beneficiary's page, or the failure in words.
fn back_to_beneficiary<T>(
    state: &AppState,
    l: &str,
    signed: &Signed,
    id: &str,
    result: Result<T, people::PeopleError>,
) -> Response {
    match result {
        Ok(_) => Redirect::to(&format!("/beneficiaries/{id}")).into_response(),
        Err(e) => people_failure(state, l, signed, e),
    }
}

async fn add_item(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    let Some(kind) = form.get("kind").and_then(|k| RecordKind::parse(k)) else {
        return failure(
            &state,
            l,
            Some(&signed),
            StatusCode::BAD_REQUEST,
            &t_plain(l, "item-bad-kind"),
        );
    };
    let fields = item_fields(&form);
    let result = people::add_item(&state.pool, &signed.account, &id, kind, &fields).await;
    back_to_beneficiary(&state, l, &signed, &id, result)
}

/// The form's tutor fields, as the people module takes them.
fn item_fields(form: &HashMap<String, String>) -> Vec<(&'static str, String)> {
    people::ITEM_FIELDS
        .into_iter()
        .filter_map(|name| form.get(name).map(|v| (name, v.clone())))
        .collect()
}

async fn edit_item(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path((id, item)): Path<(String, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    let fields = item_fields(&form);
    let result = people::edit_item(&state.pool, &signed.account, &id, &item, &fields).await;
    back_to_beneficiary(&state, l, &signed, &id, result)
}

async fn delete_item(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path((id, item)): Path<(String, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    let result = people::delete_item(&state.pool, &signed.account, &id, &item).await;
    back_to_beneficiary(&state, l, &signed, &id, result)
}

async fn revoke(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path((id, device)): Path<(String, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    let result = people::revoke_device(&state.pool, &signed.account, &id, &device).await;
    back_to_beneficiary(&state, l, &signed, &id, result)
}
