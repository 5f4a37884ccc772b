//! The diary's screens: applications by stage, one application with its timeline, the forms, interviews, next actions, the documents checklist and the tutor meetings.
//!
//! Forms keep what the person typed in a draft (`app_setting`, `draft.<form link>`) at every
//! change, so a refused save or a killed process loses nothing; a refused save also keeps its
//! error beside the field it is about.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::route::Route;
use super::settings::{self, key};
use super::{App, Effect, Screen};
use crate::diary::{
    ActionDetails, ActionKind, ApplicationDetails, ContractType, Diary, DocumentDetails,
    DocumentKind, DocumentStatus, InterviewDetails, InterviewFormat, JobSource, MeetingDetails,
    PermitType, Recognition, Stage,
};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::{
    ActionField, ApplicationField, DocumentField, Field, InterviewField, MeetingField, QueryField,
};
use crate::i18n::{Arg, Catalogue, Localized, NamedArg, TextDirection};
use crate::time::Timestamp;

/// Applications per page.
const PAGE: u32 = 20;
/// Done actions shown at most: the old ones only lengthen the list.
const DONE_ACTIONS_SHOWN: u32 = 20;
/// Open actions shown at most (a person has a handful; this only bounds the view's cost).
const OPEN_ACTIONS_SHOWN: u32 = 200;

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DiaryScreen {
    Applications {
        list: ApplicationsView,
    },
    Application {
        application: ApplicationView,
    },
    Actions {
        actions: ActionsView,
    },
    Documents {
        documents: DocumentsView,
    },
    Meetings {
        meetings: MeetingsView,
    },
    /// Any of the diary's forms.
    Form {
        form: DiaryForm,
    },
    /// The record of this screen no longer exists (deleted, or an old link).
    Missing {
        explanation: Localized,
    },
}

/// What the person does on these screens.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DiaryEvent {
    /// A stage tab of the applications (`None`: all of them), from the first page.
    SelectStage {
        stage: Option<Stage>,
    },
    /// The next page of applications, after `ApplicationsView.more_cursor`.
    ShowMoreApplications {
        cursor: String,
    },
    /// The page before (back towards the most recent).
    ShowPreviousApplications,
    MoveToStage {
        application_id: String,
        stage: Stage,
    },
    /// Delete: first shows the confirmation in the application's view model.
    AskDeleteApplication {
        id: String,
    },
    ConfirmDeleteApplication,
    CancelDeleteApplication,
    /// Call the application's contact person: the dialler opens with the number.
    CallContact {
        application_id: String,
    },
    /// Open the job offer's page in the browser.
    OpenJobOffer {
        application_id: String,
    },
    /// Tick a next action done (or not done again).
    SetActionDone {
        id: String,
        done: bool,
    },
    /// Tick an action agreed with the tutor done (or not done again).
    SetMeetingActionDone {
        id: String,
        done: bool,
    },
    /// Open the form for a new document of this kind (from the checklist).
    AddDocument {
        kind: DocumentKind,
    },
    /// The text typed in a field of the open form.
    EditText {
        field: DiaryFormField,
        value: String,
    },
    /// The date (and time) picked for a field of the open form; `None` clears it.
    EditTime {
        field: DiaryFormField,
        at: Option<Timestamp>,
    },
    /// A choice of a field of the open form, by its `code` (empty: none).
    Choose {
        field: DiaryFormField,
        code: String,
    },
    /// Save the open form.
    Save,
    /// Leave the open form, forgetting its draft.
    Cancel,
    /// Delete the interview, action, document or meeting of the open form.
    DeleteRecord,
}

/// A tab of the applications list.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StageTab {
    /// `None`: every application.
    pub stage: Option<Stage>,
    /// The stage's name with how many applications it has ("Interview (2)").
    pub label: Localized,
    pub count: u32,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ApplicationRow {
    pub id: String,
    /// As the person typed it (language unknown).
    pub employer: String,
    pub position: String,
    pub stage: Stage,
    pub stage_label: Localized,
    /// When it reached its stage ("Since 23 Nov 2026").
    pub since: Localized,
    /// The application's screen (a canonical link).
    pub link: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ApplicationsView {
    pub tabs: Vec<StageTab>,
    /// One page, the most recently active first.
    pub rows: Vec<ApplicationRow>,
    /// The button for the next page, when there is one.
    pub more: Option<Localized>,
    /// What `ShowMoreApplications` sends back for the next page (opaque).
    pub more_cursor: Option<String>,
    /// The button for the page before, after "more" (`ShowPreviousApplications`).
    pub previous: Option<Localized>,
    /// No application (at this stage): shown instead of the list.
    pub empty: Option<Localized>,
    pub add: Localized,
    /// The form for a new application.
    pub add_link: String,
}

/// A labelled line of an application's details.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DetailLine {
    pub label: Localized,
    /// A value the app names is in the person's language; one they typed has an empty
    /// `locale` (its language is unknown) and the direction of its first letters.
    pub value: Localized,
}

/// A stage the application can move to.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StageMove {
    pub stage: Stage,
    pub label: Localized,
    /// An ending: the application is then closed (no more follow-ups).
    pub closes: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TimelineEntry {
    pub stage: Stage,
    /// The stage and its date ("Applied — 23 Nov 2026").
    pub text: Localized,
    pub note: String,
    /// The newest entry: where the application stands.
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct InterviewRow {
    pub id: String,
    /// "Interview 2".
    pub title: Localized,
    /// The day and time in the phone's time zone.
    pub when: Localized,
    pub format: Localized,
    pub place: String,
    /// The video-call link or the number that will call.
    pub call: String,
    pub notes: String,
    /// Its form.
    pub edit_link: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ActionRow {
    pub id: String,
    /// What to do ("Call back").
    pub what: Localized,
    pub note: String,
    /// The application's employer; empty for the job search in general.
    pub employer: String,
    /// "By 24 Nov 2026".
    pub due: Localized,
    /// Open and its day has passed.
    pub overdue: bool,
    pub done: bool,
    /// The accessibility label of the done tick box ("Mark as done").
    pub toggle_label: Localized,
    /// Its form.
    pub edit_link: String,
    /// The application it belongs to, if any.
    pub application_link: Option<String>,
}

/// The question asked before an application is deleted.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeleteConfirmation {
    pub title: Localized,
    pub message: Localized,
    pub confirm: Localized,
    pub cancel: Localized,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ApplicationView {
    pub id: String,
    pub employer: String,
    pub position: String,
    pub stage: Stage,
    pub stage_label: Localized,
    /// At an ending (hired, rejected...): no follow-up is suggested.
    pub closed: bool,
    /// The filled-in details, in form order.
    pub details: Vec<DetailLine>,
    pub moves_title: Localized,
    /// Every other stage (any can follow, so a mistaken "rejected" can be undone).
    pub moves: Vec<StageMove>,
    pub timeline_title: Localized,
    /// Oldest first; the last is the current stage.
    pub timeline: Vec<TimelineEntry>,
    pub interviews_title: Localized,
    pub interviews: Vec<InterviewRow>,
    pub add_interview: Localized,
    pub add_interview_link: String,
    pub actions_title: Localized,
    /// Open ones first by due day, then the done ones.
    pub actions: Vec<ActionRow>,
    pub add_action: Localized,
    pub add_action_link: String,
    /// "Call", when a contact phone was written (`CallContact`).
    pub call: Option<Localized>,
    /// The job offer's button, when its address is a web page (`OpenJobOffer`).
    pub open_job: Option<Localized>,
    pub edit: Localized,
    pub edit_link: String,
    pub delete: Localized,
    /// Shown after `AskDeleteApplication`, until confirmed or cancelled.
    pub confirm_delete: Option<DeleteConfirmation>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ActionsView {
    pub overdue_title: Localized,
    pub overdue: Vec<ActionRow>,
    pub upcoming_title: Localized,
    pub upcoming: Vec<ActionRow>,
    pub done_title: Localized,
    /// The most recent ones.
    pub done: Vec<ActionRow>,
    /// No action at all: shown instead of the lists.
    pub empty: Option<Localized>,
    pub add: Localized,
    /// The form for an action of the job search in general.
    pub add_link: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentRow {
    pub id: String,
    /// The person's name for it, else the kind's.
    pub title: Localized,
    pub status: DocumentStatus,
    pub status_label: Localized,
    /// "Valid until 30 Dec 2026".
    pub expiry: Option<Localized>,
    /// It expires soon or has expired.
    pub alert: Option<Localized>,
    /// The kind of residence permit.
    pub permit: Option<Localized>,
    /// Recognition in Italy of a diploma obtained abroad.
    pub recognition: Option<Localized>,
    pub edit_link: String,
}

/// A line of the checklist: a kind of document and what the person has of it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChecklistRow {
    pub kind: DocumentKind,
    pub label: Localized,
    /// The best status among its documents; "to get" when there is none.
    pub status: DocumentStatus,
    pub status_label: Localized,
    pub documents: Vec<DocumentRow>,
    /// The add button's accessibility label ("Add: Residence permit"), for `AddDocument`.
    pub add_label: Localized,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentsView {
    /// Documents expiring soon or expired, soonest first.
    pub alerts: Vec<Localized>,
    pub checklist: Vec<ChecklistRow>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MeetingActionRow {
    pub id: String,
    pub text: String,
    pub done: bool,
    /// The accessibility label of the done tick box.
    pub toggle_label: Localized,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MeetingRow {
    pub id: String,
    pub tutor: String,
    pub when: Localized,
    /// Still to come.
    pub upcoming: bool,
    pub topics: String,
    pub notes: String,
    pub actions_title: Localized,
    pub actions: Vec<MeetingActionRow>,
    pub edit_link: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MeetingsView {
    /// The newest first.
    pub meetings: Vec<MeetingRow>,
    pub empty: Option<Localized>,
    pub add: Localized,
    pub add_link: String,
}

/// Which form it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DiaryFormKind {
    Application,
    Interview,
    Action,
    Document,
    Meeting,
}

/// How a field is typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FormInput {
    /// One line of text.
    Line,
    /// Several lines.
    Text,
    Phone,
    Email,
    Url,
    /// A day and a time, with the date and time pickers (`EditTime`).
    DateTime,
    /// A day, with the date picker (`EditTime`; the day in the phone's time zone counts).
    Date,
    /// One of `choices` (`Choose`).
    Choice,
}

/// A field of one of the diary's forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DiaryFormField {
    ApplicationEmployer,
    ApplicationPosition,
    /// The first stage of a new application (saved or applied).
    ApplicationStage,
    ApplicationSource,
    ApplicationSourceDetail,
    ApplicationCity,
    ApplicationContractType,
    ApplicationContactName,
    ApplicationContactPhone,
    ApplicationContactEmail,
    ApplicationJobUrl,
    ApplicationNotes,
    InterviewAt,
    InterviewFormat,
    InterviewPlace,
    InterviewLink,
    InterviewNotes,
    ActionKind,
    ActionNote,
    ActionDueAt,
    DocumentKind,
    DocumentStatus,
    /// Only for a residence permit.
    DocumentPermitType,
    DocumentTitle,
    DocumentExpiresOn,
    /// Only for a diploma.
    DocumentRecognition,
    DocumentNotes,
    MeetingAt,
    MeetingTutor,
    MeetingTopics,
    MeetingNotes,
    /// The actions agreed, one a line (added to the meeting's checklist when saved).
    MeetingAgreedActions,
}

/// One of the choices of a field.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormChoice {
    /// What `Choose` sends (empty: no value).
    pub code: String,
    pub label: Localized,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormField {
    pub field: DiaryFormField,
    pub label: Localized,
    pub input: FormInput,
    pub required: bool,
    /// The text typed, the chosen code, or the ISO date of a `Date`.
    pub value: String,
    /// The instant of a `DateTime` or `Date` field, for the picker.
    pub at: Option<Timestamp>,
    /// The date (and time) as the person reads it, in the phone's time zone.
    pub shown: Option<Localized>,
    /// A hint under the field ("One per line").
    pub hint: Option<Localized>,
    pub choices: Vec<FormChoice>,
    /// Why the last save was refused, beside this field.
    pub error: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DiaryForm {
    pub kind: DiaryFormKind,
    /// "New application", "Edit interview"...
    pub heading: Localized,
    /// What the form is about: the application's employer and job, as typed.
    pub subject: Option<String>,
    pub fields: Vec<FormField>,
    pub save: Localized,
    pub cancel: Localized,
    /// For a record that exists (not an application: it is deleted from its screen).
    pub delete: Option<Localized>,
}

impl DiaryFormField {
    /// The draft's key for this field (its name: drafts are short-lived, not synced).
    fn code(self) -> String {
        format!("{self:?}")
    }

    fn label_key(self) -> &'static str {
        use DiaryFormField as F;
        match self {
            F::ApplicationEmployer => "field-application-employer",
            F::ApplicationPosition => "field-application-position",
            F::ApplicationStage => "field-application-stage",
            F::ApplicationSource => "field-source",
            F::ApplicationSourceDetail => "field-application-source-detail",
            F::ApplicationCity => "field-application-city",
            F::ApplicationContractType => "field-contract",
            F::ApplicationContactName => "field-application-contact-name",
            F::ApplicationContactPhone => "field-application-contact-phone",
            F::ApplicationContactEmail => "field-application-contact-email",
            F::ApplicationJobUrl => "field-application-job-url",
            F::ApplicationNotes => "field-application-notes",
            F::InterviewAt => "field-interview-at",
            F::InterviewFormat => "diary-field-interview-format",
            F::InterviewPlace => "field-interview-place",
            F::InterviewLink => "field-interview-link",
            F::InterviewNotes => "field-interview-notes",
            F::ActionKind => "diary-field-action-kind",
            F::ActionNote => "field-action-note",
            F::ActionDueAt => "field-action-due-at",
            F::DocumentKind => "diary-field-document-kind",
            F::DocumentStatus => "diary-field-document-status",
            F::DocumentPermitType => "field-document-permit-type",
            F::DocumentTitle => "field-document-title",
            F::DocumentExpiresOn => "field-document-expires-on",
            F::DocumentRecognition => "document-recognition",
            F::DocumentNotes => "field-document-notes",
            F::MeetingAt => "field-meeting-at",
            F::MeetingTutor => "field-meeting-tutor",
            F::MeetingTopics => "field-meeting-topics",
            F::MeetingNotes => "field-meeting-notes",
            F::MeetingAgreedActions => "meeting-agreed-actions",
        }
    }

    fn input(self) -> FormInput {
        use DiaryFormField as F;
        match self {
            F::ApplicationStage
            | F::ApplicationSource
            | F::ApplicationContractType
            | F::InterviewFormat
            | F::ActionKind
            | F::DocumentKind
            | F::DocumentStatus
            | F::DocumentPermitType
            | F::DocumentRecognition => FormInput::Choice,
            F::InterviewAt | F::ActionDueAt | F::MeetingAt => FormInput::DateTime,
            F::DocumentExpiresOn => FormInput::Date,
            F::ApplicationContactPhone => FormInput::Phone,
            F::ApplicationContactEmail => FormInput::Email,
            F::ApplicationJobUrl => FormInput::Url,
            F::ApplicationNotes
            | F::InterviewNotes
            | F::ActionNote
            | F::DocumentNotes
            | F::MeetingTopics
            | F::MeetingNotes
            | F::MeetingAgreedActions => FormInput::Text,
            _ => FormInput::Line,
        }
    }

    fn required(self) -> bool {
        use DiaryFormField as F;
        matches!(
            self,
            F::ApplicationEmployer
                | F::ApplicationPosition
                | F::InterviewAt
                | F::ActionDueAt
                | F::MeetingAt
                | F::MeetingTutor
        )
    }

    /// The form field a domain error is about, when the form has it.
    fn of(field: Field) -> Option<Self> {
        use DiaryFormField as F;
        Some(match field {
            Field::Application { field } => match field {
                ApplicationField::Employer => F::ApplicationEmployer,
                ApplicationField::Position => F::ApplicationPosition,
                ApplicationField::SourceDetail => F::ApplicationSourceDetail,
                ApplicationField::City => F::ApplicationCity,
                ApplicationField::ContactName => F::ApplicationContactName,
                ApplicationField::ContactPhone => F::ApplicationContactPhone,
                ApplicationField::ContactEmail => F::ApplicationContactEmail,
                ApplicationField::JobUrl => F::ApplicationJobUrl,
                ApplicationField::Notes => F::ApplicationNotes,
                ApplicationField::Stage | ApplicationField::At => F::ApplicationStage,
                ApplicationField::StageNote => return None,
            },
            Field::Interview { field } => match field {
                InterviewField::At => F::InterviewAt,
                InterviewField::Place => F::InterviewPlace,
                InterviewField::Link => F::InterviewLink,
                InterviewField::Notes => F::InterviewNotes,
            },
            Field::Action { field } => match field {
                ActionField::Note => F::ActionNote,
                ActionField::DueAt => F::ActionDueAt,
            },
            Field::Document { field } => match field {
                DocumentField::PermitType => F::DocumentPermitType,
                DocumentField::Title => F::DocumentTitle,
                DocumentField::ExpiresOn => F::DocumentExpiresOn,
                DocumentField::Notes => F::DocumentNotes,
            },
            Field::Meeting { field } => match field {
                MeetingField::At => F::MeetingAt,
                MeetingField::Tutor => F::MeetingTutor,
                MeetingField::Topics => F::MeetingTopics,
                MeetingField::Notes => F::MeetingNotes,
                MeetingField::AgreedAction => F::MeetingAgreedActions,
            },
            _ => return None,
        })
    }
}

/// What was typed in a form, kept across refused saves and kills.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Draft {
    /// Field code → text, choice code, ISO date or milliseconds of an instant.
    values: BTreeMap<String, String>,
    /// The refused field's code and the reason's code, from the last save.
    error: Option<(String, String)>,
}

impl Draft {
    fn text(&self, field: DiaryFormField) -> String {
        self.values.get(&field.code()).cloned().unwrap_or_default()
    }

    fn set(&mut self, field: DiaryFormField, value: String) {
        self.values.insert(field.code(), value);
    }

    fn instant(&self, field: DiaryFormField) -> Option<Timestamp> {
        self.values
            .get(&field.code())
            .and_then(|v| v.parse::<i64>().ok())
            .map(Timestamp::from_millis)
    }

    fn required_instant(
        &self,
        field: DiaryFormField,
        domain: impl Into<Field>,
    ) -> Result<Timestamp> {
        self.instant(field)
            .ok_or_else(|| Error::invalid(domain, InvalidReason::Required))
    }

    fn error_on(&self, field: DiaryFormField) -> Option<InvalidReason> {
        let (code, reason) = self.error.as_ref()?;
        (*code == field.code()).then(|| reason_from_code(reason))?
    }
}

fn reason_from_code(code: &str) -> Option<InvalidReason> {
    use InvalidReason as R;
    [
        R::Required,
        R::TooLong,
        R::BadDate,
        R::OutOfRange,
        R::SameStage,
        R::BeforeCurrentStage,
        R::EndBeforeStart,
        R::CommentRequired,
        R::BadAnswer,
    ]
    .into_iter()
    .find(|r| r.code() == code)
}

/// Formats what the diary's screens show, in the person's language and time zone; dates are
/// formatted once per day shown, since ICU formatters are not free.
struct Words<'a> {
    chain: &'a [String],
    locale: String,
    zone_name: String,
    zone: jiff::tz::TimeZone,
    days: std::cell::RefCell<HashMap<String, String>>,
    /// Messages without arguments already formatted (a long list repeats the same labels).
    labels: std::cell::RefCell<HashMap<String, Localized>>,
}

impl<'a> Words<'a> {
    fn new(app: &App, chain: &'a [String]) -> Self {
        let zone_name = app.capabilities().time_zone.clone();
        let zone = crate::time::time_zone(QueryField::TimeZone, &zone_name)
            .or_else(|_| crate::time::time_zone(QueryField::TimeZone, ""))
            .unwrap_or(jiff::tz::TimeZone::UTC);
        Words {
            chain,
            locale: chain.first().cloned().unwrap_or_else(|| "en".into()),
            zone_name,
            zone,
            days: Default::default(),
            labels: Default::default(),
        }
    }

    fn t(&self, key: &str) -> Localized {
        if let Some(label) = self.labels.borrow().get(key) {
            return label.clone();
        }
        let label = Catalogue::get().t(self.chain, key, &[]);
        self.labels
            .borrow_mut()
            .insert(key.to_owned(), label.clone());
        label
    }

    fn t_args(&self, key: &str, args: &[(&str, Arg)]) -> Localized {
        Catalogue::get().with(self.chain, key, args)
    }

    fn iso_day(&self, at: Timestamp) -> String {
        crate::time::local_date(at, &self.zone).to_string()
    }

    /// An ISO date as the person reads it.
    fn date(&self, iso: &str) -> String {
        self.days
            .borrow_mut()
            .entry(iso.to_owned())
            .or_insert_with(|| crate::i18n::format_date(&self.locale, iso))
            .clone()
    }

    /// The local day of an instant as the person reads it.
    fn day(&self, at: Timestamp) -> String {
        self.date(&self.iso_day(at))
    }

    /// "By 24 Nov 2026", formatted once per day.
    fn by_day(&self, at: Timestamp) -> Localized {
        let key = format!("by {}", self.iso_day(at));
        if let Some(text) = self.labels.borrow().get(&key) {
            return text.clone();
        }
        let text = self.t_args("diary-action-due", &[("date", Arg::Text(self.day(at)))]);
        self.labels.borrow_mut().insert(key, text.clone());
        text
    }

    /// The day and time of an instant ("24 Nov 2026 at 10:00").
    fn when(&self, at: Timestamp) -> Localized {
        let time = crate::i18n::format_time(&self.locale, at, &self.zone_name);
        self.t_args(
            "diary-when",
            &[("date", Arg::Text(self.day(at))), ("time", Arg::Text(time))],
        )
    }

    fn today_start(&self, now: Timestamp) -> Timestamp {
        crate::time::local_day_start(crate::time::local_date(now, &self.zone), &self.zone)
    }
}

/// Text the person typed: its language is unknown, its direction that of its first letter
/// that has one.
fn typed(text: &str) -> Localized {
    let rtl = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFEFC));
    Localized {
        text: text.to_owned(),
        locale: String::new(),
        direction: if rtl {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        },
    }
}

fn draft_key(route: &Route) -> String {
    format!("{}{}", key::DRAFT_PREFIX, route.to_link())
}

fn pages_key(stage: Option<Stage>) -> String {
    format!(
        "{}{}",
        key::DIARY_PAGES_PREFIX,
        stage.map_or("all", Stage::code)
    )
}

fn diary(app: &App) -> Diary {
    Diary::new(app.store.clone())
}

fn form_kind(route: &Route) -> Option<DiaryFormKind> {
    Some(match route {
        Route::EditApplication { .. } => DiaryFormKind::Application,
        Route::EditInterview { .. } => DiaryFormKind::Interview,
        Route::EditAction { .. } => DiaryFormKind::Action,
        Route::EditDocument { .. } => DiaryFormKind::Document,
        Route::EditMeeting { .. } => DiaryFormKind::Meeting,
        _ => return None,
    })
}

pub(super) fn view(app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    let words = Words::new(app, chain);
    let missing = |words: &Words| {
        (
            words.t("diary-title"),
            DiaryScreen::Missing {
                explanation: words.t("error-not-found"),
            },
        )
    };
    let result = match route {
        Route::Applications { stage } => Ok((
            words.t("diary-title"),
            DiaryScreen::Applications {
                list: applications_view(app, &words, *stage)?,
            },
        )),
        Route::Application { id } => application_view(app, &words, id).map(|application| {
            (
                typed(&application.employer),
                DiaryScreen::Application { application },
            )
        }),
        Route::Actions => Ok((
            words.t("diary-actions-title"),
            DiaryScreen::Actions {
                actions: actions_view(app, &words)?,
            },
        )),
        Route::Documents => Ok((
            words.t("documents-title"),
            DiaryScreen::Documents {
                documents: documents_view(app, &words)?,
            },
        )),
        Route::Meetings => Ok((
            words.t("meetings-title"),
            DiaryScreen::Meetings {
                meetings: meetings_view(app, &words)?,
            },
        )),
        _ => form_view(app, &words, route)
            .map(|form| (form.heading.clone(), DiaryScreen::Form { form })),
    };
    let (title, screen) = match result {
        Ok(shown) => shown,
        Err(Error::NotFound { .. }) => missing(&words),
        Err(other) => return Err(other),
    };
    Ok((title, Screen::Diary { screen }))
}

// ---------------------------------------------------------------------------------------------
// Applications

fn stage_counts(app: &App) -> Result<HashMap<Stage, u32>> {
    app.store.read(|conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT current_stage, count(*) FROM application GROUP BY current_stage",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, Stage>(0)?, r.get::<_, u32>(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })
}

/// The cursors of the pages shown after the first, for a stage tab.
fn page_cursors(app: &App, stage: Option<Stage>) -> Result<Vec<String>> {
    Ok(settings::get(&app.store, &pages_key(stage))?
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default())
}

fn set_page_cursors(app: &App, stage: Option<Stage>, cursors: &[String]) -> Result<()> {
    if cursors.is_empty() {
        return settings::remove(&app.store, &pages_key(stage));
    }
    let json = serde_json::to_string(cursors).map_err(|e| Error::Io(e.into()))?;
    settings::set(&app.store, &pages_key(stage), &json)
}

fn applications_view(app: &App, words: &Words, stage: Option<Stage>) -> Result<ApplicationsView> {
    let counts = stage_counts(app)?;
    let total: u32 = counts.values().sum();
    let tab = |tab_stage: Option<Stage>, count: u32| StageTab {
        stage: tab_stage,
        label: words.t_args(
            "diary-tab",
            &[
                (
                    "stage",
                    Arg::Text(match tab_stage {
                        Some(s) => words.t(&s.label_key()).text,
                        None => words.t("diary-tab-all").text,
                    }),
                ),
                ("count", Arg::Number(f64::from(count))),
            ],
        ),
        count,
        selected: tab_stage == stage,
    };
    // Every stage with applications, and the one selected even when it has none.
    let mut tabs = vec![tab(None, total)];
    tabs.extend(Stage::ALL.iter().filter_map(|&s| {
        let count = counts.get(&s).copied().unwrap_or(0);
        (count > 0 || Some(s) == stage).then(|| tab(Some(s), count))
    }));

    let cursors = page_cursors(app, stage)?;
    let diary = diary(app);
    // A cursor that does not read (from an older version, or not the view's): the top.
    let (page, after_first) =
        match diary.application_page(stage, PAGE, cursors.last().map(String::as_str)) {
            Ok(page) => (page, !cursors.is_empty()),
            Err(Error::Invalid { .. }) => (diary.application_page(stage, PAGE, None)?, false),
            Err(e) => return Err(e),
        };
    let mut stage_labels: HashMap<Stage, Localized> = HashMap::new();
    let rows: Vec<ApplicationRow> = page
        .applications
        .iter()
        .map(|a| ApplicationRow {
            id: a.id.clone(),
            employer: a.details.employer.clone(),
            position: a.details.position.clone(),
            stage: a.current_stage,
            stage_label: stage_labels
                .entry(a.current_stage)
                .or_insert_with(|| words.t(&a.current_stage.label_key()))
                .clone(),
            since: words.t_args(
                "diary-since",
                &[("date", Arg::Text(words.day(a.stage_changed_at)))],
            ),
            link: Route::Application { id: a.id.clone() }.to_link(),
        })
        .collect();
    let empty = (rows.is_empty() && !after_first).then(|| {
        words.t(if stage.is_none() {
            "empty-applications"
        } else {
            "diary-empty-stage"
        })
    });
    Ok(ApplicationsView {
        tabs,
        rows,
        more: page.next.is_some().then(|| words.t("diary-more")),
        more_cursor: page.next,
        previous: after_first.then(|| words.t("diary-previous")),
        empty,
        add: words.t("application-new"),
        add_link: Route::EditApplication { id: None }.to_link(),
    })
}

fn current_stage_tab(app: &App) -> Option<Option<Stage>> {
    match app.current_route() {
        Route::Applications { stage } => Some(stage),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// One application

fn application_view(app: &App, words: &Words, id: &str) -> Result<ApplicationView> {
    let diary = diary(app);
    let application = diary.application(id)?;
    let d = &application.details;
    let mut details = Vec::new();
    let mut line = |field: DiaryFormField, value: Localized| {
        if !value.text.is_empty() {
            details.push(DetailLine {
                label: words.t(field.label_key()),
                value,
            });
        }
    };
    line(DiaryFormField::ApplicationCity, typed(&d.city));
    line(
        DiaryFormField::ApplicationSource,
        words.t(&d.source.label_key()),
    );
    line(
        DiaryFormField::ApplicationSourceDetail,
        typed(&d.source_detail),
    );
    if let Some(contract) = d.contract_type {
        line(
            DiaryFormField::ApplicationContractType,
            words.t(&contract.label_key()),
        );
    }
    line(
        DiaryFormField::ApplicationContactName,
        typed(&d.contact_name),
    );
    line(
        DiaryFormField::ApplicationContactPhone,
        typed(&d.contact_phone),
    );
    line(
        DiaryFormField::ApplicationContactEmail,
        typed(&d.contact_email),
    );
    line(DiaryFormField::ApplicationJobUrl, typed(&d.job_url));
    line(DiaryFormField::ApplicationNotes, typed(&d.notes));

    let moves = ordered_stages()
        .filter(|s| *s != application.current_stage)
        .map(|stage| StageMove {
            stage,
            label: words.t_args(
                "diary-move-to",
                &[("stage", Arg::Text(words.t(&stage.label_key()).text))],
            ),
            closes: stage.is_closed(),
        })
        .collect();
    let events = diary.timeline(id)?;
    let last = events.len().saturating_sub(1);
    let timeline = events
        .iter()
        .enumerate()
        .map(|(i, e)| TimelineEntry {
            stage: e.stage,
            text: words.t_args(
                "diary-timeline-entry",
                &[
                    ("stage", Arg::Text(words.t(&e.stage.label_key()).text)),
                    ("date", Arg::Text(words.day(e.at))),
                ],
            ),
            note: e.note.clone(),
            current: i == last,
        })
        .collect();
    let interviews = diary
        .interviews(id)?
        .into_iter()
        .map(|i| InterviewRow {
            title: words.t_args(
                "interview-round",
                &[("round", Arg::Number(f64::from(i.round)))],
            ),
            when: words.when(i.details.at),
            format: words.t(&i.details.format.label_key()),
            place: i.details.place.clone(),
            call: i.details.link.clone(),
            notes: i.details.notes.clone(),
            edit_link: Route::EditInterview {
                application_id: id.to_owned(),
                id: Some(i.id.clone()),
            }
            .to_link(),
            id: i.id,
        })
        .collect();
    let today_start = words.today_start(app.now());
    let actions = diary
        .actions(Some(id))?
        .into_iter()
        .map(|a| {
            action_row(
                words,
                today_start,
                a.id,
                a.application_id,
                a.details,
                a.done_at.is_some(),
                String::new(),
            )
        })
        .collect();
    let confirm_delete = (settings::get(&app.store, key::DIARY_CONFIRM_DELETE)?.as_deref()
        == Some(id))
    .then(|| DeleteConfirmation {
        title: words.t("confirm-delete-title"),
        message: words.t_args(
            "confirm-delete-application",
            &[("employer", Arg::Text(d.employer.clone()))],
        ),
        confirm: words.t("button-delete"),
        cancel: words.t("button-cancel"),
    });
    Ok(ApplicationView {
        id: application.id.clone(),
        employer: d.employer.clone(),
        position: d.position.clone(),
        stage: application.current_stage,
        stage_label: words.t(&application.current_stage.label_key()),
        closed: application.current_stage.is_closed(),
        details,
        moves_title: words.t("stage-change"),
        moves,
        timeline_title: words.t("timeline-title"),
        timeline,
        interviews_title: words.t("diary-interviews"),
        interviews,
        add_interview: words.t("interview-add"),
        add_interview_link: Route::EditInterview {
            application_id: id.to_owned(),
            id: None,
        }
        .to_link(),
        actions_title: words.t("diary-actions-title"),
        actions,
        add_action: words.t("action-add"),
        add_action_link: Route::EditAction {
            application_id: Some(id.to_owned()),
            id: None,
        }
        .to_link(),
        call: dial_uri(&d.contact_phone).map(|_| words.t("button-call")),
        open_job: web_uri(&d.job_url).map(|_| words.t("diary-open-job")),
        edit: words.t("button-edit"),
        edit_link: Route::EditApplication {
            id: Some(id.to_owned()),
        }
        .to_link(),
        delete: words.t("button-delete"),
        confirm_delete,
    })
}

/// `tel:` with the number's digits (and a leading +), when it has any.
fn dial_uri(phone: &str) -> Option<String> {
    let phone = phone.trim();
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 3 {
        return None;
    }
    let plus = if phone.starts_with('+') { "+" } else { "" };
    Some(format!("tel:{plus}{digits}"))
}

/// The job offer's address when it is a web page (nothing else is opened from a typed text).
fn web_uri(address: &str) -> Option<String> {
    let url = url::Url::parse(address.trim()).ok()?;
    matches!(url.scheme(), "https" | "http").then(|| url.to_string())
}

/// The stages on the way to a job first, then the endings.
fn ordered_stages() -> impl Iterator<Item = Stage> {
    let open = Stage::ALL.iter().copied().filter(|s| !s.is_closed());
    let hired = std::iter::once(Stage::Hired);
    let endings = Stage::ALL
        .iter()
        .copied()
        .filter(|s| s.is_closed() && *s != Stage::Hired);
    open.chain(hired).chain(endings)
}

fn action_row(
    words: &Words,
    today_start: Timestamp,
    id: String,
    application_id: Option<String>,
    details: ActionDetails,
    done: bool,
    employer: String,
) -> ActionRow {
    ActionRow {
        what: words.t(&details.kind.label_key()),
        note: details.note,
        employer,
        due: words.by_day(details.due_at),
        overdue: !done && details.due_at < today_start,
        done,
        toggle_label: words.t(if done {
            "diary-mark-not-done"
        } else {
            "diary-mark-done"
        }),
        edit_link: Route::EditAction {
            application_id: application_id.clone(),
            id: Some(id.clone()),
        }
        .to_link(),
        application_link: application_id.map(|id| Route::Application { id }.to_link()),
        id,
    }
}

// ---------------------------------------------------------------------------------------------
// Actions of the whole search

fn actions_view(app: &App, words: &Words) -> Result<ActionsView> {
    let today_start = words.today_start(app.now());
    let query = |done: bool, limit: u32| {
        app.store.read(|conn| {
            let sql = if done {
                "SELECT n.id, n.application_id, n.kind, n.note, n.due_at, coalesce(a.employer, '')
                 FROM next_action n LEFT JOIN application a ON a.id = n.application_id
                 WHERE n.done_at IS NOT NULL ORDER BY n.done_at DESC LIMIT ?1"
            } else {
                "SELECT n.id, n.application_id, n.kind, n.note, n.due_at, coalesce(a.employer, '')
                 FROM next_action n LEFT JOIN application a ON a.id = n.application_id
                 WHERE n.done_at IS NULL ORDER BY n.due_at LIMIT ?1"
            };
            let mut stmt = conn.prepare_cached(sql)?;
            let rows = stmt.query_map([limit], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    ActionDetails {
                        kind: r.get(2)?,
                        note: r.get(3)?,
                        due_at: r.get(4)?,
                    },
                    r.get::<_, String>(5)?,
                ))
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    };
    let row = |done: bool| {
        move |(id, application_id, details, employer): (
            String,
            Option<String>,
            ActionDetails,
            String,
        )| {
            action_row(
                words,
                today_start,
                id,
                application_id,
                details,
                done,
                employer,
            )
        }
    };
    let (overdue, upcoming): (Vec<ActionRow>, Vec<ActionRow>) = query(false, OPEN_ACTIONS_SHOWN)?
        .into_iter()
        .map(row(false))
        .partition(|a| a.overdue);
    let done: Vec<ActionRow> = query(true, DONE_ACTIONS_SHOWN)?
        .into_iter()
        .map(row(true))
        .collect();
    let nothing = overdue.is_empty() && upcoming.is_empty() && done.is_empty();
    Ok(ActionsView {
        overdue_title: words.t("home-overdue"),
        overdue,
        upcoming_title: words.t("diary-upcoming"),
        upcoming,
        done_title: words.t("action-done"),
        done,
        empty: nothing.then(|| words.t("diary-empty-actions")),
        add: words.t("action-add"),
        add_link: Route::EditAction {
            application_id: None,
            id: None,
        }
        .to_link(),
    })
}

// ---------------------------------------------------------------------------------------------
// Documents

fn documents_view(app: &App, words: &Words) -> Result<DocumentsView> {
    let diary = diary(app);
    let today = crate::time::local_date(app.now(), &words.zone);
    // The agenda's rule (60 days before a permit expires, 30 for the rest, nothing for a
    // document still to get), from the documents alone: the whole agenda also walks every
    // application for its follow-ups.
    let defaults = crate::diary::AgendaOptions::at(app.now());
    let alert_of = |doc: &crate::diary::Document| -> Option<(i64, Localized)> {
        let d = &doc.details;
        let expires = d.expires_on.as_deref()?.parse::<jiff::civil::Date>().ok()?;
        let days_left = crate::time::days_between(today, expires);
        let warn = if d.kind == DocumentKind::ResidencePermit {
            defaults.permit_warning_days
        } else {
            defaults.document_warning_days
        };
        if d.status == DocumentStatus::Missing || days_left > i64::from(warn) {
            return None;
        }
        let document = if d.title.is_empty() {
            words.t(&d.kind.label_key()).text
        } else {
            d.title.clone()
        };
        let text = if days_left < 0 {
            words.t_args(
                "home-document-expired",
                &[("document", Arg::Text(document))],
            )
        } else {
            words.t_args(
                "home-document-expires",
                &[
                    ("document", Arg::Text(document)),
                    ("days", Arg::Number(days_left as f64)),
                ],
            )
        };
        Some((days_left, text))
    };
    let mut alerts: Vec<(i64, Localized)> = Vec::new();
    let checklist = diary
        .document_checklist()?
        .into_iter()
        .map(|entry| {
            let documents: Vec<DocumentRow> = entry
                .documents
                .iter()
                .map(|doc| {
                    let d = &doc.details;
                    let alert = alert_of(doc).map(|(days_left, text)| {
                        alerts.push((days_left, text.clone()));
                        text
                    });
                    DocumentRow {
                        id: doc.id.clone(),
                        title: if d.title.is_empty() {
                            words.t(&d.kind.label_key())
                        } else {
                            typed(&d.title)
                        },
                        status: d.status,
                        status_label: words.t(&d.status.label_key()),
                        expiry: d.expires_on.as_deref().map(|iso| {
                            words.t_args(
                                "document-expires-on",
                                &[("date", Arg::Text(words.date(iso)))],
                            )
                        }),
                        alert,
                        permit: d.permit_type.map(|p| words.t(&p.label_key())),
                        recognition: d.recognition.map(|r| words.t(&r.label_key())),
                        edit_link: Route::EditDocument {
                            id: Some(doc.id.clone()),
                        }
                        .to_link(),
                    }
                })
                .collect();
            let status = documents
                .iter()
                .map(|d| d.status)
                .max_by_key(|s| DocumentStatus::ALL.iter().position(|x| x == s))
                .unwrap_or(DocumentStatus::Missing);
            let label = words.t(&entry.kind.label_key());
            ChecklistRow {
                kind: entry.kind,
                add_label: words.t_args(
                    "diary-add-document",
                    &[("document", Arg::Text(label.text.clone()))],
                ),
                label,
                status,
                status_label: words.t(&status.label_key()),
                documents,
            }
        })
        .collect();
    alerts.sort_by_key(|(days_left, _)| *days_left);
    Ok(DocumentsView {
        alerts: alerts.into_iter().map(|(_, text)| text).collect(),
        checklist,
    })
}

// ---------------------------------------------------------------------------------------------
// Meetings

fn meetings_view(app: &App, words: &Words) -> Result<MeetingsView> {
    let now = app.now();
    let meetings: Vec<MeetingRow> = diary(app)
        .meetings()?
        .into_iter()
        .map(|m| MeetingRow {
            tutor: m.details.tutor.clone(),
            when: words.when(m.details.at),
            upcoming: m.details.at >= now,
            topics: m.details.topics.clone(),
            notes: m.details.notes.clone(),
            actions_title: words.t("meeting-agreed-actions"),
            actions: m
                .actions
                .into_iter()
                .map(|a| MeetingActionRow {
                    toggle_label: words.t(if a.done {
                        "diary-mark-not-done"
                    } else {
                        "diary-mark-done"
                    }),
                    id: a.id,
                    text: a.text,
                    done: a.done,
                })
                .collect(),
            edit_link: Route::EditMeeting {
                id: Some(m.id.clone()),
            }
            .to_link(),
            id: m.id,
        })
        .collect();
    Ok(MeetingsView {
        empty: meetings.is_empty().then(|| words.t("empty-meetings")),
        meetings,
        add: words.t("meeting-add"),
        add_link: Route::EditMeeting { id: None }.to_link(),
    })
}

// ---------------------------------------------------------------------------------------------
// Forms

/// The fields of a form, in order, given what is typed (a permit type only for a residence
/// permit, a recognition only for a diploma).
fn form_fields(kind: DiaryFormKind, new: bool, draft: &Draft) -> Vec<DiaryFormField> {
    use DiaryFormField as F;
    match kind {
        DiaryFormKind::Application => {
            let mut fields = vec![F::ApplicationEmployer, F::ApplicationPosition];
            if new {
                fields.push(F::ApplicationStage);
            }
            fields.extend([
                F::ApplicationSource,
                F::ApplicationSourceDetail,
                F::ApplicationCity,
                F::ApplicationContractType,
                F::ApplicationContactName,
                F::ApplicationContactPhone,
                F::ApplicationContactEmail,
                F::ApplicationJobUrl,
                F::ApplicationNotes,
            ]);
            fields
        }
        DiaryFormKind::Interview => vec![
            F::InterviewAt,
            F::InterviewFormat,
            F::InterviewPlace,
            F::InterviewLink,
            F::InterviewNotes,
        ],
        DiaryFormKind::Action => vec![F::ActionKind, F::ActionDueAt, F::ActionNote],
        DiaryFormKind::Document => {
            let document_kind = DocumentKind::from_code(&draft.text(F::DocumentKind));
            let mut fields = vec![F::DocumentKind, F::DocumentStatus];
            if document_kind == Some(DocumentKind::ResidencePermit) {
                fields.push(F::DocumentPermitType);
            }
            fields.extend([F::DocumentTitle, F::DocumentExpiresOn]);
            if document_kind == Some(DocumentKind::Diploma) {
                fields.push(F::DocumentRecognition);
            }
            fields.push(F::DocumentNotes);
            fields
        }
        DiaryFormKind::Meeting => vec![
            F::MeetingAt,
            F::MeetingTutor,
            F::MeetingTopics,
            F::MeetingNotes,
            F::MeetingAgreedActions,
        ],
    }
}

/// The choices of a choice field: (code, catalogue key); an optional one starts with "none".
fn choices(field: DiaryFormField) -> Vec<(String, String)> {
    fn of<T: Copy>(
        all: &[T],
        code: fn(T) -> &'static str,
        key: fn(T) -> String,
    ) -> Vec<(String, String)> {
        all.iter().map(|&v| (code(v).to_owned(), key(v))).collect()
    }
    let none = || vec![(String::new(), "diary-choice-none".to_owned())];
    use DiaryFormField as F;
    match field {
        F::ApplicationStage => [Stage::Saved, Stage::Applied]
            .iter()
            .map(|s| (s.code().to_owned(), s.label_key()))
            .collect(),
        F::ApplicationSource => of(JobSource::ALL, JobSource::code, JobSource::label_key),
        F::ApplicationContractType => {
            let mut c = none();
            c.extend(of(
                ContractType::ALL,
                ContractType::code,
                ContractType::label_key,
            ));
            c
        }
        F::InterviewFormat => of(
            InterviewFormat::ALL,
            InterviewFormat::code,
            InterviewFormat::label_key,
        ),
        F::ActionKind => of(ActionKind::ALL, ActionKind::code, ActionKind::label_key),
        F::DocumentKind => of(
            DocumentKind::ALL,
            DocumentKind::code,
            DocumentKind::label_key,
        ),
        F::DocumentStatus => of(
            DocumentStatus::ALL,
            DocumentStatus::code,
            DocumentStatus::label_key,
        ),
        F::DocumentPermitType => {
            let mut c = none();
            c.extend(of(PermitType::ALL, PermitType::code, PermitType::label_key));
            c
        }
        F::DocumentRecognition => {
            let mut c = none();
            c.extend(of(
                Recognition::ALL,
                Recognition::code,
                Recognition::label_key,
            ));
            c
        }
        _ => Vec::new(),
    }
}

/// What a form shows before anything is typed: the record's values, or a new record's
/// defaults.
fn initial_draft(app: &App, route: &Route) -> Result<Draft> {
    use DiaryFormField as F;
    let diary = diary(app);
    let mut draft = Draft::default();
    let millis = |t: Timestamp| t.millis().to_string();
    match route {
        Route::EditApplication { id } => {
            let d = match id {
                Some(id) => diary.application(id)?.details,
                None => {
                    let mut d = ApplicationDetails::new("", "", JobSource::JobPortal);
                    d.city = settings::get(&app.store, key::CITY)?.unwrap_or_default();
                    draft.set(F::ApplicationStage, Stage::Applied.code().into());
                    d
                }
            };
            draft.set(F::ApplicationEmployer, d.employer);
            draft.set(F::ApplicationPosition, d.position);
            draft.set(F::ApplicationSource, d.source.code().into());
            draft.set(F::ApplicationSourceDetail, d.source_detail);
            draft.set(F::ApplicationCity, d.city);
            draft.set(
                F::ApplicationContractType,
                d.contract_type.map_or("", ContractType::code).into(),
            );
            draft.set(F::ApplicationContactName, d.contact_name);
            draft.set(F::ApplicationContactPhone, d.contact_phone);
            draft.set(F::ApplicationContactEmail, d.contact_email);
            draft.set(F::ApplicationJobUrl, d.job_url);
            draft.set(F::ApplicationNotes, d.notes);
        }
        Route::EditInterview { application_id, id } => {
            diary.application(application_id)?;
            match id {
                Some(id) => {
                    let interview = diary
                        .interviews(application_id)?
                        .into_iter()
                        .find(|i| i.id == *id)
                        .ok_or_else(|| Error::not_found("interview", id.clone()))?;
                    let d = interview.details;
                    draft.set(F::InterviewAt, millis(d.at));
                    draft.set(F::InterviewFormat, d.format.code().into());
                    draft.set(F::InterviewPlace, d.place);
                    draft.set(F::InterviewLink, d.link);
                    draft.set(F::InterviewNotes, d.notes);
                }
                None => draft.set(F::InterviewFormat, InterviewFormat::InPerson.code().into()),
            }
        }
        Route::EditAction { application_id, id } => {
            if let Some(application_id) = application_id {
                diary.application(application_id)?;
            }
            match id {
                Some(id) => {
                    let action = diary
                        .actions(application_id.as_deref())?
                        .into_iter()
                        .find(|a| a.id == *id)
                        .ok_or_else(|| Error::not_found("action", id.clone()))?;
                    draft.set(F::ActionKind, action.details.kind.code().into());
                    draft.set(F::ActionDueAt, millis(action.details.due_at));
                    draft.set(F::ActionNote, action.details.note);
                }
                None => draft.set(F::ActionKind, ActionKind::FollowUp.code().into()),
            }
        }
        Route::EditDocument { id } => {
            let d = match id {
                Some(id) => {
                    diary
                        .documents()?
                        .into_iter()
                        .find(|d| d.id == *id)
                        .ok_or_else(|| Error::not_found("document", id.clone()))?
                        .details
                }
                None => DocumentDetails::new(DocumentKind::ResidencePermit, DocumentStatus::Have),
            };
            draft.set(F::DocumentKind, d.kind.code().into());
            draft.set(F::DocumentStatus, d.status.code().into());
            draft.set(
                F::DocumentPermitType,
                d.permit_type.map_or("", PermitType::code).into(),
            );
            draft.set(F::DocumentTitle, d.title);
            draft.set(F::DocumentExpiresOn, d.expires_on.unwrap_or_default());
            draft.set(
                F::DocumentRecognition,
                d.recognition.map_or("", Recognition::code).into(),
            );
            draft.set(F::DocumentNotes, d.notes);
        }
        Route::EditMeeting { id: Some(id) } => {
            let meeting = diary
                .meetings()?
                .into_iter()
                .find(|m| m.id == *id)
                .ok_or_else(|| Error::not_found("meeting", id.clone()))?;
            draft.set(F::MeetingAt, millis(meeting.details.at));
            draft.set(F::MeetingTutor, meeting.details.tutor);
            draft.set(F::MeetingTopics, meeting.details.topics);
            draft.set(F::MeetingNotes, meeting.details.notes);
        }
        // A new meeting starts empty.
        _ => {}
    }
    Ok(draft)
}

/// The form's draft: what was typed, else what the record holds.
fn load_draft(app: &App, route: &Route) -> Result<Draft> {
    if let Some(json) = settings::get(&app.store, &draft_key(route))? {
        if let Ok(draft) = serde_json::from_str(&json) {
            return Ok(draft);
        }
    }
    initial_draft(app, route)
}

fn store_draft(app: &App, route: &Route, draft: &Draft) -> Result<()> {
    let json = serde_json::to_string(draft).map_err(|e| Error::Io(e.into()))?;
    settings::set(&app.store, &draft_key(route), &json)
}

fn form_view(app: &App, words: &Words, route: &Route) -> Result<DiaryForm> {
    let Some(kind) = form_kind(route) else {
        return Err(Error::not_found("diary screen", route.to_link()));
    };
    let draft = load_draft(app, route)?;
    let (new, subject_of) = match route {
        Route::EditApplication { id } => (id.is_none(), None),
        Route::EditInterview { application_id, id } => (id.is_none(), Some(application_id.clone())),
        Route::EditAction { application_id, id } => (id.is_none(), application_id.clone()),
        Route::EditDocument { id } | Route::EditMeeting { id } => (id.is_none(), None),
        _ => (true, None),
    };
    let subject = match subject_of {
        Some(id) => {
            let a = diary(app).application(&id)?;
            Some(format!("{} — {}", a.details.employer, a.details.position))
        }
        None => None,
    };
    let fields = form_fields(kind, new, &draft)
        .into_iter()
        .map(|field| {
            let input = field.input();
            // An instant travels in `at`; its milliseconds mean nothing to the person.
            let value = match input {
                FormInput::DateTime => String::new(),
                _ => draft.text(field),
            };
            let at = match input {
                FormInput::DateTime => draft.instant(field),
                FormInput::Date if !value.is_empty() => value
                    .parse::<jiff::civil::Date>()
                    .ok()
                    .map(|d| crate::time::local_day_start(d, &words.zone)),
                _ => None,
            };
            let shown = match input {
                FormInput::DateTime => at.map(|at| words.when(at)),
                FormInput::Date if !value.is_empty() => Some(typed(&words.date(&value))),
                _ => None,
            }
            .map(|mut shown| {
                // A formatted date is in the person's language.
                shown.locale = words.locale.clone();
                shown.direction = crate::i18n::direction(&words.locale);
                shown
            });
            let choices = choices(field)
                .into_iter()
                .map(|(code, label_key)| FormChoice {
                    selected: code == value,
                    label: words.t(&label_key),
                    code,
                })
                .collect();
            let label = words.t(field.label_key());
            let error = draft.error_on(field).map(|reason| {
                words.t_args(
                    "error-in-field",
                    &[
                        ("field", Arg::Text(label.text.clone())),
                        (
                            "problem",
                            Arg::Text(words.t(&format!("error-invalid-{}", reason.code())).text),
                        ),
                    ],
                )
            });
            FormField {
                field,
                label,
                input,
                required: field.required(),
                value,
                at,
                shown,
                hint: (field == DiaryFormField::MeetingAgreedActions)
                    .then(|| words.t("diary-one-per-line")),
                choices,
                error,
            }
        })
        .collect();
    let heading = match (kind, new) {
        (DiaryFormKind::Application, true) => "application-new",
        (DiaryFormKind::Application, false) => "application-edit",
        (DiaryFormKind::Interview, true) => "interview-add",
        (DiaryFormKind::Interview, false) => "diary-interview-edit",
        (DiaryFormKind::Action, true) => "action-add",
        (DiaryFormKind::Action, false) => "diary-action-edit",
        (DiaryFormKind::Document, true) => "diary-document-new",
        (DiaryFormKind::Document, false) => "diary-document-edit",
        (DiaryFormKind::Meeting, true) => "meeting-add",
        (DiaryFormKind::Meeting, false) => "diary-meeting-edit",
    };
    Ok(DiaryForm {
        kind,
        heading: words.t(heading),
        subject,
        fields,
        save: words.t("button-save"),
        cancel: words.t("button-cancel"),
        delete: (!new && kind != DiaryFormKind::Application).then(|| words.t("button-delete")),
    })
}

/// Saves the form on `route` from its draft; returns where to go next.
fn save_form(app: &App, route: &Route, draft: &Draft) -> Result<Option<Route>> {
    use DiaryFormField as F;
    let diary = diary(app);
    match route {
        Route::EditApplication { id } => {
            let details = ApplicationDetails {
                employer: draft.text(F::ApplicationEmployer),
                position: draft.text(F::ApplicationPosition),
                source: JobSource::from_code(&draft.text(F::ApplicationSource))
                    .unwrap_or(JobSource::Other),
                source_detail: draft.text(F::ApplicationSourceDetail),
                city: draft.text(F::ApplicationCity),
                contract_type: ContractType::from_code(&draft.text(F::ApplicationContractType)),
                contact_name: draft.text(F::ApplicationContactName),
                contact_phone: draft.text(F::ApplicationContactPhone),
                contact_email: draft.text(F::ApplicationContactEmail),
                job_url: draft.text(F::ApplicationJobUrl),
                notes: draft.text(F::ApplicationNotes),
            };
            match id {
                None => {
                    let stage = Stage::from_code(&draft.text(F::ApplicationStage))
                        .unwrap_or(Stage::Applied);
                    let added = diary.add_application(&details, stage, Some(app.now()))?;
                    Ok(Some(Route::Application { id: added.id }))
                }
                Some(id) => {
                    diary.update_application(id, &details)?;
                    Ok(None)
                }
            }
        }
        Route::EditInterview { application_id, id } => {
            let details = InterviewDetails {
                at: draft.required_instant(F::InterviewAt, InterviewField::At)?,
                format: InterviewFormat::from_code(&draft.text(F::InterviewFormat))
                    .unwrap_or(InterviewFormat::InPerson),
                place: draft.text(F::InterviewPlace),
                link: draft.text(F::InterviewLink),
                notes: draft.text(F::InterviewNotes),
            };
            match id {
                None => diary.add_interview(application_id, &details).map(drop)?,
                Some(id) => diary.update_interview(id, &details).map(drop)?,
            }
            Ok(None)
        }
        Route::EditAction { application_id, id } => {
            let details = ActionDetails {
                kind: ActionKind::from_code(&draft.text(F::ActionKind))
                    .unwrap_or(ActionKind::Other),
                note: draft.text(F::ActionNote),
                due_at: draft.required_instant(F::ActionDueAt, ActionField::DueAt)?,
            };
            match id {
                None => diary
                    .add_action(&details, application_id.as_deref())
                    .map(drop)?,
                Some(id) => diary.update_action(id, &details).map(drop)?,
            }
            Ok(None)
        }
        Route::EditDocument { id } => {
            let kind = DocumentKind::from_code(&draft.text(F::DocumentKind))
                .unwrap_or(DocumentKind::Other);
            let expires = draft.text(F::DocumentExpiresOn);
            let details = DocumentDetails {
                kind,
                status: DocumentStatus::from_code(&draft.text(F::DocumentStatus))
                    .unwrap_or(DocumentStatus::Have),
                // A choice left over from another kind does not belong to this document.
                permit_type: PermitType::from_code(&draft.text(F::DocumentPermitType))
                    .filter(|_| kind == DocumentKind::ResidencePermit),
                title: draft.text(F::DocumentTitle),
                expires_on: (!expires.is_empty()).then_some(expires),
                recognition: Recognition::from_code(&draft.text(F::DocumentRecognition))
                    .filter(|_| kind == DocumentKind::Diploma),
                notes: draft.text(F::DocumentNotes),
            };
            match id {
                None => diary.add_document(&details).map(drop)?,
                Some(id) => diary.update_document(id, &details).map(drop)?,
            }
            Ok(None)
        }
        Route::EditMeeting { id } => {
            let details = MeetingDetails {
                at: draft.required_instant(F::MeetingAt, MeetingField::At)?,
                tutor: draft.text(F::MeetingTutor),
                topics: draft.text(F::MeetingTopics),
                notes: draft.text(F::MeetingNotes),
            };
            let agreed: Vec<String> = draft
                .text(F::MeetingAgreedActions)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect();
            match id {
                None => diary.add_meeting(&details, &agreed).map(drop)?,
                Some(id) => {
                    // Check every agreed action before changing anything.
                    for action in &agreed {
                        if action.chars().count() > 300 {
                            return Err(Error::invalid(
                                MeetingField::AgreedAction,
                                InvalidReason::TooLong,
                            ));
                        }
                    }
                    diary.update_meeting(id, &details)?;
                    for action in &agreed {
                        diary.add_meeting_action(id, action)?;
                    }
                }
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

fn delete_record(app: &App, route: &Route) -> Result<()> {
    let diary = diary(app);
    match route {
        Route::EditInterview { id: Some(id), .. } => diary.delete_interview(id),
        Route::EditAction { id: Some(id), .. } => diary.delete_action(id),
        Route::EditDocument { id: Some(id) } => diary.delete_document(id),
        Route::EditMeeting { id: Some(id) } => diary.delete_meeting(id),
        _ => Ok(()),
    }
}

/// Forgets the drafts of a deleted application's forms (its own, its interviews' and
/// actions'): what they were about is gone.
fn forget_drafts_of(app: &App, application_id: &str) -> Result<()> {
    let edit = draft_key(&Route::EditApplication {
        id: Some(application_id.to_owned()),
    });
    let children = format!(
        "{}{}/",
        key::DRAFT_PREFIX,
        Route::Application {
            id: application_id.to_owned()
        }
        .to_link()
    );
    app.store.write(|tx| {
        tx.execute(
            "DELETE FROM app_setting WHERE key = ?1 OR substr(key, 1, length(?2)) = ?2",
            [&edit, &children],
        )?;
        Ok(())
    })
}

/// Changes one field of the open form's draft (no form open: a late tap, ignored).
fn edit_field(app: &App, field: DiaryFormField, value: String) -> Result<Vec<Effect>> {
    let route = app.current_route();
    let Some(kind) = form_kind(&route) else {
        return Ok(Vec::new());
    };
    let mut draft = load_draft(app, &route)?;
    // Only a field of this form (whatever document kind is chosen) takes a value.
    let all_fields = form_fields(kind, true, &draft)
        .into_iter()
        .chain(form_fields(kind, false, &draft))
        .chain([
            DiaryFormField::DocumentPermitType,
            DiaryFormField::DocumentRecognition,
        ]);
    if !all_fields.into_iter().any(|f| f == field)
        || (field.input() == FormInput::Choice
            && !choices(field).iter().any(|(code, _)| *code == value))
    {
        return Ok(Vec::new());
    }
    draft.set(field, value);
    if draft
        .error
        .as_ref()
        .is_some_and(|(f, _)| *f == field.code())
    {
        draft.error = None;
    }
    store_draft(app, &route, &draft)?;
    Ok(Vec::new())
}

fn save(app: &App) -> Result<Vec<Effect>> {
    let route = app.current_route();
    if form_kind(&route).is_none() {
        return Ok(Vec::new());
    }
    let mut draft = load_draft(app, &route)?;
    match save_form(app, &route, &draft) {
        Ok(next) => {
            settings::remove(&app.store, &draft_key(&route))?;
            match next {
                Some(next) => app.replace_route(next)?,
                None => {
                    app.pop_route()?;
                }
            }
            app.set_notice(Catalogue::get().t(&app.ui_chain()?, "saved", &[]));
            Ok(vec![app.notification_plan()?])
        }
        Err(error @ Error::Invalid { field, reason }) => {
            // Kept with what was typed, so the error stays beside its field after a kill.
            draft.error = DiaryFormField::of(field).map(|f| (f.code(), reason.code().to_owned()));
            store_draft(app, &route, &draft)?;
            Err(error)
        }
        Err(other) => Err(other),
    }
}

pub(super) fn handle(app: &App, event: DiaryEvent) -> Result<Vec<Effect>> {
    let chain = app.ui_chain()?;
    let t = |key: &str, args: &[NamedArg]| Catalogue::get().t(&chain, key, args);
    match event {
        DiaryEvent::SelectStage { stage } => {
            set_page_cursors(app, stage, &[])?;
            if current_stage_tab(app).is_some() {
                app.replace_route(Route::Applications { stage })?;
            }
            Ok(Vec::new())
        }
        DiaryEvent::ShowMoreApplications { cursor } => {
            // The cursor came from the view; one that does not read shows the first page.
            if let Some(stage) = current_stage_tab(app) {
                let mut cursors = page_cursors(app, stage)?;
                if cursors.last() != Some(&cursor) {
                    cursors.push(cursor);
                    set_page_cursors(app, stage, &cursors)?;
                }
            }
            Ok(Vec::new())
        }
        DiaryEvent::ShowPreviousApplications => {
            if let Some(stage) = current_stage_tab(app) {
                let mut cursors = page_cursors(app, stage)?;
                cursors.pop();
                set_page_cursors(app, stage, &cursors)?;
            }
            Ok(Vec::new())
        }
        DiaryEvent::MoveToStage {
            application_id,
            stage,
        } => {
            let diary = diary(app);
            let current = diary.application(&application_id)?;
            // Never before the current stage's own date (it may come from the phone's clock).
            let at = app.now().max(current.stage_changed_at);
            diary.move_to_stage(&application_id, stage, "", Some(at))?;
            app.set_notice(t(
                "stage-changed",
                &[NamedArg {
                    name: "stage".into(),
                    value: Arg::Text(t(&stage.label_key(), &[]).text),
                }],
            ));
            Ok(vec![app.notification_plan()?])
        }
        DiaryEvent::AskDeleteApplication { id } => {
            diary(app).application(&id)?;
            settings::set(&app.store, key::DIARY_CONFIRM_DELETE, &id)?;
            Ok(Vec::new())
        }
        DiaryEvent::CancelDeleteApplication => {
            settings::remove(&app.store, key::DIARY_CONFIRM_DELETE)?;
            Ok(Vec::new())
        }
        DiaryEvent::ConfirmDeleteApplication => {
            let Some(id) = settings::get(&app.store, key::DIARY_CONFIRM_DELETE)? else {
                return Ok(Vec::new());
            };
            settings::remove(&app.store, key::DIARY_CONFIRM_DELETE)?;
            diary(app).delete_application(&id)?;
            forget_drafts_of(app, &id)?;
            if app.current_route() == (Route::Application { id }) {
                app.pop_route()?;
            }
            app.set_notice(t("deleted", &[]));
            Ok(vec![app.notification_plan()?])
        }
        DiaryEvent::CallContact { application_id } => {
            let phone = diary(app)
                .application(&application_id)?
                .details
                .contact_phone;
            Ok(dial_uri(&phone)
                .map(|uri| super::Effect::OpenExternal {
                    kind: super::ExternalKind::Dial,
                    uri,
                })
                .into_iter()
                .collect())
        }
        DiaryEvent::OpenJobOffer { application_id } => {
            let address = diary(app).application(&application_id)?.details.job_url;
            Ok(web_uri(&address)
                .map(|uri| super::Effect::OpenExternal {
                    kind: super::ExternalKind::Web,
                    uri,
                })
                .into_iter()
                .collect())
        }
        DiaryEvent::SetActionDone { id, done } => {
            diary(app).set_action_done(&id, done)?;
            Ok(vec![app.notification_plan()?])
        }
        DiaryEvent::SetMeetingActionDone { id, done } => {
            diary(app).set_meeting_action_done(&id, done)?;
            Ok(vec![app.notification_plan()?])
        }
        DiaryEvent::AddDocument { kind } => {
            let route = Route::EditDocument { id: None };
            let mut draft = initial_draft(app, &route)?;
            draft.set(DiaryFormField::DocumentKind, kind.code().into());
            store_draft(app, &route, &draft)?;
            app.go(route)
        }
        DiaryEvent::EditText { field, value } => {
            if matches!(
                field.input(),
                FormInput::Choice | FormInput::Date | FormInput::DateTime
            ) {
                return Ok(Vec::new());
            }
            edit_field(app, field, value)
        }
        DiaryEvent::EditTime { field, at } => {
            let value = match (field.input(), at) {
                (_, None) => String::new(),
                (FormInput::DateTime, Some(at)) => at.millis().to_string(),
                (FormInput::Date, Some(at)) => Words::new(app, &chain).iso_day(at),
                _ => return Ok(Vec::new()),
            };
            edit_field(app, field, value)
        }
        DiaryEvent::Choose { field, code } => {
            if field.input() != FormInput::Choice {
                return Ok(Vec::new());
            }
            edit_field(app, field, code)
        }
        DiaryEvent::Save => save(app),
        DiaryEvent::Cancel => {
            let route = app.current_route();
            if form_kind(&route).is_some() {
                settings::remove(&app.store, &draft_key(&route))?;
                app.pop_route()?;
            }
            Ok(Vec::new())
        }
        DiaryEvent::DeleteRecord => {
            let route = app.current_route();
            if form_kind(&route).is_none() {
                return Ok(Vec::new());
            }
            delete_record(app, &route)?;
            settings::remove(&app.store, &draft_key(&route))?;
            app.pop_route()?;
            app.set_notice(t("deleted", &[]));
            Ok(vec![app.notification_plan()?])
        }
    }
}

#[cfg(test)]
#[path = "diary_tests.rs"]
mod diary_tests;
