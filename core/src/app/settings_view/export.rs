//! "Export my data": everything the person entered, as one JSON file they can keep or give
//! to someone they trust, with their CV. Read straight from the tables, column by column, so
//! a field added later is exported without a change here. Nothing secret is in it: the sync
//! state (the device token, the server's cursors) and the database key are left out, and so
//! is the content that came with the app (services, lessons).

use serde_json::{Map, Value};

use super::super::App;
use crate::diary::Diary;
use crate::error::Result;

/// The tables of what the person entered or chose, in the order a reader expects.
const PERSONAL_TABLES: &[&str] = &[
    "application",
    "stage_event",
    "interview",
    "next_action",
    "document",
    "meeting",
    "meeting_action",
    "profile",
    "profile_language",
    "work_experience",
    "education",
    "skill",
    "certificate",
    "lesson_progress",
    "lesson_attempt",
    "service_favourite",
    "service_report",
    "tutor_item",
    "tutor_question",
    "sync_consent",
];

/// Settings that are the app's own bookkeeping (signed map manifests), not the person's.
const NOT_EXPORTED_SETTINGS: &[&str] = &["map.installed", "map.pending"];

fn json_of(value: rusqlite::types::ValueRef<'_>) -> Value {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(n) => Value::from(n),
        ValueRef::Real(x) => Value::from(x),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::from(b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
    }
}

/// The JSON file's bytes.
pub(super) fn everything(app: &App) -> Result<Vec<u8>> {
    let tables = app.store.read(|conn| {
        let mut tables = Map::new();
        for table in PERSONAL_TABLES {
            let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))?;
            let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
            let mut rows = stmt.query([])?;
            let mut records = Vec::new();
            while let Some(row) = rows.next()? {
                let mut record = Map::new();
                for (i, name) in names.iter().enumerate() {
                    record.insert(name.clone(), json_of(row.get_ref(i)?));
                }
                records.push(Value::Object(record));
            }
            tables.insert((*table).to_owned(), Value::Array(records));
        }
        let mut settings = Map::new();
        let mut stmt = conn.prepare("SELECT key, value FROM app_setting ORDER BY key")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let key: String = row.get(0)?;
            if !NOT_EXPORTED_SETTINGS.contains(&key.as_str()) {
                settings.insert(key, Value::from(row.get::<_, String>(1)?));
            }
        }
        tables.insert("app_setting".into(), Value::Object(settings));
        Ok(tables)
    })?;
    let diary = Diary::new(app.store.clone());
    let chain = app.ui_chain()?;
    let mut cv = Map::new();
    // The CV in Italian for employers, and in the person's language.
    for language in ["it", chain.first().map(String::as_str).unwrap_or("en")] {
        cv.insert(language.to_owned(), Value::from(diary.cv_text(language)?));
    }
    let mut file = Map::new();
    file.insert("format".into(), Value::from("ponte-export"));
    file.insert("version".into(), Value::from(1));
    file.insert("exported_at".into(), Value::from(app.now().to_string()));
    file.insert("data".into(), Value::Object(tables));
    file.insert("cv".into(), Value::Object(cv));
    Ok(serde_json::to_vec_pretty(&Value::Object(file)).expect("JSON serializes"))
}
