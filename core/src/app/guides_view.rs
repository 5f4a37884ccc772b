//! The guides' screens: the tree of the network's guides and one guide to read, in the person's
//! content language with fallback, saying which language is shown and whether the translation
//! is machine-made or outdated; links that open a service, a lesson or another guide inside
//! the app, or dial, write, browse and show the way outside it.
//!
//! The shell never builds a link: a span says only which of the guide's links it is, and
//! [`GuidesEvent::FollowLink`] sends that number back; the core reads the guide again and acts.

use ponte_wire::guides::{Block, Inline, LinkTarget};

use super::route::Route;
use super::services_view::contact;
use super::{App, Effect, ExternalKind, Platform, Screen};
use crate::error::{Error, Result};
use crate::guides::{AnswerSource, Guide, GuideSummary, Guides};
use crate::i18n::{direction, format_date, Arg, Catalogue, Localized, TextDirection};

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum GuidesScreen {
    /// The top of the tree, with the "Ask" box above it.
    Tree {
        ask: AskView,
        items: Vec<GuideItem>,
        /// No guide on the phone yet: the shell shows this instead of the list.
        empty: Option<Localized>,
    },
    Guide {
        guide: GuideView,
    },
    /// The guide is no longer on the phone (removed by an update, or a stale link).
    NotFound {
        explanation: Localized,
    },
}

/// "Ask": a question answered offline from the guides.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AskView {
    /// The question as the person typed it.
    pub question: String,
    pub label: Localized,
    /// The best passages, best first; empty until something is asked.
    pub answers: Vec<AnswerView>,
    /// Asked, and no guide answers: what to do instead.
    pub no_answer: Option<Localized>,
    /// "Ask my tutor": on a paired phone once something is asked.
    pub tutor: Option<AskTutorView>,
}

/// Sending the question to the tutor, with the person's say-so each time.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AskTutorView {
    /// The button (`GuidesEvent::AskTutor`); `None` once this question was sent.
    pub action: Option<Localized>,
    /// Asked before anything leaves the phone: who will read it, and the two answers
    /// (`GuidesEvent::ConfirmAskTutor`, `GuidesEvent::CancelAskTutor`).
    pub confirm: Option<AskTutorConfirm>,
    /// Sent (or waiting in the outbox for a connection): where the answer will come.
    pub sent: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AskTutorConfirm {
    pub text: Localized,
    pub send: Localized,
    pub cancel: Localized,
}

/// A passage of a guide, a service or a lesson that answers the question.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AnswerView {
    /// What it comes from: "Guide", "Service", "Lesson", in the person's language.
    pub source: Localized,
    /// The guide's or lesson's title, the service's name, and its link (`Event::OpenLink`).
    pub title: String,
    pub link: String,
    pub language: String,
    pub direction: TextDirection,
    /// The passage, its matching words marked so the shell can show them in bold.
    pub spans: Vec<AnswerSpan>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AnswerSpan {
    pub text: String,
    pub matched: bool,
}

/// Answers shown for a question.
const ANSWERS: u32 = 5;

/// What the person does on these screens.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum GuidesEvent {
    /// The question as typed (empty: no question).
    Ask {
        question: String,
    },
    /// A tap on a span with `link: Some(index)`.
    FollowLink {
        index: u32,
    },
    /// Read the guide aloud in the language it is shown in.
    ReadAloud,
    StopReading,
    /// "Ask my tutor" for the question in the Ask box: the person is asked first.
    AskTutor,
    /// Yes, send it: it goes through the outbox, and a sync is started.
    ConfirmAskTutor,
    /// No: nothing is sent.
    CancelAskTutor,
}

/// A guide in a list.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GuideItem {
    pub id: String,
    /// The guide's canonical link, to send as `Event::OpenLink`.
    pub link: String,
    pub title: String,
    pub language: String,
    pub direction: TextDirection,
    /// "4 guides" when guides sit under it.
    pub more: Option<Localized>,
}

/// One guide, ready to draw.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GuideView {
    pub id: String,
    pub title: String,
    /// The language the title and body are in, and its direction.
    pub language: String,
    pub direction: TextDirection,
    /// The guide's image, drawn above the body; `None` when it has none.
    pub image: Option<GuideImageView>,
    pub blocks: Vec<GuideBlock>,
    /// Machine translation, outdated translation: one line each, in the person's language.
    pub translation_notes: Vec<Localized>,
    /// "Checked on 20 November 2026", when it was.
    pub checked: Option<Localized>,
    pub sources_heading: Localized,
    pub sources: Vec<GuideSource>,
    /// The guides under this one.
    pub children: Vec<GuideItem>,
    pub read_aloud: Localized,
}

/// A guide's image: the bytes to decode, what they are, and the words a screen reader says
/// in its place.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GuideImageView {
    /// A JPEG, PNG or WebP file (`media_type`), at most 100 KiB.
    pub bytes: Vec<u8>,
    pub media_type: String,
    /// Its size in pixels, so the shell keeps the aspect ratio before decoding.
    pub width: u32,
    pub height: u32,
    /// The image described, in the language the guide is shown in or, when that translation
    /// has no description, along the same fallback as the title (the source language last).
    pub alt: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GuideSource {
    pub title: String,
    /// The number to send with [`GuidesEvent::FollowLink`].
    pub link: u32,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum GuideBlock {
    /// Level 1 to 3.
    Heading {
        level: u8,
        spans: Vec<GuideSpan>,
    },
    Paragraph {
        spans: Vec<GuideSpan>,
    },
    /// A list (named so that it does not hide Kotlin's `List` in the bindings).
    Items {
        ordered: bool,
        items: Vec<Vec<GuideSpan>>,
    },
}

/// A run of text: plain, bold, or a link the shell draws as one (underlined, with
/// TalkBack's/VoiceOver's link role).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GuideSpan {
    pub text: String,
    pub bold: bool,
    /// Which of the guide's links it is, for [`GuidesEvent::FollowLink`].
    pub link: Option<u32>,
}

/// What following a link does.
#[derive(Debug, Clone, PartialEq)]
enum Action {
    Open(Route),
    External(ExternalKind, String),
}

/// The guide's links in reading order: the body's, then the official sources'.
fn actions(guide: &Guide, platform: Platform) -> Vec<Option<Action>> {
    guide
        .blocks
        .iter()
        .flat_map(block_inlines)
        .filter(|inline| is_link(inline))
        .map(|inline| inline_action(inline, platform))
        .chain(
            guide
                .sources
                .iter()
                .map(|s| Some(Action::External(ExternalKind::Web, s.url.clone()))),
        )
        .collect()
}

/// A block's runs in reading order.
fn block_inlines(block: &Block) -> Box<dyn Iterator<Item = &Inline> + '_> {
    match block {
        Block::Heading { inlines, .. } | Block::Paragraph { inlines } => Box::new(inlines.iter()),
        Block::List { items, .. } => Box::new(items.iter().flatten()),
    }
}

/// Whether a run is something the person can follow: the spans are numbered, and `actions`
/// lists what each does, by this one rule.
fn is_link(inline: &Inline) -> bool {
    matches!(
        inline,
        Inline::Link { .. } | Inline::Phone { .. } | Inline::Address { .. }
    )
}

fn inline_action(inline: &Inline, platform: Platform) -> Option<Action> {
    let dial = |number: &str| {
        contact::dial_number(number)
            .map(|n| Action::External(ExternalKind::Dial, format!("tel:{n}")))
    };
    match inline {
        Inline::Link { target, .. } => match target {
            LinkTarget::Web { url } => Some(Action::External(ExternalKind::Web, url.clone())),
            LinkTarget::Email { address } => Some(Action::External(
                ExternalKind::Email,
                format!("mailto:{address}"),
            )),
            LinkTarget::Phone { number } => dial(number),
            LinkTarget::Service { id } => Some(Action::Open(Route::Service { id: id.clone() })),
            LinkTarget::Lesson { id } => Some(Action::Open(Route::Lesson { id: id.clone() })),
            LinkTarget::Guide { id } => Some(Action::Open(Route::Guide { id: id.clone() })),
        },
        Inline::Phone { number, .. } => dial(number),
        Inline::Address { text } => Some(Action::External(
            ExternalKind::Directions,
            contact::directions_to_address(platform, text),
        )),
        Inline::Text { .. } | Inline::Bold { .. } => None,
    }
}

fn items(list: Vec<GuideSummary>, chain: &[String]) -> Vec<GuideItem> {
    let catalogue = Catalogue::get();
    list.into_iter()
        .map(|g| GuideItem {
            link: Route::Guide { id: g.id.clone() }.to_link(),
            direction: direction(&g.language),
            more: (g.children > 0).then(|| {
                catalogue.with(
                    chain,
                    "guides-count",
                    &[("count", Arg::Number(g.children.into()))],
                )
            }),
            id: g.id,
            title: g.title,
            language: g.language,
        })
        .collect()
}

fn region(app: &App) -> Result<Option<String>> {
    app.store
        .read(|conn| crate::sync::state::get(conn, crate::sync::state::REGION))
}

pub(super) fn view(app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    let guides = Guides::new(app.store.clone());
    let content = app.content_chain()?;
    let region = region(app)?;
    let screen = match route {
        Route::Guide { id } => match guides.guide(id, region.as_deref(), &content) {
            Ok(guide) => {
                let view = guide_view(guide, chain)?;
                return Ok((
                    Localized {
                        text: view.title.clone(),
                        locale: view.language.clone(),
                        direction: view.direction,
                    },
                    Screen::Guides {
                        screen: GuidesScreen::Guide { guide: view },
                    },
                ));
            }
            Err(Error::NotFound { .. }) => GuidesScreen::NotFound {
                explanation: t("error-not-found"),
            },
            Err(e) => return Err(e),
        },
        _ => {
            let top = items(guides.level(None, region.as_deref(), &content)?, chain);
            let question = super::settings::get(&app.store, super::settings::key::GUIDES_QUESTION)?
                .unwrap_or_default();
            GuidesScreen::Tree {
                ask: ask_view(
                    &app.store,
                    &guides,
                    question,
                    region.as_deref(),
                    &content,
                    chain,
                )?,
                empty: top.is_empty().then(|| t("guides-coming")),
                items: top,
            }
        }
    };
    Ok((t("nav-guides"), Screen::Guides { screen }))
}

fn ask_view(
    store: &crate::store::Store,
    guides: &Guides,
    question: String,
    region: Option<&str>,
    content: &[String],
    chain: &[String],
) -> Result<AskView> {
    let catalogue = Catalogue::get();
    let answers: Vec<AnswerView> = if question.trim().is_empty() {
        Vec::new()
    } else {
        guides
            .ask(&question, region, content, ANSWERS)?
            .into_iter()
            .map(|p| {
                let (route, source) = match p.source {
                    AnswerSource::Guide => (Route::Guide { id: p.source_id }, "ask-from-guide"),
                    AnswerSource::Service => {
                        (Route::Service { id: p.source_id }, "ask-from-service")
                    }
                    AnswerSource::Lesson => (Route::Lesson { id: p.source_id }, "ask-from-lesson"),
                };
                AnswerView {
                    source: catalogue.t(chain, source, &[]),
                    link: route.to_link(),
                    direction: direction(&p.language),
                    spans: answer_spans(&p.text, &p.matched),
                    title: p.source_title,
                    language: p.language,
                }
            })
            .collect()
    };
    Ok(AskView {
        no_answer: (!question.trim().is_empty() && answers.is_empty())
            .then(|| catalogue.t(chain, "guides-ask-none", &[])),
        label: catalogue.t(chain, "guides-ask", &[]),
        tutor: ask_tutor_view(store, &question, chain)?,
        question,
        answers,
    })
}

/// "Ask my tutor" once a question is asked on a paired phone: the button, the question to
/// confirm, or that it was sent.
fn ask_tutor_view(
    store: &crate::store::Store,
    question: &str,
    chain: &[String],
) -> Result<Option<AskTutorView>> {
    if question.trim().is_empty() || !crate::sync::is_paired(store)? {
        return Ok(None);
    }
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    let state = super::settings::get(store, super::settings::key::GUIDES_ASK_TUTOR)?;
    let sent = crate::sync::questions::sent(store)?
        .iter()
        .any(|q| q.text == question.trim());
    Ok(Some(AskTutorView {
        action: (!sent).then(|| t("ask-tutor")),
        confirm: (state.as_deref() == Some("confirm")).then(|| AskTutorConfirm {
            text: t("ask-tutor-confirm"),
            send: t("ask-tutor-send"),
            cancel: t("ask-tutor-cancel"),
        }),
        sent: sent.then(|| t("ask-tutor-sent")),
    }))
}

/// The passage cut into runs, the matched words marked (whole words only, case as written).
fn answer_spans(text: &str, matched: &[String]) -> Vec<AnswerSpan> {
    let mut spans: Vec<AnswerSpan> = Vec::new();
    let mut push = |piece: &str, is_match: bool| {
        if piece.is_empty() {
            return;
        }
        match spans.last_mut() {
            Some(last) if last.matched == is_match => last.text.push_str(piece),
            _ => spans.push(AnswerSpan {
                text: piece.to_owned(),
                matched: is_match,
            }),
        }
    };
    let mut word_start = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || crate::fts::words(&c.to_string()).next().is_some();
        match (in_word, word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(start)) => {
                let word = &text[start..i];
                push(word, matched.iter().any(|m| m == word));
                push(&text[i..i + c.len_utf8()], false);
                word_start = None;
            }
            (false, None) => push(&text[i..i + c.len_utf8()], false),
            (true, Some(_)) => {}
        }
    }
    if let Some(start) = word_start {
        let word = &text[start..];
        push(word, matched.iter().any(|m| m == word));
    }
    spans
}

fn spans(inlines: &[Inline], next_link: &mut u32) -> Vec<GuideSpan> {
    inlines
        .iter()
        .map(|inline| {
            let link = is_link(inline).then(|| {
                *next_link += 1;
                *next_link - 1
            });
            GuideSpan {
                text: inline.text().to_owned(),
                bold: matches!(inline, Inline::Bold { .. }),
                link,
            }
        })
        .collect()
}

fn guide_view(guide: Guide, chain: &[String]) -> Result<GuideView> {
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    // Numbered in the order `actions` lists them.
    let mut next_link = 0;
    let blocks = guide
        .blocks
        .iter()
        .map(|block| match block {
            Block::Heading { level, inlines } => GuideBlock::Heading {
                level: *level,
                spans: spans(inlines, &mut next_link),
            },
            Block::Paragraph { inlines } => GuideBlock::Paragraph {
                spans: spans(inlines, &mut next_link),
            },
            Block::List { ordered, items } => GuideBlock::Items {
                ordered: *ordered,
                items: items.iter().map(|i| spans(i, &mut next_link)).collect(),
            },
        })
        .collect();
    let sources = guide
        .sources
        .iter()
        .map(|s| {
            next_link += 1;
            GuideSource {
                title: s.title.clone(),
                link: next_link - 1,
            }
        })
        .collect();
    let mut translation_notes = Vec::new();
    if guide.provenance == ponte_wire::Provenance::Machine {
        translation_notes.push(t("service-translation-machine"));
    }
    if guide.outdated {
        translation_notes.push(t("service-translation-outdated"));
    }
    let checked = guide.last_checked.as_ref().map(|date| {
        catalogue.with(
            chain,
            "guide-checked",
            &[(
                "date",
                Arg::Text(format_date(
                    chain.first().map_or("en", String::as_str),
                    date,
                )),
            )],
        )
    });
    let children = items(guide.children.clone(), chain);
    // Checked before it was stored; bytes that no longer read as an image are left out
    // rather than keeping the person from the guide's text.
    let image = guide.image.and_then(|image| {
        let bytes = ponte_wire::guides::GuideImage::new(image.bytes);
        let info = bytes.check().ok()?;
        Some(GuideImageView {
            bytes: bytes.bytes,
            media_type: info.format.media_type().to_owned(),
            width: info.width,
            height: info.height,
            alt: image.alt,
        })
    });
    Ok(GuideView {
        image,
        direction: direction(&guide.language),
        id: guide.id,
        title: guide.title,
        language: guide.language,
        blocks,
        translation_notes,
        checked,
        sources_heading: t("guide-sources"),
        sources,
        children,
        read_aloud: t("services-read-aloud"),
    })
}

pub(super) fn handle(app: &App, event: GuidesEvent) -> Result<Vec<Effect>> {
    use super::settings::key::{GUIDES_ASK_TUTOR, GUIDES_QUESTION};
    match &event {
        GuidesEvent::Ask { question } => {
            // Kept, so the answers are there when the person comes back; at most a paragraph.
            let question: String = question.chars().take(500).collect();
            if question.trim().is_empty() {
                super::settings::remove(&app.store, GUIDES_QUESTION)?;
            } else {
                super::settings::set(&app.store, GUIDES_QUESTION, &question)?;
            }
            // A question being confirmed is this one or none.
            if super::settings::get(&app.store, GUIDES_ASK_TUTOR)?.as_deref() == Some("confirm") {
                super::settings::remove(&app.store, GUIDES_ASK_TUTOR)?;
            }
            return Ok(Vec::new());
        }
        GuidesEvent::AskTutor => {
            let question = super::settings::get(&app.store, GUIDES_QUESTION)?.unwrap_or_default();
            if !question.trim().is_empty() {
                super::settings::set(&app.store, GUIDES_ASK_TUTOR, "confirm")?;
            }
            return Ok(Vec::new());
        }
        GuidesEvent::CancelAskTutor => {
            super::settings::remove(&app.store, GUIDES_ASK_TUTOR)?;
            return Ok(Vec::new());
        }
        GuidesEvent::ConfirmAskTutor => {
            // Only what the person confirmed: nothing when no confirmation was asked.
            if super::settings::get(&app.store, GUIDES_ASK_TUTOR)?.as_deref() != Some("confirm") {
                return Ok(Vec::new());
            }
            let question = super::settings::get(&app.store, GUIDES_QUESTION)?.unwrap_or_default();
            let language = app
                .ui_chain()?
                .into_iter()
                .next()
                .unwrap_or_else(|| "it".into());
            crate::sync::questions::ask_tutor(&app.store, &question, &language)?;
            super::settings::remove(&app.store, GUIDES_ASK_TUTOR)?;
            return Ok(vec![Effect::Run {
                task: super::Task::SyncNow,
            }]);
        }
        _ => {}
    }
    let route = app.lock_nav().current().clone();
    let Route::Guide { id } = route else {
        // An event of a guide, sent after leaving it: nothing to do.
        return Ok(Vec::new());
    };
    let content = app.content_chain()?;
    let guide = match Guides::new(app.store.clone()).guide(&id, region(app)?.as_deref(), &content) {
        Ok(guide) => guide,
        // Removed while open: the view says so.
        Err(Error::NotFound { .. }) => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    match event {
        GuidesEvent::FollowLink { index } => {
            let platform = app.capabilities().platform;
            match actions(&guide, platform)
                .into_iter()
                .nth(index as usize)
                .flatten()
            {
                Some(Action::Open(route)) => app.go(route),
                Some(Action::External(kind, uri)) => Ok(vec![Effect::OpenExternal { kind, uri }]),
                // A stale number (the guide changed under the person's finger) or a phone
                // number that cannot be dialled: nothing.
                None => Ok(Vec::new()),
            }
        }
        GuidesEvent::ReadAloud => {
            let text = std::iter::once(guide.title.clone())
                .chain(guide.blocks.iter().map(Block::plain_text))
                .collect::<Vec<_>>()
                .join(".\n");
            let chain = app.ui_chain()?;
            Ok(super::speech::read_aloud(
                app,
                &chain,
                &super::speech::Spoken {
                    text,
                    language: guide.language.clone(),
                },
                &[],
                None,
            ))
        }
        GuidesEvent::StopReading => Ok(vec![Effect::StopReading]),
        GuidesEvent::Ask { .. }
        | GuidesEvent::AskTutor
        | GuidesEvent::ConfirmAskTutor
        | GuidesEvent::CancelAskTutor => Ok(Vec::new()),
    }
}

#[cfg(test)]
#[path = "guides_tests.rs"]
mod tests;
