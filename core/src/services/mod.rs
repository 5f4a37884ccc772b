//! The territory's services: a map a newcomer can search in their own language, near them, open
//! now, with no connection.
//!
//! Services are content: they arrive as [`ContentChange`]s in the wire format the coordinator
//! serves, and are applied idempotently in one transaction. Favourites, recently viewed services
//! and reports of wrong information are the person's own.

mod apply;
pub mod hours;
mod personal;
mod query;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub(crate) use apply::apply_in;
pub use apply::ImportFormat;
pub use hours::{OpenState, OpenStatus};
pub use personal::{ProblemReport, ReportKind, ReportStatus};
pub use ponte_wire::{
    Audience, Category, Contact, ContactChannel, ContentChange, Provenance, ServiceRecord,
};
pub use query::{
    Bounds, GeoPoint, ServiceDetails, ServiceFilter, ServiceHit, ServiceSummary, ShownText,
};

use crate::store::Store;

/// The services map over the shared store.
pub struct Services {
    store: Arc<Store>,
    /// Parsed opening hours by city (it decides the patron saint's day) and expression, so
    /// "open now" over hundreds of services parses each distinct expression once: services share
    /// them ("Mo-Fr 09:00-13:00"). Cleared whenever content changes, which bounds it.
    hours: Mutex<(u64, ParsedHours)>,
}

type ParsedHours = HashMap<String, HashMap<String, Option<Arc<hours::Hours>>>>;

impl std::fmt::Debug for Services {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Services").finish_non_exhaustive()
    }
}

/// How many changes an application of content made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ApplySummary {
    pub upserted: u32,
    pub deleted: u32,
}

impl Services {
    pub fn new(store: Arc<Store>) -> Self {
        Services {
            store,
            hours: Mutex::new((0, HashMap::new())),
        }
    }

    /// An opening-hours expression parsed for a city, from the cache.
    fn hours_of(&self, expression: Option<&str>, city: &str) -> Option<Arc<hours::Hours>> {
        let expression = expression?;
        let mut guard = self.hours.lock().unwrap_or_else(|p| p.into_inner());
        let generation = self.store.content_generation();
        if guard.0 != generation {
            *guard = (generation, HashMap::new());
        }
        // Looked up by `&str` first: open-now asks for hundreds of services at a time.
        if !guard.1.contains_key(city) {
            guard.1.insert(city.to_owned(), HashMap::new());
        }
        let by_expression = guard.1.get_mut(city)?;
        if let Some(parsed) = by_expression.get(expression) {
            return parsed.clone();
        }
        let parsed = hours::Hours::parse(expression, city).map(Arc::new);
        by_expression.insert(expression.to_owned(), parsed.clone());
        parsed
    }

    fn forget_hours(&self) {
        self.store.content_changed();
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use ponte_wire::ServiceText;

    pub(crate) fn services() -> (tempfile::TempDir, Services) {
        let (dir, store) = crate::store::tests::temp_store();
        (dir, Services::new(Arc::new(store)))
    }

    pub(crate) fn text(language: &str, name: &str, provenance: Provenance) -> ServiceText {
        ServiceText {
            language: language.into(),
            name: name.into(),
            description: String::new(),
            eligibility: String::new(),
            how_to: String::new(),
            provenance,
            source_version: 1,
        }
    }

    pub(crate) fn record(
        id: &str,
        lat: f64,
        lon: f64,
        category: Category,
        name_it: &str,
    ) -> ServiceRecord {
        ServiceRecord {
            id: id.into(),
            version: 1,
            organisation: "Comune".into(),
            categories: vec![category],
            address: "Via Test 1".into(),
            city: "Bologna".into(),
            region: "bologna".into(),
            lat: Some(lat),
            lon: Some(lon),
            opening_hours: Some("Mo-Fr 09:00-13:00; PH off".into()),
            contacts: vec![],
            languages_spoken: vec!["it".into()],
            audiences: vec![Audience::Everyone],
            free: Some(true),
            wheelchair: None,
            last_verified: None,
            source: "test".into(),
            attribution: String::new(),
            source_language: "it".into(),
            texts: vec![text("it", name_it, Provenance::Original)],
        }
    }

    pub(crate) fn upsert(services: &Services, records: Vec<ServiceRecord>) {
        let changes: Vec<ContentChange> = records
            .into_iter()
            .map(|service| ContentChange::UpsertService { service })
            .collect();
        services.apply_changes(&changes).unwrap();
    }

    /// Piazza Maggiore, Bologna.
    pub(crate) const PIAZZA: (f64, f64) = (44.4938, 11.3430);
}
