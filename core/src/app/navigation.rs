//! The navigation stack: typed routes, bottom first, saved after every change so that a
//! process killed in the background comes back where the person was.

use super::route::{FirstRunStep, Route};
use super::settings::{self, key};
use crate::error::Result;
use crate::store::Store;

/// The most screens kept on the stack: deep links followed one after another must not grow it
/// without end on a cheap phone.
const MAX_DEPTH: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Navigation {
    stack: Vec<Route>,
}

impl Navigation {
    /// The stack saved in `store`, or where a new app starts: the first run until it is done,
    /// home after.
    pub(crate) fn restore(store: &Store) -> Result<Self> {
        let saved: Vec<Route> = settings::get(store, key::NAV_STACK)?
            .unwrap_or_default()
            .lines()
            // A link this build no longer knows (an older or newer app wrote it) is dropped
            // rather than stopping the app from opening.
            .filter_map(|link| Route::parse(link).ok())
            .collect();
        let done = settings::get_flag(store, key::FIRST_RUN_DONE, false)?;
        let stack = match (done, saved.is_empty()) {
            (true, true) => vec![Route::Home],
            (true, false) if saved[0].is_first_run() => vec![Route::Home],
            (true, false) => saved,
            (false, _) => {
                let step = settings::get(store, key::FIRST_RUN_STEP)?
                    .and_then(|code| FirstRunStep::ALL.iter().copied().find(|s| s.code() == code))
                    .unwrap_or(FirstRunStep::UiLanguage);
                vec![Route::FirstRun { step }]
            }
        };
        Ok(Navigation { stack })
    }

    pub(crate) fn current(&self) -> &Route {
        self.stack.last().expect("the stack is never empty")
    }

    pub(crate) fn depth(&self) -> usize {
        self.stack.len()
    }

    /// Opens `route` on top; the same route twice in a row stays once.
    pub(crate) fn push(&mut self, store: &Store, route: Route) -> Result<()> {
        if self.current() != &route {
            self.stack.push(route);
            if self.stack.len() > MAX_DEPTH {
                // Keep the root (home) and the newest screens.
                self.stack.remove(1);
            }
        }
        self.save(store)
    }

    /// Replaces the whole stack (the end of the first run, a tab chosen at the bottom bar).
    pub(crate) fn reset(&mut self, store: &Store, stack: Vec<Route>) -> Result<()> {
        if !stack.is_empty() {
            self.stack = stack;
        }
        self.save(store)
    }

    /// Goes back one screen. False at the root: the shell then leaves the app as the platform
    /// does (Android's back at home).
    pub(crate) fn back(&mut self, store: &Store) -> Result<bool> {
        if self.stack.len() <= 1 {
            return Ok(false);
        }
        self.stack.pop();
        self.save(store)?;
        Ok(true)
    }

    fn save(&self, store: &Store) -> Result<()> {
        let links: Vec<String> = self.stack.iter().map(Route::to_link).collect();
        settings::set(store, key::NAV_STACK, &links.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_app_starts_the_first_run_and_a_done_one_starts_home() {
        let (_dir, store) = crate::store::tests::temp_store();
        let nav = Navigation::restore(&store).unwrap();
        assert_eq!(
            nav.current(),
            &Route::FirstRun {
                step: FirstRunStep::UiLanguage
            }
        );
        settings::set(&store, key::FIRST_RUN_STEP, "city").unwrap();
        assert_eq!(
            Navigation::restore(&store).unwrap().current(),
            &Route::FirstRun {
                step: FirstRunStep::City
            }
        );
        settings::set_flag(&store, key::FIRST_RUN_DONE, true).unwrap();
        assert_eq!(Navigation::restore(&store).unwrap().current(), &Route::Home);
    }

    #[test]
    fn the_stack_survives_a_kill_and_back_stops_at_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        {
            let store = Store::open(&path, &[7; 32]).unwrap();
            settings::set_flag(&store, key::FIRST_RUN_DONE, true).unwrap();
            let mut nav = Navigation::restore(&store).unwrap();
            nav.push(&store, Route::Courses).unwrap();
            nav.push(&store, Route::Lesson { id: "wifi".into() })
                .unwrap();
            nav.push(&store, Route::Lesson { id: "wifi".into() })
                .unwrap();
            assert_eq!(nav.depth(), 3);
            // The store is dropped without any goodbye, as a killed process would.
        }
        let store = Store::open(&path, &[7; 32]).unwrap();
        let mut nav = Navigation::restore(&store).unwrap();
        assert_eq!(nav.current(), &Route::Lesson { id: "wifi".into() });
        assert!(nav.back(&store).unwrap());
        assert!(nav.back(&store).unwrap());
        assert_eq!(nav.current(), &Route::Home);
        assert!(!nav.back(&store).unwrap(), "back at home is the platform's");
        assert_eq!(nav.current(), &Route::Home);
    }

    #[test]
    fn a_long_chain_of_links_keeps_home_and_the_newest_screens() {
        let (_dir, store) = crate::store::tests::temp_store();
        settings::set_flag(&store, key::FIRST_RUN_DONE, true).unwrap();
        let mut nav = Navigation::restore(&store).unwrap();
        for i in 0..100 {
            nav.push(
                &store,
                Route::Service {
                    id: format!("s{i}"),
                },
            )
            .unwrap();
        }
        assert_eq!(nav.depth(), MAX_DEPTH);
        assert_eq!(nav.stack[0], Route::Home);
        assert_eq!(nav.current(), &Route::Service { id: "s99".into() });
    }
}
