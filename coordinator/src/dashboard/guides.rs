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

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use ponte_wire::guides::{
    parse_body, Block, BodyError, BodyProblem, GuideRecord, GuideText, Inline, LinkTarget,
    OfficialSource, Visibility,
};
use ponte_wire::{FieldError, Provenance};
use sha2::{Digest, Sha256};

use super::beneficiaries::people_failure;
use super::services::internal;
use super::session::Signed;
use super::{args, check_csrf, csrf_field, escape, failure, forbidden, locale, page, t, when};
use crate::api::AppState;
use crate::content::{self, GuideAudit, GuidesError, StoredGuide};
use crate::people::PeopleError;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/guides", get(tree).post(create))
        .route("/guides/new", get(new_form))
        .route("/guides/preview", post(preview))
        .route("/guides/{id}", get(show).post(save))
        .route("/guides/{id}/publish", post(publish))
        .route("/guides/{id}/unpublish", post(unpublish))
        .route("/guides/{id}/public", get(confirm_public).post(make_public))
}

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

fn dir(language: &str) -> &'static str {
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
        escape(code)
    }
}

/// `lang` and `dir` attributes for text in `language`.
fn lang_attrs(language: &str) -> String {
    format!(" lang=\"{}\" dir=\"{}\"", escape(language), dir(language))
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

/// The title in `language` (or the best other), as HTML with its language and direction.
fn title_html(guide: &GuideRecord, language: &str) -> String {
    match best_text(guide, language) {
        Some(text) if !text.title.is_empty() => format!(
            "<span{}>{}</span>{}",
            lang_attrs(&text.language),
            escape(&text.title),
            if text.language == language {
                String::new()
            } else {
                format!(" <span class=\"muted\">({})</span>", escape(&text.language))
            }
        ),
        _ => escape(&guide.id),
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

/// The languages the guides have texts in, in the dashboard's order.
fn languages_of(guides: &[(usize, &StoredGuide)]) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
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

fn status_cell(l: &str, guide: &GuideRecord, language: &str) -> String {
    let status = status(guide, language);
    format!(
        "<td id=\"status-{id}-{lang}\" class=\"status-{code}\" title=\"{name}\">{word}</td>",
        id = escape(&guide.id),
        lang = escape(language),
        code = status.code(),
        name = language_name(l, language),
        word = t(l, &format!("guide-status-{}", status.code()), None),
    )
}

fn language_options(l: &str, languages: &[&str], chosen: &str) -> String {
    languages
        .iter()
        .map(|code| {
            format!(
                "<option value=\"{code}\"{selected}>{name}</option>",
                code = escape(code),
                selected = if *code == chosen { " selected" } else { "" },
                name = language_name(l, code),
            )
        })
        .collect()
}

fn region_options(l: &str, regions: &[String], chosen: &str) -> String {
    let mut options = format!(
        "<option value=\"\"{}>{}</option>",
        if chosen.is_empty() { " selected" } else { "" },
        t(l, "guide-national", None)
    );
    for r in regions {
        options.push_str(&format!(
            "<option value=\"{r}\"{selected}>{r}</option>",
            r = escape(r),
            selected = if r == chosen { " selected" } else { "" },
        ));
    }
    options
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
    let columns = languages_of(&rows);
    let mut body = format!(
        "<p>{explain}</p><form method=\"get\" action=\"/guides\">\
         <label>{region_label}<select name=\"region\" id=\"region\">{regions}</select></label>\
         <label>{language_label}<select name=\"lang\" id=\"lang\">{languages}</select></label>\
         <button type=\"submit\">{show}</button></form>",
        explain = t(l, "guide-tree-explain", None),
        region_label = t(l, "dashboard-region", None),
        regions = region_options(l, &regions, region),
        language_label = t(l, "guide-language", None),
        languages = language_options(l, &LANGUAGES, &language),
        show = t(l, "guide-show", None),
    );
    if editor {
        body.push_str(&format!(
            "<p><a href=\"/guides/new?region={region}\" id=\"new-guide\">{}</a></p>",
            t(l, "guide-new", None),
            region = escape(region),
        ));
    }
    if rows.is_empty() {
        body.push_str(&format!("<p>{}</p>", t(l, "guide-none", None)));
    } else {
        body.push_str(&format!(
            "<table id=\"guides\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>",
            t(l, "guide-title", None),
            t(l, "dashboard-region", None),
            t(l, "guide-visibility", None),
            t(l, "guide-published", None),
        ));
        for code in &columns {
            body.push_str(&format!(
                "<th title=\"{}\">{}</th>",
                language_name(l, code),
                escape(code)
            ));
        }
        body.push_str("</tr>");
        for (depth, s) in &rows {
            let g = &s.guide;
            body.push_str(&format!(
                "<tr id=\"guide-{id}\"><td style=\"padding-inline-start:{indent}rem\"><a href=\"/guides/{id}?lang={lang}\">{title}</a> <span class=\"muted\">{id}</span></td>\
                 <td>{region}</td><td class=\"visibility-{visibility}\">{visibility_label}</td><td class=\"{published_class}\">{published}</td>",
                id = escape(&g.id),
                indent = depth * 2,
                lang = escape(&language),
                title = title_html(g, &language),
                region = match &g.region {
                    Some(r) => escape(r),
                    None => t(l, "guide-national", None),
                },
                visibility = visibility_code(g.visibility),
                visibility_label = t(l, &format!("guide-visibility-{}", visibility_code(g.visibility)), None),
                published_class = if s.published { "published" } else { "draft" },
                published = t(l, if s.published { "guide-published" } else { "guide-draft" }, None),
            ));
            for code in &columns {
                body.push_str(&status_cell(l, g, code));
            }
            body.push_str("</tr>");
        }
        body.push_str("</table>");
    }
    let title = t(l, "nav-guides", None);
    page(&state, l, Some(&signed), &title, &body).into_response()
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

fn render_inlines(l: &str, inlines: &[Inline], missing: &Missing) -> String {
    let mut html = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } => html.push_str(&escape(text)),
            Inline::Bold { text } => html.push_str(&format!("<strong>{}</strong>", escape(text))),
            Inline::Phone { text, number } => html.push_str(&format!(
                "<a href=\"tel:{number}\" class=\"phone\" title=\"{title}\">{text}</a>",
                number = escape(number),
                title = t(
                    l,
                    "guide-phone",
                    Some(&args(&[("number", number.clone().into())]))
                ),
                text = escape(text),
            )),
            Inline::Address { text } => html.push_str(&format!(
                "<span class=\"address\" title=\"{}\">{}</span>",
                t(l, "guide-address", None),
                escape(text)
            )),
            Inline::Link { text, target } => html.push_str(&render_link(l, text, target, missing)),
        }
    }
    html
}

fn render_link(l: &str, text: &str, target: &LinkTarget, missing: &Missing) -> String {
    let text = escape(text);
    let inside = |kind: &str, key: &str, href: Option<String>, id: &str, gone: bool| {
        let label = t(l, key, Some(&args(&[("id", id.to_owned().into())])));
        let shown = match href {
            Some(href) => format!(
                "<a href=\"{}\" class=\"link-{kind}\">{text}</a>",
                escape(&href)
            ),
            None => format!("<span class=\"link-{kind}\">{text}</span>"),
        };
        let gone = if gone {
            format!(
                " <span class=\"error-inline\">{}</span>",
                t(l, "guide-link-missing", None)
            )
        } else {
            String::new()
        };
        format!("{shown} <span class=\"link-kind\">({label}{gone})</span>")
    };
    match target {
        LinkTarget::Web { url } => format!(
            "<a href=\"{}\" class=\"link-web\" rel=\"noopener noreferrer\" target=\"_blank\">{text}</a>",
            escape(url)
        ),
        LinkTarget::Email { address } => format!(
            "<a href=\"mailto:{}\" class=\"link-email\">{text}</a>",
            escape(address)
        ),
        LinkTarget::Phone { number } => format!(
            "<a href=\"tel:{}\" class=\"link-phone\">{text}</a>",
            escape(number)
        ),
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
fn render_blocks(l: &str, blocks: &[Block], missing: &Missing, top: u8) -> String {
    let mut html = String::new();
    for block in blocks {
        match block {
            Block::Heading { level, inlines } => {
                let h = (top + level.saturating_sub(1)).min(6);
                html.push_str(&format!(
                    "<h{h}>{}</h{h}>",
                    render_inlines(l, inlines, missing)
                ));
            }
            Block::Paragraph { inlines } => {
                html.push_str(&format!("<p>{}</p>", render_inlines(l, inlines, missing)))
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                html.push_str(&format!("<{tag}>"));
                for item in items {
                    html.push_str(&format!("<li>{}</li>", render_inlines(l, item, missing)));
                }
                html.push_str(&format!("</{tag}>"));
            }
        }
    }
    html
}

/// What a body may not contain, in the page's language (HTML, escaped).
fn body_error(l: &str, error: &BodyError) -> String {
    let problem = match &error.problem {
        BodyProblem::Image => t(l, "guide-body-image", None),
        BodyProblem::Html => t(l, "guide-body-html", None),
        BodyProblem::Code => t(l, "guide-body-code", None),
        BodyProblem::Quote => t(l, "guide-body-quote", None),
        BodyProblem::Rule => t(l, "guide-body-rule", None),
        BodyProblem::LinkTarget(target) => t(
            l,
            "guide-body-link",
            Some(&args(&[("target", target.clone().into())])),
        ),
    };
    // `t` escapes what it returns: the problem is put in afterwards, already escaped.
    t(
        l,
        "guide-body-error",
        Some(&args(&[
            ("line", error.line.into()),
            ("problem", "\u{1}".into()),
        ])),
    )
    .replace('\u{1}', &problem)
}

/// A title and body in `language` as the phone would show them, or what is wrong with the
/// body; internal links to nothing are marked.
async fn preview_html(
    pool: &sqlx::AnyPool,
    l: &str,
    language: &str,
    title: &str,
    body: &str,
) -> String {
    let mut html = format!("<article class=\"guide\"{}>", lang_attrs(language));
    if title.trim().is_empty() && body.trim().is_empty() {
        html.push_str(&format!(
            "<p class=\"muted\">{}</p></article>",
            t(l, "guide-preview-empty", None)
        ));
        return html;
    }
    html.push_str(&format!("<h3>{}</h3>", escape(title.trim())));
    match parse_body(body) {
        Ok(blocks) => {
            let missing = missing_links(pool, &blocks).await;
            html.push_str(&render_blocks(l, &blocks, &missing, 4));
        }
        Err(error) => html.push_str(&format!(
            "<p class=\"error\" id=\"preview-error\" dir=\"auto\">{}</p>",
            body_error(l, &error)
        )),
    }
    html.push_str("</article>");
    html
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

/// A field the form cannot take: its form field and the reason, as HTML.
struct Refused {
    field: String,
    html: String,
}

impl Refused {
    fn new(field: impl Into<String>, html: String) -> Refused {
        Refused {
            field: field.into(),
            html,
        }
    }
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
    fn value(&self, name: &str, stored: &str) -> String {
        escape(
            self.typed
                .and_then(|f| f.get(name))
                .map(String::as_str)
                .unwrap_or(stored),
        )
    }

    /// ` aria-invalid` on the refused field, and its message to put after it.
    fn error(&self, name: &str) -> (&'static str, String) {
        match self.refused {
            Some(r) if r.field == name => (
                " aria-invalid=\"true\"",
                format!(
                    "<p class=\"error\" id=\"error-{}\" role=\"alert\">{}</p>",
                    escape(name),
                    r.html
                ),
            ),
            _ => ("", String::new()),
        }
    }

    fn input(&self, name: &str, label: &str, stored: &str, extra: &str) -> String {
        let (invalid, error) = self.error(name);
        format!(
            "<label>{label}<input type=\"text\" name=\"{name}\" id=\"{name}\" value=\"{value}\"{extra}{invalid}></label>{error}",
            name = escape(name),
            value = self.value(name, stored),
        )
    }

    fn select(
        &self,
        name: &str,
        label: &str,
        options: &[(String, String)],
        stored: &str,
    ) -> String {
        let chosen = self
            .typed
            .and_then(|f| f.get(name))
            .map(String::as_str)
            .unwrap_or(stored);
        let (invalid, error) = self.error(name);
        let mut html = format!(
            "<label>{label}<select name=\"{name}\" id=\"{name}\"{invalid}>",
            name = escape(name)
        );
        for (value, text) in options {
            html.push_str(&format!(
                "<option value=\"{}\"{}>{text}</option>",
                escape(value),
                if value == chosen { " selected" } else { "" }
            ));
        }
        html.push_str("</select></label>");
        html.push_str(&error);
        html
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
            options.push((
                g.id.clone(),
                format!("{} ({})", escape(title), escape(&g.id)),
            ));
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

fn form_html(l: &str, signed: &Signed, e: &Editing<'_>, preview: &str) -> String {
    let record = e.record;
    let create = e.stored.is_none();
    let languages = shown_languages(record, e.typed, e.adding);
    let action = match e.stored {
        Some(s) => format!("/guides/{}", escape(&s.guide.id)),
        None => "/guides".to_owned(),
    };
    let extra: Vec<&str> = languages
        .iter()
        .filter(|code| text_in(record, code).is_none() && **code != record.source_language)
        .map(String::as_str)
        .collect();
    let mut html = format!(
        "<form method=\"post\" action=\"{action}\" id=\"guide-form\">{csrf}\
         <input type=\"hidden\" name=\"languages\" value=\"{extra}\">\
         <input type=\"hidden\" name=\"lang\" value=\"{lang}\">",
        csrf = csrf_field(signed),
        extra = escape(&extra.join(",")),
        lang = escape(&e.language),
    );
    match e.stored {
        Some(stored) => html.push_str(&format!(
            "<input type=\"hidden\" name=\"base\" value=\"{}\">",
            e.value("base", &base_of(stored))
        )),
        None => html.push_str(&format!(
            "<input type=\"hidden\" name=\"shown_source\" value=\"{}\">",
            escape(&record.source_language)
        )),
    }
    html.push_str("<div class=\"editor\"><div>");
    if create {
        html.push_str(&e.input("id", &t(l, "guide-id", None), &record.id, " required"));
        html.push_str(&format!(
            "<p class=\"muted\">{}</p>",
            t(l, "guide-id-help", None)
        ));
        let mut regions = vec![(String::new(), t(l, "guide-national", None))];
        regions.extend(e.regions.iter().map(|r| (r.clone(), escape(r))));
        html.push_str(&e.select(
            "region",
            &t(l, "dashboard-region", None),
            &regions,
            record.region.as_deref().unwrap_or(""),
        ));
        let sources: Vec<(String, String)> = LANGUAGES
            .iter()
            .map(|c| ((*c).to_owned(), language_name(l, c)))
            .collect();
        html.push_str(&e.select(
            "source_language",
            &t(l, "guide-source-language", None),
            &sources,
            &record.source_language,
        ));
    }
    html.push_str(&e.select(
        "parent",
        &t(l, "guide-parent", None),
        &e.parents(l),
        record.parent.as_deref().unwrap_or(""),
    ));
    html.push_str(&e.input(
        "position",
        &t(l, "guide-position", None),
        &record.position.to_string(),
        " inputmode=\"numeric\"",
    ));
    let visibilities: Vec<(String, String)> = [Visibility::Public, Visibility::Operators]
        .into_iter()
        .map(|v| {
            (
                visibility_code(v).to_owned(),
                t(l, &format!("guide-visibility-{}", visibility_code(v)), None),
            )
        })
        .collect();
    html.push_str(&e.select(
        "visibility",
        &t(l, "guide-visibility", None),
        &visibilities,
        visibility_code(record.visibility),
    ));
    html.push_str(&e.input(
        "last_checked",
        &t(l, "guide-last-checked", None),
        record.last_checked.as_deref().unwrap_or(""),
        " placeholder=\"2026-11-20\"",
    ));
    // The official sources: the stored ones and two empty rows (more after a save).
    let typed_count = e
        .typed
        .and_then(|f| f.get("sources_count"))
        .and_then(|c| c.parse::<usize>().ok())
        .unwrap_or(0)
        .min(50);
    let count = typed_count.max(record.sources.len() + 2);
    html.push_str(&format!(
        "<fieldset id=\"sources\"><legend>{}</legend><input type=\"hidden\" name=\"sources_count\" value=\"{count}\">",
        t(l, "guide-sources", None)
    ));
    for i in 0..count {
        let source = record.sources.get(i);
        html.push_str(&e.input(
            &format!("source_title_{i}"),
            &t(l, "guide-source-title", None),
            source.map(|s| s.title.as_str()).unwrap_or(""),
            "",
        ));
        html.push_str(&e.input(
            &format!("source_url_{i}"),
            &t(l, "guide-source-url", None),
            source.map(|s| s.url.as_str()).unwrap_or(""),
            " inputmode=\"url\" dir=\"ltr\"",
        ));
    }
    html.push_str("</fieldset>");
    // The texts, the source language first.
    for code in &languages {
        let text = text_in(record, code);
        let source = *code == record.source_language;
        let attrs = lang_attrs(code);
        html.push_str(&format!(
            "<fieldset id=\"text-{id}\"><legend>{legend}</legend>",
            id = escape(code),
            legend = t(
                l,
                if source {
                    "guide-text-source"
                } else {
                    "guide-text-translation"
                },
                Some(&args(&[("language", language_name(l, code).into())]))
            ),
        ));
        if let Some(text) = text.filter(|t| t.source_version < record.version) {
            html.push_str(&format!(
                "<p class=\"warn\" id=\"outdated-{id}\">{}</p>",
                t(
                    l,
                    "guide-outdated",
                    Some(&args(&[
                        ("from", text.source_version.into()),
                        ("version", record.version.into())
                    ]))
                ),
                id = escape(code),
            ));
        }
        let title_name = format!("title_{code}");
        let (invalid, error) = e.error(&title_name);
        html.push_str(&format!(
            "<label>{label}<input type=\"text\" name=\"{name}\" id=\"{name}\" value=\"{value}\"{attrs}{invalid}></label>{error}",
            label = t(l, "guide-title", None),
            name = escape(&title_name),
            value = e.value(&title_name, text.map(|t| t.title.as_str()).unwrap_or("")),
        ));
        let body_name = format!("body_{code}");
        let (invalid, error) = e.error(&body_name);
        html.push_str(&format!(
            "<label>{label}<textarea name=\"{name}\" id=\"{name}\" rows=\"14\"{attrs}{invalid}>{value}</textarea></label>{error}",
            label = t(l, "guide-body", None),
            name = escape(&body_name),
            value = e.value(&body_name, text.map(|t| t.body.as_str()).unwrap_or("")),
        ));
        let provenances: Vec<(String, String)> = PROVENANCES
            .iter()
            .map(|p| {
                (
                    p.code().to_owned(),
                    t(l, &format!("provenance-{}", p.code()), None),
                )
            })
            .collect();
        let default = match text {
            Some(text) => text.provenance,
            None if source => Provenance::Original,
            None => Provenance::Reviewed,
        };
        html.push_str(&e.select(
            &format!("provenance_{code}"),
            &t(l, "service-provenance", None),
            &provenances,
            default.code(),
        ));
        if !source && !create {
            html.push_str(&format!(
                "<p class=\"muted\">{}</p>",
                t(l, "guide-remove-hint", None)
            ));
        }
        html.push_str("</fieldset>");
    }
    html.push_str(&format!(
        "<p class=\"muted\">{}</p><p><button type=\"submit\" id=\"save\">{save}</button> \
         <button type=\"submit\" name=\"preview\" value=\"1\" id=\"preview-button\">{preview_label}</button></p>",
        t(l, "guide-body-help", None),
        save = t(l, "guide-save", None),
        preview_label = t(l, "guide-preview", None),
    ));
    let addable: Vec<&str> = LANGUAGES
        .iter()
        .copied()
        .filter(|c| !languages.iter().any(|s| s == c))
        .collect();
    if !addable.is_empty() {
        html.push_str(&format!(
            "<p><label>{label}<select name=\"add_language\" id=\"add_language\">{options}</select></label>\
             <button type=\"submit\" name=\"add\" value=\"1\" id=\"add-language\">{add}</button></p>",
            label = t(l, "guide-add-language", None),
            options = language_options(l, &addable, ""),
            add = t(l, "guide-add", None),
        ));
    }
    // The preview, beside the form.
    let preview_language = preview_language(record, e.typed, &languages, &e.language);
    let shown: Vec<&str> = languages.iter().map(String::as_str).collect();
    html.push_str(&format!(
        "</div><div class=\"preview-column\"><h2>{heading}</h2>\
         <label>{label}<select name=\"preview_language\" id=\"preview-language\">{options}</select></label>\
         <section id=\"preview\" aria-live=\"polite\">{preview}</section></div></div></form>{script}",
        heading = t(l, "guide-preview", None),
        label = t(l, "guide-preview-in", None),
        options = language_options(l, &shown, &preview_language),
        script = PREVIEW_SCRIPT,
    ));
    html
}

/// The live preview: the form posted to /guides/preview (the session's CSRF token is one of
/// its fields) 400 ms after the last keystroke, and the answer shown. Without JavaScript the
/// Preview button does the same with a page load.
const PREVIEW_SCRIPT: &str = "<script>(function(){\
var form=document.getElementById('guide-form'),out=document.getElementById('preview');\
if(!form||!out||!window.fetch)return;var timer=0,asked=0;\
function refresh(){var n=++asked;\
fetch('/guides/preview',{method:'POST',credentials:'same-origin',body:new URLSearchParams(new FormData(form))})\
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
async fn form_preview(pool: &sqlx::AnyPool, l: &str, e: &Editing<'_>) -> String {
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
    preview_html(pool, l, &language, &title, &body).await
}

/// The editor's page: state and actions, the form with its preview, the history.
async fn edit_page(
    state: &AppState,
    l: &str,
    signed: &Signed,
    status: StatusCode,
    e: &Editing<'_>,
    message: &str,
) -> Response {
    let mut body = message.to_owned();
    if let Some(refused) = e.refused {
        body.push_str(&format!(
            "<div class=\"error\" role=\"alert\" id=\"refused\"><p>{}</p><p>{}: {}</p></div>",
            t(l, "guide-refused", None),
            field_label(l, &refused.field),
            refused.html
        ));
    }
    body.push_str(&format!(
        "<p><a href=\"/guides?region={region}&amp;lang={lang}\">{back}</a></p>",
        region = escape(e.record.region.as_deref().unwrap_or("")),
        lang = escape(&e.language),
        back = t(l, "back", None),
    ));
    if let Some(stored) = e.stored {
        body.push_str(&state_and_actions(l, signed, stored, &e.language));
    }
    let preview = form_preview(&state.pool, l, e).await;
    body.push_str(&form_html(l, signed, e, &preview));
    if let Some(stored) = e.stored {
        body.push_str(&history(state, l, &stored.guide.id).await);
    }
    let title = match e.stored {
        Some(stored) => title_html(&stored.guide, &e.language),
        None => t(l, "guide-new", None),
    };
    (status, page(state, l, Some(signed), &title, &body)).into_response()
}

/// Version, visibility and published state, and the buttons that change them.
fn state_and_actions(l: &str, signed: &Signed, stored: &StoredGuide, language: &str) -> String {
    let g = &stored.guide;
    let state_key = match (stored.published, g.visibility) {
        (false, _) => "guide-state-draft",
        (true, Visibility::Public) => "guide-state-public",
        (true, Visibility::Operators) => "guide-state-script",
    };
    let mut html = format!(
        "<p class=\"muted\">{version} · {id} · {region} · {source}</p>\
         <p class=\"{class}\" id=\"state\">{state}</p><p>",
        version = t(
            l,
            "guide-version",
            Some(&args(&[("version", g.version.into())]))
        ),
        id = escape(&g.id),
        region = match &g.region {
            Some(r) => escape(r),
            None => t(l, "guide-national", None),
        },
        source = t(
            l,
            "service-source-language",
            Some(&args(&[(
                "language",
                language_name(l, &g.source_language).into()
            )]))
        ),
        class = if stored.published { "ok" } else { "warn" },
        state = t(l, state_key, None),
    );
    let (action, label, id) = if stored.published {
        ("unpublish", "guide-unpublish", "unpublish")
    } else {
        ("publish", "guide-publish", "publish")
    };
    html.push_str(&format!(
        "<form method=\"post\" action=\"/guides/{gid}/{action}\" style=\"display:inline\">{csrf}\
         <button type=\"submit\" id=\"{id}\">{label}</button></form> ",
        gid = escape(&g.id),
        csrf = csrf_field(signed),
        label = t(l, label, None),
    ));
    if g.visibility == Visibility::Operators {
        html.push_str(&format!(
            "<a href=\"/guides/{gid}/public\" id=\"make-public\">{}</a> · ",
            t(l, "guide-make-public", None),
            gid = escape(&g.id),
        ));
    }
    html.push_str(&format!(
        "<a href=\"/guides/new?region={region}&amp;parent={gid}&amp;lang={lang}\" id=\"new-under\">{}</a></p>",
        t(l, "guide-new-under", None),
        region = escape(g.region.as_deref().unwrap_or("")),
        gid = escape(&g.id),
        lang = escape(language),
    ));
    html
}

/// Who changed what on this guide.
async fn history(state: &AppState, l: &str, id: &str) -> String {
    let entries = crate::people::audit_of(&state.pool, "guide.", id, 50)
        .await
        .unwrap_or_default();
    let mut html = format!("<h2>{}</h2>", t(l, "guide-history", None));
    if entries.is_empty() {
        html.push_str(&format!("<p>{}</p>", t(l, "guide-history-none", None)));
        return html;
    }
    html.push_str(&format!(
        "<table id=\"history\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        t(l, "audit-when", None),
        t(l, "audit-who", None),
        t(l, "audit-action", None),
        t(l, "audit-detail", None),
    ));
    for entry in entries {
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            when(entry.at),
            escape(&entry.who),
            escape(&entry.action),
            escape(&entry.detail)
        ));
    }
    html.push_str("</table>");
    html
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
        f if f.starts_with("source_title_") => "guide-source-title",
        f if f.starts_with("source_url_") => "guide-source-url",
        other => return escape(other),
    };
    t(l, key, None)
}

/// The wire's refusal, put on the form field it is about.
fn refused_from(l: &str, guide: &GuideRecord, error: FieldError) -> Refused {
    let field = error.field.as_str();
    match field {
        "id" => Refused::new("id", t(l, "guide-id-rule", None)),
        "parent" => Refused::new("parent", t(l, "guide-parent-loop", None)),
        "last_checked" => Refused::new("last_checked", t(l, "guide-bad-date", None)),
        "region" => Refused::new("region", escape(&error.message)),
        "source_language" => Refused::new("source_language", t(l, "guide-bad-language", None)),
        "sources.title" => {
            let i = guide
                .sources
                .iter()
                .position(|s| s.title.trim().is_empty())
                .unwrap_or(0);
            Refused::new(format!("source_title_{i}"), t(l, "guide-required", None))
        }
        "sources.url" => {
            let i = guide
                .sources
                .iter()
                .position(|s| !s.url.starts_with("https://") || s.url.len() <= 8)
                .unwrap_or(0);
            Refused::new(format!("source_url_{i}"), t(l, "guide-bad-url", None))
        }
        "texts" => Refused::new(
            format!("title_{}", guide.source_language),
            t(l, "guide-required", None),
        ),
        "texts.title" => {
            let language = guide
                .texts
                .iter()
                .find(|t| t.title.trim().is_empty())
                .map(|t| t.language.as_str())
                .unwrap_or(&guide.source_language);
            Refused::new(format!("title_{language}"), t(l, "guide-required", None))
        }
        body if body.starts_with("texts.") && body.ends_with(".body") => {
            let language = &body["texts.".len()..body.len() - ".body".len()];
            let html = text_in(guide, language)
                .and_then(|text| parse_body(&text.body).err())
                .map(|e| body_error(l, &e))
                .unwrap_or_else(|| escape(&error.message));
            Refused::new(format!("body_{language}"), html)
        }
        _ => Refused::new(field.to_owned(), escape(&error.message)),
    }
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
        source_language: source_language.to_owned(),
        texts: vec![GuideText {
            language: source_language.to_owned(),
            title: String::new(),
            body: String::new(),
            provenance: Provenance::Original,
            source_version: 1,
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
    if let Some(count) = get("sources_count") {
        let count: usize = count.parse().unwrap_or(0).min(50);
        new.sources = (0..count)
            .filter_map(|i| {
                let title = get(&format!("source_title_{i}")).unwrap_or_default();
                let url = get(&format!("source_url_{i}")).unwrap_or_default();
                (!title.is_empty() || !url.is_empty()).then_some(OfficialSource { title, url })
            })
            .collect();
    }
    let source = new.source_language.clone();
    for code in shown_languages(&new, Some(form), false) {
        let title = get(&format!("title_{code}"));
        let body = get(&format!("body_{code}"));
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
fn changes(old: &GuideRecord, new: &GuideRecord) -> String {
    let mut changed: Vec<String> = Vec::new();
    for (name, differs) in [
        ("parent", old.parent != new.parent),
        ("position", old.position != new.position),
        ("last_checked", old.last_checked != new.last_checked),
        ("sources", old.sources != new.sources),
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
                if parts.is_empty() {
                    parts.push("source_version");
                }
                changed.push(format!("texts[{}].{}", after.language, parts.join("+")));
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

fn not_found(state: &AppState, l: &str, signed: &Signed, id: &str) -> Response {
    people_failure(state, l, signed, PeopleError::NotFound(id.to_owned()))
}

fn guides_failure(state: &AppState, l: &str, signed: &Signed, error: GuidesError) -> Response {
    match error {
        GuidesError::Database(e) => internal(state, l, signed, e),
        other => failure(
            state,
            l,
            Some(signed),
            StatusCode::BAD_REQUEST,
            &other.to_string(),
        ),
    }
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
    let mut message = String::new();
    for (flag, key) in [
        ("saved", "guide-saved"),
        ("created", "guide-created"),
        ("published", "guide-published-done"),
        ("unpublished", "guide-unpublished-done"),
        ("public", "guide-made-public"),
    ] {
        if query.contains_key(flag) {
            message.push_str(&format!(
                "<p class=\"ok\" role=\"status\" id=\"done\">{}</p>",
                t(l, key, None)
            ));
        }
    }
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
    edit_page(&state, l, &signed, StatusCode::OK, &editing, &message).await
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
    let mut body = format!(
        "<p><a href=\"/guides?region={region}&amp;lang={lang}\">{back}</a></p>",
        region = escape(g.region.as_deref().unwrap_or("")),
        lang = escape(language),
        back = t(l, "back", None),
    );
    if g.visibility == Visibility::Operators {
        body.push_str(&format!(
            "<p class=\"warn\" id=\"script\">{}</p>",
            t(l, "guide-visibility-operators", None)
        ));
    }
    // The languages it can be read in.
    let links: Vec<String> = g
        .texts
        .iter()
        .map(|text| {
            if text.language == language {
                format!("<strong>{}</strong>", language_name(l, &text.language))
            } else {
                format!(
                    "<a href=\"/guides/{id}?lang={code}\">{name}</a>",
                    id = escape(&g.id),
                    code = escape(&text.language),
                    name = language_name(l, &text.language)
                )
            }
        })
        .collect();
    body.push_str(&format!("<p>{}</p>", links.join(" · ")));
    let Some(text) = best_text(g, language) else {
        return not_found(state, l, signed, &g.id);
    };
    if text.language != language {
        body.push_str(&format!(
            "<p class=\"muted\">{}</p>",
            t(
                l,
                "guide-in-language",
                Some(&args(&[(
                    "language",
                    language_name(l, &text.language).into()
                )]))
            )
        ));
    }
    body.push_str(&format!(
        "<article class=\"guide\" id=\"guide-text\"{}>",
        lang_attrs(&text.language)
    ));
    match parse_body(&text.body) {
        Ok(blocks) => {
            let missing = missing_links(&state.pool, &blocks).await;
            body.push_str(&render_blocks(l, &blocks, &missing, 2));
        }
        Err(error) => body.push_str(&format!("<p class=\"error\">{}</p>", body_error(l, &error))),
    }
    body.push_str("</article>");
    if let Some(date) = &g.last_checked {
        body.push_str(&format!(
            "<p class=\"muted\">{}</p>",
            t(
                l,
                "guide-checked",
                Some(&args(&[("date", date.clone().into())]))
            )
        ));
    }
    if !g.sources.is_empty() {
        body.push_str("<ul id=\"sources\">");
        for source in &g.sources {
            body.push_str(&format!(
                "<li><a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a></li>",
                escape(&source.url),
                escape(&source.title)
            ));
        }
        body.push_str("</ul>");
    }
    let children: Vec<&StoredGuide> = {
        let mut children: Vec<&StoredGuide> = all
            .iter()
            .filter(|s| s.published && s.guide.parent.as_deref() == Some(g.id.as_str()))
            .collect();
        children
            .sort_by(|a, b| (a.guide.position, &a.guide.id).cmp(&(b.guide.position, &b.guide.id)));
        children
    };
    if !children.is_empty() {
        body.push_str(&format!("<h2>{}</h2><ul>", t(l, "guide-under-it", None)));
        for child in children {
            body.push_str(&format!(
                "<li><a href=\"/guides/{id}?lang={lang}\">{title}</a></li>",
                id = escape(&child.guide.id),
                lang = escape(language),
                title = title_html(&child.guide, language),
            ));
        }
        body.push_str("</ul>");
    }
    let title = title_html(g, language);
    page(state, l, Some(signed), &title, &body).into_response()
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
    edit_page(&state, l, &signed, StatusCode::OK, &editing, "").await
}

async fn create(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
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
        return edit_page(&state, l, &signed, StatusCode::OK, &editing(None), "").await;
    }
    let new = match apply_form(l, &record, &form, true, &all).and_then(|new| {
        new.validate()
            .map(|_| new.clone())
            .map_err(|e| refused_from(l, &new, e))
    }) {
        Ok(new) => new,
        Err(refused) => {
            return edit_page(
                &state,
                l,
                &signed,
                StatusCode::BAD_REQUEST,
                &editing(Some(&refused)),
                "",
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
                "",
            )
            .await
        }
        Err(e) => guides_failure(&state, l, &signed, e),
    }
}

async fn save(
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
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let (all, regions) = match load(&state, l, &signed).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let Some(stored) = all.iter().find(|s| s.guide.id == id) else {
        return not_found(&state, l, &signed, &id);
    };
    let language = form
        .get("lang")
        .filter(|c| LANGUAGES.contains(&c.as_str()))
        .cloned()
        .unwrap_or_else(|| l.to_owned());
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
        return edit_page(&state, l, &signed, StatusCode::OK, &editing(None), "").await;
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
            &super::t_plain(l, "guide-changed-meanwhile"),
        );
    }
    let old = &stored.guide;
    let new = match apply_form(l, old, &form, false, &all).and_then(|new| {
        new.validate()
            .map(|_| new.clone())
            .map_err(|e| refused_from(l, &new, e))
    }) {
        Ok(new) => new,
        Err(refused) => {
            return edit_page(
                &state,
                l,
                &signed,
                StatusCode::BAD_REQUEST,
                &editing(Some(&refused)),
                "",
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
    signed: Signed,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
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
    let html = preview_html(&state.pool, l, &language, &field("title"), &field("body")).await;
    Html(html).into_response()
}

async fn set_published(
    state: Arc<AppState>,
    headers: HeaderMap,
    signed: Signed,
    id: String,
    form: HashMap<String, String>,
    published: bool,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
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
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    set_published(state, headers, signed, id, form, true).await
}

async fn unpublish(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    set_published(state, headers, signed, id, form, false).await
}

/// "Turn into a public guide": what it means, and the button that does it.
fn confirm_page(state: &AppState, l: &str, signed: &Signed, stored: &StoredGuide) -> Response {
    let g = &stored.guide;
    let body = format!(
        "<p class=\"warn\">{explain}</p><form method=\"post\" action=\"/guides/{id}/public\">{csrf}\
         <input type=\"hidden\" name=\"confirm\" value=\"yes\">\
         <button type=\"submit\" id=\"confirm-public\">{confirm}</button></form>\
         <p><a href=\"/guides/{id}\">{back}</a></p>",
        explain = t(l, "guide-make-public-explain", None),
        id = escape(&g.id),
        csrf = csrf_field(signed),
        confirm = t(l, "guide-make-public-confirm", None),
        back = t(l, "back", None),
    );
    let title = format!("{}: {}", t(l, "guide-make-public", None), title_html(g, l));
    page(state, l, Some(signed), &title, &body).into_response()
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
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if let Err(response) = check_csrf(&state, l, &signed, &form) {
        return response;
    }
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let stored = match content::stored_guide(&state.pool, &id).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return not_found(&state, l, &signed, &id),
        Err(e) => return internal(&state, l, &signed, e),
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
