//! Which field an `InvalidInput` error is about: one documented enum per record the person
//! fills in, so an app can put the message beside the right box, and `error_message` can
//! name the field in the person's language ("Employer: this field is needed").
//!
//! Each field has a stable code (`application.employer`); its label is the catalogue message
//! `field-<record>-<field>` (dots and underscores become dashes).

/// Declares a record's field enum, its codes and its conversion into [`Field`].
macro_rules! record_fields {
    (
        $(#[$doc:meta])*
        $variant:ident => $name:ident ($record:literal) {
            $( $(#[$field_doc:meta])* $field:ident = $code:literal, )*
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
        pub enum $name {
            $( $(#[$field_doc])* $field, )*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$field),*];

            /// The field's code within its record (`employer`).
            pub fn code(self) -> &'static str {
                match self {
                    $( $name::$field => $code, )*
                }
            }
        }

        impl From<$name> for Field {
            fn from(field: $name) -> Field {
                Field::$variant { field }
            }
        }
    };
}

/// The field of a record that an input error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Field {
    /// `ApplicationDetails`, and the date or stage of a stage change (`move_to_stage`).
    Application { field: ApplicationField },
    /// `InterviewDetails`.
    Interview { field: InterviewField },
    /// `ActionDetails` (a next action).
    Action { field: ActionField },
    /// `DocumentDetails` (the documents checklist).
    Document { field: DocumentField },
    /// `MeetingDetails` and the actions agreed in a meeting.
    Meeting { field: MeetingField },
    /// `PersonalDetails` (the top of the CV).
    Personal { field: PersonalField },
    /// `Availability`.
    Availability { field: AvailabilityField },
    /// `LanguageSkillDetails`.
    Language { field: LanguageField },
    /// `WorkExperienceDetails`.
    Experience { field: ExperienceField },
    /// `EducationDetails`.
    Education { field: EducationField },
    /// `SkillDetails`.
    Skill { field: SkillField },
    /// `CertificateDetails` (licences and certificates of the profile).
    Certificate { field: CertificateField },
    /// A report of wrong information about a service.
    Report { field: ReportField },
    /// A question the person sends their tutor ("ask my tutor").
    Question { field: QuestionField },
    /// Pairing with a tutor's coordinator.
    Pairing { field: PairingField },
    /// Lessons: an answer, a step, the name on a certificate.
    Lesson { field: LessonField },
    /// The arguments of a query: when, where, how many.
    Query { field: QueryField },
    /// Opening the database.
    Store { field: StoreField },
    /// Moving in the app: a deep link, a scanned code, a notification's target.
    Navigation { field: NavigationField },
    /// The app's settings (also chosen in the first run).
    Settings { field: SettingsField },
    /// The notification settings: quiet hours.
    Notifications { field: NotificationsField },
}

impl Field {
    /// The record's code (`application`).
    pub fn record(self) -> &'static str {
        match self {
            Field::Application { .. } => "application",
            Field::Interview { .. } => "interview",
            Field::Action { .. } => "action",
            Field::Document { .. } => "document",
            Field::Meeting { .. } => "meeting",
            Field::Personal { .. } => "personal",
            Field::Availability { .. } => "availability",
            Field::Language { .. } => "language",
            Field::Experience { .. } => "experience",
            Field::Education { .. } => "education",
            Field::Skill { .. } => "skill",
            Field::Certificate { .. } => "certificate",
            Field::Report { .. } => "report",
            Field::Question { .. } => "question",
            Field::Pairing { .. } => "pairing",
            Field::Lesson { .. } => "lesson",
            Field::Query { .. } => "query",
            Field::Store { .. } => "store",
            Field::Navigation { .. } => "navigation",
            Field::Settings { .. } => "settings",
            Field::Notifications { .. } => "notifications",
        }
    }

    /// The field's code within its record (`employer`).
    pub fn name(self) -> &'static str {
        match self {
            Field::Application { field } => field.code(),
            Field::Interview { field } => field.code(),
            Field::Action { field } => field.code(),
            Field::Document { field } => field.code(),
            Field::Meeting { field } => field.code(),
            Field::Personal { field } => field.code(),
            Field::Availability { field } => field.code(),
            Field::Language { field } => field.code(),
            Field::Experience { field } => field.code(),
            Field::Education { field } => field.code(),
            Field::Skill { field } => field.code(),
            Field::Certificate { field } => field.code(),
            Field::Report { field } => field.code(),
            Field::Question { field } => field.code(),
            Field::Pairing { field } => field.code(),
            Field::Lesson { field } => field.code(),
            Field::Query { field } => field.code(),
            Field::Store { field } => field.code(),
            Field::Navigation { field } => field.code(),
            Field::Settings { field } => field.code(),
            Field::Notifications { field } => field.code(),
        }
    }

    /// The stable code, `record.field` (`application.employer`), for logs and tests.
    pub fn code(self) -> String {
        format!("{}.{}", self.record(), self.name())
    }

    /// The catalogue message that names the field for the person.
    pub fn label_key(self) -> String {
        format!("field-{}-{}", self.record(), self.name()).replace('_', "-")
    }

    /// Every field, for the catalogue's completeness test and the apps' form mapping.
    pub fn all() -> Vec<Field> {
        let mut all = Vec::new();
        all.extend(ApplicationField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(InterviewField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(ActionField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(DocumentField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(MeetingField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(PersonalField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(AvailabilityField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(LanguageField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(ExperienceField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(EducationField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(SkillField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(CertificateField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(ReportField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(QuestionField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(PairingField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(LessonField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(QueryField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(StoreField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(NavigationField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(SettingsField::ALL.iter().map(|&f| Field::from(f)));
        all.extend(NotificationsField::ALL.iter().map(|&f| Field::from(f)));
        all
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.record(), self.name())
    }
}

record_fields! {
    /// The fields of an application and of a change of its stage.
    Application => ApplicationField ("application") {
        /// Who the job is with.
        Employer = "employer",
        /// The job applied for.
        Position = "position",
        /// Which portal, agency or person the job came from.
        SourceDetail = "source_detail",
        City = "city",
        ContactName = "contact_name",
        ContactPhone = "contact_phone",
        ContactEmail = "contact_email",
        /// The job advert's address.
        JobUrl = "job_url",
        Notes = "notes",
        /// The stage asked for in a stage change (refused when it is already the current one).
        Stage = "stage",
        /// When the application was added or changed stage.
        At = "at",
        /// The note of a stage change.
        StageNote = "stage_note",
    }
}

record_fields! {
    /// The fields of an interview.
    Interview => InterviewField ("interview") {
        /// When the interview starts.
        At = "at",
        /// The address, for an interview in person.
        Place = "place",
        /// The video-call link or the number that will call.
        Link = "link",
        Notes = "notes",
    }
}

record_fields! {
    /// The fields of a next action.
    Action => ActionField ("action") {
        Note = "note",
        /// When it is due.
        DueAt = "due_at",
    }
}

record_fields! {
    /// The fields of a document of the checklist.
    Document => DocumentField ("document") {
        /// The kind of residence permit.
        PermitType = "permit_type",
        Title = "title",
        /// The expiry date printed on the document.
        ExpiresOn = "expires_on",
        Notes = "notes",
    }
}

record_fields! {
    /// The fields of a meeting with the tutor.
    Meeting => MeetingField ("meeting") {
        /// When the meeting takes place.
        At = "at",
        Tutor = "tutor",
        Topics = "topics",
        Notes = "notes",
        /// One of the actions agreed in the meeting.
        AgreedAction = "agreed_action",
    }
}

record_fields! {
    /// The fields of the personal details at the top of the CV.
    Personal => PersonalField ("personal") {
        FullName = "full_name",
        Email = "email",
        Phone = "phone",
        City = "city",
        Summary = "summary",
    }
}

record_fields! {
    /// The fields of the availability for work.
    Availability => AvailabilityField ("availability") {
        HoursPerWeek = "hours_per_week",
        Shifts = "shifts",
        MaxTravelKm = "max_travel_km",
        AvailableFrom = "available_from",
    }
}

record_fields! {
    /// The fields of a language the person speaks.
    Language => LanguageField ("language") {
        /// The language's code.
        Language = "language",
    }
}

record_fields! {
    /// The fields of a work experience.
    Experience => ExperienceField ("experience") {
        Role = "role",
        Employer = "employer",
        Sector = "sector",
        Country = "country",
        City = "city",
        /// `YYYY-MM`.
        StartMonth = "start_month",
        /// `YYYY-MM`; refused before the start.
        EndMonth = "end_month",
        Tasks = "tasks",
    }
}

record_fields! {
    /// The fields of an education or training.
    Education => EducationField ("education") {
        Title = "title",
        Institution = "institution",
        /// The level of the European Qualifications Framework, 1 to 8.
        EqfLevel = "eqf_level",
        Country = "country",
        StartYear = "start_year",
        /// Refused before the start.
        EndYear = "end_year",
    }
}

record_fields! {
    /// The fields of a skill.
    Skill => SkillField ("skill") {
        Text = "text",
        /// An ESCO skill address (`http://data.europa.eu/esco/skill/…`).
        EscoUri = "esco_uri",
    }
}

record_fields! {
    /// The fields of a licence or certificate of the profile.
    Certificate => CertificateField ("certificate") {
        Name = "name",
        Issuer = "issuer",
        IssuedOn = "issued_on",
        /// Refused before the issue date.
        ExpiresOn = "expires_on",
    }
}

record_fields! {
    /// The fields of a report of wrong information.
    Report => ReportField ("report") {
        /// What is wrong, in the person's words; needed for some kinds of report.
        Comment = "comment",
        /// What kind of wrong information it is.
        Kind = "kind",
    }
}

record_fields! {
    /// A question the person sends their tutor from "Ask".
    Question => QuestionField ("question") {
        /// The question as typed.
        Text = "text",
    }
}

record_fields! {
    /// The fields of pairing with a tutor.
    Pairing => PairingField ("pairing") {
        /// The coordinator's address.
        Server = "server",
        /// The pairing code from the tutor.
        Code = "code",
    }
}

record_fields! {
    /// The fields of the lessons.
    Lesson => LessonField ("lesson") {
        /// The answer to a question.
        Answer = "answer",
        /// The step asked for.
        Step = "step",
        /// The name printed on a certificate.
        Name = "name",
    }
}

record_fields! {
    /// The arguments of a query.
    Query => QueryField ("query") {
        /// The moment the query is for ("now").
        Now = "now",
        /// An IANA time zone such as `Europe/Rome`.
        TimeZone = "time_zone",
        Latitude = "lat",
        Longitude = "lon",
        /// A search radius, in metres.
        Radius = "radius_m",
        /// A page's cursor.
        Cursor = "cursor",
        /// How many results a page may hold.
        Limit = "limit",
    }
}

record_fields! {
    /// Opening the database.
    Store => StoreField ("store") {
        /// The database key (32 bytes).
        Key = "key",
        /// The database file.
        Path = "path",
        /// The signing keys the app trusts for lesson packs and content dumps.
        TrustedKeys = "trusted_keys",
    }
}

record_fields! {
    /// Moving in the app.
    Navigation => NavigationField ("navigation") {
        /// A link, a scanned code or a notification's target that is not a place in the app.
        Link = "link",
    }
}

record_fields! {
    /// The app's settings.
    Settings => SettingsField ("settings") {
        /// The language of the app's words.
        UiLanguage = "ui_language",
        /// The language of services and lessons.
        ContentLanguage = "content_language",
        /// The city whose services come first.
        City = "city",
    }
}

record_fields! {
    /// The notification settings.
    Notifications => NotificationsField ("notifications") {
        /// Quiet hours, `HH:MM-HH:MM` local time.
        QuietHours = "quiet_hours",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_labels_exist_in_english() {
        let all = Field::all();
        let codes: std::collections::HashSet<String> = all.iter().map(|f| f.code()).collect();
        assert_eq!(codes.len(), all.len());
        let catalogue = crate::i18n::Catalogue::get();
        for field in all {
            let label = catalogue.t(&["en".into()], &field.label_key(), &[]);
            assert_eq!(
                label.locale,
                "en",
                "{} has no English label",
                field.label_key()
            );
        }
    }
}
