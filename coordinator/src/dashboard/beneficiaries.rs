//! Beneficiaries for their tutors: the pseudonymous record, pairing codes (text and QR code),
//! devices, what the person shares, the questions they sent ("ask my tutor") with the forms
//! that answer them, and the tutor's items for them.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup, PreEscaped};
use ponte_wire::sync::{RecordKind, SharedRecord};

use super::forms::CsrfForm;
use super::guides::dir;
use super::scrolling;
use super::session::Signed;
use super::{args, csrf_field, failure, forbidden, locale, page, t, when};
use crate::auth::{self, Role};
use crate::error::PeopleError;
use crate::people;
use crate::questions::{self, AnswerForm, Question, Refusal};
use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/beneficiaries", get(list).post(add))
        .route("/beneficiaries/{id}", get(show))
        .route("/beneficiaries/{id}/code", post(code))
        .route("/beneficiaries/{id}/items", post(add_item))
        .route("/beneficiaries/{id}/items/{item}", post(edit_item))
        .route("/beneficiaries/{id}/items/{item}/delete", post(delete_item))
        .route("/beneficiaries/{id}/devices/{device}/revoke", post(revoke))
        .route(
            "/beneficiaries/{id}/questions/{question}/answer",
            post(answer_question),
        )
}

/// The page for an error from the people layer.
pub fn people_failure(state: &AppState, l: &str, signed: &Signed, error: PeopleError) -> Response {
    match error {
        PeopleError::Forbidden => forbidden(state, l, signed),
        PeopleError::Invalid(invalid) => {
            let value = invalid.value().unwrap_or_default();
            let message = t(l, invalid.key(), Some(&args(&[("value", value.into())])));
            failure(state, l, Some(signed), StatusCode::BAD_REQUEST, &message)
        }
        PeopleError::NotFound(what) => failure(
            state,
            l,
            Some(signed),
            StatusCode::NOT_FOUND,
            &format!("{}: {what}", t(l, "error-not-found", None)),
        ),
        PeopleError::Database(error) => {
            tracing::error!(%error, "dashboard");
            failure(
                state,
                l,
                Some(signed),
                StatusCode::INTERNAL_SERVER_ERROR,
                &t(l, "error-internal", None),
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
    let tutors = if signed.account.role == Role::Admin {
        auth::accounts(&state.pool, &signed.account.organisation_id)
            .await
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let body = html! {
        (scrolling(&t(l, "nav-beneficiaries", None), html! {
        table {
            tr {
                th { (t(l, "beneficiary-nickname", None)) }
                th { (t(l, "beneficiary-languages", None)) }
                th { (t(l, "beneficiary-tutor", None)) }
            }
            @for b in &all {
                tr {
                    td { a href={ "/beneficiaries/" (b.id) } { (b.nickname) } }
                    td { (b.languages.join(", ")) }
                    td { (b.tutor.as_deref().unwrap_or("")) }
                }
            }
        }
        }))
        @if all.is_empty() {
            p { (t(l, "beneficiary-none", None)) }
        }
        h2 { (t(l, "beneficiary-add", None)) }
        p.muted { (t(l, "beneficiary-privacy", None)) }
        form method="post" action="/beneficiaries" {
            (csrf_field(&signed))
            label {
                (t(l, "beneficiary-nickname", None))
                input type="text" name="nickname" #nickname required maxlength="60";
            }
            label {
                (t(l, "beneficiary-languages", None))
                input type="text" name="languages" #languages placeholder="ar, it" required;
            }
            @if signed.account.role == Role::Admin {
                label {
                    (t(l, "beneficiary-tutor", None))
                    select name="tutor" {
                        @for tutor in tutors.iter().filter(|a| a.role == Role::Tutor) {
                            option value=(tutor.id) { (tutor.username) }
                        }
                    }
                }
            }
            button type="submit" #add-beneficiary { (t(l, "beneficiary-add", None)) }
        }
    };
    let title = t(l, "nav-beneficiaries", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}

async fn add(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
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

/// The catalogue's word for a code (`<prefix>-<code>`), or the code itself when the catalogue
/// has none (a field a newer phone sends).
pub(super) fn labelled(l: &str, prefix: &str, code: &str) -> String {
    let key = format!("{prefix}-{}", code.replace(['_', '.'], "-"));
    let said = t(l, &key, None);
    if said == key {
        code.to_owned()
    } else {
        said
    }
}

/// A shared field's value as a tutor reads it: a stage in words, a time (`…_at`, milliseconds)
/// in Rome's time; `None` for a field cleared by an edit.
fn shared_value(l: &str, name: &str, value: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    Some(match value {
        Value::Null => return None,
        Value::String(stage) if name == "stage" => labelled(l, "stage", stage),
        Value::Number(ms) if name.ends_with("_at") && ms.as_i64().is_some() => {
            super::when(l, ms.as_i64().unwrap_or_default())
        }
        Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

/// A record's kind and fields, as the content of its list item.
fn record_content(l: &str, record: &SharedRecord) -> Markup {
    let fields: Vec<String> = record
        .fields
        .iter()
        .filter_map(|(name, field)| {
            let value = shared_value(l, name, &field.value)?;
            Some(format!("{}: {value}", labelled(l, "shared-field", name)))
        })
        .collect();
    html! {
        strong { (t(l, &format!("record-{}", record.kind.as_str().replace('_', "-")), None)) }
        " — " (fields.join(" · "))
    }
}

/// The inputs of a tutor's item, filled in from `record` when there is one (the edit form).
fn item_inputs(l: &str, record: Option<&SharedRecord>) -> Markup {
    let value = |name: &str| {
        record
            .and_then(|r| r.fields.get(name))
            .and_then(|f| f.value.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    html! {
        label {
            (t(l, "item-title", None))
            input type="text" name="title" required maxlength="200" value=(value("title"));
        }
        label {
            (t(l, "item-text", None))
            textarea name="text" rows="3" maxlength="4000" { (value("text")) }
        }
        label {
            (t(l, "item-service", None))
            input type="text" name="service_id" maxlength="100" value=(value("service_id"));
        }
        label {
            (t(l, "item-at", None))
            input type="datetime-local" name="at" value=(value("at"));
        }
        label {
            (t(l, "item-place", None))
            input type="text" name="place" maxlength="200" value=(value("place"));
        }
        label {
            (t(l, "item-url", None))
            input type="text" name="url" maxlength="500" value=(value("url"));
        }
    }
}

/// Under a tutor's item: a form to change it (its fields filled in) and one to delete it.
fn item_forms(l: &str, b: &str, record: &SharedRecord, csrf: &Markup) -> Markup {
    let item = &record.id;
    html! {
        details {
            summary { (t(l, "item-edit", None)) }
            form method="post" action={ "/beneficiaries/" (b) "/items/" (item) } id={ "edit-" (item) } {
                (csrf)
                (item_inputs(l, Some(record)))
                button type="submit" { (t(l, "item-save", None)) }
            }
            form method="post" action={ "/beneficiaries/" (b) "/items/" (item) "/delete" } {
                (csrf)
                button type="submit" id={ "delete-" (item) } { (t(l, "item-delete", None)) }
            }
        }
    }
}

/// An answer the form could not send: the question, the refused field, the reason, and what
/// was typed and chosen (shown again).
struct AnswerRefused {
    question: String,
    field: &'static str,
    message: String,
    text: String,
    script: String,
}

/// The "Questions" section: the person's questions, newest first, each in its language and
/// direction; the open ones marked, with the form that answers them (a text, or one of the
/// operators' scripts), the answered ones with who answered and the answer sent.
fn questions_html(
    l: &str,
    b: &str,
    list: &[Question],
    scripts: &[crate::content::StoredGuide],
    records: &[SharedRecord],
    csrf: &Markup,
    refused: Option<&AnswerRefused>,
) -> Markup {
    html! {
        h2 #questions-title { (t(l, "beneficiary-questions", None)) }
        @if list.is_empty() {
            p { (t(l, "question-none", None)) }
        } @else {
            ul #questions {
                @for q in list {
                    (question_html(l, b, q, scripts, records, csrf, refused))
                }
            }
        }
    }
}

/// One question of [`questions_html`], with its answer or the form that answers it.
fn question_html(
    l: &str,
    b: &str,
    q: &Question,
    scripts: &[crate::content::StoredGuide],
    records: &[SharedRecord],
    csrf: &Markup,
    refused: Option<&AnswerRefused>,
) -> Markup {
    let qid = &q.id;
    let state = if q.is_open() { "open" } else { "answered" };
    let mine = refused.filter(|r| r.question == q.id);
    // The refused field is marked invalid and described by its message.
    let invalid = |field: &str| mine.is_some_and(|r| r.field == field);
    let error = |id: String, field: &str| {
        html! {
            @if let Some(r) = mine.filter(|r| r.field == field) {
                p.error id={ "error-" (id) } { (r.message) }
            }
        }
    };
    let answer_id = format!("answer-{qid}");
    let script_id = format!("script-{qid}");
    let chosen = mine.map(|r| r.script.as_str()).unwrap_or("");
    let sent = q
        .answer_item
        .as_deref()
        .and_then(|item| records.iter().find(|r| r.id == item))
        .and_then(|r| r.text("text"));
    html! {
        li id={ "question-" (qid) } class={ "question question-" (state) } {
            p {
                strong class=(if q.is_open() { "warn" } else { "ok" }) {
                    (t(l, &format!("question-{state}"), None))
                }
                " · "
                (t(l, "question-asked", Some(&args(&[("when", when(l, q.created_at).into())]))))
            }
            blockquote id={ "question-text-" (qid) } lang=(q.language) dir=(dir(&q.language)) { (q.text) }
            @if let (Some(at), false) = (q.answered_at, q.is_open()) {
                p.muted {
                    (t(l, "question-answered-by", Some(&args(&[
                        ("who", q.answered_by.clone().unwrap_or_default().into()),
                        ("when", when(l, at).into()),
                    ]))))
                }
                @if let Some(sent) = sent {
                    p.answer id={ "answer-text-" (qid) } dir="auto" { (sent) }
                }
            } @else {
                form method="post" action={ "/beneficiaries/" (b) "/questions/" (qid) "/answer" } id={ "answer-form-" (qid) } {
                    (csrf)
                    label {
                        (t(l, "question-answer", None))
                        textarea name="answer" id=(answer_id) rows="4" maxlength=(questions::MAX_ANSWER_CHARS) dir="auto"
                            aria-invalid=[invalid("answer").then_some("true")]
                            aria-describedby=[invalid("answer").then(|| format!("error-{answer_id}"))] {
                            (mine.map(|r| r.text.as_str()).unwrap_or(""))
                        }
                    }
                    (error(answer_id.clone(), "answer"))
                    label {
                        (t(l, "question-script", None))
                        select name="script" id=(script_id)
                            aria-invalid=[invalid("script").then_some("true")]
                            aria-describedby=[invalid("script").then(|| format!("error-{script_id}"))] {
                            option value="" { (t(l, "question-script-none", None)) }
                            @for s in scripts {
                                @let (title, language) = questions::script_title(&s.guide, &q.language);
                                option value=(s.guide.id)
                                    lang=[(!language.is_empty()).then_some(language)]
                                    dir=[(!language.is_empty()).then(|| dir(language))]
                                    selected[s.guide.id == chosen] { (title) }
                            }
                        }
                    }
                    (error(script_id.clone(), "script"))
                    p.muted { (t(l, "question-help", None)) }
                    button type="submit" { (t(l, "question-send", None)) }
                }
            }
        }
    }
}

async fn show(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    let message = html! {
        @if query.contains_key("answered") {
            p.ok role="status" #done { (t(l, "question-answer-sent", None)) }
        }
    };
    beneficiary_page(&state, l, &signed, &id, StatusCode::OK, None, message).await
}

/// The beneficiary's page, with `refused` shown on its question's form.
async fn beneficiary_page(
    state: &AppState,
    l: &str,
    signed: &Signed,
    id: &str,
    status: StatusCode,
    refused: Option<&AnswerRefused>,
    message: Markup,
) -> Response {
    let b = match people::beneficiary(&state.pool, &signed.account, id).await {
        Ok(b) => b,
        Err(e) => return people_failure(state, l, signed, e),
    };
    // The page says when each phone was last seen: write what the server saw first.
    if let Err(e) = state.seen.flush(&state.pool).await {
        tracing::warn!("writing the devices seen: {e}");
    }
    let (devices, consents, records, asked, scripts) = match (
        people::devices(&state.pool, &b.id).await,
        people::consents(&state.pool, &b.id).await,
        people::records(&state.pool, &b.id).await,
        questions::questions(&state.pool, &b.id).await,
        questions::scripts(&state.pool, &b.organisation_id).await,
    ) {
        (Ok(d), Ok(c), Ok(r), Ok(q), Ok(s)) => (d, c, r, q, s),
        _ => {
            return failure(
                state,
                l,
                Some(signed),
                StatusCode::INTERNAL_SERVER_ERROR,
                &t(l, "error-internal", None),
            )
        }
    };
    let csrf = csrf_field(signed);
    let (shared, items): (Vec<&SharedRecord>, Vec<&SharedRecord>) =
        records.iter().partition(|r| r.kind.consent().is_some());
    let body = html! {
        (message)
        p { (t(l, "beneficiary-languages", None)) ": " (b.languages.join(", ")) }
        // Pairing.
        h2 { (t(l, "beneficiary-devices", None)) }
        form method="post" action={ "/beneficiaries/" (b.id) "/code" } {
            (csrf)
            button type="submit" #new-code { (t(l, "beneficiary-new-code", None)) }
        }
        @if devices.is_empty() {
            p { (t(l, "beneficiary-no-devices", None)) }
        } @else {
            ul {
                @for d in &devices {
                    li {
                        (if d.name.is_empty() { &d.id } else { &d.name })
                        " · "
                        (t(l, "device-paired", Some(&args(&[("when", when(l, d.paired_at).into())]))))
                        @if let Some(seen) = d.last_seen {
                            " · " (t(l, "device-seen", Some(&args(&[("when", when(l, seen).into())]))))
                        }
                        @if d.revoked {
                            " · " strong { (t(l, "device-revoked", None)) }
                        } @else {
                            " "
                            form method="post" style="display:inline" action={ "/beneficiaries/" (b.id) "/devices/" (d.id) "/revoke" } {
                                (csrf)
                                button type="submit" { (t(l, "device-revoke", None)) }
                            }
                        }
                    }
                }
            }
        }
        // What the person shares.
        h2 { (t(l, "beneficiary-shares", None)) }
        @if consents.is_empty() {
            p { (t(l, "beneficiary-shares-nothing", None)) }
        } @else {
            @let names: Vec<String> = consents
                .iter()
                .map(|c| t(l, &format!("consent-{c}"), None))
                .collect();
            p { (names.join(", ")) }
        }
        ul #shared {
            @for record in &shared {
                li { (record_content(l, record)) }
            }
        }
        // What the person asked from the phone.
        (questions_html(l, &b.id, &asked, &scripts, &records, &csrf, refused))
        // The tutor's items.
        h2 { (t(l, "beneficiary-items", None)) }
        ul #items {
            @for record in &items {
                li {
                    (record_content(l, record))
                    (item_forms(l, &b.id, record, &csrf))
                }
            }
        }
        h3 { (t(l, "item-add", None)) }
        form method="post" action={ "/beneficiaries/" (b.id) "/items" } {
            (csrf)
            label {
                (t(l, "item-kind", None))
                select name="kind" {
                    @for kind in [
                        RecordKind::Referral,
                        RecordKind::TutorMeeting,
                        RecordKind::JobOffer,
                        RecordKind::TutorNote,
                    ] {
                        option value=(kind.as_str()) {
                            (t(l, &format!("record-{}", kind.as_str().replace('_', "-")), None))
                        }
                    }
                }
            }
            (item_inputs(l, None))
            button type="submit" { (t(l, "item-add", None)) }
        }
    };
    (status, page(state, l, Some(signed), &b.nickname, body)).into_response()
}

async fn code(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, .. }: CsrfForm,
) -> Response {
    let l = locale(&headers);
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
    let body = html! {
        p { (t(l, "code-explain", None)) }
        p.code #pairing-code { (code.code) }
        p { (t(l, "code-expires", Some(&args(&[("when", when(l, code.expires_at).into())])))) }
        figure {
            // Safe: the qrcode crate draws the SVG from the code's modules (rectangles only);
            // the link it encodes is not written into it as text.
            (PreEscaped(svg))
            figcaption { (t(l, "code-qr", None)) }
        }
        p { a href={ "/beneficiaries/" (id) } { (t(l, "back", None)) } }
    };
    let title = t(l, "code-title", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}

/// A form's outcome: back to the beneficiary's page, or the failure in words.
fn back_to_beneficiary<T>(
    state: &AppState,
    l: &str,
    signed: &Signed,
    id: &str,
    result: Result<T, crate::error::PeopleError>,
) -> Response {
    match result {
        Ok(_) => Redirect::to(&format!("/beneficiaries/{id}")).into_response(),
        Err(e) => people_failure(state, l, signed, e),
    }
}

async fn add_item(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    let Some(kind) = form.get("kind").and_then(|k| RecordKind::parse(k)) else {
        return failure(
            &state,
            l,
            Some(&signed),
            StatusCode::BAD_REQUEST,
            &t(l, "item-bad-kind", None),
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
    Path((id, item)): Path<(String, String)>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    let fields = item_fields(&form);
    let result = people::edit_item(&state.pool, &signed.account, &id, &item, &fields).await;
    back_to_beneficiary(&state, l, &signed, &id, result)
}

async fn delete_item(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path((id, item)): Path<(String, String)>,
    CsrfForm { signed, .. }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    let result = people::delete_item(&state.pool, &signed.account, &id, &item).await;
    back_to_beneficiary(&state, l, &signed, &id, result)
}

async fn answer_question(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path((id, question)): Path<(String, String)>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    let get = |name: &str| form.get(name).map(String::as_str).unwrap_or("");
    let result = questions::answer(
        &state.pool,
        &signed.account,
        &id,
        &question,
        AnswerForm {
            text: get("answer"),
            script: get("script"),
        },
    )
    .await;
    let (field, key) = match result {
        Ok(Ok(_)) => {
            return Redirect::to(&format!("/beneficiaries/{id}?answered#question-{question}"))
                .into_response()
        }
        Err(e) => return people_failure(&state, l, &signed, e),
        Ok(Err(Refusal::Answered)) => {
            return failure(
                &state,
                l,
                Some(&signed),
                StatusCode::CONFLICT,
                &t(l, "question-already-answered", None),
            )
        }
        Ok(Err(Refusal::Empty)) => ("answer", "question-empty"),
        Ok(Err(Refusal::TooLong)) => ("answer", "question-too-long"),
        Ok(Err(Refusal::Script)) => ("script", "question-bad-script"),
    };
    let refused = AnswerRefused {
        question: question.clone(),
        field,
        message: t(l, key, None),
        text: get("answer").to_owned(),
        script: get("script").to_owned(),
    };
    beneficiary_page(
        &state,
        l,
        &signed,
        &id,
        StatusCode::BAD_REQUEST,
        Some(&refused),
        html! {},
    )
    .await
}

async fn revoke(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path((id, device)): Path<(String, String)>,
    CsrfForm { signed, .. }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    let result = people::revoke_device(&state.pool, &signed.account, &id, &device).await;
    back_to_beneficiary(&state, l, &signed, &id, result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_fields_and_stages_are_said_in_the_tutors_language() {
        use serde_json::json;
        assert_eq!(
            labelled("it", "shared-field", "employer"),
            "Datore di lavoro"
        );
        assert_eq!(
            labelled("en", "shared-field", "stage_changed_at"),
            "Stage changed"
        );
        assert_eq!(
            shared_value("it", "stage", &json!("interview")).unwrap(),
            "Colloquio"
        );
        assert_eq!(
            shared_value("en", "stage", &json!("no_answer")).unwrap(),
            "No answer"
        );
        // What the catalogue does not know yet is shown as it came.
        assert_eq!(labelled("it", "shared-field", "new_field"), "new_field");
        assert_eq!(
            shared_value("it", "stage", &json!("new_stage")).unwrap(),
            "new_stage"
        );
        // Milliseconds in Rome's time; a cleared field is left out.
        assert_eq!(
            shared_value("it", "created_at", &json!(1_764_770_700_000_i64)).unwrap(),
            super::super::when("it", 1_764_770_700_000)
        );
        assert_eq!(shared_value("it", "notes", &serde_json::Value::Null), None);
        assert_eq!(
            labelled("it", "audit-action", "service.import"),
            "Servizi importati"
        );
        assert_eq!(
            labelled("en", "audit-action", "guide.image_remove"),
            "Guide image removed"
        );
    }
}
