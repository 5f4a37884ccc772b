//! Guides: the tree per territory with each guide's translation status, the editor with a live
//! preview, publish / unpublish, and operators' scripts (visibility "operators only"), which
//! tutors read. The accounts that edit services edit guides; the others read the published
//! ones.
//!
//! A change to the source-language title or text raises the guide's version, so every
//! translation made from the older text shows as outdated until someone edits or reviews it.
//! Saves go through `content::save_guide`, which validates the guide with the wire's rules,
//! writes the change log the phones pull (an unpublished guide or a script is not sent; one
//! that stops being sent leaves a tombstone) and the audit entry, in one transaction.
//!
//! A guide's one image is uploaded with a form of its own on the edit page (`/guides/{id}/image`,
//! with its description in the source language) and removed with a button; its description in
//! each language is a field of the main form beside the title, once there is an image.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use maud::{html, Markup, PreEscaped};
use ponte_wire::guides::{
    parse_body, Block, BodyError, GuideImage, GuideRecord, GuideText, ImageProblem, Inline,
    LinkTarget, OfficialSource, Visibility, MAX_GUIDE_IMAGE_BYTES, MAX_GUIDE_IMAGE_SIDE,
};
use ponte_wire::{FieldError, Problem, Provenance};
use sha2::{Digest, Sha256};

use super::beneficiaries::people_failure;
use super::forms::{CsrfForm, CsrfUpload};
use super::scrolling;
use super::services::internal;
use super::session::Signed;
use super::{args, csrf_field, failure, forbidden, locale, page, problem_text, t, when};
use crate::content::{self, GuideAudit, GuidesError, StoredGuide};
use crate::error::PeopleError;
use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/guides", get(tree).post(create))
        .route("/guides/new", get(new_form))
        .route("/guides/preview", post(preview))
        .route("/guides/{id}", get(show).post(save))
        .route("/guides/{id}/publish", post(publish))
        .route("/guides/{id}/unpublish", post(unpublish))
        .route("/guides/{id}/image/remove", post(remove_image))
        .route("/guides/{id}/public", get(confirm_public).post(make_public))
}

/// The image upload, merged outside the API's 2 MiB request limit (`super::map_routes`): no
/// more than the image limit is kept (`read_image_upload`), so a camera's photo of a few MB is
/// refused beside its field like any other refusal, not by a bare "too large" error.
pub fn image_routes() -> Router<Arc<AppState>> {
    Router::new().route(
        "/guides/{id}/image",
        post(set_image).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
    )
}

/// The largest image form read: far above what a guide's image may be, so that an oversized
/// photo gets its refusal on the page; only the first 100 KiB of the file are kept.
const UPLOAD_BODY_LIMIT: usize = 32 << 20;

/// The languages of the network's content, in the order the dashboard lists them.
const LANGUAGES: [&str; 12] = [
    "it", "en", "fr", "es", "ar", "fa", "ps", "ur", "bn", "ti", "so", "uk",
];

/// Languages written right to left (as the phone's catalogue has them).
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "fa", "ps", "ur", "he", "ckb", "dv", "yi", "sd", "ug", "prs",
];

/// Paths under /guides that are pages, not guides: a new guide cannot take these ids.
const RESERVED: [&str; 2] = ["new", "preview"];

const PROVENANCES: [Provenance; 3] = [
    Provenance::Original,
    Provenance::Machine,
    Provenance::Reviewed,
];

pub(super) fn dir(language: &str) -> &'static str {
    let base = language.split(['-', '_']).next().unwrap_or("");
    if RIGHT_TO_LEFT.contains(&base) {
        "rtl"
    } else {
        "ltr"
    }
}

/// A language's name in the page's language (its code when the catalogue has no name).
fn language_name(l: &str, code: &str) -> String {
    if LANGUAGES.contains(&code) {
        t(l, &format!("language-{code}"), None)
    } else {
        code.to_owned()
    }
}

fn text_in<'a>(guide: &'a GuideRecord, language: &str) -> Option<&'a GuideText> {
    guide.texts.iter().find(|t| t.language == language)
}

/// The guide's text in `language`, else in its source language, else its first.
fn best_text<'a>(guide: &'a GuideRecord, language: &str) -> Option<&'a GuideText> {
    text_in(guide, language)
        .or_else(|| text_in(guide, &guide.source_language))
        .or_else(|| guide.texts.first())
}

/// The title in `language` (or the best other), with its language and direction.
fn title_markup(guide: &GuideRecord, language: &str) -> Markup {
    html! {
        @match best_text(guide, language) {
            Some(text) if !text.title.is_empty() => {
                span lang=(text.language) dir=(dir(&text.language)) { (text.title) }
                @if text.language != language {
                    " " span.muted { "(" (text.language) ")" }
                }
            }
            _ => (guide.id),
        }
    }
}

/// The title in `language` (or the best other), plain, for the page's title.
fn title_text(guide: &GuideRecord, language: &str) -> String {
    match best_text(guide, language) {
        Some(text) if !text.title.is_empty() => text.title.clone(),
        _ => guide.id.clone(),
    }
}

/// A translation's state, as the tree and the editor show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Original,
    Reviewed,
    Machine,
    Outdated,
    Missing,
}

impl Status {
    fn code(self) -> &'static str {
        match self {
            Status::Original => "original",
            Status::Reviewed => "reviewed",
            Status::Machine => "machine",
            Status::Outdated => "outdated",
            Status::Missing => "missing",
        }
    }
}

fn status(guide: &GuideRecord, language: &str) -> Status {
    match text_in(guide, language) {
        None => Status::Missing,
        Some(text) if text.source_version < guide.version => Status::Outdated,
        Some(text) => match text.provenance {
            Provenance::Original => Status::Original,
            Provenance::Reviewed => Status::Reviewed,
            Provenance::Machine => Status::Machine,
        },
    }
}

/// The language the page shows guides in: `lang` from the query when it is one of the
/// network's, else the dashboard's.
fn chosen_language(query: &HashMap<String, String>, l: &str) -> String {
    query
        .get("lang")
        .map(|v| v.trim())
        .filter(|v| LANGUAGES.contains(v))
        .unwrap_or(l)
        .to_owned()
}

/// Whether a guide is in the tree of `region` ('' is the national tree): the national guides
/// are in every territory's.
fn in_tree(guide: &GuideRecord, region: &str) -> bool {
    match &guide.region {
        None => true,
        Some(r) => !region.is_empty() && r == region,
    }
}

/// The guides in tree order, each with its depth. A guide whose parent is not among them is
/// at the top; guides caught in a loop of parents are shown at the top too.
fn ordered<'a>(guides: &[&'a StoredGuide]) -> Vec<(usize, &'a StoredGuide)> {
    let ids: HashSet<&str> = guides.iter().map(|s| s.guide.id.as_str()).collect();
    let mut children: HashMap<Option<&str>, Vec<&'a StoredGuide>> = HashMap::new();
    for s in guides {
        let parent = s.guide.parent.as_deref().filter(|p| ids.contains(p));
        children.entry(parent).or_default().push(s);
    }
    for list in children.values_mut() {
        list.sort_by(|a, b| (a.guide.position, &a.guide.id).cmp(&(b.guide.position, &b.guide.id)));
    }
    let mut out = Vec::with_capacity(guides.len());
    let mut seen: HashSet<&str> = HashSet::new();
    let mut stack: Vec<(usize, &'a StoredGuide)> = children
        .get(&None)
        .map(|top| top.iter().rev().map(|s| (0, *s)).collect())
        .unwrap_or_default();
    loop {
        while let Some((depth, s)) = stack.pop() {
            if !seen.insert(s.guide.id.as_str()) {
                continue;
            }
            out.push((depth, s));
            if let Some(kids) = children.get(&Some(s.guide.id.as_str())) {
                stack.extend(kids.iter().rev().map(|k| (depth + 1, *k)));
            }
        }
        match guides.iter().find(|s| !seen.contains(s.guide.id.as_str())) {
            Some(s) => stack.push((0, *s)),
            None => break,
        }
    }
    out
}

/// The languages the guides have texts in and the chosen one (so what is missing in it shows),
/// in the dashboard's order.
fn languages_of(guides: &[(usize, &StoredGuide)], chosen: &str) -> Vec<String> {
    let mut found: Vec<String> = vec![chosen.to_owned()];
    for (_, s) in guides {
        for text in &s.guide.texts {
            if !found.contains(&text.language) {
                found.push(text.language.clone());
            }
        }
    }
    found.sort_by_key(|code| {
        (
            LANGUAGES
                .iter()
                .position(|c| c == code)
                .unwrap_or(LANGUAGES.len()),
            code.clone(),
        )
    });
    found
}

fn status_cell(l: &str, guide: &GuideRecord, language: &str) -> Markup {
    let status = status(guide, language);
    html! {
        td id={ "status-" (guide.id) "-" (language) } class={ "status-" (status.code()) }
            title=(language_name(l, language)) {
            (t(l, &format!("guide-status-{}", status.code()), None))
        }
    }
}

fn language_options(l: &str, languages: &[&str], chosen: &str) -> Markup {
    html! {
        @for code in languages {
            option value=(code) selected[*code == chosen] { (language_name(l, code)) }
        }
    }
}

fn region_options(l: &str, regions: &[String], chosen: &str) -> Markup {
    html! {
        option value="" selected[chosen.is_empty()] { (t(l, "guide-national", None)) }
        @for r in regions {
            option value=(r) selected[r == chosen] { (r) }
        }
    }
}

async fn tree(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    let all = match content::stored_guides(&state.pool).await {
        Ok(all) => all,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let regions = match content::regions(&state.pool).await {
        Ok(regions) => regions,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let region = query.get("region").map(|r| r.trim()).unwrap_or("");
    let language = chosen_language(&query, l);
    let editor = signed.account.role.edits_content();
    let shown: Vec<&StoredGuide> = all
        .iter()
        .filter(|s| editor || s.published)
        .filter(|s| in_tree(&s.guide, region))
        .collect();
    let rows = ordered(&shown);
    let columns = languages_of(&rows, &language);
    let body = html! {
        p { (t(l, "guide-tree-explain", None)) }
        form method="get" action="/guides" {
            label { (t(l, "dashboard-region", None)) select name="region" id="region" { (region_options(l, &regions, region)) } }
            label { (t(l, "guide-language", None)) select name="lang" id="lang" { (language_options(l, &LANGUAGES, &language)) } }
            button type="submit" { (t(l, "guide-show", None)) }
        }
        @if editor {
            p { a href={ "/guides/new?region=" (region) } id="new-guide" { (t(l, "guide-new", None)) } }
        }
        @if rows.is_empty() {
            p { (t(l, "guide-none", None)) }
        } @else {
            (scrolling(&t(l, "nav-guides", None), html! {
            table id="guides" {
                tr {
                    th { (t(l, "guide-title", None)) }
                    th { (t(l, "dashboard-region", None)) }
                    th { (t(l, "guide-visibility", None)) }
                    th { (t(l, "guide-published", None)) }
                    @for code in &columns {
                        th title=(language_name(l, code)) { (code) }
                    }
                }
                @for (depth, s) in &rows {
                    @let g = &s.guide;
                    tr id={ "guide-" (g.id) } {
                        td style={ "padding-inline-start:" (depth * 2) "rem" } {
                            a href={ "/guides/" (g.id) "?lang=" (language) } { (title_markup(g, &language)) }
                            " "
                            span.muted { (g.id) }
                        }
                        td {
                            @match &g.region {
                                Some(r) => (r),
                                None => (t(l, "guide-national", None)),
                            }
                        }
                        td class={ "visibility-" (visibility_code(g.visibility)) } {
                            (t(l, &format!("guide-visibility-{}", visibility_code(g.visibility)), None))
                        }
                        td class=(if s.published { "published" } else { "draft" }) {
                            (t(l, if s.published { "guide-published" } else { "guide-draft" }, None))
                        }
                        @for code in &columns {
                            (status_cell(l, g, code))
                        }
                    }
                }
            }
            }))
        }
    };
    let title = t(l, "nav-guides", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}

fn visibility_code(visibility: Visibility) -> &'static str {
    match visibility {
        Visibility::Public => "public",
        Visibility::Operators => "operators",
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering a body: the preview and the read view.

/// The internal links whose target is not stored (services and guides; lessons live in the
/// signed pack and are shown as they are).
#[derive(Default)]
struct Missing {
    services: HashSet<String>,
    guides: HashSet<String>,
}

async fn missing_links(pool: &sqlx::AnyPool, blocks: &[Block]) -> Missing {
    let mut missing = Missing::default();
    let mut asked: HashSet<(bool, String)> = HashSet::new();
    for block in blocks {
        let runs: Vec<&Vec<Inline>> = match block {
            Block::Heading { inlines, .. } | Block::Paragraph { inlines } => vec![inlines],
            Block::List { items, .. } => items.iter().collect(),
        };
        for inline in runs.into_iter().flatten() {
            let Inline::Link { target, .. } = inline else {
                continue;
            };
            match target {
                LinkTarget::Service { id } if asked.insert((true, id.clone())) => {
                    if matches!(content::service(pool, id).await, Ok(None)) {
                        missing.services.insert(id.clone());
                    }
                }
                LinkTarget::Guide { id } if asked.insert((false, id.clone())) => {
                    if matches!(content::stored_guide(pool, id).await, Ok(None)) {
                        missing.guides.insert(id.clone());
                    }
                }
                _ => {}
            }
        }
    }
    missing
}

// Every piece of a guide's text is interpolated by maud, which escapes it: a body with `<script>`
// shows it as text.
fn render_inlines(l: &str, inlines: &[Inline], missing: &Missing) -> Markup {
    html! {
        @for inline in inlines {
            @match inline {
                Inline::Text { text } => (text),
                Inline::Bold { text } => strong { (text) },
                Inline::Phone { text, number } => {
                    a href={ "tel:" (number) } class="phone"
                        title=(t(l, "guide-phone", Some(&args(&[("number", number.clone().into())])))) { (text) }
                }
                Inline::Address { text } => {
                    span class="address" title=(t(l, "guide-address", None)) { (text) }
                }
                Inline::Link { text, target } => (render_link(l, text, target, missing)),
            }
        }
    }
}

fn render_link(l: &str, text: &str, target: &LinkTarget, missing: &Missing) -> Markup {
    let inside = |kind: &str, key: &str, href: Option<String>, id: &str, gone: bool| {
        let label = t(l, key, Some(&args(&[("id", id.to_owned().into())])));
        html! {
            @match href {
                Some(href) => a href=(href) class={ "link-" (kind) } { (text) },
                None => span class={ "link-" (kind) } { (text) },
            }
            " "
            span.link-kind {
                "(" (label)
                @if gone {
                    " " span.error-inline { (t(l, "guide-link-missing", None)) }
                }
                ")"
            }
        }
    };
    match target {
        LinkTarget::Web { url } => html! {
            a href=(url) class="link-web" rel="noopener noreferrer" target="_blank" { (text) }
        },
        LinkTarget::Email { address } => html! {
            a href={ "mailto:" (address) } class="link-email" { (text) }
        },
        LinkTarget::Phone { number } => html! {
            a href={ "tel:" (number) } class="link-phone" { (text) }
        },
        LinkTarget::Service { id } => inside(
            "service",
            "guide-link-service",
            Some(format!("/services/{id}")),
            id,
            missing.services.contains(id),
        ),
        LinkTarget::Guide { id } => inside(
            "guide",
            "guide-link-guide",
            Some(format!("/guides/{id}")),
            id,
            missing.guides.contains(id),
        ),
        LinkTarget::Lesson { id } => inside("lesson", "guide-link-lesson", None, id, false),
    }
}

/// Blocks as HTML; a heading of level 1 becomes `<h{top}>`.
fn render_blocks(l: &str, blocks: &[Block], missing: &Missing, top: u8) -> Markup {
    html! {
        @for block in blocks {
            @match block {
                Block::Heading { level, inlines } => {
                    @let inner = render_inlines(l, inlines, missing);
                    // maud has no tag named at run time: one arm per level.
                    @match (top + level.saturating_sub(1)).min(6) {
                        0 | 1 => h1 { (inner) },
                        2 => h2 { (inner) },
                        3 => h3 { (inner) },
                        4 => h4 { (inner) },
                        5 => h5 { (inner) },
                        _ => h6 { (inner) },
                    }
                }
                Block::Paragraph { inlines } => p { (render_inlines(l, inlines, missing)) },
                Block::List { ordered, items } => {
                    @if *ordered {
                        ol { @for item in items { li { (render_inlines(l, item, missing)) } } }
                    } @else {
                        ul { @for item in items { li { (render_inlines(l, item, missing)) } } }
                    }
                }
            }
        }
    }
}

/// What a body may not contain, in the page's language (plain text).
fn body_error(l: &str, error: &BodyError) -> String {
    problem_text(l, &Problem::GuideBody(error.clone()))
}

/// A title and body in `language` as the phone would show them, or what is wrong with the
/// body; internal links to nothing are marked.
async fn preview_html(
    pool: &sqlx::AnyPool,
    l: &str,
    language: &str,
    title: &str,
    body: &str,
    image: Option<(&GuideImage, &str)>,
) -> Markup {
    if title.trim().is_empty() && body.trim().is_empty() && image.is_none() {
        return html! {
            article.guide lang=(language) dir=(dir(language)) {
                p.muted { (t(l, "guide-preview-empty", None)) }
            }
        };
    }
    let rendered = match parse_body(body) {
        Ok(blocks) => {
            let missing = missing_links(pool, &blocks).await;
            render_blocks(l, &blocks, &missing, 4)
        }
        Err(error) => html! {
            p.error id="preview-error" dir="auto" { (body_error(l, &error)) }
        },
    };
    html! {
        article.guide lang=(language) dir=(dir(language)) {
            h3 { (title.trim()) }
            @if let Some((image, alt)) = image {
                p id="preview-image" { (image_tag(image, alt, "preview-img")) }
            }
            (rendered)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The image.

/// The image as an `<img>` with its description, its bytes in a `data:` URL (at most
/// 100 KiB, so the page stays one request), scaled down to the column keeping its shape.
fn image_tag(image: &GuideImage, alt: &str, id: &str) -> Markup {
    let Ok(info) = image.check() else {
        return html! {};
    };
    html! {
        img id=(id) src={ "data:" (info.format.media_type()) ";base64," (BASE64.encode(&image.bytes)) }
            alt=(alt) width=(info.width) height=(info.height) style="max-width:100%;height:auto";
    }
}

/// The image's description in `language`: that text's, else the source language's (which a
/// guide with an image always has).
fn image_alt<'a>(guide: &'a GuideRecord, language: &str) -> &'a str {
    text_in(guide, language)
        .map(|t| t.image_alt.as_str())
        .filter(|alt| !alt.trim().is_empty())
        .or_else(|| text_in(guide, &guide.source_language).map(|t| t.image_alt.as_str()))
        .unwrap_or("")
}

/// Why an image is refused, in the operator's language.
fn image_problem(l: &str, problem: &ImageProblem) -> String {
    problem_text(l, &Problem::GuideImage(problem.clone()))
}

/// The "Image" part of the edit page: the image as it is, the form that sets or replaces it
/// (a file and its description in the source language) and the button that removes it.
fn image_html(l: &str, signed: &Signed, e: &Editing<'_>) -> Markup {
    let record = e.record;
    let id = &record.id;
    let source = &record.source_language;
    let file_error = e.refused_on("image");
    let alt_error = e.refused_on("image_alt");
    html! {
        section id="image-section" {
            h2 { (t(l, "guide-image", None)) }
            p.muted {
                (t(l, "guide-image-explain", Some(&args(&[
                    ("kib", (MAX_GUIDE_IMAGE_BYTES / 1024).into()),
                    ("side", MAX_GUIDE_IMAGE_SIDE.into()),
                ]))))
            }
            @match &record.image {
                Some(image) => {
                    p { (image_tag(image, image_alt(record, source), "current-image")) }
                    @if let Ok(info) = image.check() {
                        p.muted id="image-about" {
                            (t(l, "guide-image-about", Some(&args(&[
                                ("type", info.format.media_type().into()),
                                ("width", info.width.into()),
                                ("height", info.height.into()),
                                ("kib", image.bytes.len().div_ceil(1024).into()),
                            ]))))
                        }
                    }
                }
                None => p id="image-none" { (t(l, "guide-image-none", None)) },
            }
            form method="post" action={ "/guides/" (id) "/image" } enctype="multipart/form-data" id="image-form" {
                (csrf_field(signed))
                input type="hidden" name="lang" value=(e.language);
                label {
                    (t(l, "guide-image-file", None))
                    input type="file" name="image" id="image" accept="image/jpeg,image/png,image/webp" required
                        aria-invalid=[file_error.map(|_| "true")] aria-describedby=[file_error.map(|_| "error-image")];
                }
                (error_after("image", file_error))
                label {
                    (t(l, "guide-image-alt-in", Some(&args(&[("language", language_name(l, source).into())]))))
                    input type="text" name="image_alt" id="image_alt" value=(e.value("image_alt", image_alt(record, source)))
                        required lang=(source) dir=(dir(source))
                        aria-invalid=[alt_error.map(|_| "true")] aria-describedby=[alt_error.map(|_| "error-image_alt")];
                }
                (error_after("image_alt", alt_error))
                p {
                    button type="submit" id="upload-image" {
                        (t(l, if record.image.is_some() { "guide-image-replace" } else { "guide-image-upload" }, None))
                    }
                }
            }
            @if record.image.is_some() {
                form method="post" action={ "/guides/" (id) "/image/remove" } {
                    (csrf_field(signed))
                    input type="hidden" name="lang" value=(e.language);
                    button type="submit" id="remove-image" { (t(l, "guide-image-remove", None)) }
                }
            }
        }
    }
}

/// Sets or replaces a guide's image, with its description in the source language; what is
/// refused is shown beside its field and nothing changes.
async fn set_image(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    // Only the first 100 KiB of a file are kept, so a camera's 5 MB photo is refused beside its
    // field like any other, without being held in memory.
    CsrfUpload { signed, upload }: CsrfUpload<MAX_GUIDE_IMAGE_BYTES>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = editor_change(&state, l, &signed) {
        return response;
    }
    let (all, regions) = match load(&state, l, &signed).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let Some(stored) = all.iter().find(|s| s.guide.id == id) else {
        return not_found(&state, l, &signed, &id);
    };
    let language = chosen_language(&upload.fields, l);
    let old = &stored.guide;
    let checked = || -> Result<(GuideRecord, ponte_wire::guides::ImageInfo), Refused> {
        if upload.too_large.iter().any(|field| field == "image") {
            return Err(Refused::new(
                "image",
                image_problem(l, &ImageProblem::TooLarge { bytes: 0 }),
            ));
        }
        // A file input left empty sends a part with no bytes: no file.
        let Some((_, _, bytes)) = upload
            .files
            .iter()
            .find(|(field, _, bytes)| field == "image" && !bytes.is_empty())
        else {
            return Err(Refused::new("image", t(l, "guide-image-no-file", None)));
        };
        let image = GuideImage::new(bytes.clone());
        let info = image
            .check()
            .map_err(|problem| Refused::new("image", image_problem(l, &problem)))?;
        let alt = upload
            .fields
            .get("image_alt")
            .map(|v| v.trim().to_owned())
            .unwrap_or_default();
        if alt.is_empty() {
            return Err(Refused::new(
                "image_alt",
                problem_text(l, &Problem::ImageAltRequired),
            ));
        }
        let mut new = old.clone();
        new.image = Some(image);
        if let Some(text) = new
            .texts
            .iter_mut()
            .find(|t| t.language == new.source_language)
        {
            text.image_alt = alt;
        }
        new.validate().map_err(|e| refused_from(l, &new, e))?;
        Ok((new, info))
    };
    let (new, info) = match checked() {
        Ok(checked) => checked,
        Err(refused) => {
            let editing = Editing {
                stored: Some(stored),
                record: &stored.guide,
                typed: Some(&upload.fields),
                refused: Some(&refused),
                adding: false,
                all: &all,
                regions: &regions,
                language,
            };
            return edit_page(
                &state,
                l,
                &signed,
                StatusCode::BAD_REQUEST,
                &editing,
                html! {},
            )
            .await;
        }
    };
    let about = format!(
        " ({} {}×{}, {} bytes)",
        info.format.media_type(),
        info.width,
        info.height,
        new.image.as_ref().map_or(0, |image| image.bytes.len())
    );
    let audit = GuideAudit {
        account_id: &signed.account.id,
        action: "guide.image",
        detail: format!("{}{about}", changes(old, &new)),
    };
    match content::save_guide(&state.pool, &new, None, false, Some(audit)).await {
        Ok(_) => Redirect::to(&format!("/guides/{id}?image=1&lang={language}")).into_response(),
        Err(e) => guides_failure(&state, l, &signed, e),
    }
}

/// The stored guide `id`, or the page that says it is not there (or that reading failed).
async fn stored_or_page(
    state: &AppState,
    l: &str,
    signed: &Signed,
    id: &str,
) -> Result<StoredGuide, Response> {
    match content::stored_guide(&state.pool, id).await {
        Ok(Some(stored)) => Ok(stored),
        Ok(None) => Err(not_found(state, l, signed, id)),
        Err(e) => Err(internal(state, l, signed, e)),
    }
}

/// Removes a guide's image and its descriptions in every language.
async fn remove_image(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = editor_change(&state, l, &signed) {
        return response;
    }
    let stored = match stored_or_page(&state, l, &signed, &id).await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let language = chosen_language(&form, l);
    let old = &stored.guide;
    if old.image.is_none() {
        return Redirect::to(&format!("/guides/{id}?lang={language}")).into_response();
    }
    let mut new = old.clone();
    new.image = None;
    for text in &mut new.texts {
        text.image_alt.clear();
    }
    let audit = GuideAudit {
        account_id: &signed.account.id,
        action: "guide.image_remove",
        detail: changes(old, &new),
    };
    match content::save_guide(&state.pool, &new, None, false, Some(audit)).await {
        Ok(_) => {
            Redirect::to(&format!("/guides/{id}?image_removed=1&lang={language}")).into_response()
        }
        Err(e) => guides_failure(&state, l, &signed, e),
    }
}

// ---------------------------------------------------------------------------------------------
// The editor.

/// What the form shows before any edit: the stored guide's hash, so a save over someone
/// else's newer save is refused instead of silently undoing it.
fn base_of(stored: &StoredGuide) -> String {
    let body = serde_json::to_string(&stored.guide).expect("a guide serializes");
    Sha256::digest(format!("{}:{body}", stored.published).as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A field the form cannot take: its form field and the reason, as plain text.
struct Refused {
    field: String,
    message: String,
}

impl Refused {
    fn new(field: impl Into<String>, message: String) -> Refused {
        Refused {
            field: field.into(),
            message,
        }
    }
}

/// The message put after a refused field, which the field names in `aria-describedby`.
fn error_after(name: &str, message: Option<&str>) -> Markup {
    html! {
        @if let Some(message) = message {
            p.error id={ "error-" (name) } { (message) }
        }
    }
}

/// What an input takes besides its name and value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Extra {
    Plain,
    Required,
    Numeric,
    Date,
    Url,
}

/// The languages whose texts the form shows: the guide's (the source first), then those added
/// in the form (`languages`, and `add_language` when `adding`), in the dashboard's order.
fn shown_languages(
    guide: &GuideRecord,
    typed: Option<&HashMap<String, String>>,
    adding: bool,
) -> Vec<String> {
    let mut shown: Vec<String> = vec![guide.source_language.clone()];
    let mut others: Vec<String> = guide
        .texts
        .iter()
        .map(|t| t.language.clone())
        .filter(|code| *code != guide.source_language)
        .collect();
    if let Some(typed) = typed {
        let listed = typed.get("languages").map(String::as_str).unwrap_or("");
        let added = typed
            .get("add_language")
            .filter(|_| adding)
            .map(String::as_str)
            .unwrap_or("");
        for code in listed.split(',').chain([added]).map(str::trim) {
            if LANGUAGES.contains(&code) && !others.iter().any(|o| o == code) {
                others.push(code.to_owned());
            }
        }
    }
    others.retain(|code| *code != guide.source_language);
    others.sort_by_key(|code| {
        LANGUAGES
            .iter()
            .position(|c| c == code)
            .unwrap_or(LANGUAGES.len())
    });
    shown.extend(others);
    shown
}

/// Everything the edit page needs.
struct Editing<'a> {
    /// The stored guide; `None` for a new one.
    stored: Option<&'a StoredGuide>,
    /// The stored guide's record, or the new guide's starting point.
    record: &'a GuideRecord,
    typed: Option<&'a HashMap<String, String>>,
    refused: Option<&'a Refused>,
    /// The form was sent to add a translation.
    adding: bool,
    all: &'a [StoredGuide],
    regions: &'a [String],
    /// The language of the page's guide view (the query's `lang`).
    language: String,
}

impl Editing<'_> {
    fn value<'v>(&'v self, name: &str, stored: &'v str) -> &'v str {
        self.typed
            .and_then(|f| f.get(name))
            .map(String::as_str)
            .unwrap_or(stored)
    }

    /// The refusal's message when it is about field `name`.
    fn refused_on(&self, name: &str) -> Option<&str> {
        match self.refused {
            Some(r) if r.field == name => Some(r.message.as_str()),
            _ => None,
        }
    }

    fn input(&self, name: &str, label: &str, stored: &str, extra: Extra) -> Markup {
        let error = self.refused_on(name);
        html! {
            label {
                (label)
                input type="text" name=(name) id=(name) value=(self.value(name, stored))
                    required[extra == Extra::Required]
                    inputmode=[match extra { Extra::Numeric => Some("numeric"), Extra::Url => Some("url"), _ => None }]
                    placeholder=[(extra == Extra::Date).then_some("2026-11-20")]
                    dir=[(extra == Extra::Url).then_some("ltr")]
                    aria-invalid=[error.map(|_| "true")] aria-describedby=[error.map(|_| format!("error-{name}"))];
            }
            (error_after(name, error))
        }
    }

    fn select(
        &self,
        name: &str,
        label: &str,
        options: &[(String, String)],
        stored: &str,
    ) -> Markup {
        let chosen = self.value(name, stored);
        let error = self.refused_on(name);
        html! {
            label {
                (label)
                select name=(name) id=(name)
                    aria-invalid=[error.map(|_| "true")] aria-describedby=[error.map(|_| format!("error-{name}"))] {
                    @for (value, text) in options {
                        option value=(value) selected[value == chosen] { (text) }
                    }
                }
            }
            (error_after(name, error))
        }
    }

    /// The guides this one may sit under: national ones, and its territory's, not itself nor
    /// one of its own.
    fn parents(&self, l: &str) -> Vec<(String, String)> {
        let region = match self.stored {
            Some(_) => self.record.region.clone(),
            None => self
                .typed
                .and_then(|f| f.get("region"))
                .map(|r| r.trim().to_owned())
                .or_else(|| self.record.region.clone())
                .filter(|r| !r.is_empty()),
        };
        let mut options = vec![(String::new(), t(l, "guide-parent-top", None))];
        for s in self.all {
            let g = &s.guide;
            let fits = g.region.is_none() || g.region == region;
            if !fits || (self.stored.is_some() && under(self.all, &g.id, &self.record.id)) {
                continue;
            }
            let title = best_text(g, &self.language)
                .map(|t| t.title.as_str())
                .unwrap_or("");
            options.push((g.id.clone(), format!("{title} ({})", g.id)));
        }
        options
    }
}

/// Whether `id` is `ancestor` or sits somewhere under it.
fn under(all: &[StoredGuide], id: &str, ancestor: &str) -> bool {
    let mut at = Some(id.to_owned());
    for _ in 0..=all.len() {
        let Some(current) = at else {
            return false;
        };
        if current == ancestor {
            return true;
        }
        at = all
            .iter()
            .find(|s| s.guide.id == current)
            .and_then(|s| s.guide.parent.clone());
    }
    // A loop of parents that does not reach `ancestor`.
    false
}

fn form_html(l: &str, signed: &Signed, e: &Editing<'_>, preview: Markup) -> Markup {
    let record = e.record;
    let create = e.stored.is_none();
    let languages = shown_languages(record, e.typed, e.adding);
    let action = match e.stored {
        Some(s) => format!("/guides/{}", s.guide.id),
        None => "/guides".to_owned(),
    };
    let extra: Vec<&str> = languages
        .iter()
        .filter(|code| text_in(record, code).is_none() && **code != record.source_language)
        .map(String::as_str)
        .collect();
    let visibilities: Vec<(String, String)> = [Visibility::Public, Visibility::Operators]
        .into_iter()
        .map(|v| {
            (
                visibility_code(v).to_owned(),
                t(l, &format!("guide-visibility-{}", visibility_code(v)), None),
            )
        })
        .collect();
    // The official sources: the stored ones and two empty rows (more after a save).
    let typed_count = e
        .typed
        .and_then(|f| f.get("sources_count"))
        .and_then(|c| c.parse::<usize>().ok())
        .unwrap_or(0)
        .min(50);
    let count = typed_count.max(record.sources.len() + 2);
    let provenances: Vec<(String, String)> = PROVENANCES
        .iter()
        .map(|p| {
            (
                p.code().to_owned(),
                t(l, &format!("provenance-{}", p.code()), None),
            )
        })
        .collect();
    let addable: Vec<&str> = LANGUAGES
        .iter()
        .copied()
        .filter(|c| !languages.iter().any(|s| s == c))
        .collect();
    let regions: Vec<(String, String)> = [(String::new(), t(l, "guide-national", None))]
        .into_iter()
        .chain(e.regions.iter().map(|r| (r.clone(), r.clone())))
        .collect();
    let sources: Vec<(String, String)> = LANGUAGES
        .iter()
        .map(|c| ((*c).to_owned(), language_name(l, c)))
        .collect();
    let preview_language = preview_language(record, e.typed, &languages, &e.language);
    let shown: Vec<&str> = languages.iter().map(String::as_str).collect();
    html! {
        form method="post" action=(action) id="guide-form" {
            (csrf_field(signed))
            input type="hidden" name="languages" value=(extra.join(","));
            input type="hidden" name="lang" value=(e.language);
            @match e.stored {
                Some(stored) => {
                    input type="hidden" name="base" value=(e.value("base", &base_of(stored)));
                    input type="hidden" name="guide" value=(stored.guide.id);
                }
                None => input type="hidden" name="shown_source" value=(record.source_language);,
            }
            div.editor {
                div {
                    @if create {
                        (e.input("id", &t(l, "guide-id", None), &record.id, Extra::Required))
                        p.muted { (t(l, "guide-id-help", None)) }
                        (e.select("region", &t(l, "dashboard-region", None), &regions, record.region.as_deref().unwrap_or("")))
                        (e.select("source_language", &t(l, "guide-source-language", None), &sources, &record.source_language))
                    }
                    (e.select("parent", &t(l, "guide-parent", None), &e.parents(l), record.parent.as_deref().unwrap_or("")))
                    (e.input("position", &t(l, "guide-position", None), &record.position.to_string(), Extra::Numeric))
                    (e.select("visibility", &t(l, "guide-visibility", None), &visibilities, visibility_code(record.visibility)))
                    (e.input("last_checked", &t(l, "guide-last-checked", None), record.last_checked.as_deref().unwrap_or(""), Extra::Date))
                    fieldset id="sources" {
                        legend { (t(l, "guide-sources", None)) }
                        input type="hidden" name="sources_count" value=(count);
                        @for i in 0..count {
                            @let source = record.sources.get(i);
                            (e.input(&format!("source_title_{i}"), &t(l, "guide-source-title", None), source.map(|s| s.title.as_str()).unwrap_or(""), Extra::Plain))
                            (e.input(&format!("source_url_{i}"), &t(l, "guide-source-url", None), source.map(|s| s.url.as_str()).unwrap_or(""), Extra::Url))
                        }
                    }
                    // The texts, the source language first.
                    @for code in &languages {
                        (text_fieldset(l, e, code, &provenances))
                    }
                    p.muted { (t(l, "guide-body-help", None)) }
                    p {
                        button type="submit" id="save" { (t(l, "guide-save", None)) }
                        " "
                        button type="submit" name="preview" value="1" id="preview-button" { (t(l, "guide-preview", None)) }
                    }
                    @if !addable.is_empty() {
                        p {
                            label {
                                (t(l, "guide-add-language", None))
                                select name="add_language" id="add_language" { (language_options(l, &addable, "")) }
                            }
                            button type="submit" name="add" value="1" id="add-language" { (t(l, "guide-add", None)) }
                        }
                    }
                }
                // The preview, beside the form.
                div.preview-column {
                    h2 { (t(l, "guide-preview", None)) }
                    label {
                        (t(l, "guide-preview-in", None))
                        select name="preview_language" id="preview-language" { (language_options(l, &shown, &preview_language)) }
                    }
                    section id="preview" { (preview) }
                }
            }
        }
        // The script is a constant of this file.
        (PreEscaped(PREVIEW_SCRIPT))
    }
}

/// One language's fieldset of the form: title, image description, body and provenance.
fn text_fieldset(l: &str, e: &Editing<'_>, code: &str, provenances: &[(String, String)]) -> Markup {
    let record = e.record;
    let create = e.stored.is_none();
    let text = text_in(record, code);
    let source = code == record.source_language;
    let default = match text {
        Some(text) => text.provenance,
        None if source => Provenance::Original,
        None => Provenance::Reviewed,
    };
    let legend = t(
        l,
        if source {
            "guide-text-source"
        } else {
            "guide-text-translation"
        },
        Some(&args(&[("language", language_name(l, code).into())])),
    );
    let title_name = format!("title_{code}");
    let alt_name = format!("image_alt_{code}");
    let body_name = format!("body_{code}");
    let title_error = e.refused_on(&title_name);
    let alt_error = e.refused_on(&alt_name);
    let body_error = e.refused_on(&body_name);
    html! {
        fieldset id={ "text-" (code) } {
            legend {
                (legend)
                @if text.is_some() {
                    @let status = status(record, code);
                    " · "
                    span class={ "status-" (status.code()) } { (t(l, &format!("guide-status-{}", status.code()), None)) }
                }
            }
            @if let Some(text) = text.filter(|t| t.source_version < record.version) {
                p.warn id={ "outdated-" (code) } {
                    (t(l, "guide-outdated", Some(&args(&[
                        ("from", text.source_version.into()),
                        ("version", record.version.into()),
                    ]))))
                }
            }
            label {
                (t(l, "guide-title", None))
                input type="text" name=(title_name) id=(title_name)
                    value=(e.value(&title_name, text.map(|t| t.title.as_str()).unwrap_or("")))
                    lang=(code) dir=(dir(code))
                    aria-invalid=[title_error.map(|_| "true")] aria-describedby=[title_error.map(|_| format!("error-{title_name}"))];
            }
            (error_after(&title_name, title_error))
            // With an image, its description in this language, beside the title.
            @if record.image.is_some() {
                label {
                    (t(l, "guide-image-alt", None))
                    input type="text" name=(alt_name) id=(alt_name)
                        value=(e.value(&alt_name, text.map(|t| t.image_alt.as_str()).unwrap_or("")))
                        lang=(code) dir=(dir(code))
                        aria-invalid=[alt_error.map(|_| "true")] aria-describedby=[alt_error.map(|_| format!("error-{alt_name}"))];
                }
                (error_after(&alt_name, alt_error))
            }
            label {
                (t(l, "guide-body", None))
                textarea name=(body_name) id=(body_name) rows="14" lang=(code) dir=(dir(code))
                    aria-invalid=[body_error.map(|_| "true")] aria-describedby=[body_error.map(|_| format!("error-{body_name}"))] {
                    (e.value(&body_name, text.map(|t| t.body.as_str()).unwrap_or("")))
                }
            }
            (error_after(&body_name, body_error))
            (e.select(&format!("provenance_{code}"), &t(l, "service-provenance", None), provenances, default.code()))
            @if !source && !create {
                p.muted { (t(l, "guide-remove-hint", None)) }
            }
        }
    }
}

/// The live preview: the form posted to /guides/preview (the session's CSRF token is one of
/// its fields) 400 ms after the last keystroke, and the answer shown (not when the session
/// ended: the redirect to the login page is not followed). Without JavaScript the
/// Preview button does the same with a page load.
const PREVIEW_SCRIPT: &str = "<script>(function(){\
var form=document.getElementById('guide-form'),out=document.getElementById('preview');\
if(!form||!out||!window.fetch)return;var timer=0,asked=0;\
function refresh(){var n=++asked;\
fetch('/guides/preview',{method:'POST',credentials:'same-origin',redirect:'manual',body:new URLSearchParams(new FormData(form))})\
.then(function(r){return r.ok?r.text():null;})\
.then(function(html){if(html!==null&&n===asked){out.innerHTML=html;}})\
.catch(function(){});}\
function later(){clearTimeout(timer);timer=setTimeout(refresh,400);}\
form.addEventListener('input',later);form.addEventListener('change',later);\
})();</script>";

/// The language the preview shows: the typed choice, else the page's language when the guide
/// has it, else the source language.
fn preview_language(
    record: &GuideRecord,
    typed: Option<&HashMap<String, String>>,
    shown: &[String],
    page_language: &str,
) -> String {
    typed
        .and_then(|f| f.get("preview_language"))
        .filter(|code| shown.contains(code))
        .cloned()
        .or_else(|| shown.iter().find(|c| *c == page_language).cloned())
        .unwrap_or_else(|| record.source_language.clone())
}

/// The preview of the form's text in its preview language (the stored text when nothing was
/// typed).
async fn form_preview(pool: &sqlx::AnyPool, l: &str, e: &Editing<'_>) -> Markup {
    let languages = shown_languages(e.record, e.typed, e.adding);
    let language = preview_language(e.record, e.typed, &languages, &e.language);
    let stored = text_in(e.record, &language);
    let typed = |name: &str, stored: Option<&str>| -> String {
        e.typed
            .and_then(|f| f.get(&format!("{name}_{language}")))
            .map(String::as_str)
            .or(stored)
            .unwrap_or("")
            .to_owned()
    };
    let title = typed("title", stored.map(|t| t.title.as_str()));
    let body = typed("body", stored.map(|t| t.body.as_str()));
    let alt = typed_alt(e.record, e.typed, &language);
    let image = e.record.image.as_ref().map(|image| (image, alt.as_str()));
    preview_html(pool, l, &language, &title, &body, image).await
}

/// The image's description in `language` as typed in the form, else as stored (falling back to
/// the source language's).
fn typed_alt(
    record: &GuideRecord,
    typed: Option<&HashMap<String, String>>,
    language: &str,
) -> String {
    typed
        .and_then(|f| f.get(&format!("image_alt_{language}")))
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| image_alt(record, language))
        .to_owned()
}

/// The editor's page: state and actions, the form with its preview, the history.
async fn edit_page(
    state: &AppState,
    l: &str,
    signed: &Signed,
    status: StatusCode,
    e: &Editing<'_>,
    message: Markup,
) -> Response {
    let preview = form_preview(&state.pool, l, e).await;
    let history = match e.stored {
        Some(stored) => Some(history(state, l, &stored.guide.id).await),
        None => None,
    };
    let body = html! {
        (message)
        @if let Some(refused) = e.refused {
            div.error role="alert" id="refused" {
                p { (t(l, "guide-refused", None)) }
                p { (field_label(l, &refused.field)) ": " (refused.message) }
            }
        }
        p {
            a href={ "/guides?region=" (e.record.region.as_deref().unwrap_or("")) "&lang=" (e.language) } { (t(l, "back", None)) }
        }
        @if let Some(stored) = e.stored {
            (state_and_actions(l, signed, stored, &e.language))
            (image_html(l, signed, e))
        }
        (form_html(l, signed, e, preview))
        @if let Some(history) = history {
            (history)
        }
    };
    let title = match e.stored {
        Some(stored) => title_text(&stored.guide, &e.language),
        None => t(l, "guide-new", None),
    };
    (status, page(state, l, Some(signed), &title, body)).into_response()
}

/// Version, visibility and published state, and the buttons that change them.
fn state_and_actions(l: &str, signed: &Signed, stored: &StoredGuide, language: &str) -> Markup {
    let g = &stored.guide;
    let state_key = match (stored.published, g.visibility) {
        (false, _) => "guide-state-draft",
        (true, Visibility::Public) => "guide-state-public",
        (true, Visibility::Operators) => "guide-state-script",
    };
    let (action, label, id) = if stored.published {
        ("unpublish", "guide-unpublish", "unpublish")
    } else {
        ("publish", "guide-publish", "publish")
    };
    html! {
        p.muted {
            (t(l, "guide-version", Some(&args(&[("version", g.version.into())]))))
            " · " (g.id) " · "
            @match &g.region {
                Some(r) => (r),
                None => (t(l, "guide-national", None)),
            }
            " · "
            (t(l, "service-source-language", Some(&args(&[("language", language_name(l, &g.source_language).into())]))))
        }
        p class=(if stored.published { "ok" } else { "warn" }) id="state" { (t(l, state_key, None)) }
        p {
            form method="post" action={ "/guides/" (g.id) "/" (action) } style="display:inline" {
                (csrf_field(signed))
                button type="submit" id=(id) { (t(l, label, None)) }
            }
            " "
            @if g.visibility == Visibility::Operators {
                a href={ "/guides/" (g.id) "/public" } id="make-public" { (t(l, "guide-make-public", None)) }
                " · "
            }
            a href={ "/guides/new?region=" (g.region.as_deref().unwrap_or("")) "&parent=" (g.id) "&lang=" (language) } id="new-under" {
                (t(l, "guide-new-under", None))
            }
        }
    }
}

/// Who changed what on this guide.
async fn history(state: &AppState, l: &str, id: &str) -> Markup {
    let entries = crate::audit::audit_of(&state.pool, "guide.", id, 50)
        .await
        .unwrap_or_default();
    html! {
        h2 { (t(l, "guide-history", None)) }
        @if entries.is_empty() {
            p { (t(l, "guide-history-none", None)) }
        } @else {
            (scrolling(&t(l, "guide-history", None), html! {
            table id="history" {
                tr {
                    th { (t(l, "audit-when", None)) }
                    th { (t(l, "audit-who", None)) }
                    th { (t(l, "audit-action", None)) }
                    th { (t(l, "audit-detail", None)) }
                }
                @for entry in &entries {
                    tr {
                        td { (when(l, entry.at)) }
                        td { (entry.who) }
                        td { (super::beneficiaries::labelled(l, "audit-action", &entry.action)) }
                        td { (entry.detail) }
                    }
                }
            }
            }))
        }
    }
}

/// The label of a form field, for the refusal at the top of the page.
fn field_label(l: &str, field: &str) -> String {
    let language = |prefix: &str| {
        field
            .strip_prefix(prefix)
            .map(|code| format!(" ({})", language_name(l, code)))
            .unwrap_or_default()
    };
    if field.starts_with("title_") {
        return format!("{}{}", t(l, "guide-title", None), language("title_"));
    }
    if field.starts_with("body_") {
        return format!("{}{}", t(l, "guide-body", None), language("body_"));
    }
    if field.starts_with("image_alt_") {
        return format!(
            "{}{}",
            t(l, "guide-image-alt", None),
            language("image_alt_")
        );
    }
    if field.starts_with("provenance_") {
        return format!(
            "{}{}",
            t(l, "service-provenance", None),
            language("provenance_")
        );
    }
    let key = match field {
        "id" => "guide-id",
        "region" => "dashboard-region",
        "parent" => "guide-parent",
        "position" => "guide-position",
        "visibility" => "guide-visibility",
        "last_checked" => "guide-last-checked",
        "source_language" => "guide-source-language",
        "image" => "guide-image",
        "image_alt" => "guide-image-alt",
        f if f.starts_with("source_title_") => "guide-source-title",
        f if f.starts_with("source_url_") => "guide-source-url",
        other => return other.to_owned(),
    };
    t(l, key, None)
}

/// The wire's refusal, put on the form field it is about, in the page's language.
fn refused_from(l: &str, guide: &GuideRecord, error: FieldError) -> Refused {
    let message = problem_text(l, &error.problem);
    let field = match error.field.as_str() {
        "sources.title" => {
            let i = guide
                .sources
                .iter()
                .position(|s| s.title.trim().is_empty())
                .unwrap_or(0);
            format!("source_title_{i}")
        }
        "sources.url" => {
            let i = guide
                .sources
                .iter()
                .position(|s| !s.url.starts_with("https://") || s.url.len() <= 8)
                .unwrap_or(0);
            format!("source_url_{i}")
        }
        "texts" => format!("title_{}", guide.source_language),
        "texts.title" => {
            let language = guide
                .texts
                .iter()
                .find(|t| t.title.trim().is_empty())
                .map(|t| t.language.as_str())
                .unwrap_or(&guide.source_language);
            format!("title_{language}")
        }
        alt if alt.starts_with("texts.") && alt.ends_with(".image_alt") => {
            format!(
                "image_alt_{}",
                &alt["texts.".len()..alt.len() - ".image_alt".len()]
            )
        }
        body if body.starts_with("texts.") && body.ends_with(".body") => {
            format!("body_{}", &body["texts.".len()..body.len() - ".body".len()])
        }
        other => other.to_owned(),
    };
    Refused::new(field, message)
}

/// A new guide's form with its source text written under the language it was shown in
/// (`shown_source`) moved to the language chosen for it, so changing the source language keeps
/// what was typed.
fn normalise_new(mut form: HashMap<String, String>) -> HashMap<String, String> {
    let chosen = form.get("source_language").cloned().unwrap_or_default();
    let shown = form.get("shown_source").cloned().unwrap_or_default();
    if chosen != shown && LANGUAGES.contains(&chosen.as_str()) && !shown.is_empty() {
        for field in ["title", "body", "provenance"] {
            if let Some(v) = form.remove(&format!("{field}_{shown}")) {
                form.insert(format!("{field}_{chosen}"), v);
            }
        }
        form.insert("shown_source".into(), chosen);
    }
    form
}

/// The starting point of a new guide: in `region`, under `parent`, after its last sibling.
fn template(
    all: &[StoredGuide],
    region: Option<String>,
    parent: Option<String>,
    source_language: &str,
) -> GuideRecord {
    let position = all
        .iter()
        .filter(|s| s.guide.parent == parent)
        .map(|s| s.guide.position + 1)
        .max()
        .unwrap_or(0);
    GuideRecord {
        id: String::new(),
        version: 1,
        region,
        parent,
        position,
        visibility: Visibility::Public,
        last_checked: None,
        sources: Vec::new(),
        image: None,
        source_language: source_language.to_owned(),
        texts: vec![GuideText {
            language: source_language.to_owned(),
            title: String::new(),
            body: String::new(),
            provenance: Provenance::Original,
            source_version: 1,
            image_alt: String::new(),
        }],
    }
}

/// The edited guide: `old` with the form's fields, versions moved as the texts changed.
fn apply_form(
    l: &str,
    old: &GuideRecord,
    form: &HashMap<String, String>,
    create: bool,
    all: &[StoredGuide],
) -> Result<GuideRecord, Refused> {
    let get = |name: &str| {
        form.get(name)
            .map(|v| v.replace("\r\n", "\n").trim().to_owned())
    };
    let mut new = old.clone();
    if create {
        new.id = get("id").unwrap_or_default();
        if new.id.is_empty() {
            return Err(Refused::new("id", t(l, "guide-required", None)));
        }
        if RESERVED.contains(&new.id.as_str()) || all.iter().any(|s| s.guide.id == new.id) {
            return Err(Refused::new("id", t(l, "guide-id-taken", None)));
        }
        if let Some(region) = get("region") {
            new.region = Some(region).filter(|r| !r.is_empty());
        }
        if let Some(language) = get("source_language") {
            if !LANGUAGES.contains(&language.as_str()) {
                return Err(Refused::new(
                    "source_language",
                    t(l, "guide-bad-language", None),
                ));
            }
            for text in &mut new.texts {
                if text.language == new.source_language {
                    text.language = language.clone();
                }
            }
            new.source_language = language;
        }
    }
    if let Some(v) = get("parent") {
        new.parent = Some(v).filter(|p| !p.is_empty());
    }
    if create || new.parent != old.parent {
        if let Some(parent_id) = &new.parent {
            let Some(parent) = all.iter().find(|s| s.guide.id == *parent_id) else {
                return Err(Refused::new("parent", t(l, "guide-parent-missing", None)));
            };
            if parent.guide.region.is_some() && parent.guide.region != new.region {
                return Err(Refused::new("parent", t(l, "guide-parent-region", None)));
            }
            if under(all, parent_id, &new.id) {
                return Err(Refused::new("parent", t(l, "guide-parent-loop", None)));
            }
        }
    }
    if let Some(v) = get("position") {
        new.position = v
            .parse()
            .map_err(|_| Refused::new("position", t(l, "guide-not-a-number", None)))?;
    }
    if let Some(v) = get("visibility") {
        new.visibility = match v.as_str() {
            "public" => Visibility::Public,
            "operators" => Visibility::Operators,
            _ => return Err(Refused::new("visibility", t(l, "guide-bad-choice", None))),
        };
    }
    if let Some(v) = get("last_checked") {
        new.last_checked = Some(v).filter(|v| !v.is_empty());
    }
    // The sources' rows: a row left out of the form keeps the stored source; an empty one is
    // no source.
    if let Some(count) = get("sources_count") {
        let count: usize = count
            .parse::<usize>()
            .unwrap_or(0)
            .min(50)
            .max(old.sources.len());
        new.sources = (0..count)
            .filter_map(|i| {
                let stored = old.sources.get(i);
                let title = get(&format!("source_title_{i}"))
                    .or_else(|| stored.map(|s| s.title.clone()))
                    .unwrap_or_default();
                let url = get(&format!("source_url_{i}"))
                    .or_else(|| stored.map(|s| s.url.clone()))
                    .unwrap_or_default();
                (!title.is_empty() || !url.is_empty()).then_some(OfficialSource { title, url })
            })
            .collect();
    }
    let source = new.source_language.clone();
    for code in shown_languages(&new, Some(form), false) {
        let title = get(&format!("title_{code}"));
        let body = get(&format!("body_{code}"));
        let alt = get(&format!("image_alt_{code}"));
        let provenance = match get(&format!("provenance_{code}")) {
            Some(v) => Some(Provenance::from_code(&v).ok_or_else(|| {
                Refused::new(
                    format!("provenance_{code}"),
                    t(l, "service-bad-provenance", None),
                )
            })?),
            None => None,
        };
        match new.texts.iter().position(|t| t.language == code) {
            Some(i) => {
                let text = &mut new.texts[i];
                if let Some(v) = &title {
                    text.title = v.clone();
                }
                if let Some(v) = &body {
                    text.body = v.clone();
                }
                if let Some(p) = provenance {
                    text.provenance = p;
                }
                if let Some(v) = &alt {
                    text.image_alt = v.clone();
                }
                // A translation emptied is removed.
                if code != source
                    && title.is_some()
                    && text.title.is_empty()
                    && text.body.is_empty()
                {
                    new.texts.remove(i);
                }
            }
            None => {
                let title = title.unwrap_or_default();
                let body = body.unwrap_or_default();
                if !title.is_empty() || !body.is_empty() {
                    new.texts.push(GuideText {
                        language: code.clone(),
                        title,
                        body,
                        provenance: provenance.unwrap_or(Provenance::Reviewed),
                        source_version: new.version,
                        image_alt: alt.unwrap_or_default(),
                    });
                }
            }
        }
    }
    // Keep the texts in the dashboard's order, the source first.
    new.texts.sort_by_key(|t| {
        (
            t.language != source,
            LANGUAGES
                .iter()
                .position(|c| *c == t.language)
                .unwrap_or(LANGUAGES.len()),
        )
    });
    if create {
        new.version = 1;
        for text in &mut new.texts {
            text.source_version = 1;
        }
        return Ok(new);
    }
    // Versions: a new source text, or a script made public, is a new version; a translation
    // edited, added or reviewed now is up to date with it.
    let words = |t: &GuideText| (t.title.clone(), t.body.clone());
    let source_changed = match (text_in(old, &source), text_in(&new, &source)) {
        (Some(before), Some(after)) => words(before) != words(after),
        _ => false,
    };
    let made_public =
        old.visibility == Visibility::Operators && new.visibility == Visibility::Public;
    new.version = if source_changed || made_public {
        old.version + 1
    } else {
        old.version
    };
    let version = new.version;
    for after in &mut new.texts {
        if after.language == source {
            if version != old.version {
                after.source_version = version;
            }
            continue;
        }
        match text_in(old, &after.language) {
            None => after.source_version = version,
            Some(before) => {
                let edited = words(before) != words(after);
                let reviewed_now = after.provenance == Provenance::Reviewed
                    && before.provenance != Provenance::Reviewed;
                if edited || reviewed_now {
                    after.source_version = version;
                }
            }
        }
    }
    Ok(new)
}

/// What changed, for the audit log: field names and text languages, never the texts.
/// The form applied to `record` and checked with the wire's rules, or what is refused.
fn validated_form(
    l: &str,
    record: &GuideRecord,
    form: &HashMap<String, String>,
    new: bool,
    all: &[StoredGuide],
) -> Result<GuideRecord, Refused> {
    let guide = apply_form(l, record, form, new, all)?;
    guide.validate().map_err(|e| refused_from(l, &guide, e))?;
    Ok(guide)
}

fn changes(old: &GuideRecord, new: &GuideRecord) -> String {
    let mut changed: Vec<String> = Vec::new();
    for (name, differs) in [
        ("parent", old.parent != new.parent),
        ("position", old.position != new.position),
        ("last_checked", old.last_checked != new.last_checked),
        ("sources", old.sources != new.sources),
        ("image", old.image != new.image),
    ] {
        if differs {
            changed.push(name.to_owned());
        }
    }
    if old.visibility != new.visibility {
        changed.push(format!(
            "visibility {} → {}",
            visibility_code(old.visibility),
            visibility_code(new.visibility)
        ));
    }
    for after in &new.texts {
        match text_in(old, &after.language) {
            None => changed.push(format!("texts[{}] added", after.language)),
            Some(before) if before != after => {
                let mut parts = Vec::new();
                if before.title != after.title {
                    parts.push("title");
                }
                if before.body != after.body {
                    parts.push("body");
                }
                if before.provenance != after.provenance {
                    parts.push("provenance");
                }
                if before.image_alt != after.image_alt {
                    parts.push("image_alt");
                }
                // Only brought up to date with a new version: not a change of its own.
                if !parts.is_empty() {
                    changed.push(format!("texts[{}].{}", after.language, parts.join("+")));
                }
            }
            Some(_) => {}
        }
    }
    for before in &old.texts {
        if text_in(new, &before.language).is_none() {
            changed.push(format!("texts[{}] removed", before.language));
        }
    }
    format!("version {}: {}", new.version, changed.join(", "))
}

/// A change to the guides (its form's CSRF token already checked): only by an account that
/// edits content (tutors read the guides and scripts, they do not change them).
fn editor_change(state: &AppState, l: &str, signed: &Signed) -> Result<(), Response> {
    if signed.account.role.edits_content() {
        Ok(())
    } else {
        Err(forbidden(state, l, signed))
    }
}

fn not_found(state: &AppState, l: &str, signed: &Signed, id: &str) -> Response {
    people_failure(state, l, signed, PeopleError::NotFound(id.to_owned()))
}

fn guides_failure(state: &AppState, l: &str, signed: &Signed, error: GuidesError) -> Response {
    let message = match error {
        GuidesError::Database(e) => return internal(state, l, signed, e),
        GuidesError::Invalid { field, problem, .. } => {
            format!("{}: {}", field_label(l, &field), problem_text(l, &problem))
        }
        GuidesError::Taken(_) => t(l, "guide-id-taken", None),
    };
    failure(state, l, Some(signed), StatusCode::BAD_REQUEST, &message)
}

/// Everything the editor reads: every guide and the territories.
async fn load(
    state: &AppState,
    l: &str,
    signed: &Signed,
) -> Result<(Vec<StoredGuide>, Vec<String>), Response> {
    let all = content::stored_guides(&state.pool)
        .await
        .map_err(|e| internal(state, l, signed, e))?;
    let regions = content::regions(&state.pool)
        .await
        .map_err(|e| internal(state, l, signed, e))?;
    Ok((all, regions))
}

async fn show(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    let (all, regions) = match load(&state, l, &signed).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let Some(stored) = all.iter().find(|s| s.guide.id == id) else {
        return not_found(&state, l, &signed, &id);
    };
    let language = chosen_language(&query, l);
    if !signed.account.role.edits_content() {
        if !stored.published {
            return forbidden(&state, l, &signed);
        }
        return read_view(&state, l, &signed, stored, &all, &language).await;
    }
    let done = [
        ("saved", "guide-saved"),
        ("created", "guide-created"),
        ("published", "guide-published-done"),
        ("unpublished", "guide-unpublished-done"),
        ("public", "guide-made-public"),
        ("image", "guide-image-saved"),
        ("image_removed", "guide-image-removed"),
    ];
    let message = html! {
        @for (flag, key) in done {
            @if query.contains_key(flag) {
                p.ok role="status" id="done" { (t(l, key, None)) }
            }
        }
    };
    let editing = Editing {
        stored: Some(stored),
        record: &stored.guide,
        typed: None,
        refused: None,
        adding: false,
        all: &all,
        regions: &regions,
        language,
    };
    edit_page(&state, l, &signed, StatusCode::OK, &editing, message).await
}

/// A published guide or script as the tutors read it: in the chosen language (or the best
/// other, said so), with its sources and the guides under it.
async fn read_view(
    state: &AppState,
    l: &str,
    signed: &Signed,
    stored: &StoredGuide,
    all: &[StoredGuide],
    language: &str,
) -> Response {
    let g = &stored.guide;
    let Some(text) = best_text(g, language) else {
        return not_found(state, l, signed, &g.id);
    };
    let rendered = match parse_body(&text.body) {
        Ok(blocks) => {
            let missing = missing_links(&state.pool, &blocks).await;
            render_blocks(l, &blocks, &missing, 2)
        }
        Err(error) => html! { p.error { (body_error(l, &error)) } },
    };
    let children: Vec<&StoredGuide> = {
        let mut children: Vec<&StoredGuide> = all
            .iter()
            .filter(|s| s.published && s.guide.parent.as_deref() == Some(g.id.as_str()))
            .collect();
        children
            .sort_by(|a, b| (a.guide.position, &a.guide.id).cmp(&(b.guide.position, &b.guide.id)));
        children
    };
    let body = html! {
        p {
            a href={ "/guides?region=" (g.region.as_deref().unwrap_or("")) "&lang=" (language) } { (t(l, "back", None)) }
        }
        @if g.visibility == Visibility::Operators {
            p.warn id="script" { (t(l, "guide-visibility-operators", None)) }
        }
        // The languages it can be read in.
        p {
            @for (i, other) in g.texts.iter().enumerate() {
                @if i > 0 { " · " }
                @if other.language == language {
                    strong { (language_name(l, &other.language)) }
                } @else {
                    a href={ "/guides/" (g.id) "?lang=" (other.language) } { (language_name(l, &other.language)) }
                }
            }
        }
        @if text.language != language {
            p.muted {
                (t(l, "guide-in-language", Some(&args(&[("language", language_name(l, &text.language).into())]))))
            }
        }
        article.guide id="guide-text" lang=(text.language) dir=(dir(&text.language)) {
            @if let Some(image) = &g.image {
                p { (image_tag(image, image_alt(g, &text.language), "guide-image")) }
            }
            (rendered)
        }
        @if let Some(date) = &g.last_checked {
            p.muted { (t(l, "guide-checked", Some(&args(&[("date", date.clone().into())])))) }
        }
        @if !g.sources.is_empty() {
            ul id="sources" {
                @for source in &g.sources {
                    li { a href=(source.url) rel="noopener noreferrer" target="_blank" { (source.title) } }
                }
            }
        }
        @if !children.is_empty() {
            h2 { (t(l, "guide-under-it", None)) }
            ul {
                @for child in &children {
                    li { a href={ "/guides/" (child.guide.id) "?lang=" (language) } { (title_markup(&child.guide, language)) } }
                }
            }
        }
    };
    let title = title_text(g, language);
    page(state, l, Some(signed), &title, body).into_response()
}

async fn new_form(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let (all, regions) = match load(&state, l, &signed).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let field = |name: &str| {
        query
            .get(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let parent = field("parent").filter(|p| all.iter().any(|s| s.guide.id == *p));
    // Under a regional guide, the new one is of that region.
    let region = parent
        .as_ref()
        .and_then(|p| all.iter().find(|s| s.guide.id == *p))
        .and_then(|s| s.guide.region.clone())
        .or_else(|| field("region"));
    let source = field("source")
        .filter(|s| LANGUAGES.contains(&s.as_str()))
        .unwrap_or_else(|| "it".to_owned());
    let record = template(&all, region, parent, &source);
    let editing = Editing {
        stored: None,
        record: &record,
        typed: None,
        refused: None,
        adding: false,
        all: &all,
        regions: &regions,
        language: chosen_language(&query, l),
    };
    edit_page(&state, l, &signed, StatusCode::OK, &editing, html! {}).await
}

async fn create(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = editor_change(&state, l, &signed) {
        return response;
    }
    let (all, regions) = match load(&state, l, &signed).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let form = normalise_new(form);
    let typed = |name: &str| {
        form.get(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let source = typed("source_language")
        .filter(|s| LANGUAGES.contains(&s.as_str()))
        .unwrap_or_else(|| "it".to_owned());
    let record = template(&all, typed("region"), typed("parent"), &source);
    let language = typed("lang")
        .filter(|c| LANGUAGES.contains(&c.as_str()))
        .unwrap_or_else(|| l.to_owned());
    let adding = form.contains_key("add");
    let editing = |refused| Editing {
        stored: None,
        record: &record,
        typed: Some(&form),
        refused,
        adding,
        all: &all,
        regions: &regions,
        language: language.clone(),
    };
    if adding || form.contains_key("preview") {
        return edit_page(&state, l, &signed, StatusCode::OK, &editing(None), html! {}).await;
    }
    let new = match validated_form(l, &record, &form, true, &all) {
        Ok(new) => new,
        Err(refused) => {
            return edit_page(
                &state,
                l,
                &signed,
                StatusCode::BAD_REQUEST,
                &editing(Some(&refused)),
                html! {},
            )
            .await
        }
    };
    let languages: Vec<&str> = new.texts.iter().map(|t| t.language.as_str()).collect();
    let audit = GuideAudit {
        account_id: &signed.account.id,
        action: "guide.create",
        detail: format!(
            "version 1: {}, visibility {}, texts[{}], not published",
            new.region.as_deref().unwrap_or("national"),
            visibility_code(new.visibility),
            languages.join(", ")
        ),
    };
    match content::save_guide(&state.pool, &new, Some(false), true, Some(audit)).await {
        Ok(_) => {
            Redirect::to(&format!("/guides/{}?created=1&lang={language}", new.id)).into_response()
        }
        Err(GuidesError::Taken(_)) => {
            let refused = Refused::new("id", t(l, "guide-id-taken", None));
            edit_page(
                &state,
                l,
                &signed,
                StatusCode::BAD_REQUEST,
                &editing(Some(&refused)),
                html! {},
            )
            .await
        }
        Err(e) => guides_failure(&state, l, &signed, e),
    }
}

async fn save(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = editor_change(&state, l, &signed) {
        return response;
    }
    let (all, regions) = match load(&state, l, &signed).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let Some(stored) = all.iter().find(|s| s.guide.id == id) else {
        return not_found(&state, l, &signed, &id);
    };
    let language = chosen_language(&form, l);
    let adding = form.contains_key("add");
    let editing = |refused| Editing {
        stored: Some(stored),
        record: &stored.guide,
        typed: Some(&form),
        refused,
        adding,
        all: &all,
        regions: &regions,
        language: language.clone(),
    };
    // Preview and "add a translation" show the form again with what was typed; nothing is
    // saved.
    if adding || form.contains_key("preview") {
        return edit_page(&state, l, &signed, StatusCode::OK, &editing(None), html! {}).await;
    }
    if form
        .get("base")
        .is_some_and(|base| *base != base_of(stored))
    {
        return failure(
            &state,
            l,
            Some(&signed),
            StatusCode::CONFLICT,
            &t(l, "guide-changed-meanwhile", None),
        );
    }
    let old = &stored.guide;
    let new = match validated_form(l, old, &form, false, &all) {
        Ok(new) => new,
        Err(refused) => {
            return edit_page(
                &state,
                l,
                &signed,
                StatusCode::BAD_REQUEST,
                &editing(Some(&refused)),
                html! {},
            )
            .await
        }
    };
    let audit = GuideAudit {
        account_id: &signed.account.id,
        action: "guide.edit",
        detail: changes(old, &new),
    };
    match content::save_guide(&state.pool, &new, None, false, Some(audit)).await {
        Ok(_) => Redirect::to(&format!("/guides/{id}?saved=1&lang={language}")).into_response(),
        Err(e) => guides_failure(&state, l, &signed, e),
    }
}

async fn preview(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = editor_change(&state, l, &signed) {
        return response;
    }
    let language = form
        .get("preview_language")
        .map(|v| v.trim())
        .filter(|v| ponte_wire::is_language_tag(v))
        .unwrap_or(l)
        .to_owned();
    let field = |name: &str| {
        form.get(&format!("{name}_{language}"))
            .map(|v| v.replace("\r\n", "\n"))
            .unwrap_or_default()
    };
    // A stored guide's image, with the description typed for this language.
    let stored = match form.get("guide") {
        Some(id) => content::stored_guide(&state.pool, id)
            .await
            .unwrap_or_default(),
        None => None,
    };
    let alt = stored
        .as_ref()
        .map(|s| typed_alt(&s.guide, Some(&form), &language))
        .unwrap_or_default();
    let image = stored
        .as_ref()
        .and_then(|s| s.guide.image.as_ref())
        .map(|image| (image, alt.as_str()));
    let html = preview_html(
        &state.pool,
        l,
        &language,
        &field("title"),
        &field("body"),
        image,
    )
    .await;
    Html(html.into_string()).into_response()
}

async fn set_published(
    state: Arc<AppState>,
    headers: HeaderMap,
    signed: Signed,
    id: String,
    published: bool,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = editor_change(&state, l, &signed) {
        return response;
    }
    let version = match content::stored_guide(&state.pool, &id).await {
        Ok(Some(stored)) => stored.guide.version,
        Ok(None) => return not_found(&state, l, &signed, &id),
        Err(e) => return internal(&state, l, &signed, e),
    };
    let audit = GuideAudit {
        account_id: &signed.account.id,
        action: if published {
            "guide.publish"
        } else {
            "guide.unpublish"
        },
        detail: format!("version {version}"),
    };
    match content::set_published(&state.pool, &id, published, Some(audit)).await {
        Ok(Some(_)) => Redirect::to(&format!(
            "/guides/{id}?{}=1",
            if published {
                "published"
            } else {
                "unpublished"
            }
        ))
        .into_response(),
        Ok(None) => not_found(&state, l, &signed, &id),
        Err(e) => internal(&state, l, &signed, e),
    }
}

async fn publish(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, .. }: CsrfForm,
) -> Response {
    set_published(state, headers, signed, id, true).await
}

async fn unpublish(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, .. }: CsrfForm,
) -> Response {
    set_published(state, headers, signed, id, false).await
}

/// "Turn into a public guide": what it means, and the button that does it.
fn confirm_page(state: &AppState, l: &str, signed: &Signed, stored: &StoredGuide) -> Response {
    let g = &stored.guide;
    let body = html! {
        p.warn { (t(l, "guide-make-public-explain", None)) }
        form method="post" action={ "/guides/" (g.id) "/public" } {
            (csrf_field(signed))
            input type="hidden" name="confirm" value="yes";
            button type="submit" id="confirm-public" { (t(l, "guide-make-public-confirm", None)) }
        }
        p { a href={ "/guides/" (g.id) } { (t(l, "back", None)) } }
    };
    let title = format!("{}: {}", t(l, "guide-make-public", None), title_text(g, l));
    page(state, l, Some(signed), &title, body).into_response()
}

async fn confirm_public(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    match content::stored_guide(&state.pool, &id).await {
        Ok(Some(stored)) if stored.guide.visibility == Visibility::Public => {
            Redirect::to(&format!("/guides/{id}")).into_response()
        }
        Ok(Some(stored)) => confirm_page(&state, l, &signed, &stored),
        Ok(None) => not_found(&state, l, &signed, &id),
        Err(e) => internal(&state, l, &signed, e),
    }
}

async fn make_public(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = editor_change(&state, l, &signed) {
        return response;
    }
    let stored = match stored_or_page(&state, l, &signed, &id).await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    if stored.guide.visibility == Visibility::Public {
        return Redirect::to(&format!("/guides/{id}")).into_response();
    }
    // Without the confirmation, the question again.
    if form.get("confirm").map(String::as_str) != Some("yes") {
        return confirm_page(&state, l, &signed, &stored);
    }
    let old = &stored.guide;
    let mut new = old.clone();
    new.visibility = Visibility::Public;
    new.version = old.version + 1;
    let source = new.source_language.clone();
    for text in &mut new.texts {
        if text.language == source {
            text.source_version = new.version;
        }
    }
    let audit = GuideAudit {
        account_id: &signed.account.id,
        action: "guide.make_public",
        detail: changes(old, &new),
    };
    match content::save_guide(&state.pool, &new, None, false, Some(audit)).await {
        Ok(_) => Redirect::to(&format!("/guides/{id}?public=1")).into_response(),
        Err(e) => guides_failure(&state, l, &signed, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::services::tests::signed_in;
    use crate::testdb::{databases, hidden, people as accounts};
    use ponte_wire::ContentChange;

    fn text(
        language: &str,
        title: &str,
        body: &str,
        provenance: Provenance,
        from: u32,
    ) -> GuideText {
        GuideText {
            language: language.into(),
            title: title.into(),
            body: body.into(),
            provenance,
            source_version: from,
            image_alt: String::new(),
        }
    }

    /// A guide in Italian, English (reviewed) and Arabic (machine), all up to date.
    fn guide(
        id: &str,
        region: Option<&str>,
        parent: Option<&str>,
        visibility: Visibility,
    ) -> GuideRecord {
        GuideRecord {
            id: id.into(),
            version: 1,
            region: region.map(str::to_owned),
            parent: parent.map(str::to_owned),
            position: 0,
            visibility,
            last_checked: Some("2026-11-20".into()),
            sources: vec![OfficialSource {
                title: "Agenzia delle Entrate".into(),
                url: "https://www.agenziaentrate.gov.it".into(),
            }],
            image: None,
            source_language: "it".into(),
            texts: vec![
                text(
                    "it",
                    &format!("Guida {id}"),
                    "Serve per **lavorare**. Chiama il 051 123 4567.",
                    Provenance::Original,
                    1,
                ),
                text(
                    "en",
                    &format!("Guide {id}"),
                    "You need it to **work**.",
                    Provenance::Reviewed,
                    1,
                ),
                text("ar", "دليل", "ضروري **للعمل**.", Provenance::Machine, 1),
            ],
        }
    }

    async fn stored(pool: &sqlx::AnyPool, id: &str) -> StoredGuide {
        content::stored_guide(pool, id).await.unwrap().unwrap()
    }

    async fn cursor(pool: &sqlx::AnyPool) -> u64 {
        content::changes(pool, "bologna", 0, &[], 10_000)
            .await
            .unwrap()
            .cursor
    }

    async fn feed(pool: &sqlx::AnyPool, region: &str, since: u64) -> Vec<ContentChange> {
        content::changes(pool, region, since, &[], 1000)
            .await
            .unwrap()
            .changes
    }

    async fn content_changes(pool: &sqlx::AnyPool) -> i64 {
        sqlx::query_scalar("SELECT count(*) FROM content_change")
            .fetch_one(pool)
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn the_tree_shows_national_and_regional_guides_with_their_translation_status() {
        for db in databases().await {
            let pool = &db.pool;
            accounts(pool).await;
            let mut documents = guide("documenti", None, None, Visibility::Public);
            // The Italian text was changed after the Arabic translation: it is outdated.
            documents.version = 2;
            documents.texts[0].source_version = 2;
            documents.texts[1].source_version = 2;
            let mut fiscal = guide(
                "codice-fiscale",
                None,
                Some("documenti"),
                Visibility::Public,
            );
            fiscal.texts.truncate(2);
            let bologna = guide(
                "anagrafe-bologna",
                Some("bologna"),
                Some("documenti"),
                Visibility::Public,
            );
            let roma = guide("anagrafe-roma", Some("roma"), None, Visibility::Public);
            let script = guide("copione-rinnovo", None, None, Visibility::Operators);
            content::upsert_guides(pool, &[documents, fiscal, bologna, roma, script])
                .await
                .unwrap();
            let operator = signed_in(pool, "operator").await;
            let home = operator.get("/").await;
            assert!(
                home.body.contains("href=\"/guides\""),
                "the navigation links the guides"
            );

            let tree = operator.get("/guides?region=bologna&lang=en").await;
            assert_eq!(tree.status, StatusCode::OK, "{}", tree.body);
            let body = &tree.body;
            for id in [
                "documenti",
                "codice-fiscale",
                "anagrafe-bologna",
                "copione-rinnovo",
            ] {
                assert!(body.contains(&format!("id=\"guide-{id}\"")), "{id}: {body}");
            }
            assert!(
                !body.contains("guide-anagrafe-roma"),
                "not another territory's"
            );
            // The tree: the children after their parent, indented; titles in English.
            let at = |id: &str| body.find(&format!("id=\"guide-{id}\"")).unwrap();
            assert!(
                at("documenti") < at("anagrafe-bologna") && at("documenti") < at("codice-fiscale")
            );
            assert!(body.contains("padding-inline-start:2rem\"><a href=\"/guides/codice-fiscale?lang=en\"><span lang=\"en\" dir=\"ltr\">Guide codice-fiscale</span>"), "{body}");
            for (id, language, status) in [
                ("documenti", "it", "original"),
                ("documenti", "en", "reviewed"),
                ("documenti", "ar", "outdated"),
                ("codice-fiscale", "ar", "missing"),
                ("anagrafe-bologna", "ar", "machine"),
            ] {
                assert!(
                    body.contains(&format!(
                        "id=\"status-{id}-{language}\" class=\"status-{status}\""
                    )),
                    "{id} {language} {status}"
                );
            }
            assert!(body.contains("class=\"visibility-operators\""));
            // The language chosen is a column even where no guide has it: all missing.
            let ukrainian = operator.get("/guides?region=bologna&lang=uk").await;
            assert!(ukrainian
                .body
                .contains("id=\"status-documenti-uk\" class=\"status-missing\""));
            // The national tree has only the national guides.
            let national = operator.get("/guides?region=").await;
            assert!(national.body.contains("guide-documenti"));
            assert!(!national.body.contains("guide-anagrafe-bologna"));
            // The territories that exist are offered.
            assert!(national
                .body
                .contains("<option value=\"bologna\">bologna</option>"));
            assert!(national
                .body
                .contains("<option value=\"roma\">roma</option>"));
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn an_edit_of_the_source_raises_the_version_and_the_translations_show_outdated() {
        for db in databases().await {
            let pool = &db.pool;
            accounts(pool).await;
            content::upsert_guides(
                pool,
                &[guide("codice-fiscale", None, None, Visibility::Public)],
            )
            .await
            .unwrap();
            let before = cursor(pool).await;
            let operator = signed_in(pool, "operator").await;
            let form = operator.get("/guides/codice-fiscale").await;
            assert_eq!(form.status, StatusCode::OK, "{}", form.body);
            assert!(form.body.contains("id=\"guide-form\""));
            assert!(!form.body.contains("id=\"outdated-en\""));
            // The preview shows the page's language (Italian) from the start.
            assert!(
                form.body.contains("<strong>lavorare</strong>"),
                "{}",
                form.body
            );
            let base = hidden(&form.body, "base").unwrap();
            let saved = operator
                .post_form(
                    "/guides/codice-fiscale",
                    &[
                        ("base", &base),
                        ("body_it", "Serve per **lavorare** e per il medico."),
                        ("position", "3"),
                    ],
                )
                .await;
            assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
            let after = stored(pool, "codice-fiscale").await.guide;
            assert_eq!(after.version, 2, "{}", db.url);
            assert_eq!(after.position, 3);
            assert_eq!(text_in(&after, "it").unwrap().source_version, 2);
            assert_eq!(text_in(&after, "en").unwrap().source_version, 1);
            let form = operator.get("/guides/codice-fiscale").await;
            assert!(form.body.contains("id=\"outdated-en\""), "{}", form.body);
            assert!(form.body.contains("id=\"outdated-ar\""));
            let tree = operator.get("/guides").await;
            assert!(tree
                .body
                .contains("id=\"status-codice-fiscale-en\" class=\"status-outdated\""));
            assert!(tree
                .body
                .contains("id=\"status-codice-fiscale-it\" class=\"status-original\""));
            // The phones get the new version.
            let changes = feed(pool, "roma", before).await;
            let [ContentChange::UpsertGuide { guide }] = changes.as_slice() else {
                panic!("{changes:?}")
            };
            assert_eq!(guide.version, 2);

            // A stale form (from before the save) is refused.
            let stale = operator
                .post_form(
                    "/guides/codice-fiscale",
                    &[("base", &base), ("position", "4")],
                )
                .await;
            assert_eq!(stale.status, StatusCode::CONFLICT);

            // Only a translation: the version stays, that translation is up to date.
            let saved = operator
                .post_form("/guides/codice-fiscale", &[("title_en", "The tax code")])
                .await;
            assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
            let after = stored(pool, "codice-fiscale").await.guide;
            assert_eq!(after.version, 2);
            assert_eq!(text_in(&after, "en").unwrap().title, "The tax code");
            assert_eq!(text_in(&after, "en").unwrap().source_version, 2);
            assert_eq!(text_in(&after, "ar").unwrap().source_version, 1);
            // Reviewing the Arabic machine translation brings it up to date too.
            let reviewed = operator
                .post_form("/guides/codice-fiscale", &[("provenance_ar", "reviewed")])
                .await;
            assert_eq!(reviewed.status, StatusCode::SEE_OTHER);
            let after = stored(pool, "codice-fiscale").await.guide;
            assert_eq!(
                (after.version, text_in(&after, "ar").unwrap().source_version),
                (2, 2)
            );
            // A new translation, and one emptied (removed).
            let added = operator
                .post_form(
                    "/guides/codice-fiscale",
                    &[
                        ("languages", "fr"),
                        ("title_fr", "Le code fiscal"),
                        ("body_fr", "Il sert pour **travailler**."),
                        ("provenance_fr", "machine"),
                        ("title_ar", ""),
                        ("body_ar", ""),
                    ],
                )
                .await;
            assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
            let after = stored(pool, "codice-fiscale").await.guide;
            let languages: Vec<&str> = after.texts.iter().map(|t| t.language.as_str()).collect();
            assert_eq!(languages, ["it", "en", "fr"]);
            assert_eq!(text_in(&after, "fr").unwrap().source_version, 2);
            assert_eq!(after.version, 2);

            // Who changed what: field names and languages, never the texts.
            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            let edits: Vec<&crate::audit::AuditEntry> =
                log.iter().filter(|e| e.action == "guide.edit").collect();
            assert_eq!(
                edits.len(),
                4,
                "{:?}",
                log.iter().map(|e| &e.detail).collect::<Vec<_>>()
            );
            assert!(edits
                .iter()
                .all(|e| e.who == "operator" && e.target == "codice-fiscale"));
            let details: Vec<&str> = edits.iter().map(|e| e.detail.as_str()).collect();
            assert_eq!(details[3], "version 2: position, texts[it].body");
            assert_eq!(details[2], "version 2: texts[en].title");
            assert_eq!(details[0], "version 2: texts[fr] added, texts[ar] removed");
            assert!(details
                .iter()
                .all(|d| !d.contains("lavorare") && !d.contains("tax code")));
            let form = operator.get("/guides/codice-fiscale").await;
            assert!(form.body.contains("id=\"history\""));
            assert!(form.body.contains("texts[fr] added"));
            // And where the services' changes are: the administrators' audit log.
            let admin = signed_in(pool, "admin").await;
            let audit = admin.get("/audit").await;
            assert!(audit.body.contains("Guida modificata"), "{}", audit.body);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn a_bad_body_is_refused_on_its_field_keeping_what_was_typed_and_nothing_changes() {
        for db in databases().await {
            let pool = &db.pool;
            accounts(pool).await;
            content::upsert_guides(
                pool,
                &[guide("codice-fiscale", None, None, Visibility::Public)],
            )
            .await
            .unwrap();
            let original = stored(pool, "codice-fiscale").await;
            let changes_before = content_changes(pool).await;
            let operator = signed_in(pool, "operator").await;
            let image = "Testo\n\n![foto](https://x.it/a.png)";
            let bad = operator
                .post_form(
                    "/guides/codice-fiscale",
                    &[
                        ("title_it", "Un titolo nuovo"),
                        ("body_en", image),
                        ("source_title_1", "Portale INPS"),
                        ("source_url_1", "https://www.inps.it"),
                        ("sources_count", "3"),
                    ],
                )
                .await;
            assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.body);
            assert!(bad.body.contains("id=\"refused\""));
            assert!(bad.body.contains("name=\"body_en\" id=\"body_en\" rows=\"14\" lang=\"en\" dir=\"ltr\" aria-invalid=\"true\""), "{}", bad.body);
            assert!(bad.body.contains("id=\"error-body_en\""));
            // The form comes back with everything typed.
            assert!(bad.body.contains("Un titolo nuovo"));
            assert!(bad.body.contains(image));
            assert!(bad.body.contains("value=\"https://www.inps.it\""));
            // Raw HTML is refused too, and shown back escaped.
            let html = operator
                .post_form(
                    "/guides/codice-fiscale",
                    &[("body_ar", "<b>عمل</b><script>alert(1)</script>")],
                )
                .await;
            assert_eq!(html.status, StatusCode::BAD_REQUEST);
            assert!(html.body.contains("id=\"error-body_ar\""));
            assert!(html.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            assert!(!html.body.contains("<script>alert(1)"));
            // Other fields, each on its own field.
            for (field, value, error) in [
                ("last_checked", "20/11/2026", "error-last_checked"),
                ("source_url_0", "http://insicuro.it", "error-source_url_0"),
                ("position", "primo", "error-position"),
                ("title_it", "  ", "error-title_it"),
                ("parent", "nowhere", "error-parent"),
                ("parent", "codice-fiscale", "error-parent"),
                ("visibility", "everyone", "error-visibility"),
            ] {
                let answer = operator
                    .post_form(
                        "/guides/codice-fiscale",
                        &[(field, value), ("sources_count", "3")],
                    )
                    .await;
                assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{field}");
                assert!(
                    answer.body.contains(&format!("id=\"{error}\"")),
                    "{field}: {}",
                    answer.body
                );
            }
            assert_eq!(stored(pool, "codice-fiscale").await, original);
            assert_eq!(content_changes(pool).await, changes_before);
            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            assert!(log.iter().all(|e| !e.action.starts_with("guide.")));

            // A new guide: its id is checked, and a taken one refused.
            for (id, error) in [
                ("Codice Fiscale", "error-id"),
                ("codice-fiscale", "error-id"),
                ("new", "error-id"),
            ] {
                let answer = operator
                    .post_form(
                        "/guides",
                        &[("id", id), ("title_it", "Titolo"), ("body_it", "Testo.")],
                    )
                    .await;
                assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{id}");
                assert!(
                    answer.body.contains(&format!("id=\"{error}\"")),
                    "{id}: {}",
                    answer.body
                );
                assert!(answer.body.contains("value=\"Titolo\""), "{id}");
            }
            assert_eq!(content::stored_guides(pool).await.unwrap().len(), 1);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn a_new_guide_is_made_under_a_parent_and_waits_to_be_published() {
        for db in databases().await {
            let pool = &db.pool;
            accounts(pool).await;
            content::upsert_guides(pool, &[guide("documenti", None, None, Visibility::Public)])
                .await
                .unwrap();
            let before = cursor(pool).await;
            let operator = signed_in(pool, "operator").await;
            let tree = operator.get("/guides?region=bologna").await;
            assert!(tree.body.contains("href=\"/guides/new?region=bologna\""));
            let form = operator
                .get("/guides/new?region=bologna&parent=documenti")
                .await;
            assert_eq!(form.status, StatusCode::OK, "{}", form.body);
            assert!(
                form.body.contains("<option value=\"documenti\" selected>"),
                "{}",
                form.body
            );
            assert!(form
                .body
                .contains("<option value=\"bologna\" selected>bologna</option>"));
            assert!(form
                .body
                .contains("name=\"position\" id=\"position\" value=\"0\""));
            // Written in English after all: the source language changes, the text follows.
            let fields = [
                ("id", "anagrafe-bologna"),
                ("region", "bologna"),
                ("parent", "documenti"),
                ("position", "1"),
                ("visibility", "public"),
                ("shown_source", "it"),
                ("source_language", "en"),
                ("title_it", "Registering at the Anagrafe"),
                ("body_it", "Go to **Piazza Maggiore 6**."),
                ("sources_count", "2"),
                ("source_title_0", "Comune di Bologna"),
                ("source_url_0", "https://www.comune.bologna.it"),
                ("last_checked", "2026-11-20"),
            ];
            let created = operator.post_form("/guides", &fields).await;
            assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
            assert!(created.headers["location"]
                .to_str()
                .unwrap()
                .starts_with("/guides/anagrafe-bologna?created=1"));
            let new = stored(pool, "anagrafe-bologna").await;
            assert!(!new.published, "a new guide waits to be published");
            assert_eq!(new.guide.version, 1);
            assert_eq!(new.guide.region.as_deref(), Some("bologna"));
            assert_eq!(new.guide.parent.as_deref(), Some("documenti"));
            assert_eq!(new.guide.source_language, "en");
            assert_eq!(new.guide.texts.len(), 1);
            assert_eq!(new.guide.texts[0].language, "en");
            assert_eq!(new.guide.texts[0].provenance, Provenance::Original);
            assert_eq!(new.guide.sources.len(), 1);
            assert!(
                feed(pool, "bologna", before).await.is_empty(),
                "not sent before it is published"
            );
            let page = operator.get("/guides/anagrafe-bologna?created=1").await;
            assert!(page.body.contains("id=\"publish\""));
            let log = crate::audit::audit_log(pool, 5).await.unwrap();
            assert!(log.iter().any(|e| e.action == "guide.create"
                && e.target == "anagrafe-bologna"
                && e.detail == "version 1: bologna, visibility public, texts[en], not published"));
            // A national guide cannot sit under a territory's.
            let refused = operator
                .post_form(
                    "/guides",
                    &[
                        ("id", "nazionale"),
                        ("region", ""),
                        ("parent", "anagrafe-bologna"),
                        ("title_it", "Nazionale"),
                    ],
                )
                .await;
            assert_eq!(refused.status, StatusCode::BAD_REQUEST);
            assert!(
                refused.body.contains("id=\"error-parent\""),
                "{}",
                refused.body
            );
            // Adding a translation without JavaScript: the form comes back with its fields.
            let adding = operator
                .post_form(
                    "/guides/anagrafe-bologna",
                    &[
                        ("add", "1"),
                        ("add_language", "ar"),
                        ("title_en", "Typed, not saved"),
                    ],
                )
                .await;
            assert_eq!(adding.status, StatusCode::OK);
            assert!(adding.body.contains("id=\"text-ar\""));
            assert!(adding
                .body
                .contains("name=\"body_ar\" id=\"body_ar\" rows=\"14\" lang=\"ar\" dir=\"rtl\""));
            assert!(adding.body.contains("name=\"languages\" value=\"ar\""));
            assert!(adding.body.contains("Typed, not saved"));
            assert_eq!(stored(pool, "anagrafe-bologna").await, new);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn unpublishing_sends_a_tombstone_and_leaves_the_dump_and_publishing_sends_it_again() {
        for db in databases().await {
            let pool = &db.pool;
            accounts(pool).await;
            content::upsert_guides(
                pool,
                &[guide("codice-fiscale", None, None, Visibility::Public)],
            )
            .await
            .unwrap();
            let operator = signed_in(pool, "operator").await;
            let before = cursor(pool).await;
            let dump = content::snapshot(pool, "bologna", &[])
                .await
                .unwrap()
                .guides;
            assert_eq!(dump.len(), 1);

            let answer = operator
                .post_form("/guides/codice-fiscale/unpublish", &[])
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            assert!(!stored(pool, "codice-fiscale").await.published);
            assert_eq!(
                feed(pool, "roma", before).await,
                [ContentChange::DeleteGuide {
                    id: "codice-fiscale".into()
                }],
                "every territory's phones drop a national guide"
            );
            let dump = content::snapshot(pool, "bologna", &[])
                .await
                .unwrap()
                .guides;
            assert!(dump.is_empty(), "not in the first-run dump");
            let page = operator.get("/guides/codice-fiscale?unpublished=1").await;
            assert!(page.body.contains("id=\"publish\""));
            assert!(page.body.contains("class=\"warn\" id=\"state\""));
            // Edited while unpublished: nothing reaches the phones; reloading the file keeps it
            // unpublished.
            let unpublished = cursor(pool).await;
            let saved = operator
                .post_form(
                    "/guides/codice-fiscale",
                    &[("body_it", "Serve per lavorare e per il medico.")],
                )
                .await;
            assert_eq!(saved.status, StatusCode::SEE_OTHER);
            assert!(feed(pool, "bologna", unpublished).await.is_empty());
            let current = stored(pool, "codice-fiscale").await;
            content::upsert_guides(pool, std::slice::from_ref(&current.guide))
                .await
                .unwrap();
            assert!(!stored(pool, "codice-fiscale").await.published);

            // Published again: back to the phones as an upsert, with the edit.
            let answer = operator
                .post_form("/guides/codice-fiscale/publish", &[])
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER);
            let changes = feed(pool, "bologna", unpublished).await;
            let [ContentChange::UpsertGuide { guide }] = changes.as_slice() else {
                panic!("{changes:?}")
            };
            assert_eq!(
                (guide.version, text_in(guide, "it").unwrap().body.as_str()),
                (2, "Serve per lavorare e per il medico.")
            );
            let dump = content::snapshot(pool, "bologna", &[])
                .await
                .unwrap()
                .guides;
            assert_eq!(dump.len(), 1);
            // Publishing what is published changes nothing.
            let again = cursor(pool).await;
            operator
                .post_form("/guides/codice-fiscale/publish", &[])
                .await;
            assert!(feed(pool, "bologna", again).await.is_empty());
            // A script is never sent, published or not.
            content::upsert_guides(pool, &[guide_script()])
                .await
                .unwrap();
            operator.post_form("/guides/copione/unpublish", &[]).await;
            operator.post_form("/guides/copione/publish", &[]).await;
            assert!(feed(pool, "bologna", again).await.is_empty());
            let log = crate::audit::audit_log(pool, 20).await.unwrap();
            let actions: Vec<&str> = log
                .iter()
                .filter(|e| e.target == "codice-fiscale")
                .map(|e| e.action.as_str())
                .collect();
            assert_eq!(actions, ["guide.publish", "guide.edit", "guide.unpublish"]);
            db.drop_database().await;
        }
    }

    /// A header that says PNG of `width`×`height`, then `padding` bytes (all the coordinator
    /// reads of an image is its header).
    fn png_of(width: u32, height: u32, padding: usize) -> Vec<u8> {
        let sample = ponte_wire::guides::SAMPLE_PNG;
        let mut bytes = sample[..16].to_vec();
        bytes.extend_from_slice(&width.to_be_bytes());
        bytes.extend_from_slice(&height.to_be_bytes());
        bytes.extend_from_slice(&sample[24..]);
        bytes.resize(bytes.len() + padding, 0);
        bytes
    }

    #[tokio::test]
    async fn an_image_is_uploaded_described_refused_replaced_and_removed_and_reaches_the_phones() {
        for db in databases().await {
            let pool = &db.pool;
            accounts(pool).await;
            content::upsert_guides(
                pool,
                &[guide("codice-fiscale", None, None, Visibility::Public)],
            )
            .await
            .unwrap();
            let original = stored(pool, "codice-fiscale").await;
            let changes_before = content_changes(pool).await;
            let before = cursor(pool).await;
            let operator = signed_in(pool, "operator").await;
            let page = operator.get("/guides/codice-fiscale").await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(page.body.contains("<form method=\"post\" action=\"/guides/codice-fiscale/image\" enctype=\"multipart/form-data\" id=\"image-form\"><input type=\"hidden\" name=\"csrf\""), "{}", page.body);
            assert!(page.body.contains("id=\"image-none\""));
            assert!(!page.body.contains("id=\"remove-image\""));
            // No image, so no description to write in the main form.
            assert!(!page.body.contains("name=\"image_alt_it\""));

            // Refused, beside its field, in the operator's language, changing nothing: too
            // large (just over the limit, and a camera's 3 MB photo), not an image (a PDF, a
            // GIF), too many pixels, no file, no description in the source language.
            let png = ponte_wire::guides::SAMPLE_PNG;
            let over = png_of(800, 600, MAX_GUIDE_IMAGE_BYTES);
            let camera = png_of(1600, 1200, 3 << 20);
            let pdf = b"%PDF-1.7\n1 0 obj".to_vec();
            let gif = b"GIF89a\x02\x00\x01\x00\x00\x00\x00".to_vec();
            let wide = png_of(4000, 3000, 0);
            for (bytes, alt, field, words) in [
                (&over, "Il tesserino", "image", "KiB: riducila"),
                (&camera, "Il tesserino", "image", "KiB: riducila"),
                (&pdf, "Il tesserino", "image", "JPEG, PNG o WebP"),
                (&gif, "Il tesserino", "image", "JPEG, PNG o WebP"),
                (&wide, "Il tesserino", "image", "per lato"),
                (&Vec::new(), "Il tesserino", "image", "scegli un file"),
                (&png.to_vec(), "  ", "image_alt", "descrivi l'immagine"),
            ] {
                let answer = operator
                    .post_multipart(
                        "/guides/codice-fiscale/image",
                        &[("lang", "it"), ("image_alt", alt)],
                        &[("image", "foto", bytes)],
                    )
                    .await;
                assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{field}: {words}");
                let error = format!("<p class=\"error\" id=\"error-{field}\">");
                let at = answer
                    .body
                    .find(&error)
                    .unwrap_or_else(|| panic!("{field}: {}", answer.body));
                assert!(
                    answer.body[at..].contains(words),
                    "{words}: {}",
                    answer.body
                );
                assert!(answer.body.contains(&format!("id=\"{field}\"")));
                assert!(answer
                    .body
                    .contains("aria-invalid=\"true\" aria-describedby=\"error-"));
                // What was typed stays.
                if alt == "Il tesserino" {
                    assert!(answer
                        .body
                        .contains("name=\"image_alt\" id=\"image_alt\" value=\"Il tesserino\""));
                }
            }
            // A browser sends the file before the description: past the limit the file is
            // dropped, and the description typed after it still comes back to the form.
            let boundary = "ponte-test-file-first";
            let mut body = Vec::new();
            for (name, file_name, bytes) in [
                ("csrf", None, operator.csrf.clone().unwrap().into_bytes()),
                ("image", Some("foto.png"), camera.clone()),
                (
                    "image_alt",
                    None,
                    "Scritta dopo il file".as_bytes().to_vec(),
                ),
            ] {
                let file = file_name
                    .map(|f| format!("; filename=\"{f}\""))
                    .unwrap_or_default();
                body.extend(
                    format!("--{boundary}\r\ncontent-disposition: form-data; name=\"{name}\"{file}\r\n\r\n")
                        .as_bytes(),
                );
                body.extend(bytes);
                body.extend(b"\r\n");
            }
            body.extend(format!("--{boundary}--\r\n").as_bytes());
            let request = axum::http::Request::post("/guides/codice-fiscale/image")
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .header("cookie", operator.cookie.clone().unwrap())
                .body(axum::body::Body::from(body))
                .unwrap();
            let answer = operator.send(request).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST);
            assert!(answer.body.contains("id=\"error-image\""));
            assert!(answer
                .body
                .contains("name=\"image_alt\" id=\"image_alt\" value=\"Scritta dopo il file\""));
            // In English for an English browser.
            let english = operator.send(multipart_in_english(&operator, &pdf)).await;
            assert_eq!(english.status, StatusCode::BAD_REQUEST);
            assert!(
                english
                    .body
                    .contains("this file is not a JPEG, PNG or WebP image"),
                "{}",
                english.body
            );
            assert_eq!(stored(pool, "codice-fiscale").await, original);
            assert_eq!(content_changes(pool).await, changes_before);
            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            assert!(log.iter().all(|e| !e.action.starts_with("guide.")));
            // A tutor cannot.
            let tutor = signed_in(pool, "tutor").await;
            let denied = tutor
                .post_multipart(
                    "/guides/codice-fiscale/image",
                    &[("image_alt", "Il tesserino")],
                    &[("image", "foto.png", png)],
                )
                .await;
            assert_eq!(denied.status, StatusCode::FORBIDDEN);
            assert_eq!(stored(pool, "codice-fiscale").await, original);

            // Uploaded: stored with its description, the version unchanged (it is not text),
            // sent to the phones, in the audit log without the description's words.
            let answer = operator
                .post_multipart(
                    "/guides/codice-fiscale/image",
                    &[("lang", "it"), ("image_alt", " Il tesserino verde ")],
                    &[("image", "tessera.png", png)],
                )
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            let after = stored(pool, "codice-fiscale").await.guide;
            assert_eq!(after.image.as_ref().unwrap().bytes, png);
            assert_eq!(
                text_in(&after, "it").unwrap().image_alt,
                "Il tesserino verde"
            );
            assert_eq!(after.version, 1);
            let sent = feed(pool, "bologna", before).await;
            let Some(ContentChange::UpsertGuide { guide: on_phone }) = sent.last() else {
                panic!("{sent:?}")
            };
            assert_eq!(on_phone.image.as_ref().unwrap().bytes, png);
            // As the API document says a guide is.
            let doc: serde_json::Value = serde_json::from_str(crate::openapi::DOCUMENT).unwrap();
            let json = serde_json::to_value(on_phone).unwrap();
            assert!(json["image"]["bytes"].is_string());
            let problems = crate::openapi::check::validate(
                &doc,
                crate::openapi::check::schema(&doc, "GuideRecord"),
                &json,
                "",
            );
            assert!(problems.is_empty(), "{problems:?}");
            assert_eq!(
                text_in(on_phone, "it").unwrap().image_alt,
                "Il tesserino verde"
            );
            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            let entry = log.iter().find(|e| e.action == "guide.image").unwrap();
            assert_eq!(entry.target, "codice-fiscale");
            assert!(
                entry
                    .detail
                    .contains("image, texts[it].image_alt (image/png 2×1, 70 bytes)"),
                "{}",
                entry.detail
            );
            assert!(!entry.detail.contains("tesserino"));

            // The page shows it (a data: URL with its description), in the preview too, and
            // the description per language beside each title.
            let page = operator.get("/guides/codice-fiscale?image=1").await;
            assert!(
                page.body.contains("id=\"done\">Immagine salvata."),
                "{}",
                page.body
            );
            let data_url = format!("src=\"data:image/png;base64,{}\"", BASE64.encode(png));
            assert!(page.body.contains(&format!("<img id=\"current-image\" {data_url} alt=\"Il tesserino verde\" width=\"2\" height=\"1\"")), "{}", page.body);
            assert!(page.body.contains(&format!(
                "<img id=\"preview-img\" {data_url} alt=\"Il tesserino verde\""
            )));
            assert!(page.body.contains("id=\"remove-image\""));
            // Tutors read it with the guide.
            let read = tutor.get("/guides/codice-fiscale?lang=en").await;
            assert!(
                read.body.contains(&format!(
                    "<img id=\"guide-image\" {data_url} alt=\"Il tesserino verde\""
                )),
                "{}",
                read.body
            );
            assert!(!read.body.contains("image-form"));
            assert!(page.body.contains("Sostituisci l'immagine"));
            for code in ["it", "en", "ar"] {
                assert!(
                    page.body.contains(&format!("name=\"image_alt_{code}\"")),
                    "{code}"
                );
            }
            // The Arabic description written in the main form: shown in the Arabic preview,
            // the others fall back to the source's.
            let base = hidden(&page.body, "base").unwrap();
            let saved = operator
                .post_form(
                    "/guides/codice-fiscale",
                    &[("base", &base), ("image_alt_ar", "البطاقة الخضراء")],
                )
                .await;
            assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
            let after = stored(pool, "codice-fiscale").await.guide;
            assert_eq!(text_in(&after, "ar").unwrap().image_alt, "البطاقة الخضراء");
            assert_eq!(text_in(&after, "ar").unwrap().source_version, 1);
            let preview = operator
                .post_form(
                    "/guides/preview",
                    &[
                        ("guide", "codice-fiscale"),
                        ("preview_language", "ar"),
                        ("title_ar", "دليل"),
                        ("body_ar", "نص."),
                    ],
                )
                .await;
            assert!(
                preview.body.contains("alt=\"البطاقة الخضراء\""),
                "{}",
                preview.body
            );
            let preview = operator
                .post_form(
                    "/guides/preview",
                    &[
                        ("guide", "codice-fiscale"),
                        ("preview_language", "en"),
                        ("title_en", "Guide"),
                    ],
                )
                .await;
            assert!(
                preview.body.contains("alt=\"Il tesserino verde\""),
                "{}",
                preview.body
            );
            // The source's description emptied in the main form: refused on its field.
            let page = operator.get("/guides/codice-fiscale").await;
            let base = hidden(&page.body, "base").unwrap();
            let refused = operator
                .post_form(
                    "/guides/codice-fiscale",
                    &[("base", &base), ("image_alt_it", "")],
                )
                .await;
            assert_eq!(refused.status, StatusCode::BAD_REQUEST);
            assert!(
                refused.body.contains("id=\"error-image_alt_it\""),
                "{}",
                refused.body
            );
            assert_eq!(
                text_in(&stored(pool, "codice-fiscale").await.guide, "it")
                    .unwrap()
                    .image_alt,
                "Il tesserino verde"
            );

            // Replaced by another image (a JPEG); the description kept unless typed anew.
            let jpeg = [
                0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x30, 0x00, 0x40, 0x03, 0x01, 0x22,
                0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
            ];
            let page = operator.get("/guides/codice-fiscale").await;
            // The image form has the stored description, to send again as it is.
            assert!(page
                .body
                .contains("name=\"image_alt\" id=\"image_alt\" value=\"Il tesserino verde\""));
            let kept = "Il tesserino verde";
            let answer = operator
                .post_multipart(
                    "/guides/codice-fiscale/image",
                    &[("image_alt", kept)],
                    &[("image", "tessera.jpg", &jpeg)],
                )
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            let after = stored(pool, "codice-fiscale").await.guide;
            assert_eq!(after.image.as_ref().unwrap().bytes, jpeg);
            assert_eq!(text_in(&after, "ar").unwrap().image_alt, "البطاقة الخضراء");

            // Removed, with every description; the phones get the guide without it.
            let at = cursor(pool).await;
            let answer = operator
                .post_form("/guides/codice-fiscale/image/remove", &[("lang", "it")])
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            let after = stored(pool, "codice-fiscale").await.guide;
            assert_eq!(after.image, None);
            assert!(after.texts.iter().all(|t| t.image_alt.is_empty()));
            assert_eq!(after, original.guide, "as it was before the image");
            let sent = feed(pool, "bologna", at).await;
            let [ContentChange::UpsertGuide { guide: on_phone }] = &sent[..] else {
                panic!("{sent:?}")
            };
            assert_eq!(on_phone.image, None);
            let body = serde_json::to_string(on_phone).unwrap();
            assert!(!body.contains("image"), "{body}");
            let page = operator.get("/guides/codice-fiscale?image_removed=1").await;
            assert!(page.body.contains("id=\"image-none\""));
            let history: Vec<String> = crate::audit::audit_log(pool, 10)
                .await
                .unwrap()
                .into_iter()
                .filter(|e| e.target == "codice-fiscale")
                .map(|e| e.action)
                .collect();
            assert_eq!(
                history,
                [
                    "guide.image_remove",
                    "guide.image",
                    "guide.edit",
                    "guide.image"
                ]
            );
            db.drop_database().await;
        }
    }

    /// The image form sent by an English browser with a PDF in it.
    fn multipart_in_english(
        client: &crate::testdb::Client,
        bytes: &[u8],
    ) -> axum::http::Request<axum::body::Body> {
        let mut request = crate::dashboard::services::tests::multipart(
            client,
            "/guides/codice-fiscale/image",
            &[("image_alt", "The card")],
            &[("image", "card.pdf", bytes)],
        );
        request.headers_mut().insert(
            "accept-language",
            axum::http::HeaderValue::from_static("en"),
        );
        request
    }

    fn guide_script() -> GuideRecord {
        let mut script = guide("copione", None, None, Visibility::Operators);
        script.texts[0].title = "Rispondere su rinnovo del permesso".into();
        script.texts[0].body = "Chiedi **la data di scadenza** del permesso.".into();
        script
    }

    #[tokio::test]
    async fn tutors_read_scripts_and_an_operator_turns_one_into_a_public_guide() {
        for db in databases().await {
            let pool = &db.pool;
            accounts(pool).await;
            content::upsert_guides(
                pool,
                &[
                    guide_script(),
                    guide("bozza", None, None, Visibility::Public),
                ],
            )
            .await
            .unwrap();
            let operator = signed_in(pool, "operator").await;
            operator.post_form("/guides/bozza/unpublish", &[]).await;
            let before = cursor(pool).await;
            let tutor = signed_in(pool, "tutor").await;
            let tree = tutor.get("/guides").await;
            assert_eq!(tree.status, StatusCode::OK);
            assert!(tree.body.contains("id=\"guide-copione\""));
            assert!(
                !tree.body.contains("id=\"guide-bozza\""),
                "tutors see the published ones"
            );
            assert!(!tree.body.contains("id=\"new-guide\""));
            let read = tutor.get("/guides/copione?lang=it").await;
            assert_eq!(read.status, StatusCode::OK, "{}", read.body);
            assert!(read.body.contains("id=\"script\""));
            assert!(read.body.contains("<strong>la data di scadenza</strong>"));
            assert!(
                !read.body.contains("id=\"guide-form\""),
                "a read view, not the editor"
            );
            let arabic = tutor.get("/guides/copione?lang=ar").await;
            assert!(
                arabic
                    .body
                    .contains("id=\"guide-text\" lang=\"ar\" dir=\"rtl\""),
                "{}",
                arabic.body
            );
            assert_eq!(
                tutor.get("/guides/bozza").await.status,
                StatusCode::FORBIDDEN
            );
            // Tutors may not change anything.
            let original = stored(pool, "copione").await;
            for (uri, fields) in [
                ("/guides/copione", vec![("title_it", "Cambiato")]),
                ("/guides/copione/public", vec![("confirm", "yes")]),
                ("/guides/copione/unpublish", vec![]),
                ("/guides/bozza/publish", vec![]),
                ("/guides", vec![("id", "mio"), ("title_it", "Mio")]),
                ("/guides/preview", vec![("body_it", "Testo")]),
            ] {
                let answer = tutor.post_form(uri, &fields).await;
                assert_eq!(answer.status, StatusCode::FORBIDDEN, "{uri}");
            }
            for uri in ["/guides/new", "/guides/copione/public"] {
                assert_eq!(tutor.get(uri).await.status, StatusCode::FORBIDDEN, "{uri}");
            }
            assert_eq!(stored(pool, "copione").await, original);
            assert_eq!(content::stored_guides(pool).await.unwrap().len(), 2);

            // The operator turns the script into a public guide, after a confirmation.
            let page = operator.get("/guides/copione").await;
            assert!(page.body.contains("href=\"/guides/copione/public\""));
            let confirm = operator.get("/guides/copione/public").await;
            assert_eq!(confirm.status, StatusCode::OK);
            assert!(confirm.body.contains("id=\"confirm-public\""));
            let unconfirmed = operator.post_form("/guides/copione/public", &[]).await;
            assert_eq!(unconfirmed.status, StatusCode::OK);
            assert!(unconfirmed.body.contains("id=\"confirm-public\""));
            assert_eq!(stored(pool, "copione").await, original);
            let done = operator
                .post_form("/guides/copione/public", &[("confirm", "yes")])
                .await;
            assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
            let public = stored(pool, "copione").await.guide;
            assert_eq!(public.visibility, Visibility::Public);
            assert_eq!(public.version, 2);
            assert_eq!(text_in(&public, "it").unwrap().source_version, 2);
            assert_eq!(status(&public, "en"), Status::Outdated);
            let changes = feed(pool, "bologna", before).await;
            let [ContentChange::UpsertGuide { guide }] = changes.as_slice() else {
                panic!("{changes:?}")
            };
            assert_eq!(guide.id, "copione");
            assert_eq!(
                operator.get("/guides/copione/public").await.status,
                StatusCode::SEE_OTHER,
                "already public"
            );
            let log = crate::audit::audit_log(pool, 5).await.unwrap();
            assert!(log.iter().any(|e| e.action == "guide.make_public"
                && e.target == "copione"
                && e.detail == "version 2: visibility operators → public"));
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn the_preview_renders_the_subset_and_escapes_everything() {
        for db in databases().await {
            let pool = &db.pool;
            accounts(pool).await;
            content::upsert_services(
                pool,
                &[crate::content::tests::service(
                    "bo-1",
                    "bologna",
                    "Sportello",
                )],
            )
            .await
            .unwrap();
            content::upsert_guides(
                pool,
                &[guide("codice-fiscale", None, None, Visibility::Public)],
            )
            .await
            .unwrap();
            let operator = signed_in(pool, "operator").await;
            let body = "# Dove\n\n- uno\n- **due**\n\nChiama il 051 123 4567 o vai in Via Libia 67, Bologna. \
                        [Sportello](service:bo-1), [altro](guide:nessuna), [lezione](lesson:spid-basics), \
                        [sito](https://www.agenziaentrate.gov.it/a?b=1&c=2).";
            let answer = operator
                .post_form(
                    "/guides/preview",
                    &[
                        ("preview_language", "it"),
                        ("title_it", "<script>alert('x')</script>"),
                        ("body_it", body),
                    ],
                )
                .await;
            assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
            let html = &answer.body;
            assert!(!html.contains("<script>"), "{html}");
            assert!(
                html.contains("<h3>&lt;script&gt;alert('x')&lt;/script&gt;</h3>"),
                "{html}"
            );
            assert!(html.contains("<h4>Dove</h4>"));
            assert!(html.contains("<ul><li>uno</li><li><strong>due</strong></li></ul>"));
            assert!(
                html.contains("<a href=\"tel:0511234567\" class=\"phone\""),
                "{html}"
            );
            assert!(html.contains("<span class=\"address\""));
            assert!(html.contains(">Via Libia 67</span>"));
            assert!(
                html.contains("<a href=\"/services/bo-1\" class=\"link-service\">Sportello</a>")
            );
            assert!(html.contains("<a href=\"/guides/nessuna\" class=\"link-guide\">altro</a>"));
            assert!(html.contains("<span class=\"link-lesson\">lezione</span>"));
            assert_eq!(
                html.matches("class=\"error-inline\"").count(),
                1,
                "only the missing guide: {html}"
            );
            assert!(html.contains("href=\"https://www.agenziaentrate.gov.it/a?b=1&amp;c=2\""));
            // A body outside the subset: what is wrong and where, escaped.
            let answer = operator
                .post_form(
                    "/guides/preview",
                    &[
                        ("preview_language", "ar"),
                        ("title_ar", "عنوان"),
                        ("body_ar", "نص\n\n<script>alert(1)</script>"),
                    ],
                )
                .await;
            assert_eq!(answer.status, StatusCode::OK);
            assert!(
                answer
                    .body
                    .contains("<article class=\"guide\" lang=\"ar\" dir=\"rtl\">"),
                "{}",
                answer.body
            );
            assert!(answer.body.contains("id=\"preview-error\""));
            assert!(!answer.body.contains("<script>"));
            // Without the session's token: refused.
            let forged = operator
                .post_form("/guides/preview", &[("csrf", "forged"), ("body_it", "x")])
                .await;
            assert_eq!(forged.status, StatusCode::FORBIDDEN);
            // Without JavaScript: the Preview button shows the typed text and saves nothing.
            let original = stored(pool, "codice-fiscale").await;
            let page = operator
                .post_form(
                    "/guides/codice-fiscale",
                    &[
                        ("preview", "1"),
                        ("preview_language", "it"),
                        ("body_it", "Un **testo nuovo**."),
                    ],
                )
                .await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(
                page.body.contains("<strong>testo nuovo</strong>"),
                "{}",
                page.body
            );
            assert!(
                page.body.contains("Un **testo nuovo**."),
                "the typed text stays in the form"
            );
            assert_eq!(stored(pool, "codice-fiscale").await, original);
            // The page carries the live preview's script, which posts to the endpoint.
            assert!(page.body.contains("fetch('/guides/preview'"));
            db.drop_database().await;
        }
    }

    #[test]
    fn the_renderer_escapes_every_piece_of_text_it_puts_in() {
        // Built by hand, not parsed: the parser refuses raw HTML, the renderer must not rely on it.
        let evil = "<script>alert(1)</script>";
        let inlines = vec![
            Inline::Text { text: evil.into() },
            Inline::Bold { text: evil.into() },
            Inline::Phone {
                text: evil.into(),
                number: "\"><script>".into(),
            },
            Inline::Address { text: evil.into() },
            Inline::Link {
                text: evil.into(),
                target: LinkTarget::Web {
                    url: "https://x.it/\"><script>".into(),
                },
            },
            Inline::Link {
                text: evil.into(),
                target: LinkTarget::Service {
                    id: "\"><script>".into(),
                },
            },
        ];
        let blocks = vec![
            Block::Heading {
                level: 1,
                inlines: inlines.clone(),
            },
            Block::Paragraph {
                inlines: inlines.clone(),
            },
            Block::List {
                ordered: false,
                items: vec![inlines],
            },
        ];
        let html = render_blocks("it", &blocks, &Missing::default(), 2).into_string();
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("\"><"), "{html}");
        assert_eq!(
            html.matches("&lt;script&gt;alert(1)&lt;/script&gt;")
                .count(),
            3 * 6,
            "{html}"
        );
        assert!(html.starts_with("<h2>"), "{html}");
    }

    #[test]
    fn loops_of_parents_do_not_hide_guides_from_the_tree() {
        let stored = |id: &str, parent: Option<&str>| StoredGuide {
            guide: guide(id, None, parent, Visibility::Public),
            published: true,
        };
        let all = [
            stored("a", Some("b")),
            stored("b", Some("a")),
            stored("c", None),
            stored("d", Some("c")),
        ];
        let refs: Vec<&StoredGuide> = all.iter().collect();
        let order: Vec<(usize, &str)> = ordered(&refs)
            .into_iter()
            .map(|(depth, s)| (depth, s.guide.id.as_str()))
            .collect();
        assert_eq!(order, [(0, "c"), (1, "d"), (0, "a"), (1, "b")]);
        assert!(under(&all, "b", "a") && under(&all, "d", "c") && !under(&all, "c", "d"));
    }
}
