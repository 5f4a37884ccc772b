//! Reading what a newer coordinator sends. Phones update months after the server, so what a
//! phone receives is read leniently: a field it does not know is ignored (no
//! `deny_unknown_fields` on what the phone receives), and a value of a list it does not know (a
//! new category, audience or contact channel) is left out, where refusing it would refuse the
//! whole page. The server never sends a value newer than the phone's sync version
//! ([`crate::sync::SYNC_VERSION`]) on purpose; these are the safety net. What the server
//! receives stays strict.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::content::Provenance;

/// A list whose items this build cannot read are left out.
pub(crate) fn known_only<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let values = Vec::<serde_json::Value>::deserialize(deserializer)?;
    Ok(values
        .into_iter()
        .filter_map(|value| serde_json::from_value(value).ok())
        .collect())
}

/// A provenance this build does not know reads as a machine translation: the cautious reading
/// (the app says "machine translation", never "reviewed", of a text it cannot place).
pub(crate) fn provenance<'de, D>(deserializer: D) -> Result<Provenance, D::Error>
where
    D: Deserializer<'de>,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    if !value.is_string() {
        return Err(serde::de::Error::custom("provenance: a string"));
    }
    Ok(serde_json::from_value(value).unwrap_or(Provenance::Machine))
}

/// A lesson level this build does not know reads as a beginner's: the lesson is shown to
/// everyone rather than hidden.
pub(crate) fn level<'de, D>(deserializer: D) -> Result<crate::lessons::Level, D::Error>
where
    D: Deserializer<'de>,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    if !value.is_string() {
        return Err(serde::de::Error::custom("level: a string"));
    }
    Ok(serde_json::from_value(value).unwrap_or(crate::lessons::Level::Beginner))
}

/// A mastery rule this build does not know reads as the strictest one it knows (every item
/// right): a lesson is never marked mastered more easily than its author meant.
pub(crate) fn mastery<'de, D>(deserializer: D) -> Result<crate::lessons::MasteryRule, D::Error>
where
    D: Deserializer<'de>,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    if !value.get("rule").is_some_and(serde_json::Value::is_string) {
        return Err(serde::de::Error::custom("mastery: an object with a rule"));
    }
    match serde_json::from_value(value.clone()) {
        Ok(rule) => Ok(rule),
        // A known rule with bad numbers is an error; only an unknown rule is forgiven.
        Err(e)
            if ["all_correct", "m_of_n", "streak"]
                .contains(&value["rule"].as_str().unwrap_or("")) =>
        {
            Err(serde::de::Error::custom(e))
        }
        Err(_) => Ok(crate::lessons::MasteryRule::AllCorrect),
    }
}

#[cfg(test)]
mod tests {
    use crate::content::{Audience, Category, ContactChannel, ContentChange, Provenance};
    use crate::sync::{RecordKind, SyncResponse};

    /// An answer of a newer coordinator: fields, a change kind, a record kind and list values
    /// this build does not know.
    const NEWER: &str = r#"{
        "results": [{"id": "op-1", "status": "applied", "retry_after": 3}],
        "items": {
            "records": [
                {"kind": "voice_note", "id": "v1", "fields": {}},
                {"kind": "tutor_note", "id": "n1", "fields": {"title": {"value": "Ciao", "at": "5.0.1"}}, "pinned": true}
            ],
            "cursor": 7, "more": false, "server_time": 1
        },
        "content": {
            "changes": [
                {"op": "upsert_map_layer", "layer": {"id": "bus"}},
                {"op": "upsert_service", "service": {
                    "id": "bo-1", "version": 1, "organisation": "Comune",
                    "categories": ["work", "sports"], "city": "Bologna", "region": "bologna",
                    "lat": 44.5, "lon": 11.3, "source_language": "it",
                    "audiences": ["everyone", "elderly"],
                    "contacts": [{"channel": "phone", "value": "+39051"}, {"channel": "telegram", "value": "@x"}],
                    "accessibility": {"ramp": true},
                    "texts": [{"language": "it", "name": "Sportello", "provenance": "community", "source_version": 1, "audio": "a.mp3"}]
                }}
            ],
            "cursor": 12, "more": false, "etag": "x"
        },
        "map_version": 3
    }"#;

    #[test]
    fn a_newer_coordinators_answer_is_read_and_what_is_unknown_handled_as_documented() {
        let answer: SyncResponse = serde_json::from_str(NEWER).unwrap();
        assert_eq!(answer.results[0].id, "op-1");
        // A record of a kind this build does not know is left out; the known one is read.
        assert_eq!(answer.items.records.len(), 1);
        assert_eq!(answer.items.records[0].kind, RecordKind::TutorNote);
        let page = answer.content.unwrap();
        assert_eq!(page.cursor, 12);
        // A change of a kind this build does not know is read as Unknown (the phone skips it).
        assert_eq!(page.changes[0], ContentChange::Unknown);
        let ContentChange::UpsertService { service } = &page.changes[1] else {
            panic!("{:?}", page.changes[1]);
        };
        // Values this build does not know are left out; a provenance it cannot place reads as
        // a machine translation.
        assert_eq!(service.categories, [Category::Work]);
        assert_eq!(service.audiences, [Audience::Everyone]);
        assert_eq!(service.contacts.len(), 1);
        assert_eq!(service.contacts[0].channel, ContactChannel::Phone);
        assert_eq!(service.texts[0].provenance, Provenance::Machine);
        assert!(service.validate().is_ok());
    }

    #[test]
    fn a_value_of_the_wrong_type_is_still_refused() {
        let wrong = NEWER.replace(r#""provenance": "community""#, r#""provenance": 3"#);
        assert!(serde_json::from_str::<SyncResponse>(&wrong).is_err());
        let wrong = NEWER.replace(r#""cursor": 12"#, r#""cursor": "twelve""#);
        assert!(serde_json::from_str::<SyncResponse>(&wrong).is_err());
    }
}
