//! Where the person is: a typed route per screen, and the links that lead there.
//!
//! Every route has one canonical link (`ponte://diary/application/<id>`), so deep links, the
//! pairing QR code, notification taps and the saved navigation stack all go through one parser.
//! A link the parser does not know is a clear error and changes nothing.

use crate::diary::Stage;
use crate::error::{Error, InvalidReason, Result};
use crate::fields::NavigationField;

/// A step of the first run, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FirstRunStep {
    /// The language of the app's own words, chosen first, among the twelve.
    UiLanguage,
    /// The language of the content (services, lessons), when it differs.
    ContentLanguage,
    /// The shipped content and lessons being installed from the app's own files.
    Install,
    /// The city whose services the phone shows first (from the installed content).
    City,
    /// What stays on the phone and what is shared, only after pairing.
    Privacy,
    /// Optional: pairing with a tutor now.
    Pairing,
}

impl FirstRunStep {
    pub const ALL: &'static [FirstRunStep] = &[
        FirstRunStep::UiLanguage,
        FirstRunStep::ContentLanguage,
        FirstRunStep::Install,
        FirstRunStep::City,
        FirstRunStep::Privacy,
        FirstRunStep::Pairing,
    ];

    pub fn code(self) -> &'static str {
        match self {
            FirstRunStep::UiLanguage => "ui-language",
            FirstRunStep::ContentLanguage => "content-language",
            FirstRunStep::City => "city",
            FirstRunStep::Privacy => "privacy",
            FirstRunStep::Install => "install",
            FirstRunStep::Pairing => "pairing",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.code() == code)
    }

    /// The step after this one, `None` after the last.
    pub fn next(self) -> Option<Self> {
        let i = Self::ALL.iter().position(|s| *s == self)?;
        Self::ALL.get(i + 1).copied()
    }
}

/// A part of the skills profile, each with its own form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ProfileSection {
    Personal,
    Availability,
    Language,
    Experience,
    Education,
    Skill,
    Certificate,
}

impl ProfileSection {
    pub const ALL: &'static [ProfileSection] = &[
        ProfileSection::Personal,
        ProfileSection::Availability,
        ProfileSection::Language,
        ProfileSection::Experience,
        ProfileSection::Education,
        ProfileSection::Skill,
        ProfileSection::Certificate,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ProfileSection::Personal => "personal",
            ProfileSection::Availability => "availability",
            ProfileSection::Language => "language",
            ProfileSection::Experience => "experience",
            ProfileSection::Education => "education",
            ProfileSection::Skill => "skill",
            ProfileSection::Certificate => "certificate",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.code() == code)
    }
}

/// A screen of the app. The shells draw one screen per route.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Route {
    FirstRun {
        step: FirstRunStep,
    },
    Home,
    /// The applications, all or of one stage.
    Applications {
        stage: Option<Stage>,
    },
    /// One application with its timeline, interviews and actions.
    Application {
        id: String,
    },
    /// The form for a new application (`id` = None) or to change one.
    EditApplication {
        id: Option<String>,
    },
    /// The form for an interview of an application (new when `id` is None).
    EditInterview {
        application_id: String,
        id: Option<String>,
    },
    /// Next actions for the search in general and for every application.
    Actions,
    /// The form for a next action, of an application or of the search in general.
    EditAction {
        application_id: Option<String>,
        id: Option<String>,
    },
    Documents,
    /// The form for a document of the checklist.
    EditDocument {
        id: Option<String>,
    },
    Meetings,
    /// The form for a meeting with the tutor.
    EditMeeting {
        id: Option<String>,
    },
    /// The skills profile.
    Profile,
    /// The form for one part of the profile (`id`: the entry of a list part; None = new).
    EditProfile {
        section: ProfileSection,
        id: Option<String>,
    },
    /// The CV in two languages, side by side.
    CvPreview,
    /// The services list and search.
    Services,
    /// The services on the offline city map.
    ServicesMap,
    Service {
        id: String,
    },
    /// Report wrong information about a service.
    ReportService {
        id: String,
    },
    /// The network's guides: the top of the tree.
    Guides,
    /// One guide, with the guides under it.
    Guide {
        id: String,
    },
    Courses,
    Lesson {
        id: String,
    },
    Glossary {
        course_id: String,
    },
    Certificate {
        course_id: String,
    },
    /// The tutor: pairing state, consents, the tutor's items.
    Tutor,
    /// Pairing, with what a link or QR code already said.
    Pairing {
        server: Option<String>,
        code: Option<String>,
    },
    Settings,
}

impl Route {
    /// The route's canonical link.
    pub fn to_link(&self) -> String {
        let enc = |s: &str| percent_encode(s);
        match self {
            Route::FirstRun { step } => format!("ponte://first-run/{}", step.code()),
            Route::Home => "ponte://home".into(),
            Route::Applications { stage: None } => "ponte://diary".into(),
            Route::Applications { stage: Some(s) } => format!("ponte://diary?stage={}", s.code()),
            Route::Application { id } => format!("ponte://diary/application/{}", enc(id)),
            Route::EditApplication { id: None } => "ponte://diary/new".into(),
            Route::EditApplication { id: Some(id) } => {
                format!("ponte://diary/application/{}/edit", enc(id))
            }
            Route::EditInterview { application_id, id } => format!(
                "ponte://diary/application/{}/interview/{}",
                enc(application_id),
                id.as_deref().map_or("new".into(), enc)
            ),
            Route::Actions => "ponte://diary/actions".into(),
            Route::EditAction { application_id, id } => {
                let id = id.as_deref().map_or("new".into(), enc);
                match application_id {
                    Some(a) => format!("ponte://diary/application/{}/action/{id}", enc(a)),
                    None => format!("ponte://diary/actions/{id}"),
                }
            }
            Route::Documents => "ponte://diary/documents".into(),
            Route::EditDocument { id } => format!(
                "ponte://diary/documents/{}",
                id.as_deref().map_or("new".into(), enc)
            ),
            Route::Meetings => "ponte://diary/meetings".into(),
            Route::EditMeeting { id } => format!(
                "ponte://diary/meetings/{}",
                id.as_deref().map_or("new".into(), enc)
            ),
            Route::Profile => "ponte://diary/profile".into(),
            Route::EditProfile { section, id } => match id {
                None => format!("ponte://diary/profile/{}", section.code()),
                Some(id) => format!("ponte://diary/profile/{}/{}", section.code(), enc(id)),
            },
            Route::CvPreview => "ponte://diary/cv".into(),
            Route::Services => "ponte://services".into(),
            Route::ServicesMap => "ponte://services/map".into(),
            Route::Service { id } => format!("ponte://services/{}", enc(id)),
            Route::ReportService { id } => format!("ponte://services/{}/report", enc(id)),
            Route::Guides => "ponte://guides".into(),
            Route::Guide { id } => format!("ponte://guides/{}", enc(id)),
            Route::Courses => "ponte://lessons".into(),
            Route::Lesson { id } => format!("ponte://lessons/{}", enc(id)),
            Route::Glossary { course_id } => {
                format!("ponte://lessons/course/{}/glossary", enc(course_id))
            }
            Route::Certificate { course_id } => {
                format!("ponte://lessons/course/{}/certificate", enc(course_id))
            }
            Route::Tutor => "ponte://tutor".into(),
            Route::Pairing { server, code } => {
                let mut query = Vec::new();
                if let Some(server) = server {
                    query.push(format!("server={}", enc(server)));
                }
                if let Some(code) = code {
                    query.push(format!("code={}", enc(code)));
                }
                if query.is_empty() {
                    "ponte://pair".into()
                } else {
                    format!("ponte://pair?{}", query.join("&"))
                }
            }
            Route::Settings => "ponte://settings".into(),
        }
    }

    /// Reads a link: a `ponte://` deep link (or the `ponte:pair?…` of the dashboard's QR
    /// code), or a coordinator's `https://host/pair/CODE` address. Anything else is refused
    /// with `InvalidInput` on `navigation.link`.
    pub fn parse(link: &str) -> Result<Route> {
        let bad = || Error::invalid(NavigationField::Link, InvalidReason::OutOfRange);
        let link = link.trim();
        let url = url::Url::parse(link).map_err(|_| bad())?;
        match url.scheme() {
            "ponte" => {}
            "https" | "http" => return pairing_address(&url).ok_or_else(bad),
            _ => return Err(bad()),
        }
        // `ponte://diary/x` has host `diary`; `ponte:pair?…` has no host, only a path.
        let mut parts: Vec<String> = url
            .host_str()
            .map(str::to_owned)
            .into_iter()
            .chain(
                url.path()
                    .split('/')
                    .filter(|p| !p.is_empty())
                    .map(percent_decode),
            )
            .collect();
        if parts.iter().any(|p| p.is_empty() || p.len() > 200) {
            return Err(bad());
        }
        let query = |name: &str| {
            url.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let first = if parts.is_empty() {
            String::new()
        } else {
            parts.remove(0)
        };
        let rest: Vec<&str> = parts.iter().map(String::as_str).collect();
        let id = |s: &str| s.to_owned();
        // `new` names the form for a new record; anything else is a record's id.
        let new_or = |s: &str| (s != "new").then(|| s.to_owned());
        let route = match (first.as_str(), rest.as_slice()) {
            ("first-run", [step]) => Route::FirstRun {
                step: FirstRunStep::from_code(step).ok_or_else(bad)?,
            },
            ("home", []) => Route::Home,
            ("diary", []) => Route::Applications {
                stage: match query("stage") {
                    None => None,
                    Some(code) => Some(Stage::from_code(&code).ok_or_else(bad)?),
                },
            },
            ("diary", ["new"]) => Route::EditApplication { id: None },
            ("diary", ["application", a]) => Route::Application { id: id(a) },
            ("diary", ["application", a, "edit"]) => Route::EditApplication { id: Some(id(a)) },
            ("diary", ["application", a, "interview", i]) => Route::EditInterview {
                application_id: id(a),
                id: new_or(i),
            },
            ("diary", ["application", a, "action", i]) => Route::EditAction {
                application_id: Some(id(a)),
                id: new_or(i),
            },
            ("diary", ["actions"]) => Route::Actions,
            ("diary", ["actions", i]) => Route::EditAction {
                application_id: None,
                id: new_or(i),
            },
            ("diary", ["documents"]) => Route::Documents,
            ("diary", ["documents", d]) => Route::EditDocument { id: new_or(d) },
            ("diary", ["meetings"]) => Route::Meetings,
            ("diary", ["meetings", m]) => Route::EditMeeting { id: new_or(m) },
            ("diary", ["profile"]) => Route::Profile,
            ("diary", ["profile", section]) => Route::EditProfile {
                section: ProfileSection::from_code(section).ok_or_else(bad)?,
                id: None,
            },
            ("diary", ["profile", section, e]) => Route::EditProfile {
                section: ProfileSection::from_code(section).ok_or_else(bad)?,
                id: Some(id(e)),
            },
            ("diary", ["cv"]) => Route::CvPreview,
            ("services", []) => Route::Services,
            ("services", ["map"]) => Route::ServicesMap,
            ("services", [s]) => Route::Service { id: id(s) },
            ("services", [s, "report"]) => Route::ReportService { id: id(s) },
            ("guides", []) => Route::Guides,
            ("guides", [g]) => Route::Guide { id: id(g) },
            ("lessons", []) => Route::Courses,
            ("lessons", ["course", c, "glossary"]) => Route::Glossary { course_id: id(c) },
            ("lessons", ["course", c, "certificate"]) => Route::Certificate { course_id: id(c) },
            ("lessons", [l]) => Route::Lesson { id: id(l) },
            ("tutor", []) => Route::Tutor,
            ("pair", []) => {
                let server = match query("server") {
                    None => None,
                    Some(s) => Some(server_origin(&s).ok_or_else(bad)?),
                };
                Route::Pairing {
                    server,
                    code: query("code"),
                }
            }
            ("settings", []) => Route::Settings,
            _ => return Err(bad()),
        };
        Ok(route)
    }

    /// Whether the route belongs to the first run (shown before the app proper).
    pub fn is_first_run(&self) -> bool {
        matches!(self, Route::FirstRun { .. })
    }
}

/// `https://host/pair/CODE` (and `http://` on this device only, for the demo) as a pairing
/// route with the coordinator's origin as the server.
fn pairing_address(url: &url::Url) -> Option<Route> {
    let segments: Vec<&str> = url.path_segments()?.filter(|s| !s.is_empty()).collect();
    let ["pair", code] = segments.as_slice() else {
        return None;
    };
    let server = server_origin(url.as_str())?;
    Some(Route::Pairing {
        server: Some(server),
        code: Some(percent_decode(code)),
    })
}

/// The origin of a coordinator's address, `https://host[:port]`; plain `http://` only on a
/// loopback address (the demo), since a token and a diary must not travel in clear.
fn server_origin(text: &str) -> Option<String> {
    let url = url::Url::parse(text.trim()).ok()?;
    let host = url.host()?;
    let loopback = match &host {
        url::Host::Domain(d) => *d == "localhost",
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => return None,
    }
    Some(url.origin().ascii_serialization())
}

fn percent_encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={text}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_route() -> Vec<Route> {
        let mut routes: Vec<Route> = FirstRunStep::ALL
            .iter()
            .map(|&step| Route::FirstRun { step })
            .collect();
        routes.extend([
            Route::Home,
            Route::Applications { stage: None },
            Route::Applications {
                stage: Some(Stage::Interview),
            },
            Route::Application { id: "a1b2".into() },
            Route::EditApplication { id: None },
            Route::EditApplication {
                id: Some("id with space/and slash".into()),
            },
            Route::EditInterview {
                application_id: "a1b2".into(),
                id: None,
            },
            Route::EditInterview {
                application_id: "a1b2".into(),
                id: Some("i9".into()),
            },
            Route::Actions,
            Route::EditAction {
                application_id: Some("a1b2".into()),
                id: None,
            },
            Route::EditAction {
                application_id: None,
                id: Some("x 1".into()),
            },
            Route::Documents,
            Route::EditDocument { id: None },
            Route::EditDocument {
                id: Some("d1".into()),
            },
            Route::Meetings,
            Route::EditMeeting { id: None },
            Route::EditMeeting {
                id: Some("m1".into()),
            },
            Route::Profile,
            Route::EditProfile {
                section: ProfileSection::Personal,
                id: None,
            },
            Route::EditProfile {
                section: ProfileSection::Experience,
                id: Some("e1".into()),
            },
            Route::CvPreview,
            Route::Services,
            Route::ServicesMap,
            Route::Service {
                id: "bo-cpi".into(),
            },
            Route::ReportService {
                id: "bo-cpi".into(),
            },
            Route::Guides,
            Route::Guide {
                id: "codice-fiscale".into(),
            },
            Route::Courses,
            Route::Lesson { id: "wifi".into() },
            Route::Glossary {
                course_id: "your-smartphone".into(),
            },
            Route::Certificate {
                course_id: "your-smartphone".into(),
            },
            Route::Tutor,
            Route::Pairing {
                server: None,
                code: None,
            },
            Route::Pairing {
                server: Some("https://ponte.example.org".into()),
                code: Some("ABCD-EFGH".into()),
            },
            Route::Settings,
        ]);
        routes
    }

    #[test]
    fn every_route_round_trips_through_its_link() {
        for route in every_route() {
            let link = route.to_link();
            assert_eq!(Route::parse(&link).unwrap(), route, "{link}");
        }
    }

    #[test]
    fn the_dashboards_qr_code_and_a_coordinators_address_open_pairing() {
        let qr = "ponte:pair?server=https://ponte.example.org&code=ABCD-EFGH";
        let expected = Route::Pairing {
            server: Some("https://ponte.example.org".into()),
            code: Some("ABCD-EFGH".into()),
        };
        assert_eq!(Route::parse(qr).unwrap(), expected);
        assert_eq!(
            Route::parse("https://ponte.example.org/pair/ABCD-EFGH").unwrap(),
            expected
        );
        // The demo runs on plain HTTP on this device.
        assert_eq!(
            Route::parse("ponte:pair?server=http://127.0.0.1:8080&code=QQQQ-JJJJ").unwrap(),
            Route::Pairing {
                server: Some("http://127.0.0.1:8080".into()),
                code: Some("QQQQ-JJJJ".into()),
            }
        );
    }

    #[test]
    fn malformed_links_are_refused_on_the_link_field() {
        for link in [
            "",
            "not a link",
            "ponte://nowhere",
            "ponte://diary/application",
            "ponte://diary?stage=dreaming",
            "ponte://first-run/dessert",
            "ponte://lessons/a/b/c",
            "mailto:someone@example.org",
            "https://ponte.example.org/not-pair/CODE",
            // A coordinator in clear over the network would expose the token and the diary.
            "http://ponte.example.org/pair/ABCD-EFGH",
            "ponte:pair?server=http://192.168.1.5:8080&code=ABCD-EFGH",
            "ponte:pair?server=ftp://ponte.example.org&code=ABCD-EFGH",
        ] {
            let err = Route::parse(link).unwrap_err();
            assert!(
                matches!(err, Error::Invalid { field, reason: InvalidReason::OutOfRange }
                    if field == crate::fields::Field::from(NavigationField::Link)),
                "{link:?}: {err:?}"
            );
        }
    }
}
