//! The app core's small persistent state: the person's settings and what must survive the
//! process being killed, as key/value pairs in the encrypted database (`app_setting`).

use rusqlite::{params, OptionalExtension};

use crate::error::Result;
use crate::store::Store;

/// Keys of `app_setting`. One place names them all, so two modules cannot collide.
pub(crate) mod key {
    /// The navigation stack, one canonical link a line, bottom first.
    pub const NAV_STACK: &str = "nav.stack";
    /// The UI language chosen in the first run or in settings.
    pub const UI_LANGUAGE: &str = "ui.language";
    /// The content language, when it differs from the UI language.
    pub const CONTENT_LANGUAGE: &str = "content.language";
    /// The city whose services the phone keeps.
    pub const CITY: &str = "city";
    /// The city's centre, `lat,lon`, computed once when the city is chosen.
    pub const CITY_CENTRE: &str = "city.centre";
    /// The first-run step reached (its code); absent once the first run is done.
    pub const FIRST_RUN_STEP: &str = "first_run.step";
    /// The catalogue key of why installing the shipped content failed, while it has.
    pub const FIRST_RUN_INSTALL_FAILED: &str = "first_run.install_failed";
    /// "1" once the first run is done.
    pub const FIRST_RUN_DONE: &str = "first_run.done";
    /// "1": sync and downloads only on Wi-Fi.
    pub const WIFI_ONLY: &str = "sync.wifi_only";
    /// "1": data saver (no map download, no images on mobile data).
    pub const DATA_SAVER: &str = "sync.data_saver";
    /// Prefix of a notification category's switch: `notify.<category>` = "0" or "1".
    pub const NOTIFY_PREFIX: &str = "notify.";
    /// Quiet hours, `HH:MM-HH:MM` local time ("" for none).
    pub const QUIET_HOURS: &str = "notify.quiet_hours";
    /// "1": the offline map may download over mobile data (off by default).
    pub const MAP_MOBILE_DATA: &str = "map.mobile_data";
    /// The installed map's signed manifest (JSON of `SignedMapManifest`).
    pub const MAP_INSTALLED: &str = "map.installed";
    /// The signed manifest of the map being downloaded (its `.part` file's).
    pub const MAP_PENDING: &str = "map.pending";
    /// Why the last map download stopped (a `MapProblem` code, `wifi`, `no-map`, `paused`).
    pub const MAP_PROBLEM: &str = "map.problem";
    /// Prefix of a screen's draft: `draft.<route link>` = JSON of what was typed or chosen
    /// (a form's fields, a lesson step's selection), kept until saved or discarded.
    pub const DRAFT_PREFIX: &str = "draft.";
    /// The CV preview's first column language (the person's by default).
    pub const CV_FIRST_LANGUAGE: &str = "cv.first_language";
    /// The CV preview's second column language (Italian by default).
    pub const CV_SECOND_LANGUAGE: &str = "cv.second_language";
    /// The quiet hours as typed and the catalogue key of why they were refused (JSON).
    pub const QUIET_HOURS_DRAFT: &str = "draft.ponte://settings";
    /// The services list's filters, search text and pages shown (JSON), kept so a person
    /// coming back finds the list as they left it.
    pub const SERVICES_LIST: &str = "services.list";
    /// The question typed in the guides' "Ask" box, kept until it is cleared.
    pub const GUIDES_QUESTION: &str = "guides.question";
    /// "Ask my tutor" for the question in the Ask box: `confirm` while the person is asked
    /// whether to send it (what was sent is in `tutor_question`).
    pub const GUIDES_ASK_TUTOR: &str = "guides.ask_tutor";
    /// The map screen's visible area, `south,west,north,east`, for the pins.
    pub const SERVICES_MAP_VIEWPORT: &str = "services.map.viewport";
    /// The connection the shell reported when the person asked for the map (`wifi`,
    /// `mobile`, `offline`), read by the download task.
    pub const MAP_NETWORK: &str = "map.network";
    /// Prefix of how many pages of applications are shown: `diary.pages.<stage code|all>`.
    pub const DIARY_PAGES_PREFIX: &str = "diary.pages.";
    /// The id of the application whose deletion waits for the person's confirmation.
    pub const DIARY_CONFIRM_DELETE: &str = "diary.confirm_delete";
}

pub(crate) fn get(store: &Store, key: &str) -> Result<Option<String>> {
    store.read(|conn| {
        Ok(conn
            .prepare_cached("SELECT value FROM app_setting WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    })
}

pub(crate) fn set(store: &Store, key: &str, value: &str) -> Result<()> {
    store.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO app_setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute(params![key, value])?;
        Ok(())
    })
}

pub(crate) fn remove(store: &Store, key: &str) -> Result<()> {
    store.write(|tx| {
        tx.execute("DELETE FROM app_setting WHERE key = ?1", [key])?;
        Ok(())
    })
}

pub(crate) fn get_flag(store: &Store, key: &str, default: bool) -> Result<bool> {
    Ok(get(store, key)?.map_or(default, |v| v == "1"))
}

pub(crate) fn set_flag(store: &Store, key: &str, on: bool) -> Result<()> {
    set(store, key, if on { "1" } else { "0" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_kept_replaced_and_removed() {
        let (_dir, store) = crate::store::tests::temp_store();
        assert_eq!(get(&store, key::CITY).unwrap(), None);
        set(&store, key::CITY, "Bologna").unwrap();
        set(&store, key::CITY, "Palermo").unwrap();
        assert_eq!(get(&store, key::CITY).unwrap().as_deref(), Some("Palermo"));
        assert!(get_flag(&store, key::WIFI_ONLY, true).unwrap());
        set_flag(&store, key::WIFI_ONLY, false).unwrap();
        assert!(!get_flag(&store, key::WIFI_ONLY, true).unwrap());
        remove(&store, key::CITY).unwrap();
        assert_eq!(get(&store, key::CITY).unwrap(), None);
    }
}
