//! The services' screens: the list near the person with filters and search, the offline map,
//! a service's details with its contact actions, and reporting wrong information.
//!
//! The list's filters and search text are kept in `app_setting` (`services.list`), so a person
//! coming back finds the list as they left it; the report form's draft under
//! `draft.<route link>`, so nothing typed is lost.

pub(crate) mod contact;

use serde::{Deserialize, Serialize};

use super::map::{MapClient, MapProblem, MapState, MapStatus, NetworkKind};
use super::route::Route;
use super::settings::{self, key};
use super::{App, Effect, ExternalKind, Permission, Screen};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::{QueryField, ReportField};
use crate::i18n::{Arg, Catalogue, Localized};
use crate::services::hours::Hours;
use crate::services::{
    Bounds, Category, OpenState, OpenStatus, ReportKind, ServiceDetails, ServiceFilter,
    ServiceSummary, Services,
};
use crate::time::Timestamp;

/// Services shown per page of the list.
const PAGE: u32 = 20;
/// How far the list looks around the person: a metropolitan area.
const RADIUS_M: f64 = 30_000.0;
/// Recently viewed services shown above the list.
const RECENT_SHOWN: usize = 5;
/// Favourites shown above the list (the rest are a search away).
const FAVOURITES_SHOWN: usize = 20;
/// The longest comment of a report (the domain's limit, said to the shell for its counter).
const MAX_REPORT_COMMENT: u32 = 2_000;

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ServicesScreen {
    List {
        list: ServiceListView,
    },
    Map {
        map: ServicesMapView,
    },
    Detail {
        service: ServiceDetailView,
    },
    Report {
        form: ServiceReportForm,
    },
    /// The service is no longer on the phone (removed by an update, or a stale link).
    NotFound {
        explanation: Localized,
    },
}

/// What the person does on these screens.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ServicesEvent {
    /// The search text as typed (empty: the nearest services).
    Search {
        text: String,
    },
    /// A category filter turned on or off.
    ToggleCategory {
        category: Category,
    },
    SetOpenNow {
        on: bool,
    },
    /// Back to every service, nearest first.
    ClearFilters,
    /// The next page of the list.
    MoreServices,
    /// "Use my location": asks the permission first, then the position.
    UseMyLocation,
    /// A tap on a service of the list: opens it and remembers it as recently viewed.
    OpenService {
        id: String,
    },
    ToggleFavourite {
        id: String,
    },
    /// Read the service's name and description aloud, in the language they are shown in.
    ReadAloud {
        id: String,
    },
    /// A tap on one of `ServiceDetailView.contacts`, by its position.
    OpenContact {
        id: String,
        index: u32,
    },
    /// The report form: the kind of wrong information.
    ChooseReportKind {
        kind: ReportKind,
    },
    /// The report form: the comment as typed.
    ReportCommentChanged {
        text: String,
    },
    SubmitReport,
    /// The map screen's visible area moved: the pins follow it.
    MapViewportChanged {
        bounds: Bounds,
    },
    /// Download (or resume, or update) the map, on the connection the phone has now.
    DownloadMap {
        network: NetworkKind,
    },
    CancelMapDownload,
    /// The person's switch: may the map come over mobile data.
    SetMapMobileData {
        allowed: bool,
    },
}

/// A switch with its words.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceToggle {
    pub label: Localized,
    pub on: bool,
}

/// A category filter chip.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceCategoryChoice {
    pub category: Category,
    /// The icon's Material Symbols name (iOS maps it to an SF Symbol); `label` is also its
    /// accessibility label.
    pub icon: String,
    pub label: Localized,
    pub selected: bool,
}

/// A service in a list.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceRow {
    pub id: String,
    /// In the content language when the service has it, else the language it is in.
    pub name: Localized,
    /// The first category's label (the row's icon's accessibility label).
    pub category: Option<Localized>,
    /// The first category's icon (a Material Symbols name).
    pub category_icon: Option<String>,
    pub address: String,
    /// "350 m", "2,4 km"; `None` without a point to measure from.
    pub distance: Option<Localized>,
    /// "Open until 13:00", "Opens Tuesday at 09:00", "Opening hours not known".
    pub open_line: Localized,
    /// For the colour of the line; `None` when the hours are not known.
    pub open_status: Option<OpenStatus>,
    pub favourite: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceListView {
    /// The search text as the person typed it.
    pub query: String,
    pub search_placeholder: Localized,
    pub categories: Vec<ServiceCategoryChoice>,
    pub open_now: ServiceToggle,
    /// Shown when a filter or a search is on.
    pub clear_filters: Option<Localized>,
    /// The "use my location" button, when the phone can locate and has not yet.
    pub use_location: Option<Localized>,
    /// What the distances are measured from (the person, or the city centre and why).
    pub position_note: Localized,
    pub favourites_title: Localized,
    /// Only on the list without filters or search.
    pub favourites: Vec<ServiceRow>,
    pub recent_title: Localized,
    /// Only on the list without filters or search.
    pub recent: Vec<ServiceRow>,
    pub services: Vec<ServiceRow>,
    /// The "show more" button, when there are more services than shown.
    pub more: Option<Localized>,
    /// Nothing to show: why, and what to do.
    pub empty: Option<Localized>,
    /// The button to the map screen.
    pub map_label: Localized,
}

/// One day of the week's opening hours.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceDayHours {
    /// "Monday", or "Today".
    pub day: Localized,
    /// "09:00–13:00, 14:30–17:00", "Closed", "Open 24 hours".
    pub hours: Localized,
    pub today: bool,
}

/// A contact button: the shell sends `ServicesEvent::OpenContact` with its position.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceContactAction {
    pub kind: ExternalKind,
    /// "Call", "WhatsApp", "Directions" (also the icon's accessibility label).
    pub label: Localized,
    /// The number, address or site as the service wrote it (empty for directions).
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceDetailView {
    pub id: String,
    pub name: Localized,
    pub organisation: String,
    pub categories: Vec<ServiceCategoryChoice>,
    pub address: String,
    pub description: Option<Localized>,
    pub eligibility: Option<Localized>,
    pub how_to: Option<Localized>,
    /// The language the texts are in, when it is not the content language the person chose,
    /// and whether they are machine-translated or may be out of date.
    pub translation_notes: Vec<Localized>,
    pub open_line: Localized,
    pub open_status: Option<OpenStatus>,
    pub week_title: Localized,
    /// Seven days from today; empty when the hours are not known.
    pub week: Vec<ServiceDayHours>,
    /// Directions last, when the service has a map position.
    pub contacts: Vec<ServiceContactAction>,
    /// "No map position", in place of directions, when the service's source gave none: it is
    /// in the lists and search, not on the map.
    pub no_map_position: Option<Localized>,
    /// Walk-in information, as the service wrote it.
    pub walk_in: Vec<String>,
    pub languages_spoken_title: Localized,
    /// The languages spoken at the desk, each in its own name.
    pub languages_spoken: Vec<String>,
    /// "Free" / "Not free", when known.
    pub cost: Option<Localized>,
    pub wheelchair: Option<Localized>,
    pub last_verified: Option<Localized>,
    /// "Source: © OpenStreetMap contributors, ODbL": what the data's licence asks to show,
    /// when there is something to show.
    pub attribution: Option<Localized>,
    pub favourite: bool,
    /// The star's label: add or remove.
    pub favourite_label: Localized,
    pub read_aloud: Localized,
    pub report_label: Localized,
    /// The report screen's link (`Event::OpenLink`).
    pub report_link: String,
}

/// A choice of the report form.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceReportKindChoice {
    pub kind: ReportKind,
    pub label: Localized,
    pub selected: bool,
}

/// A text field of a form, with what the person typed and its error.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceTextField {
    pub label: Localized,
    pub value: String,
    pub error: Option<Localized>,
    /// The longest text accepted, in characters.
    pub max_chars: u32,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceReportForm {
    pub service_id: String,
    pub service_name: Localized,
    pub explanation: Localized,
    pub kind_label: Localized,
    pub kinds: Vec<ServiceReportKindChoice>,
    pub kind_error: Option<Localized>,
    pub comment: ServiceTextField,
    pub submit: Localized,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServicesMapView {
    /// The map file, bounds, zoom range, download status and the pins (GeoJSON) for the
    /// visible area and the list's filters.
    pub map: MapState,
    /// Where the map stands, in a sentence.
    pub status_line: Localized,
    /// Shown without a map: the list of services works all the same.
    pub without_map: Option<Localized>,
    /// The download button (with the size when known), when a download can start.
    pub download: Option<Localized>,
    /// "Only on Wi-Fi", while mobile data is not allowed.
    pub wifi_note: Option<Localized>,
    pub mobile_data: ServiceToggle,
    /// The button that stops a running download.
    pub cancel: Option<Localized>,
    pub demo_note: Option<Localized>,
    /// The button back to the list.
    pub list_label: Localized,
}

/// The list's filters and search, kept between visits.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct ListState {
    categories: Vec<String>,
    open_only: bool,
    query: String,
    /// Pages shown (1 or more).
    pages: u32,
}

impl ListState {
    fn load(app: &App) -> Result<ListState> {
        Ok(settings::get(&app.store, key::SERVICES_LIST)?
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default())
    }

    fn save(&self, app: &App) -> Result<()> {
        let text = serde_json::to_string(self).expect("the list state serializes");
        settings::set(&app.store, key::SERVICES_LIST, &text)
    }

    fn filter(&self) -> ServiceFilter {
        ServiceFilter {
            categories: self
                .categories
                .iter()
                .filter_map(|c| Category::from_code(c))
                .collect(),
            open_only: self.open_only,
            ..ServiceFilter::default()
        }
    }

    fn narrowed(&self) -> bool {
        !self.categories.is_empty() || self.open_only || !self.query.trim().is_empty()
    }

    fn pages(&self) -> u32 {
        self.pages.clamp(1, 500)
    }
}

/// The report form's draft: what the person typed and the errors of the last refused submit.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct ReportDraft {
    kind: Option<String>,
    comment: String,
    /// `InvalidReason` codes of the last refused submit, per field.
    kind_error: Option<String>,
    comment_error: Option<String>,
}

fn draft_key(service_id: &str) -> String {
    format!(
        "draft.{}",
        Route::ReportService {
            id: service_id.to_owned()
        }
        .to_link()
    )
}

impl ReportDraft {
    fn load(app: &App, service_id: &str) -> Result<ReportDraft> {
        Ok(settings::get(&app.store, &draft_key(service_id))?
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default())
    }

    fn save(&self, app: &App, service_id: &str) -> Result<()> {
        let text = serde_json::to_string(self).expect("a draft serializes");
        settings::set(&app.store, &draft_key(service_id), &text)
    }

    fn kind(&self) -> Option<ReportKind> {
        let code = self.kind.as_deref()?;
        REPORT_KINDS.iter().copied().find(|k| k.code() == code)
    }
}

const REPORT_KINDS: [ReportKind; 5] = [
    ReportKind::ClosedForGood,
    ReportKind::WrongHours,
    ReportKind::WrongAddress,
    ReportKind::WrongPhone,
    ReportKind::Other,
];

/// Words of the person's language, with the arguments' usual shapes.
struct Words<'a> {
    chain: &'a [String],
}

impl Words<'_> {
    fn t(&self, key: &str) -> Localized {
        Catalogue::get().t(self.chain, key, &[])
    }

    fn with(&self, key: &str, args: &[(&str, Arg)]) -> Localized {
        Catalogue::get().with(self.chain, key, args)
    }

    fn locale(&self) -> &str {
        self.chain.first().map_or("en", String::as_str)
    }
}

/// A text of the content, in the language it is in.
fn content_text(text: &str, language: &str) -> Localized {
    Localized {
        text: text.to_owned(),
        locale: language.to_owned(),
        direction: crate::i18n::direction(language),
    }
}

fn non_empty(text: &str, language: &str) -> Option<Localized> {
    (!text.trim().is_empty()).then(|| content_text(text, language))
}

/// A language's own name ("العربية"), or its code when the app does not know it.
fn native_name(code: &str) -> String {
    let wanted = crate::i18n::supported(code).unwrap_or(code);
    crate::i18n::languages()
        .into_iter()
        .find(|l| l.code == wanted)
        .map_or_else(|| code.to_owned(), |l| l.native_name)
}

/// Times of day written for the person, each formatted once per view: an ICU formatter is
/// built per call, and a list of twenty services shares a handful of closing times.
struct TimeWords<'a> {
    words: &'a Words<'a>,
    zone: jiff::tz::TimeZone,
    zone_name: String,
    now: Timestamp,
    cache: std::collections::HashMap<i64, String>,
}

impl<'a> TimeWords<'a> {
    fn new(app: &App, words: &'a Words<'a>) -> TimeWords<'a> {
        let zone_name = app.capabilities().time_zone.clone();
        let zone = crate::time::time_zone(QueryField::TimeZone, &zone_name)
            .unwrap_or_else(|_| crate::services::hours::rome().clone());
        TimeWords {
            words,
            zone,
            zone_name,
            now: app.now(),
            cache: std::collections::HashMap::new(),
        }
    }

    fn time(&mut self, at: Timestamp) -> String {
        let (locale, zone) = (self.words.locale(), &self.zone_name);
        self.cache
            .entry(at.millis())
            .or_insert_with(|| crate::i18n::format_time(locale, at, zone))
            .clone()
    }

    fn date(&self, at: Timestamp) -> jiff::civil::Date {
        at.zoned(&self.zone).date()
    }

    fn weekday(&self, date: jiff::civil::Date) -> Localized {
        let n = date.weekday().to_monday_one_offset();
        self.words.t(&format!("services-weekday-{n}"))
    }

    /// "Open until 13:00", "Opens today at 15:00", "Opens Tuesday at 09:00"...
    fn open_line(&mut self, open: Option<&OpenState>) -> Localized {
        let Some(state) = open else {
            return self.words.t("service-hours-unknown");
        };
        match (state.status, state.next_change) {
            (OpenStatus::Open, Some(until)) => {
                let time = self.time(until);
                self.words
                    .with("service-open-until", &[("time", Arg::Text(time))])
            }
            (OpenStatus::Open, None) => self.words.t("service-open"),
            (OpenStatus::Closed, Some(opens)) => {
                let time = self.time(opens);
                if self.date(opens) == self.date(self.now) {
                    self.words
                        .with("service-opens-today-at", &[("time", Arg::Text(time))])
                } else {
                    let day = self.weekday(self.date(opens)).text;
                    self.words.with(
                        "service-opens-at",
                        &[("day", Arg::Text(day)), ("time", Arg::Text(time))],
                    )
                }
            }
            (OpenStatus::Closed, None) => self.words.t("service-closed"),
            (OpenStatus::Unknown, _) if state.by_appointment => {
                self.words.t("service-by-appointment")
            }
            (OpenStatus::Unknown, _) => self.words.t("service-hours-unknown"),
        }
    }

    /// The opening hours of the seven days from today, from the expression.
    fn week(&mut self, hours: &Hours) -> Vec<ServiceDayHours> {
        let today = self.date(self.now);
        (0..7)
            .filter_map(|offset| {
                let date = today.checked_add(jiff::Span::new().days(offset)).ok()?;
                let start = date.to_zoned(self.zone.clone()).ok()?.start_of_day().ok()?;
                let end = start.tomorrow().ok()?.start_of_day().ok()?;
                let (start, end) = (
                    Timestamp::from_millis(start.timestamp().as_millisecond()),
                    Timestamp::from_millis(end.timestamp().as_millisecond()),
                );
                let mut intervals = Vec::new();
                let mut at = start;
                // A day has a few changes; the bound only guards against a odd expression.
                for _ in 0..12 {
                    let state = hours.state_at(at);
                    let next = state.next_change.filter(|n| *n > at && *n < end);
                    if state.status == OpenStatus::Open {
                        intervals.push((at, next.unwrap_or(end)));
                    }
                    match next {
                        Some(n) => at = n,
                        None => break,
                    }
                }
                let text = match intervals.as_slice() {
                    [] => self.words.t("service-closed"),
                    [(from, to)] if *from == start && *to == end => {
                        self.words.t("services-open-all-day")
                    }
                    _ => {
                        let ranges: Vec<String> = intervals
                            .iter()
                            .map(|(from, to)| {
                                let from = self.time(*from);
                                // Open until midnight reads as 24:00, not as the next day's 00:00.
                                let to = if *to == end {
                                    "24:00".to_owned()
                                } else {
                                    self.time(*to)
                                };
                                self.words
                                    .with(
                                        "services-hours-range",
                                        &[("from", Arg::Text(from)), ("to", Arg::Text(to))],
                                    )
                                    .text
                            })
                            .collect();
                        let base = self.words.t("service-open");
                        // The list's comma follows the script: "،" in Arabic script.
                        let comma = match base.direction {
                            crate::i18n::TextDirection::RightToLeft => "، ",
                            crate::i18n::TextDirection::LeftToRight => ", ",
                        };
                        Localized {
                            text: ranges.join(comma),
                            ..base
                        }
                    }
                };
                Some(ServiceDayHours {
                    day: if offset == 0 {
                        self.words.t("services-today")
                    } else {
                        self.weekday(date)
                    },
                    hours: text,
                    today: offset == 0,
                })
            })
            .collect()
    }
}

fn distance_text(words: &Words, metres: f64) -> Localized {
    if metres < 1_000.0 {
        let rounded = ((metres / 10.0).round() * 10.0).max(10.0);
        words.with("service-distance-m", &[("distance", Arg::Number(rounded))])
    } else {
        let km = (metres / 100.0).round() / 10.0;
        words.with("service-distance-km", &[("distance", Arg::Number(km))])
    }
}

fn category_label(words: &Words, category: Category) -> Localized {
    words.t(&format!("category-{}", category.code()))
}

fn row(
    words: &Words,
    times: &mut TimeWords,
    service: &ServiceSummary,
    favourites: &std::collections::HashSet<String>,
) -> ServiceRow {
    let first = service.categories.first().copied();
    ServiceRow {
        id: service.id.clone(),
        name: content_text(&service.name, &service.name_language),
        category: first.map(|c| category_label(words, c)),
        category_icon: first.map(|c| c.icon().to_owned()),
        address: service.address.clone(),
        distance: service.distance_m.map(|d| distance_text(words, d)),
        open_line: times.open_line(service.open.as_ref()),
        open_status: service
            .open
            .as_ref()
            .map(|o| o.status)
            .filter(|s| *s != OpenStatus::Unknown),
        favourite: favourites.contains(&service.id),
    }
}

fn favourite_ids(app: &App) -> Result<std::collections::HashSet<String>> {
    app.store.read(|conn| {
        let mut stmt = conn.prepare_cached("SELECT service_id FROM service_favourite")?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    })
}

fn has_services(app: &App) -> Result<bool> {
    app.store
        .read(|conn| Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM service)", [], |r| r.get(0))?))
}

pub(super) fn view(app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    let words = Words { chain };
    let screen = match route {
        Route::Services => ServicesScreen::List {
            list: list_view(app, &words)?,
        },
        Route::ServicesMap => ServicesScreen::Map {
            map: map_view(app, &words)?,
        },
        Route::Service { id } => match detail_view(app, &words, id) {
            Ok(service) => ServicesScreen::Detail { service },
            Err(Error::NotFound { .. }) => ServicesScreen::NotFound {
                explanation: words.t("error-not-found"),
            },
            Err(e) => return Err(e),
        },
        Route::ReportService { id } => match report_view(app, &words, id) {
            Ok(form) => ServicesScreen::Report { form },
            Err(Error::NotFound { .. }) => ServicesScreen::NotFound {
                explanation: words.t("error-not-found"),
            },
            Err(e) => return Err(e),
        },
        _ => return Ok(super::not_built(route, chain)),
    };
    Ok((super::title(route, chain), Screen::Services { screen }))
}

fn list_view(app: &App, words: &Words) -> Result<ServiceListView> {
    let content = app.content_chain()?;
    let state = ListState::load(app)?;
    let filter = state.filter();
    let now = app.now();
    let services = Services::new(app.store.clone());
    let (from_phone, unavailable) = {
        let session = app.session();
        let refused = session.permissions.get(&Permission::Location) == Some(&false);
        (
            session.location.is_some(),
            session.location_unavailable || refused,
        )
    };
    let position = app.position()?;
    let city = settings::get(&app.store, key::CITY)?.unwrap_or_default();
    let position_note = if from_phone {
        words.t("services-near-you")
    } else if unavailable {
        words.with(
            "services-location-unavailable",
            &[("city", Arg::Text(city))],
        )
    } else {
        words.with("services-near-city-centre", &[("city", Arg::Text(city))])
    };

    let shown = PAGE * state.pages();
    let query = state.query.trim();
    let mut found: Vec<ServiceSummary> = if !query.is_empty() {
        services
            .search_at(query, &content, position, &filter, shown + 1, now)?
            .into_iter()
            .map(|hit| hit.service)
            .collect()
    } else {
        let mut placed = match position {
            Some((lat, lon)) => {
                services.near(lat, lon, RADIUS_M, shown + 1, &filter, &content, now)?
            }
            None => Vec::new(),
        };
        // The services without a map position come after every placed one (they have no
        // distance to sort by), so paging through the list reaches them last.
        let room = (shown + 1).saturating_sub(placed.len() as u32);
        if room > 0 {
            placed.extend(services.without_position(&filter, &content, now, room)?);
        }
        placed
    };
    let more = found.len() > shown as usize;
    found.truncate(shown as usize);

    let favourite_set = favourite_ids(app)?;
    let mut times = TimeWords::new(app, words);
    let rows: Vec<ServiceRow> = found
        .iter()
        .map(|s| row(words, &mut times, s, &favourite_set))
        .collect();
    let (favourites, recent) = if state.narrowed() {
        (Vec::new(), Vec::new())
    } else {
        let favourites: Vec<ServiceRow> = if favourite_set.is_empty() {
            Vec::new()
        } else {
            services
                .favourites(&content, now)?
                .iter()
                .take(FAVOURITES_SHOWN)
                .map(|s| row(words, &mut times, s, &favourite_set))
                .collect()
        };
        let recent: Vec<ServiceRow> = services
            .recently_viewed(&content, now)?
            .iter()
            .take(RECENT_SHOWN)
            .map(|s| row(words, &mut times, s, &favourite_set))
            .collect();
        (favourites, recent)
    };
    let empty = if !rows.is_empty() {
        None
    } else if !has_services(app)? {
        Some(words.t("services-no-content"))
    } else if !query.is_empty() {
        Some(words.t("empty-search"))
    } else {
        Some(words.t("empty-services-nearby"))
    };
    let selected = filter.categories.clone();
    Ok(ServiceListView {
        query: state.query.clone(),
        search_placeholder: words.t("services-search-placeholder"),
        categories: Category::ALL
            .iter()
            .map(|&category| ServiceCategoryChoice {
                category,
                icon: category.icon().to_owned(),
                label: category_label(words, category),
                selected: selected.contains(&category),
            })
            .collect(),
        open_now: ServiceToggle {
            label: words.t("filter-open-now"),
            on: state.open_only,
        },
        clear_filters: state.narrowed().then(|| words.t("services-clear-filters")),
        use_location: (app.capabilities().location && !from_phone)
            .then(|| words.t("services-use-my-location")),
        position_note,
        favourites_title: words.t("services-favourites"),
        favourites,
        recent_title: words.t("service-recent"),
        recent,
        services: rows,
        more: more.then(|| words.t("services-more")),
        empty,
        map_label: words.t("services-map"),
    })
}

fn detail_view(app: &App, words: &Words, id: &str) -> Result<ServiceDetailView> {
    let content = app.content_chain()?;
    let details = Services::new(app.store.clone()).service(id, &content, Some(app.now()))?;
    let text = &details.text;
    let mut translation_notes = Vec::new();
    let wanted = content.first().cloned().unwrap_or_default();
    if crate::i18n::supported(&text.language) != crate::i18n::supported(&wanted) {
        translation_notes.push(words.with(
            "service-shown-in",
            &[
                ("language", Arg::Text(native_name(&text.language))),
                ("wanted", Arg::Text(native_name(&wanted))),
            ],
        ));
    }
    if text.provenance == crate::services::Provenance::Machine {
        translation_notes.push(words.t("service-translation-machine"));
    }
    if text.outdated {
        translation_notes.push(words.t("service-translation-outdated"));
    }
    let mut times = TimeWords::new(app, words);
    let open_line = times.open_line(details.open.as_ref());
    let week = details
        .opening_hours
        .as_deref()
        .and_then(|expression| Hours::parse(expression, &details.city))
        .map(|hours| times.week(&hours))
        .unwrap_or_default();
    let contacts = contact::links(
        &details.contacts,
        app.capabilities().platform,
        details
            .position
            .map(|at| (at.lat, at.lon, text.name.as_str())),
    )
    .into_iter()
    .map(|link| ServiceContactAction {
        kind: link.kind,
        label: words.t(link.label_key),
        value: link.shown,
    })
    .collect();
    let walk_in = details
        .contacts
        .iter()
        .filter(|c| c.channel == crate::services::ContactChannel::WalkIn)
        .map(|c| c.value.clone())
        .collect();
    Ok(ServiceDetailView {
        id: details.id.clone(),
        name: content_text(&text.name, &text.language),
        organisation: details.organisation.clone(),
        categories: details
            .categories
            .iter()
            .map(|&category| ServiceCategoryChoice {
                category,
                icon: category.icon().to_owned(),
                label: category_label(words, category),
                selected: true,
            })
            .collect(),
        address: details.address.clone(),
        description: non_empty(&text.description, &text.language),
        eligibility: non_empty(&text.eligibility, &text.language),
        how_to: non_empty(&text.how_to, &text.language),
        translation_notes,
        open_line,
        open_status: details
            .open
            .as_ref()
            .map(|o| o.status)
            .filter(|s| *s != OpenStatus::Unknown),
        week_title: words.t("services-week"),
        week,
        contacts,
        no_map_position: details
            .position
            .is_none()
            .then(|| words.t("service-no-map-position")),
        walk_in,
        languages_spoken_title: words.t("service-languages-spoken"),
        languages_spoken: details
            .languages_spoken
            .iter()
            .map(|l| native_name(l))
            .collect(),
        cost: details
            .free
            .map(|free| words.t(if free { "service-free" } else { "service-paid" })),
        wheelchair: (details.wheelchair == Some(true)).then(|| words.t("service-wheelchair")),
        last_verified: details.last_verified.as_deref().map(|date| {
            words.with(
                "service-last-verified",
                &[(
                    "date",
                    Arg::Text(crate::i18n::format_date(words.locale(), date)),
                )],
            )
        }),
        attribution: (!details.attribution.trim().is_empty()).then(|| {
            words.with(
                "service-attribution",
                &[("attribution", Arg::Text(details.attribution.clone()))],
            )
        }),
        favourite: details.favourite,
        favourite_label: words.t(if details.favourite {
            "service-favourite-remove"
        } else {
            "service-favourite-add"
        }),
        read_aloud: words.t("services-read-aloud"),
        report_label: words.t("service-report"),
        report_link: Route::ReportService {
            id: details.id.clone(),
        }
        .to_link(),
    })
}

fn reason_text(words: &Words, code: &Option<String>) -> Option<Localized> {
    code.as_deref()
        .map(|code| words.t(&format!("error-invalid-{code}")))
}

fn report_view(app: &App, words: &Words, id: &str) -> Result<ServiceReportForm> {
    let content = app.content_chain()?;
    let details = Services::new(app.store.clone()).service(id, &content, None)?;
    let draft = ReportDraft::load(app, id)?;
    let chosen = draft.kind();
    Ok(ServiceReportForm {
        service_id: id.to_owned(),
        service_name: content_text(&details.text.name, &details.text.language),
        explanation: words.t("services-report-explain"),
        kind_label: words.t("field-report-kind"),
        kinds: REPORT_KINDS
            .iter()
            .map(|&kind| ServiceReportKindChoice {
                kind,
                label: words.t(&format!("report-kind-{}", kind.code())),
                selected: chosen == Some(kind),
            })
            .collect(),
        kind_error: reason_text(words, &draft.kind_error),
        comment: ServiceTextField {
            label: words.t("report-comment"),
            value: draft.comment.clone(),
            error: reason_text(words, &draft.comment_error),
            max_chars: MAX_REPORT_COMMENT,
        },
        submit: words.t("services-report-send"),
    })
}

fn map_view(app: &App, words: &Words) -> Result<ServicesMapView> {
    let maps = MapClient::new(app.store.clone());
    let viewport = settings::get(&app.store, key::SERVICES_MAP_VIEWPORT)?
        .as_deref()
        .and_then(parse_bounds);
    let filter = ListState::load(app)?.filter();
    let state = maps.state(viewport, &filter, &app.content_chain()?, app.now())?;
    let megabytes = |bytes: u64| Arg::Number((bytes as f64 / 100_000.0).round() / 10.0);
    let paired = state.region.is_some();
    let problem_key = |problem: MapProblem| match problem {
        MapProblem::Offline => "services-map-problem-offline",
        MapProblem::NotPaired => "services-map-needs-tutor",
        MapProblem::Server => "services-map-problem-server",
        MapProblem::Damaged => "services-map-problem-damaged",
        MapProblem::Tampered => "services-map-problem-tampered",
        MapProblem::Untrusted => "services-map-problem-untrusted",
        MapProblem::Storage => "services-map-problem-storage",
    };
    let download_label = words.t("services-map-download");
    let (status_line, download, cancel) = match state.status {
        MapStatus::Downloading { done, total } => (
            words.with(
                "services-map-downloading",
                &[("done", megabytes(done)), ("total", megabytes(total))],
            ),
            None,
            Some(words.t("services-map-cancel")),
        ),
        MapStatus::Paused { done, total } => (
            words.with(
                "services-map-paused",
                &[("done", megabytes(done)), ("total", megabytes(total))],
            ),
            Some(words.with(
                "services-map-download-size",
                &[("size", megabytes(total - done.min(total)))],
            )),
            None,
        ),
        _ if !paired && state.file.is_none() => (words.t("services-map-needs-tutor"), None, None),
        MapStatus::None => (words.t("services-map-none"), Some(download_label), None),
        MapStatus::NotPublished => (
            words.t("services-map-not-published"),
            Some(words.t("services-map-check-again")),
            None,
        ),
        MapStatus::WaitingForWifi => (
            words.t("services-map-waiting-wifi"),
            Some(download_label),
            None,
        ),
        MapStatus::Ready => (
            words.t("services-map-ready"),
            Some(words.t("services-map-check-again")),
            None,
        ),
        MapStatus::Failed { problem } => (
            words.t(problem_key(problem)),
            (problem != MapProblem::NotPaired).then_some(download_label),
            None,
        ),
    };
    Ok(ServicesMapView {
        without_map: state
            .file
            .is_none()
            .then(|| words.t("services-map-list-works")),
        wifi_note: (!state.mobile_data_allowed && download.is_some())
            .then(|| words.t("services-map-wifi-only")),
        mobile_data: ServiceToggle {
            label: words.t("services-map-mobile-data"),
            on: state.mobile_data_allowed,
        },
        demo_note: state.demo.then(|| words.t("services-map-demo")),
        list_label: words.t("services-list"),
        status_line,
        download,
        cancel,
        map: state,
    })
}

fn parse_bounds(text: &str) -> Option<Bounds> {
    let v: Vec<f64> = text
        .split(',')
        .map(|p| p.parse::<f64>())
        .collect::<std::result::Result<_, _>>()
        .ok()?;
    match v.as_slice() {
        [south, west, north, east] => Some(Bounds {
            south: *south,
            west: *west,
            north: *north,
            east: *east,
        }),
        _ => None,
    }
}

fn check_bounds(b: &Bounds) -> Result<()> {
    let lat_ok = |v: f64| v.is_finite() && (-90.0..=90.0).contains(&v);
    let lon_ok = |v: f64| v.is_finite() && (-180.0..=180.0).contains(&v);
    if !(lat_ok(b.south) && lat_ok(b.north) && b.south <= b.north) {
        return Err(Error::invalid(
            QueryField::Latitude,
            InvalidReason::OutOfRange,
        ));
    }
    if !(lon_ok(b.west) && lon_ok(b.east)) {
        return Err(Error::invalid(
            QueryField::Longitude,
            InvalidReason::OutOfRange,
        ));
    }
    Ok(())
}

fn network_code(network: NetworkKind) -> &'static str {
    match network {
        NetworkKind::Wifi => "wifi",
        NetworkKind::Mobile => "mobile",
        NetworkKind::Offline => "offline",
    }
}

/// A tap on a service that an update removed meanwhile changes nothing (its screen, if open,
/// already says it is gone).
fn unless_gone(result: Result<Vec<Effect>>) -> Result<Vec<Effect>> {
    match result {
        Err(Error::NotFound { .. }) => Ok(Vec::new()),
        other => other,
    }
}

pub(super) fn handle(app: &App, event: ServicesEvent) -> Result<Vec<Effect>> {
    match event {
        ServicesEvent::Search { text } => update_list(app, |s| s.query = text),
        ServicesEvent::ToggleCategory { category } => update_list(app, |s| {
            let code = category.code().to_owned();
            if let Some(i) = s.categories.iter().position(|c| *c == code) {
                s.categories.remove(i);
            } else {
                s.categories.push(code);
            }
        }),
        ServicesEvent::SetOpenNow { on } => update_list(app, |s| s.open_only = on),
        ServicesEvent::ClearFilters => update_list(app, |s| *s = ListState::default()),
        ServicesEvent::MoreServices => {
            let mut state = ListState::load(app)?;
            state.pages = state.pages() + 1;
            state.save(app)?;
            Ok(Vec::new())
        }
        ServicesEvent::UseMyLocation => {
            if !app.capabilities().location {
                return Ok(Vec::new());
            }
            // Asked in context, when the person wants it; a refusal can be reconsidered
            // (the platform decides whether it asks again).
            Ok(match app.permission(Permission::Location) {
                Some(true) => vec![Effect::GetLocation],
                _ => vec![Effect::RequestPermission {
                    permission: Permission::Location,
                }],
            })
        }
        ServicesEvent::OpenService { id } => {
            unless_gone(
                Services::new(app.store.clone())
                    .mark_viewed(&id)
                    .map(|()| Vec::new()),
            )?;
            app.go(Route::Service { id })
        }
        ServicesEvent::ToggleFavourite { id } => unless_gone((|| {
            let services = Services::new(app.store.clone());
            let now_favourite = services.service(&id, &[], None)?.favourite;
            services.set_favourite(&id, !now_favourite)?;
            Ok(Vec::new())
        })()),
        ServicesEvent::ReadAloud { id } => unless_gone(read_aloud(app, &id)),
        ServicesEvent::OpenContact { id, index } => unless_gone(open_contact(app, &id, index)),
        ServicesEvent::ChooseReportKind { kind } => update_draft(app, |d| {
            d.kind = Some(kind.code().to_owned());
            d.kind_error = None;
            // "Something else" needs a comment: a stale "needed" error no longer holds.
            if kind != ReportKind::Other
                && d.comment_error.as_deref() == Some(InvalidReason::CommentRequired.code())
            {
                d.comment_error = None;
            }
        }),
        ServicesEvent::ReportCommentChanged { text } => update_draft(app, |d| {
            d.comment = text;
            d.comment_error = None;
        }),
        ServicesEvent::SubmitReport => submit_report(app),
        ServicesEvent::MapViewportChanged { bounds } => {
            check_bounds(&bounds)?;
            settings::set(
                &app.store,
                key::SERVICES_MAP_VIEWPORT,
                &format!(
                    "{},{},{},{}",
                    bounds.south, bounds.west, bounds.north, bounds.east
                ),
            )?;
            Ok(Vec::new())
        }
        ServicesEvent::DownloadMap { network } => {
            settings::set(&app.store, key::MAP_NETWORK, network_code(network))?;
            Ok(vec![Effect::Run {
                task: super::Task::DownloadMap,
            }])
        }
        ServicesEvent::CancelMapDownload => {
            MapClient::new(app.store.clone()).cancel();
            Ok(Vec::new())
        }
        ServicesEvent::SetMapMobileData { allowed } => {
            MapClient::new(app.store.clone()).set_mobile_data_allowed(allowed)?;
            Ok(Vec::new())
        }
    }
}

/// The link of a contact button of the service's screen, by its position.
fn open_contact(app: &App, id: &str, index: u32) -> Result<Vec<Effect>> {
    let details = Services::new(app.store.clone()).service(id, &app.content_chain()?, None)?;
    let links = contact::links(
        &details.contacts,
        app.capabilities().platform,
        details
            .position
            .map(|at| (at.lat, at.lon, details.text.name.as_str())),
    );
    Ok(links
        .into_iter()
        .nth(index as usize)
        .map(|link| Effect::OpenExternal {
            kind: link.kind,
            uri: link.uri,
        })
        .into_iter()
        .collect())
}

/// Changes the list's filters; the list starts again at its first page.
fn update_list(app: &App, change: impl FnOnce(&mut ListState)) -> Result<Vec<Effect>> {
    let mut state = ListState::load(app)?;
    change(&mut state);
    state.pages = 1;
    state.save(app)?;
    Ok(Vec::new())
}

/// The service of the report form on screen; `None` elsewhere (a late tap).
fn report_service(app: &App) -> Option<String> {
    match app.current_route() {
        Route::ReportService { id } => Some(id),
        _ => None,
    }
}

fn update_draft(app: &App, change: impl FnOnce(&mut ReportDraft)) -> Result<Vec<Effect>> {
    let Some(id) = report_service(app) else {
        return Ok(Vec::new());
    };
    let mut draft = ReportDraft::load(app, &id)?;
    change(&mut draft);
    draft.save(app, &id)?;
    Ok(Vec::new())
}

fn submit_report(app: &App) -> Result<Vec<Effect>> {
    let Some(id) = report_service(app) else {
        return Ok(Vec::new());
    };
    let mut draft = ReportDraft::load(app, &id)?;
    let result = match draft.kind() {
        None => Err(Error::invalid(ReportField::Kind, InvalidReason::Required)),
        Some(kind) => Services::new(app.store.clone()).report_problem(&id, kind, &draft.comment),
    };
    match result {
        Ok(_) => {
            settings::remove(&app.store, &draft_key(&id))?;
            app.pop_route()?;
            let chain = app.ui_chain()?;
            app.set_notice(Catalogue::get().t(&chain, "services-report-saved", &[]));
            Ok(Vec::new())
        }
        Err(Error::Invalid { field, reason }) => {
            // Kept on the field, in the draft, so it is still there after a kill; App shows
            // it as the view's error too.
            let code = Some(reason.code().to_owned());
            if field == crate::fields::Field::from(ReportField::Kind) {
                draft.kind_error = code;
            } else {
                draft.comment_error = code;
            }
            draft.save(app, &id)?;
            Err(Error::Invalid { field, reason })
        }
        Err(error) => Err(error),
    }
}

fn read_aloud(app: &App, id: &str) -> Result<Vec<Effect>> {
    let content = app.content_chain()?;
    let services = Services::new(app.store.clone());
    let details = services.service(id, &content, None)?;
    let spoken = |d: &ServiceDetails| super::speech::Spoken {
        text: [d.text.name.as_str(), d.text.description.as_str()]
            .iter()
            .filter(|t| !t.trim().is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(".\n"),
        language: d.text.language.clone(),
    };
    // The same service in the person's other languages, for a phone without a voice for
    // the shown one.
    let mut others = Vec::new();
    for language in app.ui_chain()?.iter().chain(content.iter()) {
        if *language == details.text.language
            || !details.available_languages.contains(language)
            || others
                .iter()
                .any(|o: &super::speech::Spoken| o.language == *language)
        {
            continue;
        }
        let other = services.service(id, std::slice::from_ref(language), None)?;
        if other.text.language == *language {
            others.push(spoken(&other));
        }
    }
    let chain = app.ui_chain()?;
    Ok(super::speech::read_aloud(
        app,
        &chain,
        &spoken(&details),
        &others,
        None,
    ))
}

/// Runs `Task::DownloadMap` with the connection the person asked on. The outcome is in the
/// map screen's state (a failure is kept as the map's problem), so only the database's own
/// failures are errors here.
pub(super) async fn run(app: &App, _task: super::Task) -> Result<Vec<Effect>> {
    // Unknown connection: assume mobile data, which never spends the person's data unasked.
    let network = match settings::get(&app.store, key::MAP_NETWORK)?.as_deref() {
        Some("wifi") => NetworkKind::Wifi,
        Some("offline") => NetworkKind::Offline,
        _ => NetworkKind::Mobile,
    };
    let maps = MapClient::new(app.store.clone());
    match maps.download(network, None).await {
        Ok(_) | Err(Error::Sync { .. } | Error::Pack(_)) => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests;
