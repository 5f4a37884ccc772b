//! Reading aloud for people with little reading practice. The core chooses how, so both apps
//! behave the same: the phone's voice for the text's language; else recorded audio when the
//! content has it; else the same text in another language the person reads that the phone
//! can speak; else a notice that says so (never silence, never a voice reading Tigrinya with
//! Italian sounds).

use super::{App, Effect};
use crate::i18n::{Arg, Catalogue, NamedArg};

/// A text to read, in the language it is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    pub text: String,
    /// Its BCP 47 language (`ti`, `ar-EG`).
    pub language: String,
}

/// Recorded audio of the text, when the content has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recording {
    pub bytes: Vec<u8>,
    pub mime_type: String,
}

/// The phone's voice that speaks `language`, as the shell named it (`ar` is spoken by an
/// `ar-EG` voice; Dari `prs` by a Persian one).
pub fn voice_for(voices: &[String], language: &str) -> Option<String> {
    let wanted = crate::i18n::supported(language)
        .map(str::to_owned)
        .unwrap_or_else(|| primary(language));
    voices
        .iter()
        .find(|voice| {
            crate::i18n::supported(voice)
                .map(str::to_owned)
                .unwrap_or_else(|| primary(voice))
                == wanted
        })
        .cloned()
}

fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// What to do to read `shown` aloud. `others` are the same text in the person's other
/// languages, best first; `recording` is the content's recorded audio of `shown`, if any.
/// With no way to read it, the view's notice says so and nothing is asked of the shell.
pub(crate) fn read_aloud(
    app: &App,
    chain: &[String],
    shown: &Spoken,
    others: &[Spoken],
    recording: Option<Recording>,
) -> Vec<Effect> {
    let voices = &app.capabilities().voices;
    if shown.text.trim().is_empty() {
        return Vec::new();
    }
    if let Some(voice) = voice_for(voices, &shown.language) {
        return vec![Effect::ReadAloud {
            text: shown.text.clone(),
            language: voice,
        }];
    }
    if let Some(recording) = recording {
        return vec![Effect::PlayAudio {
            bytes: recording.bytes,
            mime_type: recording.mime_type,
        }];
    }
    let name = |language: &str| {
        crate::i18n::supported(language)
            .and_then(|code| {
                crate::i18n::languages()
                    .into_iter()
                    .find(|l| l.code == code)
                    .map(|l| l.native_name)
            })
            .unwrap_or_else(|| language.to_owned())
    };
    let catalogue = Catalogue::get();
    let arg = |n: &str, v: String| NamedArg {
        name: n.into(),
        value: Arg::Text(v),
    };
    for other in others.iter().filter(|o| !o.text.trim().is_empty()) {
        if let Some(voice) = voice_for(voices, &other.language) {
            app.set_notice(catalogue.t(
                chain,
                "speech-other-language",
                &[
                    arg("language", name(&shown.language)),
                    arg("other", name(&other.language)),
                ],
            ));
            return vec![Effect::ReadAloud {
                text: other.text.clone(),
                language: voice,
            }];
        }
    }
    app.set_notice(catalogue.t(
        chain,
        "speech-no-voice",
        &[arg("language", name(&shown.language))],
    ));
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_voice_is_found_by_its_language_whatever_its_region() {
        let voices = vec!["it-IT".to_owned(), "ar-EG".to_owned(), "fa-IR".to_owned()];
        assert_eq!(voice_for(&voices, "ar").as_deref(), Some("ar-EG"));
        assert_eq!(voice_for(&voices, "ar-SA").as_deref(), Some("ar-EG"));
        // Dari is read by the Persian voice.
        assert_eq!(voice_for(&voices, "prs").as_deref(), Some("fa-IR"));
        assert_eq!(voice_for(&voices, "ti"), None);
        assert_eq!(voice_for(&[], "it"), None);
    }
}
