//! Opening hours as operators write them. The OpenStreetMap syntax the phone reads is kept as
//! it is; the common Italian ways of writing hours in words ("lun-ven 9-13", "dal lunedì al
//! venerdì 9:00-13:00 e 14:30-17:00", "24 ore su 24", "chiuso la domenica") are converted, with
//! a warning that shows the result; anything else is kept as a note shown to the person as
//! written, and flagged for the operator.

use opening_hours::OpeningHours;

use super::clean::{Cleaned, Warning};

/// Opening hours cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hours {
    /// In OpenStreetMap's `opening_hours` syntax, checked by its parser.
    Osm(String),
    /// Not convertible: shown to the person as written.
    Note(String),
}

/// Cleans one value of opening hours; `None` when empty.
pub fn clean_hours(text: &str) -> Cleaned<Option<Hours>> {
    let original = text.trim();
    if original.is_empty() {
        return Cleaned {
            value: None,
            warnings: Vec::new(),
        };
    }
    if is_osm(original) {
        return Cleaned {
            value: Some(Hours::Osm(original.to_owned())),
            warnings: Vec::new(),
        };
    }
    match from_italian(original).filter(|osm| is_osm(osm)) {
        Some(osm) => Cleaned {
            value: Some(Hours::Osm(osm.clone())),
            warnings: vec![Warning::HoursConverted {
                original: original.to_owned(),
                result: osm,
            }],
        },
        None => Cleaned {
            value: Some(Hours::Note(original.to_owned())),
            warnings: vec![Warning::HoursKeptAsNote {
                original: original.to_owned(),
            }],
        },
    }
}

/// Whether the phone's parser reads the text as opening hours.
fn is_osm(text: &str) -> bool {
    text.parse::<OpeningHours>().is_ok()
}

/// Ways of saying "always open", compared after folding and collapsing spaces.
const ALWAYS_OPEN: &[&str] = &[
    "h24",
    "h 24",
    "24h",
    "24 h",
    "24 ore",
    "24 ore su 24",
    "h24 7 giorni su 7",
    "24 ore su 24 7 giorni su 7",
    "aperto 24 ore su 24",
    "aperto h24",
    "sempre aperto",
    "24/24",
    "24/7",
];

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// One word or sign of hours written in Italian.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    /// A day of the week (0 is Monday).
    Day(usize),
    /// Public holidays ("festivi").
    Holidays,
    /// A set of days said in one word: "feriali" (Mo-Sa), "tutti i giorni" (Mo-Su).
    Days(&'static str),
    /// Hours and minutes.
    Time(u32, u32),
    /// "-", "al", "a", "alle": the end of a range follows.
    To,
    Closed,
    /// "su appuntamento".
    Appointment,
    /// A word or sign that only links the others ("dal", "ore", "e", ",", "mattina").
    Link,
    /// `;` or a line break: the end of a rule.
    Break,
}

/// The words known, folded, without a final dot ("lun." is "lun").
fn word_token(word: &str) -> Option<Token> {
    let day = |d| Some(Token::Day(d));
    match word {
        "lu" | "lun" | "lunedi" => day(0),
        "ma" | "mar" | "mart" | "martedi" => day(1),
        "me" | "mer" | "merc" | "mercoledi" => day(2),
        "gi" | "gio" | "giov" | "giovedi" => day(3),
        "ve" | "ven" | "vene" | "venerdi" => day(4),
        "sa" | "sab" | "sabato" | "sabati" => day(5),
        "do" | "dom" | "domenica" | "domeniche" => day(6),
        "festivi" | "festivita" | "festivo" => Some(Token::Holidays),
        "feriali" => Some(Token::Days("Mo-Sa")),
        "tutti" => Some(Token::Days("Mo-Su")),
        "al" | "a" | "alle" | "fino" => Some(Token::To),
        "chiuso" | "chiusi" | "chiusa" | "chiusura" => Some(Token::Closed),
        "appuntamento" => Some(Token::Appointment),
        "dal" | "da" | "dalle" | "ore" | "h" | "e" | "ed" | "il" | "la" | "le" | "i" | "lo"
        | "giorni" | "giorno" | "mattina" | "pomeriggio" | "sera" | "orario" | "orari"
        | "aperto" | "apertura" | "su" | "previo" | "solo" | "solamente" | "di" | "nei" => {
            Some(Token::Link)
        }
        _ => None,
    }
}

/// Reads "9", "9.30", "9:30", "9,30" as a time; `None` for anything else.
fn time_token(text: &str) -> Option<Token> {
    let (hours, minutes) = text.split_once(['.', ':', ',']).unwrap_or((text, "00"));
    // "9,5" might be half past nine or five past: only two-digit minutes are read.
    if minutes.len() != 2 || hours.len() > 2 {
        return None;
    }
    let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    let valid = minutes < 60 && (hours < 24 || (hours == 24 && minutes == 0));
    valid.then_some(Token::Time(hours, minutes))
}

fn tokens(folded: &str) -> Option<Vec<Token>> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = folded.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '\'') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            tokens.push(word_token(word.trim_end_matches('\''))?);
            // The dot of an abbreviation ("lun.", "merc.").
            if chars.get(i) == Some(&'.') {
                i += 1;
            }
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (".:,".contains(chars[i])
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            tokens.push(time_token(&text)?);
        } else {
            match c {
                '-' | '\u{2013}' | '\u{2014}' => tokens.push(Token::To),
                ';' | '\n' => tokens.push(Token::Break),
                ',' | '/' | ':' | '.' | '\r' => tokens.push(Token::Link),
                c if c.is_whitespace() => {}
                _ => return None,
            }
            i += 1;
        }
    }
    Some(tokens)
}

/// One rule being read: its days, its times, whether it says "closed" or "by appointment".
#[derive(Debug, Default)]
struct Rule {
    days: Vec<String>,
    times: Vec<String>,
    closed: bool,
    appointment: bool,
}

impl Rule {
    /// A rule that has said all it can: a new day starts another.
    fn complete(&self) -> bool {
        !self.times.is_empty() || ((self.closed || self.appointment) && !self.days.is_empty())
    }

    fn is_empty(&self) -> bool {
        self.days.is_empty() && self.times.is_empty() && !self.closed && !self.appointment
    }

    fn osm(&self) -> Option<String> {
        let days = self.days.join(",");
        let what = if self.closed {
            if !self.times.is_empty() || days.is_empty() {
                return None;
            }
            "off".to_owned()
        } else if self.times.is_empty() {
            if !self.appointment {
                return None; // "sabato mattina": days without hours
            }
            "unknown \"su appuntamento\"".to_owned()
        } else if self.appointment {
            format!("{} \"su appuntamento\"", self.times.join(","))
        } else {
            self.times.join(",")
        };
        Some(if days.is_empty() {
            what
        } else {
            format!("{days} {what}")
        })
    }
}

fn hhmm(hours: u32, minutes: u32) -> String {
    format!("{hours:02}:{minutes:02}")
}

/// Converts hours written in Italian to the OpenStreetMap syntax; `None` when the text says
/// anything this reading does not know.
fn from_italian(text: &str) -> Option<String> {
    let folded = super::fold(text);
    let collapsed = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    let collapsed = collapsed.trim_end_matches('.');
    if ALWAYS_OPEN.contains(&collapsed) {
        return Some("24/7".to_owned());
    }
    let tokens = tokens(&folded)?;
    let mut rules = Vec::new();
    let mut rule = Rule::default();
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            token @ (Token::Day(_) | Token::Holidays | Token::Days(_)) => {
                if rule.complete() {
                    rules.push(std::mem::take(&mut rule));
                }
                let name = |token| match token {
                    Token::Day(d) => Some(DAYS[d].to_owned()),
                    Token::Holidays => Some("PH".to_owned()),
                    Token::Days(days) => Some(days.to_owned()),
                    _ => None,
                };
                let mut days = name(token)?;
                if let (Token::Day(_), Some(Token::To), Some(end @ Token::Day(_))) =
                    (token, tokens.get(i + 1), tokens.get(i + 2).copied())
                {
                    days = format!("{days}-{}", name(end)?);
                    i += 2;
                }
                rule.days.push(days);
            }
            Token::Time(h, m) => {
                let (Some(Token::To), Some(Token::Time(end_h, end_m))) =
                    (tokens.get(i + 1), tokens.get(i + 2).copied())
                else {
                    return None; // a time without its end: "ore 9"
                };
                rule.times
                    .push(format!("{}-{}", hhmm(h, m), hhmm(end_h, end_m)));
                i += 2;
            }
            // "chiuso" after hours starts a rule of its own ("lun-sab 9-13, chiuso la
            // domenica"); "su appuntamento" qualifies the hours it follows.
            Token::Closed => {
                if !rule.times.is_empty() || rule.closed || rule.appointment {
                    rules.push(std::mem::take(&mut rule));
                }
                rule.closed = true;
            }
            Token::Appointment => {
                if rule.closed || rule.appointment {
                    rules.push(std::mem::take(&mut rule));
                }
                rule.appointment = true;
            }
            Token::Break => {
                if !rule.is_empty() {
                    rules.push(std::mem::take(&mut rule));
                }
            }
            Token::To | Token::Link => {}
        }
        i += 1;
    }
    if !rule.is_empty() {
        rules.push(rule);
    }
    // Hours written before their days ("9-13 dal lunedì al venerdì"): one rule.
    let mut k = 0;
    while k + 1 < rules.len() {
        let (hours, days) = (&rules[k], &rules[k + 1]);
        let hours_alone = hours.days.is_empty() && !hours.times.is_empty() && !hours.closed;
        let days_alone =
            !days.days.is_empty() && days.times.is_empty() && !days.closed && !days.appointment;
        if hours_alone && days_alone {
            let days = rules.remove(k + 1).days;
            rules[k].days = days;
        }
        k += 1;
    }
    if rules.is_empty() {
        return None;
    }
    let mut parts = rules.iter().map(Rule::osm).collect::<Option<Vec<_>>>()?;
    // Only closed days said ("chiuso la domenica"): the other days' hours are not known, and
    // OSM's rules left unsaid would mean closed.
    if rules.iter().all(|r| r.closed) {
        parts.insert(0, "Mo-Su unknown".to_owned());
    }
    Some(parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osm_hours_are_kept() {
        for text in [
            "Mo-Fr 09:00-13:00",
            "Mo-Fr 09:00-13:00,14:30-17:00; Sa 09:00-12:00; PH off",
            "24/7",
            "Tu,Th 15:00-18:00 \"su appuntamento\"",
        ] {
            let cleaned = clean_hours(text);
            assert_eq!(cleaned.value, Some(Hours::Osm(text.to_owned())), "{text:?}");
            assert!(cleaned.warnings.is_empty(), "{text:?}");
        }
        let cleaned = clean_hours("  Mo-Fr 09:00-13:00 ");
        assert_eq!(cleaned.value, Some(Hours::Osm("Mo-Fr 09:00-13:00".into())));
    }

    #[test]
    fn italian_hours_are_converted() {
        let cases = [
            ("lun-ven 9-13", "Mo-Fr 09:00-13:00"),
            ("Lun-Ven 9-13", "Mo-Fr 09:00-13:00"),
            ("lun.-ven. 9-13", "Mo-Fr 09:00-13:00"),
            ("Lun - Ven: 9 - 13", "Mo-Fr 09:00-13:00"),
            ("lunedì-venerdì 9.00-13.00", "Mo-Fr 09:00-13:00"),
            ("lunedi'-venerdi' 9-13", "Mo-Fr 09:00-13:00"),
            (
                "dal lunedì al venerdì 9:00-13:00 e 14:30-17:00",
                "Mo-Fr 09:00-13:00,14:30-17:00",
            ),
            ("Dal Lunedì al Venerdì dalle 9 alle 13", "Mo-Fr 09:00-13:00"),
            ("da lunedì a venerdì ore 8,30-12,30", "Mo-Fr 08:30-12:30"),
            ("lun, mer, ven 9-12", "Mo,We,Fr 09:00-12:00"),
            ("lunedì e giovedì 15-18", "Mo,Th 15:00-18:00"),
            (
                "mar-gio 14-17; sab 9-12",
                "Tu-Th 14:00-17:00; Sa 09:00-12:00",
            ),
            (
                "lun-ven 9-13 / 14-18, sab 9-12",
                "Mo-Fr 09:00-13:00,14:00-18:00; Sa 09:00-12:00",
            ),
            ("sabato mattina 9-12", "Sa 09:00-12:00"),
            ("ore 9.00-13.00", "09:00-13:00"),
            ("dalle 9 alle 13", "09:00-13:00"),
            ("tutti i giorni 8-20", "Mo-Su 08:00-20:00"),
            ("giorni feriali 8.30-12.30", "Mo-Sa 08:30-12:30"),
            ("24 ore su 24", "24/7"),
            ("H24", "24/7"),
            ("h 24", "24/7"),
            ("Sempre aperto", "24/7"),
            ("aperto 24 ore su 24.", "24/7"),
            (
                "lun-sab 9-13, chiuso la domenica",
                "Mo-Sa 09:00-13:00; Su off",
            ),
            (
                "lun-ven 9-13, sabato e domenica chiuso",
                "Mo-Fr 09:00-13:00; Sa,Su off",
            ),
            ("lun-ven 9-13; festivi chiuso", "Mo-Fr 09:00-13:00; PH off"),
            ("chiuso la domenica", "Mo-Su unknown; Su off"),
            ("domenica chiuso", "Mo-Su unknown; Su off"),
            (
                "mart. e giov. 15-18 su appuntamento",
                "Tu,Th 15:00-18:00 \"su appuntamento\"",
            ),
            (
                "lun-ven solo su appuntamento",
                "Mo-Fr unknown \"su appuntamento\"",
            ),
            ("lun-ven 20-2", "Mo-Fr 20:00-02:00"),
            (
                "Lunedì: 9-13\nMercoledì: 14-18",
                "Mo 09:00-13:00; We 14:00-18:00",
            ),
            (
                "9:00-13:00 / 14:00-18:00 dal lunedì al venerdì",
                "Mo-Fr 09:00-13:00,14:00-18:00",
            ),
            ("ore 9-12 lun-ven; sab chiuso", "Mo-Fr 09:00-12:00; Sa off"),
            ("ven 9-24", "Fr 09:00-24:00"),
        ];
        for (text, expected) in cases {
            let cleaned = clean_hours(text);
            assert_eq!(
                cleaned.value,
                Some(Hours::Osm(expected.to_owned())),
                "{text:?}"
            );
            assert_eq!(
                cleaned.warnings,
                [Warning::HoursConverted {
                    original: text.trim().to_owned(),
                    result: expected.to_owned()
                }],
                "{text:?}"
            );
            assert!(
                expected.parse::<OpeningHours>().is_ok(),
                "the conversion of {text:?} parses"
            );
        }
    }

    #[test]
    fn anything_else_is_kept_as_a_note() {
        for text in [
            "su appuntamento telefonando al numero verde",
            "sabato mattina",
            "ore 9",
            "lun-ven 9-13 (escluso agosto)",
            "lun-ven 25-26",
            "lun-ven 9.75-13",
            "lun-ven 9,5-13",
            "chiuso",
            "lunedì",
            "vedi sito",
            "Mo-Fr 25:00-26:00 nonsense",
        ] {
            let cleaned = clean_hours(text);
            assert_eq!(
                cleaned.value,
                Some(Hours::Note(text.to_owned())),
                "{text:?}"
            );
            assert_eq!(
                cleaned.warnings,
                [Warning::HoursKeptAsNote {
                    original: text.to_owned()
                }],
                "{text:?}"
            );
            assert_eq!(cleaned.warnings[0].key(), "intake-hours-kept-as-note");
        }
    }

    #[test]
    fn no_hours_no_warning() {
        for text in ["", "   "] {
            let cleaned = clean_hours(text);
            assert_eq!(cleaned.value, None);
            assert!(cleaned.warnings.is_empty());
        }
    }
}
