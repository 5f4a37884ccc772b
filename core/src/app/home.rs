//! The home screen: what is late, what is today and in the next seven days, the documents to
//! renew, the lesson to continue, three services open now near the person, the tutor's new
//! items and one line about sync. Everything already in the person's language.

use super::settings::{self, key};
use super::App;
use crate::diary::{AgendaItem, AgendaOptions, AgendaSource, Diary};
use crate::error::Result;
use crate::i18n::{Arg, Catalogue, Localized, NamedArg};
use crate::lessons::LessonSummary;
use crate::services::{ServiceFilter, ServiceSummary, Services};

/// Something with a time on the home screen.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HomeItem {
    pub source: AgendaSource,
    /// What it is, as a sentence ("Interview with Coop Sole at 10:00").
    pub text: Localized,
    /// The place or the note, as the person or the tutor wrote it (its language unknown).
    pub detail: String,
    /// The screen a tap opens (a canonical link, see `Route::parse`).
    pub link: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HomeView {
    pub overdue: Vec<HomeItem>,
    pub today: Vec<HomeItem>,
    pub next_days: Vec<HomeItem>,
    /// Applications with no news, as a suggestion each.
    pub follow_ups: Vec<Localized>,
    /// Documents to renew, soonest first.
    pub document_alerts: Vec<Localized>,
    /// The unfinished lesson touched last, to continue where the person left it.
    pub continue_lesson: Option<LessonSummary>,
    /// Up to three services open now, nearest first (to the phone's position when the shell
    /// gave one, else to the city centre).
    pub open_nearby: Vec<ServiceSummary>,
    /// The tutor's items not yet done.
    pub tutor_items_open: u32,
    /// One line about sync ("Never synced", "Last synced 10:24").
    pub sync_line: Localized,
    /// Nothing planned and nothing to renew: the shell shows this instead of empty lists.
    pub empty: Option<Localized>,
}

pub(super) fn view(app: &App, chain: &[String]) -> Result<HomeView> {
    let catalogue = Catalogue::get();
    let t = |key: &str, args: &[NamedArg]| catalogue.t(chain, key, args);
    let text = |name: &str, value: String| NamedArg {
        name: name.into(),
        value: Arg::Text(value),
    };
    let number = |name: &str, value: i64| NamedArg {
        name: name.into(),
        value: Arg::Number(value as f64),
    };
    let now = app.now();
    let zone = app.capabilities.time_zone.clone();
    let locale = chain.first().cloned().unwrap_or_else(|| "en".into());
    let agenda = Diary::new(app.store.clone()).agenda(&AgendaOptions {
        time_zone: zone.clone(),
        ..AgendaOptions::at(now)
    })?;

    let item = |i: &AgendaItem| {
        let time = crate::i18n::format_time(&locale, i.at, &zone);
        let (text, detail) = match i.source {
            AgendaSource::Action => {
                let action = i
                    .action_kind
                    .map(|k| t(&k.label_key(), &[]).text)
                    .unwrap_or_default();
                (
                    t(
                        "notification-action-due",
                        &[text("action", action), text("employer", i.employer.clone())],
                    ),
                    i.note.clone(),
                )
            }
            AgendaSource::Interview => (
                t(
                    "notification-interview",
                    &[text("employer", i.employer.clone()), text("time", time)],
                ),
                i.note.clone(),
            ),
            AgendaSource::Meeting | AgendaSource::TutorItem => (
                t(
                    "notification-meeting",
                    &[text("tutor", i.tutor.clone()), text("time", time)],
                ),
                if i.place.is_empty() {
                    i.note.clone()
                } else {
                    format!("{} — {}", i.note, i.place)
                },
            ),
        };
        let link = match (&i.source, &i.application_id) {
            (_, Some(id)) => super::Route::Application { id: id.clone() }.to_link(),
            (AgendaSource::Meeting, None) => super::Route::Meetings.to_link(),
            (AgendaSource::TutorItem, None) => super::Route::Tutor.to_link(),
            (_, None) => super::Route::Actions.to_link(),
        };
        HomeItem {
            source: i.source,
            text,
            detail,
            link,
        }
    };
    let overdue: Vec<HomeItem> = agenda.overdue.iter().map(item).collect();
    let today: Vec<HomeItem> = agenda.today.iter().map(item).collect();
    let next_days: Vec<HomeItem> = agenda.this_week.iter().map(item).collect();
    let follow_ups: Vec<Localized> = agenda
        .follow_ups
        .iter()
        .map(|f| {
            t(
                "home-follow-up",
                &[
                    text("employer", f.employer.clone()),
                    number("days", i64::from(f.days_without_news)),
                ],
            )
        })
        .collect();
    let document_alerts: Vec<Localized> = agenda
        .document_alerts
        .iter()
        .map(|d| {
            let document = if d.title.is_empty() {
                t(&d.kind.label_key(), &[]).text
            } else {
                d.title.clone()
            };
            if d.days_left < 0 {
                t("home-document-expired", &[text("document", document)])
            } else {
                t(
                    "home-document-expires",
                    &[
                        text("document", document),
                        number("days", i64::from(d.days_left)),
                    ],
                )
            }
        })
        .collect();

    let continue_lesson =
        crate::lessons::Lessons::new(app.store.clone()).lesson_to_continue(chain)?;

    // Near the person when the phone gave a position, else near the city centre.
    let open_nearby = match app.position()? {
        Some((lat, lon)) => Services::new(app.store.clone()).near(
            lat,
            lon,
            10_000.0,
            3,
            &ServiceFilter {
                open_only: true,
                ..ServiceFilter::default()
            },
            chain,
            now,
        )?,
        None => Vec::new(),
    };

    let tutor_items_open: u32 = app.store.read(|conn| {
        Ok(
            conn.query_row("SELECT count(*) FROM tutor_item WHERE done = 0", [], |r| {
                r.get(0)
            })?,
        )
    })?;
    let status = crate::sync::status(&app.store, chain)?;
    let sync_line = match (status.paired, status.last_success_at) {
        (false, _) => t("home-sync-not-paired", &[]),
        (true, None) => t("sync-never", &[]),
        (true, Some(at)) => t(
            "sync-last",
            &[text("when", crate::i18n::format_time(&locale, at, &zone))],
        ),
    };
    let nothing = overdue.is_empty()
        && today.is_empty()
        && next_days.is_empty()
        && follow_ups.is_empty()
        && document_alerts.is_empty();
    Ok(HomeView {
        overdue,
        today,
        next_days,
        follow_ups,
        document_alerts,
        continue_lesson,
        open_nearby,
        tutor_items_open,
        sync_line,
        empty: nothing.then(|| t("empty-agenda", &[])),
    })
}

/// The centre of the person's city: the middle of its services, so no coordinates are
/// written in the code. Computed once when the city is chosen (a walk over the city's
/// services) and kept; `None` before a city is chosen or when it has no services.
pub(super) fn city_centre(app: &App) -> Result<Option<(f64, f64)>> {
    let Some(city) = settings::get(&app.store, key::CITY)? else {
        return Ok(None);
    };
    if let Some(kept) = settings::get(&app.store, key::CITY_CENTRE)? {
        let mut parts = kept.split(',').map(str::parse::<f64>);
        if let (Some(Ok(lat)), Some(Ok(lon))) = (parts.next(), parts.next()) {
            return Ok(Some((lat, lon)));
        }
    }
    let centre = compute_city_centre(app, &city)?;
    if let Some((lat, lon)) = centre {
        settings::set(&app.store, key::CITY_CENTRE, &format!("{lat},{lon}"))?;
    }
    Ok(centre)
}

pub(super) fn compute_city_centre(app: &App, city: &str) -> Result<Option<(f64, f64)>> {
    app.store.read(|conn| {
        Ok(conn.query_row(
            "SELECT avg(lat), avg(lon) FROM service WHERE city = ?1",
            [city],
            |r| {
                Ok(
                    match (r.get::<_, Option<f64>>(0)?, r.get::<_, Option<f64>>(1)?) {
                        (Some(lat), Some(lon)) => Some((lat, lon)),
                        _ => None,
                    },
                )
            },
        )?)
    })
}
