//! The CV, built from the skills profile in the Europass order of sections, as printable HTML
//! or plain text, with labels in Italian (employers read Italian) or any catalogue language;
//! and the profile in two languages side by side, for the conversation with a tutor.
//!
//! What the person wrote is shown as written; only the labels are translated. Every value the
//! person wrote (a name, a phone number, a date, a place) is isolated from the labels around it,
//! as the catalogue isolates its arguments, so that a right-to-left CV draws `+39 333 123 4567`
//! in that order and not as `4567 123 333 39+`: in the text, with the Unicode isolates (FSI or,
//! for phone numbers and e-mail addresses, LRI, closed by PDI); in HTML, as `<bdi>` and
//! `<bdi dir="ltr">` elements. A section with nothing in it is left out, heading and all.

use fluent_bundle::FluentArgs;

use super::{CefrLevel, Diary, Profile, Recognition, Transport};
use crate::error::Result;
use crate::i18n::{direction, fallback_chain, format_date, Catalogue, TextDirection};

/// A CV in one language, before it is written out as HTML or text.
struct CvDocument {
    locale: String,
    direction: TextDirection,
    title: String,
    name: String,
    sections: Vec<Section>,
}

struct Section {
    heading: String,
    entries: Vec<Entry>,
    /// A grid (header row first), for the levels of the other languages.
    table: Vec<Vec<String>>,
    /// A closing remark in small print.
    footnote: String,
}

impl Section {
    fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.table.is_empty()
    }
}

#[derive(Default)]
struct Entry {
    title: String,
    subtitle: String,
    period: String,
    lines: Vec<String>,
}

impl Entry {
    fn is_empty(&self) -> bool {
        self.title.is_empty()
            && self.subtitle.is_empty()
            && self.period.is_empty()
            && self.lines.is_empty()
    }
}

/// First strong isolate: the value takes the direction of its first strong letter.
const FSI: char = '\u{2068}';
/// Left-to-right isolate, for phone numbers and e-mail addresses.
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
/// Pop directional isolate: closes FSI, LRI and RLI.
const PDI: char = '\u{2069}';

/// What the person wrote, without the directional controls that could unbalance the isolates
/// around it (embeddings, overrides and isolates of its own).
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// A value isolated from the text around it; empty stays empty.
fn value(text: &str) -> String {
    isolate(FSI, text)
}

/// A value that is always left to right (a phone number, an e-mail address).
fn ltr_value(text: &str) -> String {
    isolate(LRI, text)
}

fn isolate(opening: char, text: &str) -> String {
    let text = clean(text);
    if text.is_empty() {
        text
    } else {
        format!("{opening}{text}{PDI}")
    }
}

/// Labels in one language, with the catalogue's fallback.
struct Labels {
    chain: Vec<String>,
}

impl Labels {
    fn new(language: &str) -> Self {
        Labels {
            chain: fallback_chain(&[language.to_owned()]),
        }
    }

    fn locale(&self) -> &str {
        self.chain.first().map(String::as_str).unwrap_or("en")
    }

    fn t(&self, key: &str) -> String {
        Catalogue::get().format(&self.chain, key, None).text
    }

    fn t1(
        &self,
        key: &str,
        name: &'static str,
        value: impl Into<fluent_bundle::FluentValue<'static>>,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value);
        Catalogue::get().format(&self.chain, key, Some(&args)).text
    }

    /// A language's name, or its code when the catalogue has no name for it.
    fn language(&self, code: &str) -> String {
        let base = code.split('-').next().unwrap_or(code);
        let key = format!("language-{base}");
        let name = Catalogue::get().format(&self.chain, &key, None).text;
        if name == key {
            value(code)
        } else {
            name
        }
    }
}

/// `2024-03` → `03/2024`, as Europass writes months, isolated.
fn month(text: &Option<String>) -> String {
    text.as_deref()
        .and_then(|m| m.split_once('-'))
        .map(|(y, m)| value(&format!("{m}/{y}")))
        .unwrap_or_default()
}

fn period(start: String, end: String, ongoing: bool, labels: &Labels) -> String {
    let end = if ongoing { labels.t("cv-present") } else { end };
    match (start.is_empty(), end.is_empty()) {
        (true, true) => String::new(),
        (false, true) => start,
        (true, false) => end,
        (false, false) => format!("{start} – {end}"),
    }
}

fn join_nonempty(parts: &[&str], separator: &str) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(separator)
}

fn build(profile: &Profile, language: &str) -> CvDocument {
    let l = Labels::new(language);
    let p = &profile.personal;
    let mut sections = Vec::new();
    let section = |heading: &str| Section {
        heading: l.t(heading),
        entries: Vec::new(),
        table: Vec::new(),
        footnote: String::new(),
    };

    let mut personal = section("cv-personal");
    let mut contact = Entry::default();
    for (key, text) in [
        ("cv-city", value(&p.city)),
        ("cv-phone", ltr_value(&p.phone)),
        ("cv-email", ltr_value(&p.email)),
    ] {
        if !text.is_empty() {
            contact.lines.push(format!("{}: {text}", l.t(key)));
        }
    }
    personal.entries.push(contact);
    sections.push(personal);

    // Lines the person wrote whole are paragraphs of their own, each in its own direction.
    let summary = clean(&p.summary);
    if !summary.is_empty() {
        let mut about = section("cv-about");
        about.entries.push(Entry {
            lines: vec![summary],
            ..Default::default()
        });
        sections.push(about);
    }

    let mut work = section("cv-experience");
    for e in profile.experiences.iter().map(|e| &e.details) {
        let mut lines = Vec::new();
        let sector = clean(&e.sector);
        if !sector.is_empty() {
            // The catalogue isolates its arguments.
            lines.push(l.t1("cv-sector", "sector", sector));
        }
        let tasks = clean(&e.tasks);
        if !tasks.is_empty() {
            lines.push(tasks);
        }
        work.entries.push(Entry {
            title: value(&e.role),
            subtitle: join_nonempty(
                &[&value(&e.employer), &value(&e.city), &value(&e.country)],
                ", ",
            ),
            period: period(
                month(&e.start_month),
                month(&e.end_month),
                e.end_month.is_none() && e.start_month.is_some(),
                &l,
            ),
            lines,
        });
    }
    sections.push(work);

    let mut education = section("cv-education");
    for e in profile.education.iter().map(|e| &e.details) {
        let mut lines = Vec::new();
        if let Some(level) = e.eqf_level {
            lines.push(l.t1("cv-eqf-level", "level", i64::from(level)));
        }
        if !matches!(e.recognition, Recognition::Unknown | Recognition::NotNeeded) {
            lines.push(l.t1("cv-recognition", "status", l.t(&e.recognition.label_key())));
        }
        let year = |y: Option<u16>| y.map(|y| value(&y.to_string())).unwrap_or_default();
        education.entries.push(Entry {
            title: value(&e.title),
            subtitle: join_nonempty(&[&value(&e.institution), &value(&e.country)], ", "),
            period: period(year(e.start_year), year(e.end_year), false, &l),
            lines,
        });
    }
    sections.push(education);

    let mut languages = section("cv-languages");
    let mother: Vec<String> = profile
        .languages
        .iter()
        .filter(|x| x.details.mother_tongue)
        .map(|x| l.language(&x.details.language))
        .collect();
    if !mother.is_empty() {
        languages.entries.push(Entry {
            title: l.t("cv-mother-tongues"),
            lines: vec![mother.join(", ")],
            ..Default::default()
        });
    }
    let others: Vec<_> = profile
        .languages
        .iter()
        .filter(|x| !x.details.mother_tongue)
        .collect();
    if !others.is_empty() {
        languages.entries.push(Entry {
            title: l.t("cv-other-languages"),
            ..Default::default()
        });
        languages.table.push(
            [
                "",
                "cv-listening",
                "cv-reading",
                "cv-spoken-production",
                "cv-spoken-interaction",
                "cv-writing",
            ]
            .iter()
            .map(|k| if k.is_empty() { String::new() } else { l.t(k) })
            .collect(),
        );
        let level =
            |v: Option<CefrLevel>| v.map(|v| v.code().to_owned()).unwrap_or_else(|| "–".into());
        for x in others.iter().map(|x| &x.details) {
            languages.table.push(vec![
                l.language(&x.language),
                level(x.listening),
                level(x.reading),
                level(x.spoken_production),
                level(x.spoken_interaction),
                level(x.writing),
            ]);
        }
        languages.footnote = l.t("cv-cefr-note");
    }
    sections.push(languages);

    if !profile.skills.is_empty() {
        let mut skills = section("cv-skills");
        skills.entries.push(Entry {
            lines: profile
                .skills
                .iter()
                .map(|s| clean(&s.details.text))
                .filter(|text| !text.is_empty())
                .collect(),
            ..Default::default()
        });
        sections.push(skills);
    }

    if !profile.certificates.is_empty() {
        let mut certificates = section("cv-certificates");
        for c in profile.certificates.iter().map(|c| &c.details) {
            let issued = c
                .issued_on
                .as_deref()
                .map(|d| l.t1("cv-issued", "date", format_date(l.locale(), d)))
                .unwrap_or_default();
            let expires = c
                .expires_on
                .as_deref()
                .map(|d| l.t1("cv-expires", "date", format_date(l.locale(), d)))
                .unwrap_or_default();
            certificates.entries.push(Entry {
                title: value(&c.name),
                subtitle: value(&c.issuer),
                period: join_nonempty(&[&issued, &expires], ", "),
                lines: Vec::new(),
            });
        }
        sections.push(certificates);
    }

    let a = &profile.availability;
    let mut lines = Vec::new();
    if let Some(hours) = a.hours_per_week {
        lines.push(l.t1("cv-hours-per-week", "hours", i64::from(hours)));
    }
    if !a.shifts.is_empty() {
        let shifts: Vec<String> = a.shifts.iter().map(|s| l.t(&s.label_key())).collect();
        lines.push(l.t1("cv-shifts", "shifts", shifts.join(", ")));
    }
    if let Some(km) = a.max_travel_km {
        lines.push(l.t1("cv-travel", "km", i64::from(km)));
    }
    if let Some(t) = a.transport.filter(|t| *t != Transport::NoTransport) {
        lines.push(l.t1("cv-transport", "transport", l.t(&t.label_key())));
    }
    if let Some(from) = &a.available_from {
        lines.push(l.t1("cv-available-from", "date", format_date(l.locale(), from)));
    }
    if !lines.is_empty() {
        let mut availability = section("cv-availability");
        availability.entries.push(Entry {
            lines,
            ..Default::default()
        });
        sections.push(availability);
    }

    // No empty headings: a section is shown only when it has something to show.
    for s in &mut sections {
        s.entries.retain(|e| !e.is_empty());
    }
    sections.retain(|s| !s.is_empty());

    CvDocument {
        locale: l.locale().to_owned(),
        direction: direction(l.locale()),
        title: l.t("cv-title"),
        name: value(&p.full_name),
        sections,
    }
}

/// Text escaped for HTML, the isolates kept as characters (for `<title>`, which holds text
/// only).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_escaped(&mut out, c);
    }
    out
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        c => out.push(c),
    }
}

/// Text escaped for HTML with its isolates written as `<bdi>` elements, which every browser
/// and print engine honours; an isolate left open is closed at the end.
fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut open = 0usize;
    for c in text.chars() {
        match c {
            FSI | LRI | RLI => {
                out.push_str(match c {
                    LRI => "<bdi dir=\"ltr\">",
                    RLI => "<bdi dir=\"rtl\">",
                    _ => "<bdi>",
                });
                open += 1;
            }
            PDI if open > 0 => {
                out.push_str("</bdi>");
                open -= 1;
            }
            PDI => {}
            c => push_escaped(&mut out, c),
        }
    }
    for _ in 0..open {
        out.push_str("</bdi>");
    }
    out
}

fn dir_attr(direction: TextDirection) -> &'static str {
    match direction {
        TextDirection::LeftToRight => "ltr",
        TextDirection::RightToLeft => "rtl",
    }
}

const STYLE: &str = "body{font-family:'Noto Sans',Arial,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.4}\
h1{margin:0 0 .2rem;font-size:1.8rem}h2{font-size:1.1rem;border-bottom:2px solid #1d4f91;color:#1d4f91;margin:1.4rem 0 .5rem}\
.entry{margin:.4rem 0 .8rem}.period{color:#555;font-size:.9rem}.sub{font-style:italic}p{margin:.15rem 0;white-space:pre-line}\
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:center}td:first-child{text-align:start}\
.note{font-size:.8rem;color:#555}.columns{display:grid;grid-template-columns:1fr 1fr;gap:2rem;max-width:none}\
@media print{body{margin:0}h2{break-after:avoid}.entry{break-inside:avoid}}";

fn html_body(doc: &CvDocument, out: &mut String) {
    out.push_str(&format!(
        "<h1>{}</h1><div class=\"period\">{}</div>",
        markup(&doc.name),
        markup(&doc.title)
    ));
    for s in &doc.sections {
        out.push_str(&format!("<h2>{}</h2>", markup(&s.heading)));
        for e in &s.entries {
            out.push_str("<div class=\"entry\">");
            if !e.period.is_empty() {
                out.push_str(&format!(
                    "<div class=\"period\">{}</div>",
                    markup(&e.period)
                ));
            }
            if !e.title.is_empty() {
                out.push_str(&format!("<strong>{}</strong>", markup(&e.title)));
            }
            if !e.subtitle.is_empty() {
                out.push_str(&format!(
                    " <span class=\"sub\">{}</span>",
                    markup(&e.subtitle)
                ));
            }
            for line in &e.lines {
                // `dir="auto"`: a line the person wrote in Arabic inside an Italian CV keeps its
                // own direction.
                out.push_str(&format!("<p dir=\"auto\">{}</p>", markup(line)));
            }
            out.push_str("</div>");
        }
        if let Some((head, rows)) = s.table.split_first() {
            out.push_str("<table><tr>");
            for cell in head {
                out.push_str(&format!("<th>{}</th>", markup(cell)));
            }
            out.push_str("</tr>");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    out.push_str(&format!("<td>{}</td>", markup(cell)));
                }
                out.push_str("</tr>");
            }
            out.push_str("</table>");
        }
        if !s.footnote.is_empty() {
            out.push_str(&format!("<p class=\"note\">{}</p>", markup(&s.footnote)));
        }
    }
}

fn html_page(lang: &str, dir: TextDirection, title: &str, body_class: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title>\
         <style>{STYLE}</style></head><body class=\"{body_class}\">{body}</body></html>",
        dir_attr(dir),
        escape(title)
    )
}

fn render_html(doc: &CvDocument) -> String {
    let mut body = String::new();
    html_body(doc, &mut body);
    html_page(
        &doc.locale,
        doc.direction,
        &format!("{} – {}", doc.title, doc.name),
        "",
        &body,
    )
}

fn render_text(doc: &CvDocument) -> String {
    let mut out = format!("{}\n{}\n", doc.name, doc.title);
    for s in &doc.sections {
        out.push_str(&format!(
            "\n{}\n{}\n",
            s.heading.to_uppercase(),
            "=".repeat(s.heading.chars().count())
        ));
        for e in &s.entries {
            let head = join_nonempty(&[&e.title, &e.subtitle], " — ");
            let head = join_nonempty(&[&head, &e.period], "  ");
            if !head.is_empty() {
                out.push_str(&format!("{head}\n"));
            }
            for line in &e.lines {
                out.push_str(&format!("  {line}\n"));
            }
        }
        for row in &s.table {
            out.push_str(&format!("  {}\n", row.join(" | ")));
        }
        if !s.footnote.is_empty() {
            out.push_str(&format!("  {}\n", s.footnote));
        }
    }
    out
}

impl Diary {
    /// The CV as a printable HTML page with labels in `language` (Italian for employers).
    pub fn cv_html(&self, language: &str) -> Result<String> {
        Ok(render_html(&build(&self.profile()?, language)))
    }

    /// The CV as plain text, to paste into an e-mail or a job portal's form.
    pub fn cv_text(&self, language: &str) -> Result<String> {
        Ok(render_text(&build(&self.profile()?, language)))
    }

    /// The profile in two languages side by side, each column in its own direction.
    pub fn profile_side_by_side_html(&self, first: &str, second: &str) -> Result<String> {
        let profile = self.profile()?;
        let docs = [build(&profile, first), build(&profile, second)];
        let mut body = String::from("<div class=\"columns\">");
        for doc in &docs {
            body.push_str(&format!(
                "<section lang=\"{}\" dir=\"{}\">",
                doc.locale,
                dir_attr(doc.direction)
            ));
            html_body(doc, &mut body);
            body.push_str("</section>");
        }
        body.push_str("</div>");
        Ok(html_page(
            &docs[0].locale,
            docs[0].direction,
            &docs[0].name,
            "wide",
            &body,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::profile::tests::fill_profile;
    use super::super::test_support::*;
    use super::super::*;

    fn positions(text: &str, parts: &[&str]) -> Vec<usize> {
        parts
            .iter()
            .map(|p| {
                text.find(p)
                    .unwrap_or_else(|| panic!("{p:?} missing in\n{text}"))
            })
            .collect()
    }

    #[test]
    fn italian_cv_follows_the_europass_order() {
        let (_dir, diary) = diary();
        fill_profile(&diary);
        let html = diary.cv_html("it").unwrap();
        assert!(html.starts_with("<!DOCTYPE html><html lang=\"it\" dir=\"ltr\">"));
        let order = positions(
            &html,
            &[
                "Amina Yusuf",
                "Informazioni personali",
                "Su di me",
                "Esperienza lavorativa",
                "Istruzione e formazione",
                "Competenze linguistiche",
                "Competenze<",
                "Patenti e attestati",
                "Disponibilità",
            ],
        );
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        for expected in [
            "<bdi>03/2024</bdi> – oggi",
            "Somalo",
            "Livello EQF <bdi>4</bdi>",
            "In corso di riconoscimento",
            "<td>Italiano</td><td>B1</td><td>A2</td>",
            "<bdi>30</bdi> ore a settimana",
            "<bdi>Mattina, Fine settimana</bdi>",
            "rilasciato il <bdi>10 feb 2024</bdi>",
            "Telefono: <bdi dir=\"ltr\">+39 333 000 0000</bdi>",
            "E-mail: <bdi dir=\"ltr\">amina@example.org</bdi>",
            "<strong><bdi>Cuoca</bdi></strong> <span class=\"sub\"><bdi>Ristorante Al Porto</bdi>, <bdi>Bologna</bdi>, <bdi>Italia</bdi></span>",
        ] {
            assert!(html.contains(expected), "{expected:?} missing");
        }
    }

    #[test]
    fn cv_in_english_and_as_text() {
        let (_dir, diary) = diary();
        fill_profile(&diary);
        let text = diary.cv_text("en").unwrap();
        // Every value is isolated in the text too.
        assert!(
            text.contains("Phone: \u{2066}+39 333 000 0000\u{2069}"),
            "{text}"
        );
        let text: String = text
            .chars()
            .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
            .collect();
        let order = positions(
            &text,
            &[
                "WORK EXPERIENCE",
                "Cuoca — Ristorante Al Porto, Bologna, Italia  03/2024 – present",
                "EDUCATION AND TRAINING",
                "LANGUAGE SKILLS",
                "Mother tongue(s)\n  Somali",
            ],
        );
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
        assert!(!text.contains('<'));
    }

    #[test]
    fn what_the_person_wrote_is_escaped() {
        let (_dir, diary) = diary();
        diary
            .set_personal_details(&PersonalDetails {
                full_name: "<script>alert(1)</script>".into(),
                ..Default::default()
            })
            .unwrap();
        let html = diary.cv_html("it").unwrap();
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
    }

    #[test]
    fn side_by_side_has_one_column_per_language() {
        let (_dir, diary) = diary();
        fill_profile(&diary);
        let html = diary.profile_side_by_side_html("en", "it").unwrap();
        let order = positions(
            &html,
            &[
                "<section lang=\"en\" dir=\"ltr\">",
                "Work experience",
                "<section lang=\"it\" dir=\"ltr\">",
                "Esperienza lavorativa",
            ],
        );
        assert!(order.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn an_empty_profile_makes_a_cv_without_empty_sections() {
        let (_dir, diary) = diary();
        diary
            .set_personal_details(&PersonalDetails {
                full_name: "Amina Yusuf".into(),
                ..Default::default()
            })
            .unwrap();
        let html = diary.cv_html("it").unwrap();
        assert!(html.contains("<h1><bdi>Amina Yusuf</bdi></h1>"), "{html}");
        assert!(!html.contains("<h2>"), "{html}");
        let text = diary.cv_text("it").unwrap();
        assert!(!text.contains("=="), "{text}");
    }

    #[test]
    fn no_section_is_shown_without_content() {
        let (_dir, diary) = diary();
        fill_profile(&diary);
        let profile = diary.profile().unwrap();
        for e in &profile.education {
            diary.delete_education(&e.id).unwrap();
        }
        for x in &profile.experiences {
            diary.delete_experience(&x.id).unwrap();
        }
        for x in &profile.languages {
            diary.delete_language(&x.id).unwrap();
        }
        diary
            .set_personal_details(&PersonalDetails {
                full_name: "Amina Yusuf".into(),
                ..Default::default()
            })
            .unwrap();
        for language in ["it", "en", "ar"] {
            let html = diary.cv_html(language).unwrap();
            let text = diary.cv_text(language).unwrap();
            let side = diary.profile_side_by_side_html(language, "it").unwrap();
            for (key, shown) in [
                ("cv-personal", false),
                ("cv-experience", false),
                ("cv-education", false),
                ("cv-languages", false),
                ("cv-about", false),
                // Skills, certificates and availability are still in the profile.
                ("cv-skills", true),
                ("cv-certificates", true),
                ("cv-availability", true),
            ] {
                let heading = crate::i18n::Catalogue::get()
                    .format(&[language.to_owned()], key, None)
                    .text;
                assert_eq!(
                    html.contains(&format!("<h2>{heading}</h2>")),
                    shown,
                    "{language} {key}"
                );
                assert_eq!(
                    side.contains(&format!("<h2>{heading}</h2>")),
                    shown,
                    "{language} {key}"
                );
                assert_eq!(
                    text.contains(&format!("\n{}\n", heading.to_uppercase())),
                    shown,
                    "{language} {key}"
                );
            }
        }
    }

    #[test]
    fn a_value_cannot_break_out_of_its_isolate() {
        let (_dir, diary) = diary();
        diary
            .set_personal_details(&PersonalDetails {
                full_name: "Amina\u{2069}\u{2069} \u{202E}Yusuf".into(),
                city: "\u{2067}Bologna".into(),
                ..Default::default()
            })
            .unwrap();
        let html = diary.cv_html("ar").unwrap();
        assert!(html.contains("<h1><bdi>Amina Yusuf</bdi></h1>"), "{html}");
        assert!(html.contains("<bdi>Bologna</bdi></p>"), "{html}");
        assert_eq!(html.matches("<bdi").count(), html.matches("</bdi>").count());
    }
}
