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
use ponte_wire::sync::{RecordKind, SharedRecord};

use super::forms::CsrfForm;
use super::session::Signed;
use super::{
    args, csrf_field_html as csrf_field, escape, failure, forbidden, locale, page_legacy as page,
    t_html as t, t_plain, when,
};
use crate::api::AppState;
use crate::auth::{self, Role};
use crate::people::{self, PeopleError};
use crate::questions::{self, AnswerForm, Question, Refusal};

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

/// An answer the form could not send: the question, the refused field, the reason as HTML,
/// and what was typed and chosen (shown again).
struct AnswerRefused {
    question: String,
    field: &'static str,
    html: String,
    text: String,
    script: String,
}

/// The refused field's attributes (invalid, described by its message) and the message to put
/// after it; nothing for the other fields.
fn refused_attrs(refused: Option<&AnswerRefused>, id: &str, field: &str) -> (String, String) {
    match refused {
        Some(r) if r.field == field => (
            format!(" aria-invalid=\"true\" aria-describedby=\"error-{id}\""),
            format!("<p class=\"error\" id=\"error-{id}\">{}</p>", r.html),
        ),
        _ => (String::new(), String::new()),
    }
}

/// The "Questions" section: the person's questions, newest first, each in its language and
/// direction; the open ones marked, with the form that answers them (a text, or one of the
/// operators' scripts), the answered ones with who answered and the answer sent.
fn questions_html(
    l: &str,
    beneficiary: &str,
    list: &[Question],
    scripts: &[crate::content::StoredGuide],
    records: &[SharedRecord],
    csrf: &str,
    refused: Option<&AnswerRefused>,
) -> String {
    let b = escape(beneficiary);
    let mut html = format!(
        "<h2 id=\"questions-title\">{}</h2>",
        t(l, "beneficiary-questions", None)
    );
    if list.is_empty() {
        html.push_str(&format!("<p>{}</p>", t(l, "question-none", None)));
        return html;
    }
    html.push_str("<ul id=\"questions\">");
    for q in list {
        let qid = escape(&q.id);
        let state = if q.is_open() { "open" } else { "answered" };
        html.push_str(&format!(
            "<li id=\"question-{qid}\" class=\"question question-{state}\"><p><strong class=\"{class}\">{state_word}</strong> · {asked}</p>\
             <blockquote id=\"question-text-{qid}\"{attrs}>{text}</blockquote>",
            class = if q.is_open() { "warn" } else { "ok" },
            state_word = t(l, &format!("question-{state}"), None),
            asked = t(l, "question-asked", Some(&args(&[("when", when(q.created_at).into())]))),
            attrs = super::guides::lang_attrs(&q.language),
            text = escape(&q.text),
        ));
        if let (Some(at), false) = (q.answered_at, q.is_open()) {
            html.push_str(&format!(
                "<p class=\"muted\">{}</p>",
                t(
                    l,
                    "question-answered-by",
                    Some(&args(&[
                        ("who", q.answered_by.clone().unwrap_or_default().into()),
                        ("when", when(at).into()),
                    ]))
                )
            ));
            let sent = q
                .answer_item
                .as_deref()
                .and_then(|item| records.iter().find(|r| r.id == item))
                .and_then(|r| r.text("text"));
            if let Some(sent) = sent {
                html.push_str(&format!(
                    "<p class=\"answer\" id=\"answer-text-{qid}\" dir=\"auto\">{}</p>",
                    escape(sent)
                ));
            }
            html.push_str("</li>");
            continue;
        }
        let mine = refused.filter(|r| r.question == q.id);
        let (text_invalid, text_error) = refused_attrs(mine, &format!("answer-{qid}"), "answer");
        let (script_invalid, script_error) =
            refused_attrs(mine, &format!("script-{qid}"), "script");
        let chosen = mine.map(|r| r.script.as_str()).unwrap_or("");
        let mut options = format!(
            "<option value=\"\">{}</option>",
            t(l, "question-script-none", None)
        );
        for s in scripts {
            let (title, language) = questions::script_title(&s.guide, &q.language);
            options.push_str(&format!(
                "<option value=\"{id}\"{lang}{selected}>{title}</option>",
                id = escape(&s.guide.id),
                lang = if language.is_empty() {
                    String::new()
                } else {
                    super::guides::lang_attrs(language)
                },
                selected = if s.guide.id == chosen {
                    " selected"
                } else {
                    ""
                },
                title = escape(title),
            ));
        }
        html.push_str(&format!(
            "<form method=\"post\" action=\"/beneficiaries/{b}/questions/{qid}/answer\" id=\"answer-form-{qid}\">{csrf}\
             <label>{answer_label}<textarea name=\"answer\" id=\"answer-{qid}\" rows=\"4\" maxlength=\"{max}\" dir=\"auto\"{text_invalid}>{typed}</textarea></label>{text_error}\
             <label>{script_label}<select name=\"script\" id=\"script-{qid}\"{script_invalid}>{options}</select></label>{script_error}\
             <p class=\"muted\">{help}</p><button type=\"submit\">{send}</button></form></li>",
            answer_label = t(l, "question-answer", None),
            max = questions::MAX_ANSWER_CHARS,
            typed = escape(mine.map(|r| r.text.as_str()).unwrap_or("")),
            script_label = t(l, "question-script", None),
            help = t(l, "question-help", None),
            send = t(l, "question-send", None),
        ));
    }
    html.push_str("</ul>");
    html
}

async fn show(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    let message = if query.contains_key("answered") {
        format!(
            "<p class=\"ok\" role=\"status\" id=\"done\">{}</p>",
            t(l, "question-answer-sent", None)
        )
    } else {
        String::new()
    };
    beneficiary_page(&state, l, &signed, &id, StatusCode::OK, None, &message).await
}

/// The beneficiary's page, with `refused` shown on its question's form.
async fn beneficiary_page(
    state: &AppState,
    l: &str,
    signed: &Signed,
    id: &str,
    status: StatusCode,
    refused: Option<&AnswerRefused>,
    message: &str,
) -> Response {
    let b = match people::beneficiary(&state.pool, &signed.account, id).await {
        Ok(b) => b,
        Err(e) => return people_failure(state, l, signed, e),
    };
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
                &t_plain(l, "error-internal"),
            )
        }
    };
    let csrf = csrf_field(signed);
    let mut body = message.to_owned();
    body.push_str(&format!(
        "<p>{}: {}</p>",
        t(l, "beneficiary-languages", None),
        escape(&b.languages.join(", "))
    ));
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
    // What the person asked from the phone.
    body.push_str(&questions_html(
        l, &b.id, &asked, &scripts, &records, &csrf, refused,
    ));
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
    (
        status,
        page(state, l, Some(signed), &escape(&b.nickname), &body),
    )
        .into_response()
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
                &t_plain(l, "question-already-answered"),
            )
        }
        Ok(Err(Refusal::Empty)) => ("answer", "question-empty"),
        Ok(Err(Refusal::TooLong)) => ("answer", "question-too-long"),
        Ok(Err(Refusal::Script)) => ("script", "question-bad-script"),
    };
    let refused = AnswerRefused {
        question: question.clone(),
        field,
        html: t(l, key, None),
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
        "",
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
