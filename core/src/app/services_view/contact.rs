//! A service's contacts as links the phone opens: the dialler with the number in E.164, a
//! WhatsApp chat, an e-mail, a web page (https only), directions. Italian numbers are written
//! in many ways ("051 123 4567", "0039 333…"); a link that cannot be trusted is not offered.

use super::super::{ExternalKind, Platform};
use crate::services::{Contact, ContactChannel};

/// What a contact opens, and the words on its button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ContactLink {
    pub kind: ExternalKind,
    /// The catalogue key of the button's label.
    pub label_key: &'static str,
    /// What the person reads next to the button: the value as the service wrote it.
    pub shown: String,
    pub uri: String,
}

/// Italian numbers that are dialled as they are: emergency and helpline numbers (112, 1522,
/// 116117: the 1 range) and the toll-free, shared-cost and premium ranges (8…), which do not
/// work with +39; and anything as short as a short number.
fn dialled_as_is(digits: &str) -> bool {
    digits.len() <= 5 || digits.starts_with('1') || digits.starts_with('8')
}

/// A phone number as a `tel:` number: E.164 (`+390511234567`) for Italian landlines and
/// mobiles and for numbers of other countries written with `+` or `00`; short and toll-free
/// numbers as they are. `None` for something that is not a number.
pub(crate) fn dial_number(written: &str) -> Option<String> {
    let trimmed = written.trim();
    let (plus, rest) = match trimmed.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let mut digits = String::with_capacity(rest.len());
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '/' | '(' | ')' | '\u{a0}' => {}
            _ => return None,
        }
    }
    if digits.is_empty() {
        return None;
    }
    if plus {
        return (digits.len() >= 7 && digits.len() <= 15).then(|| format!("+{digits}"));
    }
    if let Some(international) = digits.strip_prefix("00") {
        return (international.len() >= 7 && international.len() <= 15)
            .then(|| format!("+{international}"));
    }
    if dialled_as_is(&digits) {
        return Some(digits);
    }
    // Landlines start with 0 (kept after +39), mobiles with 3, personal numbers with 5.
    match digits.as_bytes()[0] {
        b'0' | b'3' | b'5' if (6..=11).contains(&digits.len()) => Some(format!("+39{digits}")),
        _ => None,
    }
}

/// The WhatsApp chat link of a number: mobiles only (a landline has no WhatsApp), digits only.
pub(crate) fn whatsapp_link(written: &str) -> Option<String> {
    let number = dial_number(written)?;
    let digits = number.strip_prefix('+')?;
    // An Italian number must be a mobile (+39 3…); another country's is taken as written.
    if digits.starts_with("39") && !digits.starts_with("393") {
        return None;
    }
    Some(format!("https://wa.me/{digits}"))
}

fn email_link(written: &str) -> Option<String> {
    let address = written.trim();
    let (user, domain) = address.split_once('@')?;
    let plain =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || "._-+".contains(c));
    (plain(user) && plain(domain) && domain.contains('.')).then(|| format!("mailto:{address}"))
}

/// Web pages over https only; a bare `www.…` is taken as https. Plain http is not offered:
/// on a shared phone or café Wi-Fi it can be changed on the way.
fn web_link(written: &str) -> Option<String> {
    let written = written.trim();
    let candidate = if written.starts_with("https://") {
        written.to_owned()
    } else if !written.contains("://") && written.contains('.') && !written.contains(' ') {
        format!("https://{written}")
    } else {
        return None;
    };
    let url = url::Url::parse(&candidate).ok()?;
    (url.scheme() == "https" && url.host_str().is_some()).then(|| url.to_string())
}

/// Directions to a place, with the platform's own way.
pub(crate) fn directions_link(platform: Platform, lat: f64, lon: f64, name: &str) -> String {
    match platform {
        Platform::Ios => format!("https://maps.apple.com/?daddr={lat},{lon}"),
        Platform::Android | Platform::Other => {
            let label: String =
                url::form_urlencoded::byte_serialize(name.as_bytes()).collect::<String>();
            format!("geo:{lat},{lon}?q={lat},{lon}({label})")
        }
    }
}

/// Directions to a street address written as text (a guide's "Via Libia 67"), with the
/// platform's own way.
pub(crate) fn directions_to_address(platform: Platform, address: &str) -> String {
    let query: String = url::form_urlencoded::byte_serialize(address.as_bytes()).collect();
    match platform {
        Platform::Ios => format!("https://maps.apple.com/?daddr={query}"),
        Platform::Android | Platform::Other => format!("geo:0,0?q={query}"),
    }
}

/// The links a service's contacts open, in their order, with directions last. Walk-in
/// contacts are not links (the view shows them as text).
pub(super) fn links(
    contacts: &[Contact],
    platform: Platform,
    place: Option<(f64, f64, &str)>,
) -> Vec<ContactLink> {
    let mut links: Vec<ContactLink> = contacts
        .iter()
        .filter_map(|c| {
            let (kind, label_key, uri) = match c.channel {
                ContactChannel::Phone => (
                    ExternalKind::Dial,
                    "services-call",
                    format!("tel:{}", dial_number(&c.value)?),
                ),
                ContactChannel::Whatsapp => (
                    ExternalKind::WhatsApp,
                    "contact-whatsapp",
                    whatsapp_link(&c.value)?,
                ),
                ContactChannel::Email => {
                    (ExternalKind::Email, "contact-email", email_link(&c.value)?)
                }
                ContactChannel::Web => (ExternalKind::Web, "contact-web", web_link(&c.value)?),
                ContactChannel::WalkIn => return None,
            };
            Some(ContactLink {
                kind,
                label_key,
                shown: c.value.trim().to_owned(),
                uri,
            })
        })
        .collect();
    if let Some((lat, lon, name)) = place {
        links.push(ContactLink {
            kind: ExternalKind::Directions,
            label_key: "services-directions",
            shown: String::new(),
            uri: directions_link(platform, lat, lon, name),
        });
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italian_numbers_are_dialled_in_e164() {
        let cases = [
            // Landlines keep their 0 after +39.
            ("051 123 4567", Some("+390511234567")),
            ("051-6345111", Some("+390516345111")),
            ("06/4991.1", Some("+390649911")),
            ("(051) 219 3111", Some("+390512193111")),
            // Mobiles.
            ("3331234567", Some("+393331234567")),
            ("333 123 4567", Some("+393331234567")),
            ("347.123.45.67", Some("+393471234567")),
            // Already international: kept.
            ("+39 051 123 4567", Some("+390511234567")),
            ("0039 333 1234567", Some("+393331234567")),
            ("+44 20 7946 0958", Some("+442079460958")),
            ("0033 1 23 45 67 89", Some("+33123456789")),
            // Short, toll-free and shared-cost numbers are dialled as they are.
            ("112", Some("112")),
            ("1522", Some("1522")),
            ("118", Some("118")),
            ("800 290 290", Some("800290290")),
            ("803.116", Some("803116")),
            ("199 123 456", Some("199123456")),
            ("116 117", Some("116117")),
            ("848 800 333", Some("848800333")),
            // VoIP "personal" numbers are geographic-free but dialled with +39.
            ("055 1234567", Some("+390551234567")),
            ("5512345678", Some("+395512345678")),
            // Not numbers.
            ("", None),
            ("call us", None),
            ("051 123 4567 int. 2", None),
            ("+12", None),
            ("7777777", None),
        ];
        for (written, expected) in cases {
            assert_eq!(
                dial_number(written).as_deref(),
                expected,
                "{written:?} is dialled as {expected:?}"
            );
        }
    }

    #[test]
    fn whatsapp_opens_only_for_mobiles() {
        assert_eq!(
            whatsapp_link("333 123 4567").as_deref(),
            Some("https://wa.me/393331234567")
        );
        assert_eq!(
            whatsapp_link("+39 347 1234567").as_deref(),
            Some("https://wa.me/393471234567")
        );
        assert_eq!(whatsapp_link("051 123 4567"), None, "a landline");
        assert_eq!(whatsapp_link("1522"), None, "a short number");
        assert_eq!(
            whatsapp_link("+234 803 123 4567").as_deref(),
            Some("https://wa.me/2348031234567")
        );
    }

    #[test]
    fn only_safe_links_are_offered() {
        assert_eq!(
            web_link("https://www.comune.bologna.it").as_deref(),
            Some("https://www.comune.bologna.it/")
        );
        assert_eq!(
            web_link("www.poste.it").as_deref(),
            Some("https://www.poste.it/")
        );
        assert_eq!(web_link("http://example.org"), None);
        assert_eq!(web_link("javascript:alert(1)"), None);
        assert_eq!(
            email_link(" info@caritas.bo.it ").as_deref(),
            Some("mailto:info@caritas.bo.it")
        );
        assert_eq!(email_link("info@caritas"), None);
        assert_eq!(email_link("a b@c.it"), None);
        assert_eq!(
            directions_link(Platform::Ios, 44.494, 11.343, "Centro"),
            "https://maps.apple.com/?daddr=44.494,11.343"
        );
        assert_eq!(
            directions_link(Platform::Android, 44.494, 11.343, "Centro per l'impiego"),
            "geo:44.494,11.343?q=44.494,11.343(Centro+per+l%27impiego)"
        );
    }
}
