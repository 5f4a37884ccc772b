//! A property test: random offline edits on the phone and by the tutor, random sync points
//! and faults; after a last clean sync both sides hold the same records.

mod support;

use std::collections::BTreeMap;

use ponte_core::diary::Stage;
use ponte_core::sync::ConsentChoice;
use proptest::prelude::*;
use support::{Coordinator, Fault, Phone, Proxy, Tutor};

#[derive(Debug, Clone)]
enum Step {
    AddApplication,
    MoveStage(usize, u8),
    ToggleItem(usize),
    TutorAddsItem,
    Sync(u8),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => Just(Step::AddApplication),
        3 => (0usize..8, 0u8..4).prop_map(|(i, s)| Step::MoveStage(i, s)),
        2 => (0usize..4).prop_map(Step::ToggleItem),
        2 => Just(Step::TutorAddsItem),
        2 => (0u8..5).prop_map(Step::Sync),
    ]
}

const STAGES: [Stage; 4] = [Stage::Applied, Stage::Interview, Stage::Offer, Stage::Hired];

fn fault(n: u8) -> Fault {
    match n {
        0 => Fault::None,
        1 => Fault::DropAfterRequest,
        2 => Fault::CutBody,
        3 => Fault::Duplicate,
        _ => Fault::Delay(50),
    }
}

/// The server's records of this beneficiary as field maps, by kind and id.
fn server_state(
    coordinator: &Coordinator,
    beneficiary: &str,
) -> BTreeMap<(String, String), BTreeMap<String, String>> {
    coordinator
        .query_texts(&format!(
            "SELECT body FROM shared_record WHERE beneficiary_id = '{beneficiary}'"
        ))
        .iter()
        .map(|body| {
            let record: ponte_wire::sync::SharedRecord = serde_json::from_str(body).unwrap();
            (
                (record.kind.as_str().to_owned(), record.id.clone()),
                record
                    .fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.value.to_string()))
                    .collect(),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, max_shrink_iters: 0, ..ProptestConfig::default() })]

    #[test]
    fn phone_and_server_converge(steps in proptest::collection::vec(step(), 5..25)) {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        runtime.block_on(async {
            let coordinator = Coordinator::start().await;
            let proxy = Proxy::start(coordinator.port).await;
            let tutor = Tutor::sign_in(&coordinator).await;
            let beneficiary = tutor.add_beneficiary("Sam", "so, it").await;
            let code = tutor.pairing_code(&beneficiary).await;
            let phone = Phone::new();
            phone.sync.pair(&proxy.base(), &code, "phone", Vec::new()).await.unwrap();
            phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
            let mut applications = Vec::new();
            for step in &steps {
                match step {
                    Step::AddApplication => applications.push(phone.add_application(&format!("Employer {}", applications.len()))),
                    Step::MoveStage(i, s) => {
                        if let Some(id) = applications.get(i % applications.len().max(1)) {
                            phone.move_to(id, STAGES[*s as usize]);
                        }
                    }
                    Step::ToggleItem(i) => {
                        let items = phone.sync.tutor_items().unwrap();
                        if let Some(item) = items.get(i % items.len().max(1)) {
                            phone.sync.set_tutor_item_done(&item.id, !item.done).unwrap();
                        }
                    }
                    Step::TutorAddsItem => tutor.add_item(&beneficiary, "tutor_note", &[("title", "Call the CPI")]).await,
                    Step::Sync(f) => {
                        proxy.set(fault(*f), 2);
                        let _ = phone.sync.sync_now(true, None).await;
                    }
                }
            }
            proxy.set(Fault::None, 0);
            phone.sync.sync_now(true, None).await.unwrap();
            phone.sync.sync_now(true, None).await.unwrap();
            let server = server_state(&coordinator, &beneficiary);
            // Every application on the phone is on the server with the same stage, and no more.
            let phone_apps: BTreeMap<String, String> = phone.diary().applications(None).unwrap().into_iter()
                .map(|a| (a.id, format!("\"{}\"", a.current_stage.code()))).collect();
            let server_apps: BTreeMap<String, String> = server.iter()
                .filter(|((kind, _), _)| kind == "application")
                .map(|((_, id), fields)| (id.clone(), fields["stage"].clone())).collect();
            assert_eq!(phone_apps, server_apps);
            // Every tutor item is on the phone, done as the server has it.
            let phone_items: BTreeMap<String, bool> = phone.sync.tutor_items().unwrap().into_iter().map(|i| (i.id, i.done)).collect();
            let server_items: BTreeMap<String, bool> = server.iter()
                .filter(|((kind, _), _)| kind == "tutor_note")
                .map(|((_, id), fields)| (id.clone(), fields.get("done").map(|d| d == "true").unwrap_or(false))).collect();
            assert_eq!(phone_items, server_items);
            assert_eq!(phone.sync.status(&[]).unwrap().pending_operations, 0);
        });
    }
}
