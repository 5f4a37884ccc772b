//! What the coordinator reads from a phone: the sync, push and pairing request bodies, read
//! as the server reads them (JSON, then the type, then written back to find unknown fields),
//! and every operation checked. Two records of a request are also merged both ways: replicas
//! converge only if the merge is commutative and idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ponte_wire::sync::{
    check_record, Operation, OperationBody, PairRequest, PushRequest, SharedRecord, SyncRequest,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// As the coordinator's `strict` reads a body: the JSON value, the type, the type written back.
fn strict<T: DeserializeOwned + Serialize>(raw: &serde_json::Value) -> Option<T> {
    let typed: T = serde_json::from_value(raw.clone()).ok()?;
    serde_json::to_value(&typed).expect("a request read writes back");
    Some(typed)
}

fn check(operations: &[Operation]) {
    let mut records: Vec<&SharedRecord> = Vec::new();
    for operation in operations {
        match &operation.change {
            OperationBody::Record { record } => {
                if check_record(record).is_ok() {
                    let _ = record.newest();
                    let _ = record.is_deleted();
                    records.push(record);
                }
            }
            OperationBody::Question { question } => {
                let _ = question.validate();
            }
            OperationBody::Report { .. }
            | OperationBody::Consent { .. }
            | OperationBody::Outcome { .. } => {}
        }
    }
    if let [a, b, ..] = records[..] {
        let mut ab = a.clone();
        ab.merge(b);
        let mut ba = b.clone();
        ba.merge(a);
        assert_eq!(
            (&ab.fields, ab.deleted),
            (&ba.fields, ba.deleted),
            "merge is commutative"
        );
        let mut again = ab.clone();
        again.merge(b);
        assert_eq!(again, ab, "merge is idempotent");
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    if let Some(request) = strict::<SyncRequest>(&raw) {
        check(&request.operations);
    }
    if let Some(request) = strict::<PushRequest>(&raw) {
        check(&request.operations);
    }
    let _ = strict::<PairRequest>(&raw);
});
