//! `cargo xtask translations`: how far a person has checked each locale of the app's catalogue
//! (`core/locales/<locale>/*.ftl`), for the volunteers who review them; and the glossary check,
//! one word per concept per locale.
//!
//! - `cargo xtask translations` prints, per locale and per file, how many messages are
//!   machine-translated, reviewed by a person, or outdated (reviewed, but the source message
//!   changed since). Tigrinya, Somali and Pashto come first: their volunteers review first.
//! - `cargo xtask translations check` lists every message that breaks its locale's glossary,
//!   and every file whose `# Review:` header disagrees with its review marks.
//! - `cargo xtask translations mark LOCALE (FILE.ftl | MESSAGE-ID)... [--from it]` records that a
//!   person reviewed those messages against today's English (or Italian) source.
//!
//! The review marks are `core/locales/<locale>/review.txt`, one line per reviewed message:
//! `<message-id> <source-locale>:<hash of the source message> <date>`. A message without a mark
//! is machine; a mark whose hash is the source message's current hash is reviewed; any other
//! mark is outdated. The hash is FNV-1a (64 bits) of the message's text, each line trimmed, so
//! a changed comment or indentation does not outdate a review.
//!
//! The glossaries are `core/locales/<locale>/glossary.toml`; the English one defines the
//! concepts (which English words name them, which messages use the word in another sense).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The catalogue's source: every other locale translates it.
const SOURCE: &str = "en";
/// The locales whose volunteers review first (issue 20).
const REVIEW_FIRST: [&str; 3] = ["ti", "so", "ps"];
/// The name of each locale's review marks and glossary, next to its `.ftl` files.
const MARKS_FILE: &str = "review.txt";
const GLOSSARY_FILE: &str = "glossary.toml";

pub const USAGE: &str = "usage: cargo xtask translations [check]\n       cargo xtask translations mark LOCALE (FILE.ftl | MESSAGE-ID)... [--from it]";

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let locales_dir = root.join("core/locales");
    let catalogue = Catalogue::read(&locales_dir)?;
    match args.first().map(String::as_str) {
        None | Some("report") => {
            print!("{}", report_text(&catalogue));
            Ok(())
        }
        Some("check") => {
            let problems = catalogue.problems();
            for problem in &problems {
                println!("{problem}");
            }
            if problems.is_empty() {
                println!("translations: every locale follows its glossary and review marks");
                Ok(())
            } else {
                Err(format!("{} translation problems", problems.len()))
            }
        }
        Some("mark") => {
            let mut from = SOURCE.to_owned();
            let mut rest: Vec<String> = Vec::new();
            let mut words = args[1..].iter();
            while let Some(word) = words.next() {
                if word == "--from" {
                    from = words.next().ok_or(USAGE)?.clone();
                } else {
                    rest.push(word.clone());
                }
            }
            let (locale, targets) = rest.split_first().ok_or(USAGE)?;
            if targets.is_empty() {
                return Err(USAGE.into());
            }
            let marked = catalogue.mark(&locales_dir, locale, targets, &from, &today())?;
            println!("{locale}: {marked} messages marked as reviewed");
            Ok(())
        }
        Some(_) => Err(USAGE.into()),
    }
}

/// One message of a `.ftl` file: its id and its text (the value and any attributes and
/// variants, each line trimmed).
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: String,
    pub text: String,
}

/// One `.ftl` file: its `# Review:` header and its messages in order.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub name: String,
    pub header: Option<String>,
    pub messages: Vec<Message>,
}

/// The messages of a Fluent file. Enough of Fluent's syntax for the catalogue: an entry starts
/// at a line `id =` (or `-term =`) in the first column; indented lines (and blank lines
/// between them) and the `}` closing a selector continue it; comments and other lines end it.
pub fn parse_ftl(name: &str, source: &str) -> FtlFile {
    let mut messages: Vec<Message> = Vec::new();
    let mut open = false;
    let mut header = None;
    for line in source.lines() {
        if header.is_none() {
            if let Some(state) = line.strip_prefix("# Review:") {
                header = Some(state.trim().to_owned());
            }
        }
        let starts_entry = line
            .split_once('=')
            .map(|(id, _)| id.trim_end())
            .filter(|id| !id.is_empty() && is_identifier(id.strip_prefix('-').unwrap_or(id)))
            .filter(|_| !line.starts_with(char::is_whitespace));
        if let Some(id) = starts_entry {
            let value = line.split_once('=').map(|(_, v)| v.trim()).unwrap_or("");
            messages.push(Message {
                id: id.to_owned(),
                text: value.to_owned(),
            });
            open = true;
        } else if open && (line.starts_with(char::is_whitespace) || line.trim() == "}") {
            let last = messages.last_mut().expect("an open message");
            let line = line.trim();
            if !line.is_empty() {
                if !last.text.is_empty() {
                    last.text.push('\n');
                }
                last.text.push_str(line);
            }
        } else if !line.trim().is_empty() {
            open = false;
        }
    }
    FtlFile {
        name: name.to_owned(),
        header,
        messages,
    }
}

fn is_identifier(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The words a person reads in a message: placeables (`{ $name }`), selectors, variant keys
/// and attribute names removed, so a variable called `$tutor` does not count as the word.
pub fn visible_text(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut line = line.trim();
        if line == "}" {
            continue;
        }
        if let Some(rest) = line.strip_prefix('*').unwrap_or(line).strip_prefix('[') {
            line = rest.split_once(']').map(|(_, r)| r).unwrap_or("");
        } else if let Some(rest) = line.strip_prefix('.') {
            line = rest.split_once('=').map(|(_, r)| r).unwrap_or(rest);
        }
        let mut rest = line;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            out.push(' ');
            match rest[open..].find('}') {
                Some(close) => rest = &rest[open + close + 1..],
                None => rest = "",
            }
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// FNV-1a, 64 bits: stable across Rust versions and machines, unlike `DefaultHasher`.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The hash a review mark keeps of the source message it was reviewed against.
pub fn source_hash(text: &str) -> String {
    format!("{:016x}", fnv1a64(text.as_bytes()))
}

/// One line of `review.txt`: a message a person reviewed, against which source text, when.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub id: String,
    pub source: String,
    pub hash: String,
    pub date: String,
}

pub fn parse_marks(text: &str) -> Result<Vec<Mark>, String> {
    let mut marks = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [id, reviewed_against, date] = fields[..] else {
            return Err(format!(
                "line {}: expected `<message-id> <source>:<hash> <date>`, found `{line}`",
                n + 1
            ));
        };
        let Some((source, hash)) = reviewed_against.split_once(':') else {
            return Err(format!(
                "line {}: `{reviewed_against}` is not `<source>:<hash>`",
                n + 1
            ));
        };
        marks.push(Mark {
            id: id.to_owned(),
            source: source.to_owned(),
            hash: hash.to_owned(),
            date: date.to_owned(),
        });
    }
    Ok(marks)
}

fn marks_text(marks: &[Mark]) -> String {
    let mut text = String::from(
        "# Messages a person reviewed: <message-id> <source-locale>:<hash of the source message> <date>.\n\
         # Written by `cargo xtask translations mark`; see core/locales/README.md.\n",
    );
    for m in marks {
        let _ = writeln!(text, "{} {}:{} {}", m.id, m.source, m.hash, m.date);
    }
    text
}

/// Where a translated message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Machine,
    Reviewed,
    Outdated,
}

/// Messages per state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub machine: usize,
    pub reviewed: usize,
    pub outdated: usize,
}

impl Counts {
    fn add(&mut self, state: State) {
        match state {
            State::Machine => self.machine += 1,
            State::Reviewed => self.reviewed += 1,
            State::Outdated => self.outdated += 1,
        }
    }
}

/// A locale's files, review marks and glossary.
#[derive(Debug, Clone)]
pub struct Locale {
    pub code: String,
    pub files: Vec<FtlFile>,
    pub marks: Vec<Mark>,
    pub glossary: Option<Glossary>,
}

impl Locale {
    fn message(&self, id: &str) -> Option<&Message> {
        self.files
            .iter()
            .flat_map(|f| &f.messages)
            .find(|m| m.id == id)
    }
}

/// The whole catalogue, as read from `core/locales`.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub locales: Vec<Locale>,
}

impl Catalogue {
    pub fn read(dir: &Path) -> Result<Catalogue, String> {
        let mut codes: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        codes.sort();
        let mut locales = Vec::new();
        for code in codes {
            let folder = dir.join(&code);
            let mut names: Vec<String> = std::fs::read_dir(&folder)
                .map_err(|e| format!("{}: {e}", folder.display()))?
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".ftl"))
                .collect();
            names.sort();
            let mut files = Vec::new();
            for name in names {
                let path = folder.join(&name);
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                files.push(parse_ftl(&name, &text));
            }
            let marks = match std::fs::read_to_string(folder.join(MARKS_FILE)) {
                Ok(text) => parse_marks(&text).map_err(|e| format!("{code}/{MARKS_FILE}: {e}"))?,
                Err(_) => Vec::new(),
            };
            let glossary = match std::fs::read_to_string(folder.join(GLOSSARY_FILE)) {
                Ok(text) => Some(
                    parse_glossary(&text).map_err(|e| format!("{code}/{GLOSSARY_FILE}: {e}"))?,
                ),
                Err(_) => None,
            };
            locales.push(Locale {
                code,
                files,
                marks,
                glossary,
            });
        }
        if !locales.iter().any(|l| l.code == SOURCE) {
            return Err(format!("{}: no `{SOURCE}` folder", dir.display()));
        }
        Ok(Catalogue { locales })
    }

    pub fn locale(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code == code)
    }

    fn source(&self) -> &Locale {
        self.locale(SOURCE)
            .expect("read() checked the source is there")
    }

    /// The state of `id` in `locale`.
    pub fn state(&self, locale: &Locale, id: &str) -> State {
        let Some(mark) = locale.marks.iter().find(|m| m.id == id) else {
            return State::Machine;
        };
        let current = self
            .locale(&mark.source)
            .and_then(|source| source.message(id))
            .map(|m| source_hash(&m.text));
        if current.as_deref() == Some(mark.hash.as_str()) {
            State::Reviewed
        } else {
            State::Outdated
        }
    }

    /// Per file of `locale`, its messages per state (the source's own files count as reviewed:
    /// the English is written, not translated).
    pub fn counts(&self, locale: &Locale) -> Vec<(String, Counts)> {
        locale
            .files
            .iter()
            .map(|file| {
                let mut counts = Counts::default();
                for message in &file.messages {
                    counts.add(if locale.code == SOURCE {
                        State::Reviewed
                    } else {
                        self.state(locale, &message.id)
                    });
                }
                (file.name.clone(), counts)
            })
            .collect()
    }

    /// The locales in the order the report lists them: the ones reviewed first, then the
    /// others by code, the source last.
    pub fn report_order(&self) -> Vec<&Locale> {
        let mut order: Vec<&Locale> = REVIEW_FIRST
            .iter()
            .filter_map(|code| self.locale(code))
            .collect();
        order.extend(
            self.locales
                .iter()
                .filter(|l| l.code != SOURCE && !REVIEW_FIRST.contains(&l.code.as_str())),
        );
        order
    }

    /// The English name of a locale, from the catalogue's own `language-<code>` message.
    fn english_name(&self, code: &str) -> String {
        self.source()
            .message(&format!("language-{code}"))
            .map(|m| m.text.clone())
            .unwrap_or_else(|| code.to_owned())
    }

    /// Records that a person reviewed `targets` (files or message ids) of `locale` against the
    /// current text of `from`, and sets the `# Review:` header of every file now wholly
    /// reviewed. Returns how many messages were marked.
    pub fn mark(
        &self,
        dir: &Path,
        code: &str,
        targets: &[String],
        from: &str,
        date: &str,
    ) -> Result<usize, String> {
        if code == SOURCE {
            return Err(format!(
                "{SOURCE} is the source: its messages are not translations"
            ));
        }
        if code == from {
            return Err(format!("{code} cannot be reviewed against itself"));
        }
        let locale = self
            .locale(code)
            .ok_or_else(|| format!("no locale `{code}` in {}", dir.display()))?;
        let source = self
            .locale(from)
            .ok_or_else(|| format!("no source locale `{from}`"))?;
        let mut ids = Vec::new();
        for target in targets {
            if let Some(file) = locale.files.iter().find(|f| &f.name == target) {
                ids.extend(file.messages.iter().map(|m| m.id.clone()));
            } else if locale.message(target).is_some() {
                ids.push(target.clone());
            } else {
                return Err(format!("{code} has no file or message `{target}`"));
            }
        }
        let mut marks = locale.marks.clone();
        for id in &ids {
            let text = &source
                .message(id)
                .ok_or_else(|| format!("{from} has no message `{id}` to review against"))?
                .text;
            marks.retain(|m| &m.id != id);
            marks.push(Mark {
                id: id.clone(),
                source: from.to_owned(),
                hash: source_hash(text),
                date: date.to_owned(),
            });
        }
        marks.sort_by(|a, b| a.id.cmp(&b.id));
        let folder = dir.join(code);
        std::fs::write(folder.join(MARKS_FILE), marks_text(&marks))
            .map_err(|e| format!("{}: {e}", folder.join(MARKS_FILE).display()))?;
        for file in &locale.files {
            let wholly = file
                .messages
                .iter()
                .all(|m| marks.iter().any(|mark| mark.id == m.id));
            if wholly && file.header.as_deref() != Some("reviewed") {
                let path = folder.join(&file.name);
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                let text = set_header(&text, "reviewed");
                std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
        Ok(ids.len())
    }

    /// Everything wrong with the translations: glossary breaches, review headers that
    /// disagree with the marks, marks of messages that do not exist.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let source = self.source();
        let concepts = match source.glossary.as_ref().map(concepts_of) {
            Some(Ok(concepts)) => concepts,
            Some(Err(e)) => return vec![format!("{SOURCE}/{GLOSSARY_FILE}: {e}")],
            None => return vec![format!("{SOURCE}/{GLOSSARY_FILE} is missing")],
        };
        for locale in &self.locales {
            let code = &locale.code;
            match &locale.glossary {
                Some(glossary) => {
                    problems.extend(glossary_problems(source, &concepts, locale, glossary))
                }
                None => problems.push(format!("{code}: no {GLOSSARY_FILE}")),
            }
            if code == SOURCE {
                continue;
            }
            for file in &locale.files {
                let wholly = file
                    .messages
                    .iter()
                    .all(|m| locale.marks.iter().any(|mark| mark.id == m.id));
                match (file.header.as_deref(), wholly) {
                    (Some("reviewed"), true) | (Some("machine"), false) => {}
                    (Some("machine"), true) => problems.push(format!(
                        "{code}/{}: every message is marked reviewed: its header should say `# Review: reviewed`",
                        file.name
                    )),
                    (Some("reviewed"), false) => problems.push(format!(
                        "{code}/{}: says `# Review: reviewed` but some messages have no review mark (see {MARKS_FILE})",
                        file.name
                    )),
                    (other, _) => problems.push(format!(
                        "{code}/{}: the header must say `# Review: machine` or `# Review: reviewed`, not {other:?}",
                        file.name
                    )),
                }
            }
            for mark in &locale.marks {
                if locale.message(&mark.id).is_none() {
                    problems.push(format!(
                        "{code}/{MARKS_FILE}: `{}` is not a message of {code}",
                        mark.id
                    ));
                }
                if self.locale(&mark.source).is_none() || mark.source == *code {
                    problems.push(format!(
                        "{code}/{MARKS_FILE}: `{}` names an unknown source `{}`",
                        mark.id, mark.source
                    ));
                }
            }
        }
        problems
    }
}

fn set_header(text: &str, state: &str) -> String {
    let mut done = false;
    let mut out: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        if !done && line.starts_with("# Review:") {
            done = true;
            out.push(format!(
                "# Review: {state}{}",
                if line.ends_with('\n') { "\n" } else { "" }
            ));
        } else {
            out.push(line.to_owned());
        }
    }
    out.concat()
}

/// The report `cargo xtask translations` prints.
pub fn report_text(catalogue: &Catalogue) -> String {
    let mut out = String::new();
    let source_count: usize = catalogue
        .source()
        .files
        .iter()
        .map(|f| f.messages.len())
        .sum();
    let _ = writeln!(
        out,
        "The app's translations (core/locales), against the English source: {source_count} messages.\n\
         machine: translated automatically, nobody checked it; reviewed: checked by a person;\n\
         outdated: checked, but the source message changed since. To review first: {}.\n",
        REVIEW_FIRST
            .iter()
            .map(|c| catalogue.english_name(c))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        out,
        "{:<26} {:>8} {:>9} {:>9}",
        "locale / file", "machine", "reviewed", "outdated"
    );
    for locale in catalogue.report_order() {
        let per_file = catalogue.counts(locale);
        let mut total = Counts::default();
        for (_, c) in &per_file {
            total.machine += c.machine;
            total.reviewed += c.reviewed;
            total.outdated += c.outdated;
        }
        let first = if REVIEW_FIRST.contains(&locale.code.as_str()) {
            "  ← review first"
        } else {
            ""
        };
        let name = format!("{} {}", locale.code, catalogue.english_name(&locale.code));
        let _ = writeln!(
            out,
            "{name:<26} {:>8} {:>9} {:>9}{first}",
            total.machine, total.reviewed, total.outdated
        );
        for (file, c) in per_file {
            let _ = writeln!(
                out,
                "  {file:<24} {:>8} {:>9} {:>9}",
                c.machine, c.reviewed, c.outdated
            );
        }
    }
    out
}

/// A value of the glossary files: a string or a list of strings.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    List(Vec<String>),
}

/// A glossary: per concept (a `[table]`), its keys.
pub type Glossary = BTreeMap<String, BTreeMap<String, Value>>;

/// Reads the subset of TOML the glossaries use: comments, `[concept]` tables, `key = "text"`
/// and `key = ["text", ...]` (on one line or several). Anything else is an error rather than a
/// guess, so a glossary never says less than its author meant.
pub fn parse_glossary(text: &str) -> Result<Glossary, String> {
    let mut glossary = Glossary::new();
    let mut table: Option<String> = None;
    let mut lines = text.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let name = name.trim().to_owned();
            if glossary.insert(name.clone(), BTreeMap::new()).is_some() {
                return Err(format!("line {}: [{name}] appears twice", n + 1));
            }
            table = Some(name);
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| format!("line {}: expected `key = value`", n + 1))?;
        let key = key.trim().to_owned();
        let mut value = value.trim().to_owned();
        if value.starts_with('[') {
            while !strip_comment(&value).is_some_and(|v| v.ends_with(']')) {
                let (_, more) = lines
                    .next()
                    .ok_or_else(|| format!("line {}: the list is not closed", n + 1))?;
                value.push(' ');
                value.push_str(more.trim());
            }
        }
        let value = strip_comment(&value)
            .ok_or_else(|| format!("line {}: a string is not closed", n + 1))?;
        let parsed = if let Some(items) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']'))
        {
            Value::List(parse_strings(items).map_err(|e| format!("line {}: {e}", n + 1))?)
        } else {
            let mut items = parse_strings(value).map_err(|e| format!("line {}: {e}", n + 1))?;
            if items.len() != 1 {
                return Err(format!("line {}: `{key}` must be one string", n + 1));
            }
            Value::Text(items.remove(0))
        };
        let table = table
            .as_ref()
            .ok_or_else(|| format!("line {}: `{key}` is outside a [concept] table", n + 1))?;
        let entries = glossary.get_mut(table).expect("the table was inserted");
        if entries.insert(key.clone(), parsed).is_some() {
            return Err(format!(
                "line {}: `{key}` appears twice in [{table}]",
                n + 1
            ));
        }
    }
    Ok(glossary)
}

/// `value` without a trailing `# comment` (outside strings); None when a string is not closed.
fn strip_comment(value: &str) -> Option<&str> {
    let mut in_string = false;
    for (i, c) in value.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '#' if !in_string => return Some(value[..i].trim()),
            _ => {}
        }
    }
    (!in_string).then_some(value.trim())
}

/// `"a", "b"` → [a, b]. Basic strings only, with `\"` and `\\` escapes.
fn parse_strings(items: &str) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    let mut chars = items.trim().chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.next() {
            None => return Ok(found),
            Some('"') => {}
            Some(c) => return Err(format!("expected a \"string\", found `{c}`")),
        }
        let mut item = String::new();
        loop {
            match chars.next() {
                None => return Err("a string is not closed".into()),
                Some('"') => break,
                Some('\\') => match chars.next() {
                    Some(c @ ('"' | '\\')) => item.push(c),
                    other => return Err(format!("unsupported escape \\{other:?}")),
                },
                Some(c) => item.push(c),
            }
        }
        found.push(item);
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.next() {
            None => return Ok(found),
            Some(',') => {}
            Some(c) => return Err(format!("expected `,` between strings, found `{c}`")),
        }
    }
}

/// A concept of the English glossary: the English words that name it and the messages where
/// those words mean something else.
#[derive(Debug, Clone)]
pub struct Concept {
    pub name: String,
    pub words: Vec<String>,
    pub except: Vec<String>,
    pub required: bool,
}

fn list(entries: &BTreeMap<String, Value>, key: &str) -> Result<Vec<String>, String> {
    match entries.get(key) {
        None => Ok(Vec::new()),
        Some(Value::List(items)) => Ok(items.clone()),
        Some(Value::Text(_)) => Err(format!("`{key}` must be a list of strings")),
    }
}

/// The keys each kind of glossary table may have: anything else is a typo.
const CONCEPT_KEYS: &[&str] = &["words", "except", "optional", "term", "note"];
const LOCALE_KEYS: &[&str] = &["term", "wrong", "unchecked", "note"];

pub fn concepts_of(english: &Glossary) -> Result<Vec<Concept>, String> {
    let mut concepts = Vec::new();
    for (name, entries) in english {
        if let Some(key) = entries.keys().find(|k| !CONCEPT_KEYS.contains(&k.as_str())) {
            return Err(format!("[{name}]: unknown key `{key}`"));
        }
        let words = list(entries, "words").map_err(|e| format!("[{name}]: {e}"))?;
        if words.is_empty() {
            return Err(format!("[{name}]: `words` names no English word"));
        }
        concepts.push(Concept {
            name: name.clone(),
            words: words.iter().map(|w| w.to_lowercase()).collect(),
            except: list(entries, "except").map_err(|e| format!("[{name}]: {e}"))?,
            required: !matches!(entries.get("optional"), Some(Value::Text(t)) if t == "true"),
        });
    }
    Ok(concepts)
}

/// The lowercase words of a text, for matching English words and phrases.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether an English text names the concept: one of its words or phrases, whole words.
fn names_concept(concept: &Concept, english: &str) -> bool {
    let words = words_of(&visible_text(english));
    concept.words.iter().any(|phrase| {
        let phrase = words_of(phrase);
        !phrase.is_empty() && words.windows(phrase.len()).any(|w| w == phrase.as_slice())
    })
}

/// The messages of the source that use a concept.
pub fn concept_messages<'a>(source: &'a Locale, concept: &Concept) -> Vec<&'a Message> {
    source
        .files
        .iter()
        .flat_map(|f| &f.messages)
        .filter(|m| !concept.except.contains(&m.id) && names_concept(concept, &m.text))
        .collect()
}

/// Every message of `locale` that uses a concept without the locale's term, or with one of its
/// known wrong words; and mistakes in the glossary itself.
pub fn glossary_problems(
    source: &Locale,
    concepts: &[Concept],
    locale: &Locale,
    glossary: &Glossary,
) -> Vec<String> {
    let code = &locale.code;
    let mut problems = Vec::new();
    for name in glossary.keys() {
        if !concepts.iter().any(|c| &c.name == name) {
            problems.push(format!(
                "{code}/{GLOSSARY_FILE}: [{name}] is not a concept of the English glossary"
            ));
        }
    }
    for concept in concepts {
        let Some(entries) = glossary.get(&concept.name) else {
            if concept.required {
                problems.push(format!(
                    "{code}/{GLOSSARY_FILE}: no [{}] (every locale names its word for it)",
                    concept.name
                ));
            }
            continue;
        };
        let allowed = if code == SOURCE {
            CONCEPT_KEYS
        } else {
            LOCALE_KEYS
        };
        if let Some(key) = entries.keys().find(|k| !allowed.contains(&k.as_str())) {
            problems.push(format!(
                "{code}/{GLOSSARY_FILE}: [{}] has an unknown key `{key}`",
                concept.name
            ));
            continue;
        }
        let read = |key| list(entries, key);
        let (terms, wrong, unchecked) = match (read("term"), read("wrong"), read("unchecked")) {
            (Ok(t), Ok(w), Ok(u)) => (t, w, u),
            (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
                problems.push(format!("{code}/{GLOSSARY_FILE}: [{}]: {e}", concept.name));
                continue;
            }
        };
        if terms.is_empty() {
            problems.push(format!(
                "{code}/{GLOSSARY_FILE}: [{}] has no `term`",
                concept.name
            ));
            continue;
        }
        let messages = concept_messages(source, concept);
        let ids: BTreeSet<&str> = messages.iter().map(|m| m.id.as_str()).collect();
        for id in &unchecked {
            if !ids.contains(id.as_str()) {
                problems.push(format!(
                    "{code}/{GLOSSARY_FILE}: [{}] unchecked `{id}` does not use the concept",
                    concept.name
                ));
            }
        }
        let lower = |s: &str| s.to_lowercase();
        let terms: Vec<String> = terms.iter().map(|t| lower(t)).collect();
        let wrong: Vec<String> = wrong.iter().map(|t| lower(t)).collect();
        for english in messages {
            // `unchecked`: a message that needs both this word and a wrong one (the Pashto
            // "ask your tutor" under "no guide answers"), left to the person reviewing it.
            if unchecked.contains(&english.id) {
                continue;
            }
            let Some(translated) = locale.message(&english.id) else {
                continue; // A missing message is the completeness test's to report.
            };
            let text = lower(&visible_text(&translated.text));
            let found_wrong: Vec<&String> = wrong.iter().filter(|w| text.contains(*w)).collect();
            if !found_wrong.is_empty() {
                problems.push(format!(
                    "{code}: {} uses {} for “{}”, not {}: {}",
                    english.id,
                    quoted(&found_wrong),
                    concept.name,
                    quoted(&terms.iter().collect::<Vec<_>>()),
                    translated.text.replace('\n', " ")
                ));
            } else if !terms.iter().any(|t| text.contains(t)) {
                problems.push(format!(
                    "{code}: {} does not use {} for “{}”: {}",
                    english.id,
                    quoted(&terms.iter().collect::<Vec<_>>()),
                    concept.name,
                    translated.text.replace('\n', " ")
                ));
            }
        }
    }
    problems
}

fn quoted(words: &[&String]) -> String {
    words
        .iter()
        .map(|w| format!("“{w}”"))
        .collect::<Vec<_>>()
        .join(" or ")
}

/// Today's date (UTC), `YYYY-MM-DD`, for the review marks.
fn today() -> String {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "# Ponte — test, English.\n# Review: reviewed\n\n## Section\n\
        pair-title = Connect with my tutor\n\
        sync-bad-code = Ask your tutor for a new code.\n\
        meeting = Meeting with { $tutor } at { $time }\n\
        count = { $count ->\n    [one] { $count } application\n   *[other] { $count } applications\n}\n\
        \n# A comment ends the message above.\nplain = Nothing about it\n";

    const TI: &str = "# Ponte — test, Tigrinya.\n# Review: machine\n\n\
        pair-title = ምስ ኣማኻሪየይ ተራኸብ\n\
        sync-bad-code = ካብ ሞግዚትካ ሓድሽ ኮድ ሕተት።\n\
        meeting = ምስ { $tutor } ኣብ { $time }\n\
        count = { $count ->\n    [one] { $count } ጠለብ\n   *[other] { $count } ጠለባት\n}\n\
        plain = ዋላ ሓንቲ\n";

    const EN_GLOSSARY: &str = "# concepts\n[tutor]\nwords = [\"tutor\", \"tutors\"] # the person\nterm = [\"tutor\"]\n\n[application]\nwords = [\n  \"application\",\n  \"applications\",\n]\nterm = [\"application\"]\n";
    const TI_GLOSSARY: &str = "[tutor]\nterm = [\"ኣማኻሪ\"]\nwrong = [\"ሞግዚት\"]\nnote = \"ሞግዚት is the guardian of a minor.\"\n\n[application]\nterm = [\"ጠለብ\", \"ጠለባት\"]\nwrong = [\"ሕቶ\"]\n";

    /// The Tigrinya fixture with the pairing screen's word for the tutor everywhere.
    fn fixed_ti() -> String {
        TI.replace("ካብ ሞግዚትካ ሓድሽ ኮድ ሕተት።", "ካብ ኣማኻሪኹም ሓድሽ ኮድ ሕተቱ።")
    }

    fn locale(code: &str, ftl: &str, glossary: &str, marks: &str) -> Locale {
        Locale {
            code: code.into(),
            files: vec![parse_ftl("ponte.ftl", ftl)],
            marks: parse_marks(marks).unwrap(),
            glossary: Some(parse_glossary(glossary).unwrap()),
        }
    }

    fn catalogue(en: &str, ti: &str, ti_glossary: &str, marks: &str) -> Catalogue {
        Catalogue {
            locales: vec![
                locale("en", en, EN_GLOSSARY, ""),
                locale("ti", ti, ti_glossary, marks),
            ],
        }
    }

    #[test]
    fn messages_are_read_with_their_variants_and_without_comments() {
        let file = parse_ftl("ponte.ftl", EN);
        assert_eq!(file.header.as_deref(), Some("reviewed"));
        let ids: Vec<&str> = file.messages.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(
            ids,
            ["pair-title", "sync-bad-code", "meeting", "count", "plain"]
        );
        assert_eq!(
            file.messages[3].text,
            "{ $count ->\n[one] { $count } application\n*[other] { $count } applications\n}"
        );
        assert_eq!(
            words_of(&visible_text(&file.messages[3].text)),
            ["application", "applications"]
        );
        // `$tutor` is a variable, not the word a person reads.
        assert_eq!(
            words_of(&visible_text(&file.messages[2].text)),
            ["meeting", "with", "at"]
        );
    }

    #[test]
    fn a_wrong_word_or_a_missing_term_is_reported_with_the_message() {
        let catalogue = catalogue(EN, TI, TI_GLOSSARY, "");
        let problems = catalogue.problems();
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert!(
            problems[0].starts_with("ti: sync-bad-code uses “ሞግዚት” for “tutor”"),
            "{}",
            problems[0]
        );

        // Fixed: no problem left.
        assert_eq!(
            catalogue_problems(&fixed_ti(), TI_GLOSSARY),
            Vec::<String>::new()
        );

        // Another word, not listed as wrong, is still not the term.
        let other = TI.replace("ካብ ሞግዚትካ", "ካብ መምህርካ");
        let problems = catalogue_problems(&other, TI_GLOSSARY);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert!(problems[0].contains("does not use “ኣማኻሪ”"), "{problems:#?}");
        // Unless the glossary says that message is checked by a person instead.
        let glossary = TI_GLOSSARY.replace(
            "wrong = [\"ሞግዚት\"]",
            "wrong = [\"ሞግዚት\"]\nunchecked = [\"sync-bad-code\"]",
        );
        assert!(catalogue_problems(&other, &glossary).is_empty());
        // The word in the plural variant counts too.
        let question = fixed_ti().replace("ጠለባት", "ሕቶታት");
        let problems = catalogue_problems(&question, TI_GLOSSARY);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("ti: count uses “ሕቶ” for “application”")),
            "{problems:#?}"
        );
    }

    fn catalogue_problems(ti: &str, glossary: &str) -> Vec<String> {
        catalogue(EN, ti, glossary, "").problems()
    }

    #[test]
    fn mistakes_in_a_glossary_are_reported() {
        let missing = "[tutor]\nterm = [\"ኣማኻሪ\"]\n";
        let problems = catalogue(EN, &fixed_ti(), missing, "").problems();
        assert!(
            problems
                .iter()
                .any(|p| p
                    == "ti/glossary.toml: no [application] (every locale names its word for it)"),
            "{problems:#?}"
        );
        let unknown = format!("{TI_GLOSSARY}\n[tutro]\nterm = [\"x\"]\n");
        let problems = catalogue(EN, TI, &unknown, "").problems();
        assert!(
            problems
                .iter()
                .any(|p| p.contains("[tutro] is not a concept")),
            "{problems:#?}"
        );
        let stale = TI_GLOSSARY.replace("wrong = [\"ሞግዚት\"]", "unchecked = [\"plain\"]");
        let problems = catalogue(EN, TI, &stale, "").problems();
        assert!(
            problems
                .iter()
                .any(|p| p.contains("unchecked `plain` does not use the concept")),
            "{problems:#?}"
        );
        let typo = TI_GLOSSARY.replace("wrong =", "wrnog =");
        let problems = catalogue(EN, TI, &typo, "").problems();
        assert!(
            problems.iter().any(|p| p.contains("unknown key `wrnog`")),
            "{problems:#?}"
        );
        for (bad, error) in [
            ("term = \"x\n", "line 1: a string is not closed"),
            (
                "[a]\nterm = x\n",
                "line 2: expected a \"string\", found `x`",
            ),
            ("[a]\nterm = [\"x\"\n", "line 2: the list is not closed"),
            (
                "term = \"x\"\n",
                "line 1: `term` is outside a [concept] table",
            ),
            ("[a]\n[a]\n", "line 2: [a] appears twice"),
        ] {
            assert_eq!(parse_glossary(bad).unwrap_err(), error, "{bad}");
        }
    }

    #[test]
    fn a_changed_english_message_makes_a_reviewed_translation_outdated() {
        let en = parse_ftl("ponte.ftl", EN);
        let hash = |id: &str| source_hash(&en.messages.iter().find(|m| m.id == id).unwrap().text);
        let marks = format!(
            "# reviewed\npair-title en:{} 2026-03-01\nplain en:{} 2026-03-01\n",
            hash("pair-title"),
            hash("plain")
        );
        let fixed_ti = fixed_ti();
        let before = catalogue(EN, &fixed_ti, TI_GLOSSARY, &marks);
        let ti = before.locale("ti").unwrap();
        assert_eq!(
            before.counts(ti),
            [(
                "ponte.ftl".to_owned(),
                Counts {
                    machine: 3,
                    reviewed: 2,
                    outdated: 0
                }
            )]
        );
        // Re-indenting or commenting the English changes nothing.
        let reformatted = EN.replace(
            "plain = Nothing about it",
            "# Said plainly.\nplain =\n    Nothing about it",
        );
        let same = catalogue(&reformatted, &fixed_ti, TI_GLOSSARY, &marks);
        assert_eq!(same.counts(same.locale("ti").unwrap())[0].1.reviewed, 2);
        // A changed English message outdates its reviewed translation, and only that one.
        let changed = EN.replace("Connect with my tutor", "Connect to my tutor");
        let after = catalogue(&changed, &fixed_ti, TI_GLOSSARY, &marks);
        assert_eq!(
            after.counts(after.locale("ti").unwrap())[0].1,
            Counts {
                machine: 3,
                reviewed: 1,
                outdated: 1
            }
        );
        assert_eq!(
            after.state(after.locale("ti").unwrap(), "pair-title"),
            State::Outdated
        );
        let report = report_text(&after);
        assert!(report.contains("ti ti"), "{report}");
        assert!(
            report.lines().any(|l| l.starts_with("ti ")
                && l.split_whitespace().skip(2).take(3).collect::<Vec<_>>() == ["3", "1", "1"]),
            "{report}"
        );
        // A header that claims more than the marks is a problem.
        let claimed = fixed_ti.replace("# Review: machine", "# Review: reviewed");
        let problems = catalogue(EN, &claimed, TI_GLOSSARY, &marks).problems();
        assert!(
            problems.iter().any(|p| p.contains(
                "ti/ponte.ftl: says `# Review: reviewed` but some messages have no review mark"
            )),
            "{problems:#?}"
        );
    }

    #[test]
    fn marking_a_file_records_the_source_hashes_and_sets_its_header() {
        let dir =
            std::env::temp_dir().join(format!("ponte-xtask-translations-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (code, ftl, glossary) in [("en", EN, EN_GLOSSARY), ("ti", TI, TI_GLOSSARY)] {
            std::fs::create_dir_all(dir.join(code)).unwrap();
            std::fs::write(dir.join(code).join("ponte.ftl"), ftl).unwrap();
            std::fs::write(dir.join(code).join(GLOSSARY_FILE), glossary).unwrap();
        }
        let catalogue = Catalogue::read(&dir).unwrap();
        assert_eq!(
            catalogue.mark(&dir, "ti", &["pair-title".into()], "en", "2026-03-01"),
            Ok(1)
        );
        let catalogue = Catalogue::read(&dir).unwrap();
        let ti = catalogue.locale("ti").unwrap();
        assert_eq!(catalogue.state(ti, "pair-title"), State::Reviewed);
        assert_eq!(catalogue.state(ti, "plain"), State::Machine);
        assert_eq!(ti.files[0].header.as_deref(), Some("machine"));

        assert_eq!(
            catalogue.mark(&dir, "ti", &["ponte.ftl".into()], "en", "2026-03-02"),
            Ok(5)
        );
        let catalogue = Catalogue::read(&dir).unwrap();
        let ti = catalogue.locale("ti").unwrap();
        assert_eq!(ti.files[0].header.as_deref(), Some("reviewed"));
        assert_eq!(ti.marks.len(), 5);
        assert!(ti
            .marks
            .iter()
            .all(|m| m.date == "2026-03-02" && m.source == "en"));

        for (code, target, from, error) in [
            ("ti", "nope", "en", "ti has no file or message `nope`"),
            (
                "en",
                "plain",
                "ti",
                "en is the source: its messages are not translations",
            ),
            ("xx", "plain", "en", "no locale `xx`"),
            ("ti", "plain", "ti", "ti cannot be reviewed against itself"),
        ] {
            let e = catalogue
                .mark(&dir, code, &[target.into()], from, "2026-03-03")
                .unwrap_err();
            assert!(e.starts_with(error), "{e}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_shipped_catalogue_follows_its_glossaries_and_review_marks() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let catalogue = Catalogue::read(&root.join("core/locales")).unwrap();
        // Every locale of the app has a glossary; the English one defines the concepts.
        assert_eq!(catalogue.locales.len(), 12);
        let problems = catalogue.problems();
        assert!(
            problems.is_empty(),
            "{} problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
        // The report lists the three languages reviewed first, first.
        let report = report_text(&catalogue);
        let order: Vec<&str> = report
            .lines()
            .filter(|l| !l.starts_with(' ') && l.contains("←"))
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        assert_eq!(order, ["ti", "so", "ps"], "{report}");
    }
}
