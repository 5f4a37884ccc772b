//! What the phone reads from a coordinator, leniently (`compat`): the sync answer, the pages of
//! items and content, the push and pairing answers and the error body, and the content that
//! arrives checked as the phone checks it before storing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ponte_wire::content::ContentChange;
use ponte_wire::sync::{
    ApiError, ChangesPage, ItemsPage, PairResponse, PushResponse, SyncResponse,
};

fn check(page: &ChangesPage) {
    for change in &page.changes {
        match change {
            ContentChange::UpsertService { service } => {
                let _ = service.validate();
            }
            ContentChange::UpsertGuide { guide } => {
                let _ = guide.parsed();
            }
            ContentChange::UpsertConcept { concept } => {
                let _ = concept.validate();
            }
            _ => {}
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(answer) = serde_json::from_slice::<SyncResponse>(data) {
        if let Some(page) = &answer.content {
            check(page);
        }
        for record in &answer.items.records {
            let _ = record.is_deleted();
        }
    }
    if let Ok(page) = serde_json::from_slice::<ChangesPage>(data) {
        check(&page);
    }
    let _ = serde_json::from_slice::<ItemsPage>(data);
    let _ = serde_json::from_slice::<PushResponse>(data);
    let _ = serde_json::from_slice::<PairResponse>(data);
    let _ = serde_json::from_slice::<ApiError>(data);
});
