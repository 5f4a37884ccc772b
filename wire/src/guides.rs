//! Guides: the network's local information pages ("how do I get a codice fiscale"), in a tree
//! per region (national guides shared by every region), per language, synced as content like
//! services.
//!
//! A guide's body is written in a small Markdown subset: headings, paragraphs, lists, bold,
//! links. Links go to the web, an e-mail address, a phone number, or inside Ponte
//! (`service:ID`, `lesson:ID`, `guide:ID`). Phone numbers and Italian street addresses written
//! as plain text are recognised, so the app can dial them or show the way. Anything else
//! (images, raw HTML, code, quotes, tables) is refused with the line it is on, so what an
//! operator writes is exactly what a phone shows.
//!
//! A guide may have one image ([`GuideImage`]), shown above its body: a JPEG, PNG or WebP of at
//! most [`MAX_GUIDE_IMAGE_BYTES`], described in words (`image_alt`) in the source language at
//! least, for the people who use a screen reader.
//!
//! The body travels as Markdown (a third of the bytes of its parsed form) and is parsed on the
//! phone with [`parse_body`], the same function the coordinator validates with.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

use crate::content::{
    field_error, is_iso_date, is_language_tag, is_record_id, is_region_code, FieldError, Problem,
    Provenance,
};

/// Who reads a guide.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Everyone: synced to the phones.
    #[default]
    Public,
    /// Operators and tutors only (scripts for answering people): never sent to a phone.
    Operators,
}

/// An official page a guide was checked against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficialSource {
    pub title: String,
    /// `https://` only.
    pub url: String,
}

/// A guide's title and body in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideText {
    pub language: String,
    pub title: String,
    /// The Markdown subset of [`parse_body`].
    pub body: String,
    #[serde(deserialize_with = "crate::compat::provenance")]
    pub provenance: Provenance,
    /// The guide's `version` this text was written or translated from: a translation of an
    /// older version is outdated.
    pub source_version: u32,
    /// The image described in words, in this language: what a screen reader says in its
    /// place. Required in the source language when the guide has an image, refused without
    /// one; empty (and left out of the JSON) otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image_alt: String,
}

/// The largest image a guide may carry: 100 KiB. The people who read guides are mostly on
/// prepaid data, and a guide's image travels to every phone of its territory again with each
/// new version of the guide (and in the first-run dump); a photo straight from a camera (3 to
/// 5 MB) would cost more than all the guides' text together.
pub const MAX_GUIDE_IMAGE_BYTES: usize = 100 * 1024;

/// The most pixels an image may have on a side: more is only weight on a phone's screen.
pub const MAX_GUIDE_IMAGE_SIDE: u32 = 2048;

/// A guide's one image, shown above its body. Only the bytes travel (base64 in the JSON):
/// the format and the pixel size are read from them ([`GuideImage::check`]), so they can never
/// disagree with the picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideImage {
    #[serde(with = "base64_bytes")]
    pub bytes: Vec<u8>,
}

/// The image formats a guide may use: those both phones decode without help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageFormat {
    Jpeg,
    Png,
    Webp,
}

impl ImageFormat {
    /// The media type (`image/png`), for a `data:` URL or a download.
    pub fn media_type(self) -> &'static str {
        match self {
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Png => "image/png",
            ImageFormat::Webp => "image/webp",
        }
    }
}

/// What an image's bytes say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageInfo {
    pub format: ImageFormat,
    pub width: u32,
    pub height: u32,
}

/// Why an image cannot be a guide's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageProblem {
    #[error("the image is {bytes} bytes, more than {MAX_GUIDE_IMAGE_BYTES}")]
    TooLarge { bytes: usize },
    #[error("not a JPEG, PNG or WebP image")]
    NotAnImage,
    #[error("the image is {width}×{height} pixels, more than {MAX_GUIDE_IMAGE_SIDE} on a side")]
    TooManyPixels { width: u32, height: u32 },
}

impl GuideImage {
    pub fn new(bytes: Vec<u8>) -> GuideImage {
        GuideImage { bytes }
    }

    /// The image's format and size, or why it cannot be a guide's: at most
    /// [`MAX_GUIDE_IMAGE_BYTES`], a JPEG, PNG or WebP whose header gives its size, at most
    /// [`MAX_GUIDE_IMAGE_SIDE`] pixels on a side. Only the header is read; the pixels are the
    /// phone's to decode.
    pub fn check(&self) -> Result<ImageInfo, ImageProblem> {
        let bytes = &self.bytes;
        if bytes.len() > MAX_GUIDE_IMAGE_BYTES {
            return Err(ImageProblem::TooLarge { bytes: bytes.len() });
        }
        let format = match imagesize::image_type(bytes) {
            Ok(imagesize::ImageType::Jpeg) => ImageFormat::Jpeg,
            // The whole signature and the header chunk first, not only "\x89PNG".
            Ok(imagesize::ImageType::Png)
                if bytes.starts_with(b"\x89PNG\r\n\x1a\n")
                    && bytes.get(12..16) == Some(&b"IHDR"[..]) =>
            {
                ImageFormat::Png
            }
            Ok(imagesize::ImageType::Webp) => ImageFormat::Webp,
            _ => return Err(ImageProblem::NotAnImage),
        };
        let size = imagesize::blob_size(bytes).map_err(|_| ImageProblem::NotAnImage)?;
        let side = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let (width, height) = (side(size.width), side(size.height));
        if width == 0 || height == 0 {
            return Err(ImageProblem::NotAnImage);
        }
        if width > MAX_GUIDE_IMAGE_SIDE || height > MAX_GUIDE_IMAGE_SIDE {
            return Err(ImageProblem::TooManyPixels { width, height });
        }
        Ok(ImageInfo {
            format,
            width,
            height,
        })
    }
}

/// Bytes as a base64 string in JSON.
mod base64_bytes {
    use base64::engine::general_purpose::STANDARD as BASE64;
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&BASE64.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        BASE64.decode(text).map_err(serde::de::Error::custom)
    }
}

/// A real 2×1 PNG (70 bytes), for the tests of the wire, the phone core and the coordinator.
#[doc(hidden)]
pub const SAMPLE_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x7b, 0x40, 0xe8,
    0xdd, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0xb8, 0x60, 0xa0, 0x00,
    0x44, 0x00, 0x09, 0x47, 0x02, 0x41, 0x19, 0x4b, 0xee, 0x73, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// A guide as the coordinator serves it. Unknown fields are ignored: phones update months after
/// the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideRecord {
    /// Stable id: lowercase letters, digits and `-_.:`, at most 100 characters.
    pub id: String,
    /// The version of the source-language texts; raised when they change.
    pub version: u32,
    /// The territory it belongs to; `None` for a national guide, shown in every region.
    #[serde(default)]
    pub region: Option<String>,
    /// The guide it sits under in the tree; `None` at the top.
    #[serde(default)]
    pub parent: Option<String>,
    /// Its place among its siblings, smallest first.
    #[serde(default)]
    pub position: u32,
    #[serde(default)]
    pub visibility: Visibility,
    /// ISO date of the last check against the official sources.
    #[serde(default)]
    pub last_checked: Option<String>,
    /// The official pages it follows.
    #[serde(default)]
    pub sources: Vec<OfficialSource>,
    /// Its one image, shown above the body; left out of the JSON when there is none, so a
    /// guide without one is written exactly as before images existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<GuideImage>,
    /// The language the texts are authored in.
    pub source_language: String,
    pub texts: Vec<GuideText>,
}

/// One block of a guide's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "block", rename_all = "snake_case")]
pub enum Block {
    /// Level 1 to 3 (deeper headings are level 3).
    Heading {
        level: u8,
        inlines: Vec<Inline>,
    },
    Paragraph {
        inlines: Vec<Inline>,
    },
    /// Each item a run of inlines; nested lists become items of their own.
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
}

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "inline", rename_all = "snake_case")]
pub enum Inline {
    Text {
        text: String,
    },
    Bold {
        text: String,
    },
    Link {
        text: String,
        target: LinkTarget,
    },
    /// A phone number written as text; `number` is its digits with a leading `+` if it had one.
    Phone {
        text: String,
        number: String,
    },
    /// An Italian street address written as text ("Via Roma 12").
    Address {
        text: String,
    },
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkTarget {
    Web { url: String },
    Email { address: String },
    Phone { number: String },
    Service { id: String },
    Lesson { id: String },
    Guide { id: String },
}

impl Inline {
    pub fn text(&self) -> &str {
        match self {
            Inline::Text { text }
            | Inline::Bold { text }
            | Inline::Link { text, .. }
            | Inline::Phone { text, .. }
            | Inline::Address { text } => text,
        }
    }
}

impl Block {
    /// The block's words as plain text: what is read aloud and searched. A list is one line
    /// per item.
    pub fn plain_text(&self) -> String {
        let join = |inlines: &[Inline]| inlines.iter().map(Inline::text).collect::<String>();
        match self {
            Block::Heading { inlines, .. } | Block::Paragraph { inlines } => join(inlines),
            Block::List { items, .. } => items
                .iter()
                .map(|item| join(item))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

/// What a body may not contain, with the line it is on (1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct BodyError {
    pub line: usize,
    pub problem: BodyProblem,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyProblem {
    #[error("images are not supported in the body (a guide's one image is set apart from its text, in the guide's image field)")]
    Image,
    #[error("HTML is not supported")]
    Html,
    #[error("code blocks are not supported")]
    Code,
    #[error("quotes are not supported")]
    Quote,
    #[error("horizontal rules are not supported")]
    Rule,
    #[error("a link must go to https://, mailto:, tel:, service:, lesson: or guide: ({0})")]
    LinkTarget(String),
}

/// Parses a guide's body into blocks, or says what is not supported and where.
pub fn parse_body(markdown: &str) -> Result<Vec<Block>, BodyError> {
    let line_of = |offset: usize| markdown[..offset.min(markdown.len())].matches('\n').count() + 1;
    let mut blocks = Vec::new();
    // The inlines of the block being read, and what is open around them.
    let mut inlines: Vec<Inline> = Vec::new();
    let mut bold = 0usize;
    let mut link: Option<(LinkTarget, String)> = None;
    let mut heading: Option<u8> = None;
    let mut lists: Vec<(bool, Vec<Vec<Inline>>)> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, Options::empty()).into_offset_iter() {
        let error = |problem| BodyError {
            line: line_of(range.start),
            problem,
        };
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level as u8).min(3)),
            Event::End(TagEnd::Heading(_)) => blocks.push(Block::Heading {
                level: heading.take().unwrap_or(1),
                inlines: std::mem::take(&mut inlines),
            }),
            Event::Start(Tag::Paragraph) => {}
            Event::End(TagEnd::Paragraph) => {
                // A paragraph inside a list item is that item's text (a "loose" list).
                if lists.is_empty() {
                    blocks.push(Block::Paragraph {
                        inlines: std::mem::take(&mut inlines),
                    });
                } else {
                    push_text(&mut inlines, " ");
                }
            }
            Event::Start(Tag::List(first)) => {
                close_item(&mut lists, &mut inlines);
                lists.push((first.is_some(), Vec::new()));
            }
            Event::End(TagEnd::List(_)) => {
                close_item(&mut lists, &mut inlines);
                let (ordered, items) = lists.pop().unwrap_or_default();
                match lists.last_mut() {
                    // A nested list: its items follow the outer list's.
                    Some((_, outer)) => outer.extend(items),
                    None => blocks.push(Block::List { ordered, items }),
                }
            }
            Event::Start(Tag::Item) => close_item(&mut lists, &mut inlines),
            Event::End(TagEnd::Item) => close_item(&mut lists, &mut inlines),
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            // Emphasis and strike-through keep their words, without the style.
            Event::Start(Tag::Emphasis | Tag::Strikethrough)
            | Event::End(TagEnd::Emphasis | TagEnd::Strikethrough) => {}
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                let target = match link_type {
                    LinkType::Autolink
                    | LinkType::Inline
                    | LinkType::Reference
                    | LinkType::Collapsed
                    | LinkType::Shortcut => link_target(&dest_url),
                    LinkType::Email => Some(LinkTarget::Email {
                        address: dest_url.to_string(),
                    }),
                    _ => link_target(&dest_url),
                };
                let target =
                    target.ok_or_else(|| error(BodyProblem::LinkTarget(dest_url.to_string())))?;
                link = Some((target, String::new()));
            }
            Event::End(TagEnd::Link) => {
                if let Some((target, text)) = link.take() {
                    inlines.push(Inline::Link { text, target });
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, link_text)) = &mut link {
                    link_text.push_str(&text);
                } else if bold > 0 {
                    inlines.push(Inline::Bold {
                        text: text.to_string(),
                    });
                } else {
                    recognise(&text, &mut inlines);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, link_text)) = &mut link {
                    link_text.push(' ');
                } else {
                    push_text(&mut inlines, " ");
                }
            }
            Event::Start(Tag::Image { .. }) => return Err(error(BodyProblem::Image)),
            Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) => {
                return Err(error(BodyProblem::Html))
            }
            Event::Start(Tag::CodeBlock(_)) => return Err(error(BodyProblem::Code)),
            Event::Start(Tag::BlockQuote(_)) => return Err(error(BodyProblem::Quote)),
            Event::Rule => return Err(error(BodyProblem::Rule)),
            // Nothing else is produced without the extensions' options.
            _ => {}
        }
    }
    Ok(blocks)
}

/// Ends the list item being read, if any, as an item of the innermost list.
fn close_item(lists: &mut [(bool, Vec<Vec<Inline>>)], inlines: &mut Vec<Inline>) {
    if let Some((_, items)) = lists.last_mut() {
        trim_end(inlines);
        if !inlines.is_empty() {
            items.push(std::mem::take(inlines));
        }
    }
}

fn trim_end(inlines: &mut Vec<Inline>) {
    if let Some(Inline::Text { text }) = inlines.last_mut() {
        let trimmed = text.trim_end().len();
        text.truncate(trimmed);
        if text.is_empty() {
            inlines.pop();
        }
    }
}

fn push_text(inlines: &mut Vec<Inline>, text: &str) {
    if text.is_empty() {
        return;
    }
    match inlines.last_mut() {
        Some(Inline::Text { text: last }) => last.push_str(text),
        _ => inlines.push(Inline::Text { text: text.into() }),
    }
}

fn link_target(url: &str) -> Option<LinkTarget> {
    let (scheme, rest) = url.split_once(':')?;
    Some(match scheme {
        "https" if rest.starts_with("//") && rest.len() > 2 => LinkTarget::Web { url: url.into() },
        "mailto" if rest.contains('@') => LinkTarget::Email {
            address: rest.into(),
        },
        "tel" => LinkTarget::Phone {
            number: phone_digits(rest).filter(|d| d.trim_start_matches('+').len() >= 3)?,
        },
        "service" if is_record_id(rest) => LinkTarget::Service { id: rest.into() },
        "lesson" if is_record_id(rest) => LinkTarget::Lesson { id: rest.into() },
        "guide" if is_record_id(rest) => LinkTarget::Guide { id: rest.into() },
        _ => return None,
    })
}

/// The digits of a written phone number, with its leading `+`; `None` if anything but digits,
/// spaces, dots, dashes and brackets is in it.
fn phone_digits(text: &str) -> Option<String> {
    let text = text.trim();
    let (plus, rest) = match text.strip_prefix('+') {
        Some(rest) => ("+", rest),
        None => ("", text),
    };
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || " .-/()".contains(c))
    {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    (!digits.is_empty()).then(|| format!("{plus}{digits}"))
}

/// Words that begin an Italian street address.
const STREET_WORDS: &[&str] = &[
    "Via",
    "Viale",
    "Piazza",
    "Piazzale",
    "Corso",
    "Largo",
    "Vicolo",
    "Strada",
    "Borgo",
    "Contrada",
    "Lungomare",
    "Lungotevere",
    "Salita",
    "Vico",
];

/// Splits plain text into text, phone numbers and street addresses.
fn recognise(text: &str, inlines: &mut Vec<Inline>) {
    let mut rest = text;
    while !rest.is_empty() {
        match next_match(rest) {
            Some((start, end, found)) => {
                push_text(inlines, &rest[..start]);
                inlines.push(found);
                rest = &rest[end..];
            }
            None => {
                push_text(inlines, rest);
                break;
            }
        }
    }
}

/// The first phone number or street address in `text`: its byte range and inline.
fn next_match(text: &str) -> Option<(usize, usize, Inline)> {
    let phone = find_phone(text);
    let address = find_address(text);
    match (phone, address) {
        (Some(p), Some(a)) => Some(if p.0 <= a.0 { p } else { a }),
        (p, a) => p.or(a),
    }
}

/// A phone number: `+` and a country code, or a national number starting with 0 (landline),
/// 3 (mobile) or 80 (free), of 6 to 15 digits in groups separated by single spaces, dots or
/// dashes. Years, prices and law numbers are too short or start otherwise.
fn find_phone(text: &str) -> Option<(usize, usize, Inline)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'+');
        let plausible = bytes[i] == b'+'
            || bytes[i] == b'0'
            || bytes[i] == b'3'
            || bytes[i..].starts_with(b"80");
        if starts_word && plausible {
            let mut end = i + usize::from(bytes[i] == b'+');
            let mut digits = 0;
            let mut last_digit_end = end;
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_digit() {
                    digits += 1;
                    end += 1;
                    last_digit_end = end;
                } else if (b == b' ' || b == b'.' || b == b'-')
                    && end + 1 < bytes.len()
                    && bytes[end + 1].is_ascii_digit()
                    && digits > 0
                {
                    end += 1;
                } else {
                    break;
                }
            }
            let ends_word =
                last_digit_end == bytes.len() || !bytes[last_digit_end].is_ascii_alphanumeric();
            if (6..=15).contains(&digits) && ends_word {
                let written = &text[i..last_digit_end];
                if let Some(number) = phone_digits(written) {
                    return Some((
                        i,
                        last_digit_end,
                        Inline::Phone {
                            text: written.into(),
                            number,
                        },
                    ));
                }
            }
            i = last_digit_end.max(i + 1);
            continue;
        }
        i += 1;
    }
    None
}

/// A street address: a street word with a capital ("Via", "Piazza"), the street's name in
/// words that start with a capital letter or are short linking words ("di", "del", "della"),
/// and a house number.
fn find_address(text: &str) -> Option<(usize, usize, Inline)> {
    for word in STREET_WORDS {
        let mut from = 0;
        while let Some(found) = text[from..].find(word) {
            let start = from + found;
            from = start + word.len();
            let before_ok = start == 0 || !text[..start].ends_with(|c: char| c.is_alphanumeric());
            if !before_ok || !text[from..].starts_with(' ') {
                continue;
            }
            // Words of the street's name, then the number.
            let mut end = from;
            let mut named = false;
            for token in text[from..].split_inclusive(' ') {
                let word = token.trim_end_matches([' ', ',']);
                let is_number = !word.is_empty()
                    && word.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '/')
                    && word.len() <= 6;
                if named && is_number {
                    let number_end = end + token.find(word).unwrap_or(0) + word.len();
                    return Some((
                        start,
                        number_end,
                        Inline::Address {
                            text: text[start..number_end].into(),
                        },
                    ));
                }
                let name_word = word.chars().next().is_some_and(char::is_uppercase)
                    || [
                        "di", "del", "della", "dei", "delle", "degli", "d'", "san", "santa",
                    ]
                    .contains(&word);
                if word.is_empty() && !named {
                    end += token.len();
                    continue;
                }
                if !name_word || token.ends_with(',') && !named {
                    break;
                }
                named = true;
                end += token.len();
            }
        }
    }
    None
}

impl GuideRecord {
    /// Checks a guide as the coordinator accepts it and the phone stores it.
    pub fn validate(&self) -> Result<(), FieldError> {
        self.parsed().map(|_| ())
    }

    /// [`GuideRecord::validate`], giving each text's body parsed (in the order of `texts`), so
    /// a guide being stored is parsed once.
    pub fn parsed(&self) -> Result<Vec<Vec<Block>>, FieldError> {
        if !is_record_id(&self.id) {
            return Err(field_error("id", Problem::RecordIdRule));
        }
        if self.version == 0 {
            return Err(field_error("version", Problem::VersionAtLeastOne));
        }
        if self.region.as_deref().is_some_and(|r| !is_region_code(r)) {
            return Err(field_error("region", Problem::RegionCode));
        }
        if let Some(parent) = &self.parent {
            if !is_record_id(parent) || *parent == self.id {
                return Err(field_error("parent", Problem::NotAnotherGuide));
            }
        }
        if self
            .last_checked
            .as_deref()
            .is_some_and(|d| !is_iso_date(d))
        {
            return Err(field_error("last_checked", Problem::Date));
        }
        for source in &self.sources {
            if source.title.trim().is_empty() {
                return Err(field_error("sources.title", Problem::Required));
            }
            if !source.url.starts_with("https://") || source.url.len() <= "https://".len() {
                return Err(field_error("sources.url", Problem::HttpsAddress));
            }
        }
        if !is_language_tag(&self.source_language) {
            return Err(field_error(
                "source_language",
                Problem::NotALanguageCode {
                    code: self.source_language.clone(),
                },
            ));
        }
        if !self
            .texts
            .iter()
            .any(|t| t.language == self.source_language)
        {
            return Err(field_error(
                "texts",
                Problem::SourceTextRequired {
                    language: self.source_language.clone(),
                },
            ));
        }
        let mut seen = std::collections::HashSet::new();
        let mut bodies = Vec::with_capacity(self.texts.len());
        for text in &self.texts {
            if !is_language_tag(&text.language) {
                return Err(field_error(
                    "texts.language",
                    Problem::NotALanguageCode {
                        code: text.language.clone(),
                    },
                ));
            }
            if !seen.insert(text.language.as_str()) {
                return Err(field_error(
                    "texts.language",
                    Problem::AppearsTwice {
                        value: text.language.clone(),
                    },
                ));
            }
            if text.title.trim().is_empty() {
                return Err(field_error("texts.title", Problem::Required));
            }
            if text.source_version == 0 || text.source_version > self.version {
                return Err(field_error(
                    "texts.source_version",
                    Problem::SourceVersionOutOfRange {
                        version: self.version,
                    },
                ));
            }
            bodies.push(parse_body(&text.body).map_err(|e| {
                field_error(
                    format!("texts.{}.body", text.language),
                    Problem::GuideBody(e),
                )
            })?);
        }
        let alt_field = |language: &str| format!("texts.{language}.image_alt");
        match &self.image {
            Some(image) => {
                image
                    .check()
                    .map_err(|e| field_error("image", Problem::GuideImage(e)))?;
                // People using a screen reader hear the image's words in its place.
                if self
                    .texts
                    .iter()
                    .any(|t| t.language == self.source_language && t.image_alt.trim().is_empty())
                {
                    return Err(field_error(
                        alt_field(&self.source_language),
                        Problem::ImageAltRequired,
                    ));
                }
            }
            None => {
                if let Some(text) = self.texts.iter().find(|t| !t.image_alt.is_empty()) {
                    return Err(field_error(
                        alt_field(&text.language),
                        Problem::ImageAltWithoutImage,
                    ));
                }
            }
        }
        Ok(bodies)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Inline {
        Inline::Text { text: t.into() }
    }

    #[test]
    fn the_subset_becomes_blocks() {
        let body = "# Il codice fiscale\n\nServe per **lavorare** e per il medico.\n\n\
                    ## Dove\n\n1. Vai all'[Agenzia delle Entrate](https://www.agenziaentrate.gov.it)\n\
                    2. Porta il *passaporto*\n   - e il permesso\n\n\
                    Chiedi allo [sportello](service:bo-cpi) o segui la [lezione](lesson:spid-basics).";
        let blocks = parse_body(body).unwrap();
        assert_eq!(
            blocks,
            [
                Block::Heading {
                    level: 1,
                    inlines: vec![text("Il codice fiscale")]
                },
                Block::Paragraph {
                    inlines: vec![
                        text("Serve per "),
                        Inline::Bold {
                            text: "lavorare".into()
                        },
                        text(" e per il medico.")
                    ]
                },
                Block::Heading {
                    level: 2,
                    inlines: vec![text("Dove")]
                },
                Block::List {
                    ordered: true,
                    items: vec![
                        vec![
                            text("Vai all'"),
                            Inline::Link {
                                text: "Agenzia delle Entrate".into(),
                                target: LinkTarget::Web {
                                    url: "https://www.agenziaentrate.gov.it".into()
                                }
                            }
                        ],
                        vec![text("Porta il passaporto")],
                        vec![text("e il permesso")],
                    ]
                },
                Block::Paragraph {
                    inlines: vec![
                        text("Chiedi allo "),
                        Inline::Link {
                            text: "sportello".into(),
                            target: LinkTarget::Service {
                                id: "bo-cpi".into()
                            }
                        },
                        text(" o segui la "),
                        Inline::Link {
                            text: "lezione".into(),
                            target: LinkTarget::Lesson {
                                id: "spid-basics".into()
                            }
                        },
                        text(".")
                    ]
                },
            ]
        );
        assert_eq!(
            blocks[3].plain_text(),
            "Vai all'Agenzia delle Entrate\nPorta il passaporto\ne il permesso"
        );
    }

    #[test]
    fn phone_numbers_and_addresses_written_as_text_are_recognised() {
        let blocks =
            parse_body("Chiama il +39 051 219 3111 o il numero verde 800 123 456, oppure vai in Via Libia 67, Bologna.").unwrap();
        let Block::Paragraph { inlines } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(
            inlines,
            &[
                text("Chiama il "),
                Inline::Phone {
                    text: "+39 051 219 3111".into(),
                    number: "+390512193111".into()
                },
                text(" o il numero verde "),
                Inline::Phone {
                    text: "800 123 456".into(),
                    number: "800123456".into()
                },
                text(", oppure vai in "),
                Inline::Address {
                    text: "Via Libia 67".into()
                },
                text(", Bologna."),
            ]
        );
        // Years, prices, laws and a street without a number stay text.
        for plain in [
            "Dal 1 luglio 2018 (L. 205/2017, c. 910) almeno 300 euro.",
            "In Piazza Maggiore ci sono gli uffici.",
            "La via più breve è 3 km.",
        ] {
            assert_eq!(
                parse_body(plain).unwrap(),
                [Block::Paragraph {
                    inlines: vec![text(plain)]
                }],
                "{plain}"
            );
        }
        assert_eq!(
            parse_body("Scrivi a <info@example.org> o [chiama](tel:+39-06-1234567).").unwrap(),
            [Block::Paragraph {
                inlines: vec![
                    text("Scrivi a "),
                    Inline::Link {
                        text: "info@example.org".into(),
                        target: LinkTarget::Email {
                            address: "info@example.org".into()
                        }
                    },
                    text(" o "),
                    Inline::Link {
                        text: "chiama".into(),
                        target: LinkTarget::Phone {
                            number: "+39061234567".into()
                        }
                    },
                    text("."),
                ]
            }]
        );
    }

    #[test]
    fn what_is_not_in_the_subset_is_refused_with_its_line() {
        for (body, line, problem) in [
            (
                "Testo\n\n![foto](https://x.it/a.png)",
                3,
                BodyProblem::Image,
            ),
            ("Testo\n\n<b>html</b>", 3, BodyProblem::Html),
            ("Uno\n\n    codice", 3, BodyProblem::Code),
            ("> citazione", 1, BodyProblem::Quote),
            ("Uno\n\n---\n", 3, BodyProblem::Rule),
            (
                "Vai [qui](javascript:alert(1))",
                1,
                BodyProblem::LinkTarget("javascript:alert(1)".into()),
            ),
            (
                "Vai [qui](http://insicuro.it)",
                1,
                BodyProblem::LinkTarget("http://insicuro.it".into()),
            ),
            (
                "Vai [qui](service:)",
                1,
                BodyProblem::LinkTarget("service:".into()),
            ),
        ] {
            assert_eq!(
                parse_body(body),
                Err(BodyError { line, problem }),
                "{body:?}"
            );
        }
    }

    fn guide() -> GuideRecord {
        GuideRecord {
            id: "codice-fiscale".into(),
            version: 2,
            region: None,
            parent: Some("documenti".into()),
            position: 1,
            visibility: Visibility::Public,
            last_checked: Some("2026-11-20".into()),
            sources: vec![OfficialSource {
                title: "Agenzia delle Entrate".into(),
                url: "https://www.agenziaentrate.gov.it".into(),
            }],
            image: None,
            source_language: "it".into(),
            texts: vec![
                GuideText {
                    language: "it".into(),
                    title: "Il codice fiscale".into(),
                    body: "Serve per **lavorare**.".into(),
                    provenance: Provenance::Original,
                    source_version: 2,
                    image_alt: String::new(),
                },
                GuideText {
                    language: "ar".into(),
                    title: "الرمز الضريبي".into(),
                    body: "ضروري **للعمل**.".into(),
                    provenance: Provenance::Machine,
                    source_version: 1,
                    image_alt: String::new(),
                },
            ],
        }
    }

    #[test]
    fn a_guide_is_checked_field_by_field() {
        assert_eq!(guide().validate(), Ok(()));
        let cases: Vec<(fn(&mut GuideRecord), &str)> = vec![
            (|g| g.id = "Codice Fiscale".into(), "id"),
            (|g| g.version = 0, "version"),
            (|g| g.region = Some("Bologna".into()), "region"),
            (|g| g.parent = Some("codice-fiscale".into()), "parent"),
            (
                |g| g.last_checked = Some("20/11/2026".into()),
                "last_checked",
            ),
            (|g| g.sources[0].url = "http://x.it".into(), "sources.url"),
            (|g| g.texts.remove(0).language.clear(), "texts"),
            (|g| g.texts[1].language = "it".into(), "texts.language"),
            (|g| g.texts[1].title = " ".into(), "texts.title"),
            (|g| g.texts[1].source_version = 3, "texts.source_version"),
            (
                |g| g.texts[1].body = "<script>x</script>".into(),
                "texts.ar.body",
            ),
        ];
        for (change, field) in cases {
            let mut g = guide();
            change(&mut g);
            assert_eq!(g.validate().map_err(|e| e.field), Err(field.to_string()));
        }
    }

    #[test]
    fn a_guide_from_a_newer_server_is_read() {
        let mut json = serde_json::to_value(guide()).unwrap();
        json["audience"] = serde_json::json!("newcomers");
        let read: GuideRecord = serde_json::from_value(json).unwrap();
        assert_eq!(read, guide());
        // Left out, the optional fields take their defaults.
        let minimal: GuideRecord = serde_json::from_str(
            r#"{"id":"a","version":1,"source_language":"it","texts":[{"language":"it","title":"A","body":"","provenance":"original","source_version":1}]}"#,
        )
        .unwrap();
        assert_eq!(
            (minimal.visibility, minimal.region),
            (Visibility::Public, None)
        );
    }

    /// A header that says PNG of `width`×`height`, then `padding` bytes: all `check` reads.
    fn png_header(width: u32, height: u32, padding: usize) -> Vec<u8> {
        let mut bytes = SAMPLE_PNG[..16].to_vec();
        bytes.extend_from_slice(&width.to_be_bytes());
        bytes.extend_from_slice(&height.to_be_bytes());
        bytes.extend_from_slice(&SAMPLE_PNG[24..]);
        bytes.resize(bytes.len() + padding, 0);
        bytes
    }

    fn with_image(bytes: Vec<u8>) -> GuideRecord {
        let mut g = guide();
        g.image = Some(GuideImage::new(bytes));
        g.texts[0].image_alt = "Il tesserino verde del codice fiscale".into();
        g
    }

    #[test]
    fn an_image_s_format_and_size_come_from_its_bytes() {
        let info = |bytes: Vec<u8>| GuideImage::new(bytes).check();
        assert_eq!(
            info(SAMPLE_PNG.to_vec()),
            Ok(ImageInfo {
                format: ImageFormat::Png,
                width: 2,
                height: 1
            })
        );
        // A baseline JPEG's start: SOI, then a SOF0 frame of 48 high by 64 wide.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x30, 0x00, 0x40, 0x03, 0x01, 0x22,
            0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        ];
        assert_eq!(
            info(jpeg.to_vec()),
            Ok(ImageInfo {
                format: ImageFormat::Jpeg,
                width: 64,
                height: 48
            })
        );
        // A lossless WebP's start: RIFF, WEBP, the VP8L chunk, 640×480 (each less one, 14 bits).
        let mut webp = b"RIFF\x00\x00\x00\x00WEBPVP8L\x00\x00\x00\x00\x2f".to_vec();
        webp.extend_from_slice(&((639u32) | (479u32 << 14)).to_le_bytes());
        assert_eq!(
            info(webp),
            Ok(ImageInfo {
                format: ImageFormat::Webp,
                width: 640,
                height: 480
            })
        );
        assert_eq!(ImageFormat::Webp.media_type(), "image/webp");
    }

    #[test]
    fn an_image_is_refused_field_by_field() {
        assert_eq!(with_image(SAMPLE_PNG.to_vec()).validate(), Ok(()));
        let refused = |g: GuideRecord| g.validate().map_err(|e| e.field);
        // Too heavy: 100 KiB and one byte.
        let heavy = png_header(800, 600, MAX_GUIDE_IMAGE_BYTES);
        assert_eq!(
            GuideImage::new(heavy.clone()).check(),
            Err(ImageProblem::TooLarge { bytes: heavy.len() })
        );
        assert_eq!(refused(with_image(heavy)), Err("image".into()));
        // Exactly the limit is fine.
        let at_limit = png_header(800, 600, 0);
        let padding = MAX_GUIDE_IMAGE_BYTES - at_limit.len();
        assert_eq!(refused(with_image(png_header(800, 600, padding))), Ok(()));
        // Not an image, or not one of the three formats (a GIF), or an empty file.
        for bytes in [
            b"%PDF-1.7 not a picture at all".to_vec(),
            b"GIF89a\x02\x00\x01\x00\x00\x00\x00".to_vec(),
            b"\x89PNG and then nothing like a PNG".to_vec(),
            Vec::new(),
        ] {
            assert_eq!(
                GuideImage::new(bytes.clone()).check(),
                Err(ImageProblem::NotAnImage),
                "{bytes:?}"
            );
            assert_eq!(refused(with_image(bytes)), Err("image".into()));
        }
        // Too many pixels on a side, either side.
        for (width, height) in [(2049, 10), (10, 3000)] {
            assert_eq!(
                GuideImage::new(png_header(width, height, 0)).check(),
                Err(ImageProblem::TooManyPixels { width, height })
            );
        }
        assert_eq!(refused(with_image(png_header(2048, 2048, 0))), Ok(()));
        // No words for the image in the source language: refused on that text's field.
        let mut no_alt = with_image(SAMPLE_PNG.to_vec());
        no_alt.texts[0].image_alt = "  ".into();
        assert_eq!(refused(no_alt), Err("texts.it.image_alt".into()));
        // A translation without them is fine (the phone falls back to the source's words).
        let mut translated = with_image(SAMPLE_PNG.to_vec());
        translated.texts[1].image_alt = "البطاقة الخضراء".into();
        assert_eq!(refused(translated), Ok(()));
        // Words for an image that is not there.
        let mut orphan = guide();
        orphan.texts[1].image_alt = "البطاقة الخضراء".into();
        assert_eq!(refused(orphan), Err("texts.ar.image_alt".into()));
    }

    #[test]
    fn a_guide_without_an_image_is_written_as_before_and_one_with_it_round_trips() {
        let plain = serde_json::to_string(&guide()).unwrap();
        assert!(!plain.contains("\"image"), "{plain}");
        assert!(!plain.contains("image_alt"), "{plain}");
        assert_eq!(
            serde_json::from_str::<GuideRecord>(&plain).unwrap(),
            guide()
        );
        let pictured = with_image(SAMPLE_PNG.to_vec());
        let json = serde_json::to_value(&pictured).unwrap();
        assert_eq!(
            json["image"],
            serde_json::json!({ "bytes": "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR42mO4YKAARAAJRwJBGUvucwAAAABJRU5ErkJggg==" })
        );
        assert_eq!(
            json["texts"][0]["image_alt"],
            "Il tesserino verde del codice fiscale"
        );
        assert!(json["texts"][1].get("image_alt").is_none());
        assert_eq!(
            serde_json::from_value::<GuideRecord>(json).unwrap(),
            pictured
        );
        // Bytes that are not base64 are not a guide.
        let mut bad = serde_json::to_value(&pictured).unwrap();
        bad["image"]["bytes"] = serde_json::json!("not base64!");
        assert!(serde_json::from_value::<GuideRecord>(bad).is_err());
    }
}
