//! The skills profile and its editor, and the CV preview in two languages.
//!
//! The profile screen lists each section with its entries and a hint for what is missing.
//! Each section has one form (`EditProfile`): what the person types is kept as a draft in
//! `app_setting` (`draft.<route link>`) at every change, so a refused save or a killed
//! process loses nothing; a refused save shows its error on the field. The CV preview shows
//! the CV in two languages side by side (the person's and Italian unless changed).

mod form;

use form::{
    delete_entry, field_error_key, field_message, field_specs, is_list, load_draft, opt,
    remove_draft, save_draft, save_section, stored_values, Draft, LANGUAGE_CODES,
};

use super::first_run::LanguageChoice;
use super::route::{ProfileSection, Route};
use super::settings::{self, key};
use super::{App, Effect, Screen};
use crate::diary::{
    Availability, CefrLevel, Diary, PersonalDetails, Profile, Recognition, Shift, Transport,
};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::LanguageField;
use crate::i18n::{Arg, Catalogue, Localized, NamedArg};

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ProfileScreen {
    /// The whole profile, section by section.
    Overview { profile: ProfileOverview },
    /// The form of one section (or of one entry of a list section).
    Edit { form: ProfileForm },
    /// The CV in two languages side by side.
    Cv { cv: CvPreview },
}

/// What the person does on these screens.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ProfileEvent {
    /// A field of the open form changed. `field` is the field's `code` from the form;
    /// `value` is the text typed, a choice's code, several codes separated by commas for a
    /// multiple choice, or "1"/"" for a switch. Kept as a draft at once.
    EditField { field: String, value: String },
    /// Save the open form. Refused input stays in the form, its error on the field.
    Save,
    /// Forget the draft of the open form and go back.
    Discard,
    /// Ask to delete the entry of the open form: the form then shows `confirm_delete`.
    AskDelete,
    /// The person confirmed: delete the entry and go back.
    ConfirmDelete,
    /// The person changed their mind about deleting.
    CancelDelete,
    /// CV preview: the language of one column (a catalogue language code).
    ChooseCvLanguage { column: CvColumn, code: String },
    /// CV preview: share the CV in the second column's language (see `CvPreview.share`),
    /// as `Effect::ShareFile` with a printable HTML page (`cv-<language>.html`). The shell
    /// may turn it into a PDF with the platform's print service (Android's `PrintManager`,
    /// iOS's `UIPrintPageRenderer`) before offering it; the core makes no PDF.
    ShareCv,
}

/// A column of the CV preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CvColumn {
    /// The person's language by default.
    First,
    /// Italian by default: the language employers read.
    Second,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProfileOverview {
    pub sections: Vec<ProfileSectionView>,
    /// "4 of 7 parts filled".
    pub filled: Localized,
    /// The button that opens the CV preview, and its link.
    pub cv: Localized,
    pub cv_link: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProfileSectionView {
    pub section: ProfileSection,
    pub heading: Localized,
    /// The entries of a list section; for personal details and availability, one entry
    /// once something is written.
    pub entries: Vec<ProfileEntry>,
    /// The section's button: "Add a job" for a list section (a new entry's form), "Edit"
    /// for personal details and availability; and the link of that form.
    pub open_form: Localized,
    pub form_link: String,
    /// What is missing, as a suggestion; `None` once the section has something.
    pub hint: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProfileEntry {
    /// What the person wrote (a job, a school), or a language's name in the person's
    /// language; shown in its own direction.
    pub title: String,
    /// A second line from what the person wrote (employer and dates, institution).
    pub detail: String,
    /// Words of the app about the entry ("Mother tongue", "20 hours a week").
    pub badges: Vec<Localized>,
    /// The entry's form.
    pub link: String,
}

/// The form of one section.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProfileForm {
    pub section: ProfileSection,
    /// The entry being changed; `None` for a new entry or a single section.
    pub id: Option<String>,
    pub heading: Localized,
    pub fields: Vec<ProfileFormField>,
    pub save: Localized,
    /// Forget what was typed and go back.
    pub discard: Localized,
    /// For an existing entry of a list section: the delete button.
    pub delete: Option<Localized>,
    /// After `AskDelete`: the question to confirm (with `delete` as the yes, `cancel` as no).
    pub confirm_delete: Option<Localized>,
    pub cancel: Localized,
}

/// A field of a form, with what the person typed and its error.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProfileFormField {
    /// The field's stable code, sent back in `ProfileEvent::EditField`.
    pub code: String,
    pub label: Localized,
    pub kind: FieldKind,
    /// The current text or code(s), as in `EditField`.
    pub value: String,
    /// For a choice: the choices, with the selected ones.
    pub choices: Vec<FieldChoice>,
    /// The format expected ("Like 2024-03"), for dates and months.
    pub hint: Option<Localized>,
    /// Why the last save refused this field, in the person's language.
    pub error: Option<Localized>,
}

/// How a field is typed or picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FieldKind {
    Text,
    /// Several lines.
    LongText,
    Email,
    Phone,
    /// Whole number (the numeric keyboard).
    Number,
    /// `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
    /// One of `choices` (or none).
    Choice,
    /// Any of `choices`, codes separated by commas.
    MultiChoice,
    /// On ("1") or off ("").
    Switch,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FieldChoice {
    pub code: String,
    pub label: Localized,
    pub selected: bool,
}

/// The CV preview.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CvPreview {
    /// A whole HTML page for a WebView: the two CVs side by side, each column in its
    /// language and direction. Nothing in it loads from the network.
    pub html: String,
    pub first_language: String,
    pub second_language: String,
    /// The labels of the two language pickers.
    pub first_label: Localized,
    pub second_label: Localized,
    /// The languages a column can be in, in their own names (`selected`: the first column's
    /// and the second column's choice).
    pub first_choices: Vec<LanguageChoice>,
    pub second_choices: Vec<LanguageChoice>,
    /// The share button: "Share the CV in Italian" (the second column's language).
    pub share: Localized,
    /// The profile is empty: the shell shows this above the (empty) CV.
    pub empty: Option<Localized>,
}

// ---------------------------------------------------------------------------------------
// Events.

pub(super) fn handle(app: &App, event: ProfileEvent) -> Result<Vec<Effect>> {
    let route = app.current_route();
    match (event, &route) {
        (ProfileEvent::EditField { field, value }, Route::EditProfile { section, id }) => {
            // Only fields of this form are kept: a late event of another form changes nothing.
            if !field_specs(*section)
                .iter()
                .any(|(code, ..)| *code == field)
            {
                return Ok(Vec::new());
            }
            let mut draft = match load_draft(app, &route)? {
                Some(draft) => draft,
                None => Draft {
                    values: stored_values(
                        &Diary::new(app.store.clone()).profile()?,
                        *section,
                        id.as_deref(),
                    ),
                    ..Draft::default()
                },
            };
            if draft.error.as_ref().is_some_and(|(f, _)| *f == field) {
                draft.error = None;
            }
            draft.values.insert(field, value);
            save_draft(app, &route, &draft)?;
            Ok(Vec::new())
        }
        (ProfileEvent::Save, Route::EditProfile { section, id }) => {
            let diary = Diary::new(app.store.clone());
            let stored = diary.profile()?;
            let mut draft = load_draft(app, &route)?.unwrap_or_else(|| Draft {
                values: stored_values(&stored, *section, id.as_deref()),
                ..Draft::default()
            });
            match save_section(&diary, *section, id.as_deref(), &draft.values, &stored) {
                Ok(()) => {
                    remove_draft(app, &route)?;
                    app.pop_route()?;
                    app.set_notice(Catalogue::get().t(&app.ui_chain()?, "saved", &[]));
                    Ok(Vec::new())
                }
                Err(Error::Invalid { field, reason }) => {
                    // Kept with the draft, so the field still says why after a restart.
                    draft.error = Some((field.name().to_owned(), field_error_key(field, reason)));
                    draft.confirm_delete = false;
                    save_draft(app, &route, &draft)?;
                    Err(Error::Invalid { field, reason })
                }
                Err(other) => Err(other),
            }
        }
        (ProfileEvent::Discard, Route::EditProfile { .. }) => {
            remove_draft(app, &route)?;
            app.pop_route()?;
            Ok(Vec::new())
        }
        (
            event @ (ProfileEvent::AskDelete | ProfileEvent::CancelDelete),
            Route::EditProfile {
                section,
                id: Some(id),
            },
        ) => {
            let mut draft = match load_draft(app, &route)? {
                Some(draft) => draft,
                None => Draft {
                    values: stored_values(
                        &Diary::new(app.store.clone()).profile()?,
                        *section,
                        Some(id),
                    ),
                    ..Draft::default()
                },
            };
            draft.confirm_delete = event == ProfileEvent::AskDelete;
            save_draft(app, &route, &draft)?;
            Ok(Vec::new())
        }
        (
            ProfileEvent::ConfirmDelete,
            Route::EditProfile {
                section,
                id: Some(id),
            },
        ) => {
            delete_entry(&Diary::new(app.store.clone()), *section, id)?;
            remove_draft(app, &route)?;
            app.pop_route()?;
            app.set_notice(Catalogue::get().t(&app.ui_chain()?, "deleted", &[]));
            Ok(Vec::new())
        }
        (ProfileEvent::ChooseCvLanguage { column, code }, Route::CvPreview) => {
            let code = crate::i18n::languages()
                .into_iter()
                .find(|l| l.code == code.trim())
                .map(|l| l.code)
                .ok_or_else(|| {
                    Error::invalid(LanguageField::Language, InvalidReason::OutOfRange)
                })?;
            let setting = match column {
                CvColumn::First => key::CV_FIRST_LANGUAGE,
                CvColumn::Second => key::CV_SECOND_LANGUAGE,
            };
            settings::set(&app.store, setting, &code)?;
            Ok(Vec::new())
        }
        (ProfileEvent::ShareCv, Route::CvPreview) => {
            let (_, second) = cv_languages(app, &app.ui_chain()?)?;
            let html = Diary::new(app.store.clone()).cv_html(&second)?;
            Ok(vec![Effect::ShareFile {
                file_name: format!("cv-{second}.html"),
                mime_type: "text/html".into(),
                bytes: html.into_bytes(),
            }])
        }
        // An event of another screen (a late tap) changes nothing.
        _ => Ok(Vec::new()),
    }
}

// ---------------------------------------------------------------------------------------
// Views.

/// The two languages of the CV preview: chosen ones, else the person's and Italian.
fn cv_languages(app: &App, chain: &[String]) -> Result<(String, String)> {
    let first = settings::get(&app.store, key::CV_FIRST_LANGUAGE)?
        .or_else(|| chain.first().cloned())
        .unwrap_or_else(|| "en".into());
    let second = settings::get(&app.store, key::CV_SECOND_LANGUAGE)?.unwrap_or_else(|| "it".into());
    Ok((first, second))
}

pub(super) fn view(app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    let title = super::title(route, chain);
    let screen = match route {
        Route::EditProfile { section, id } => ProfileScreen::Edit {
            form: form_view(app, route, *section, id.as_deref(), chain)?,
        },
        Route::CvPreview => ProfileScreen::Cv {
            cv: cv_view(app, chain)?,
        },
        _ => ProfileScreen::Overview {
            profile: overview(app, chain)?,
        },
    };
    Ok((title, Screen::Profile { screen }))
}

fn heading_key(section: ProfileSection) -> &'static str {
    match section {
        ProfileSection::Personal => "cv-personal",
        ProfileSection::Availability => "profile-availability",
        ProfileSection::Language => "profile-languages",
        ProfileSection::Experience => "profile-experience",
        ProfileSection::Education => "profile-education",
        ProfileSection::Skill => "profile-skills",
        ProfileSection::Certificate => "profile-certificates",
    }
}

fn language_name(code: &str, chain: &[String]) -> String {
    let key = format!("language-{code}");
    let name = Catalogue::get().t(chain, &key, &[]);
    // A language the catalogue cannot name is shown by the code the person chose.
    if name.locale.is_empty() || name.text == key {
        code.to_owned()
    } else {
        name.text
    }
}

/// "2019-03 – 2021-06", "2019 –", as written: dates the person typed are not reformatted
/// (cheap, and the CV shows them formatted).
fn period(start: Option<String>, end: Option<String>) -> String {
    match (start, end) {
        (None, None) => String::new(),
        (Some(s), None) => format!("{s} –"),
        (None, Some(e)) => format!("– {e}"),
        (Some(s), Some(e)) => format!("{s} – {e}"),
    }
}

fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}

fn overview(app: &App, chain: &[String]) -> Result<ProfileOverview> {
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    let profile = Diary::new(app.store.clone()).profile()?;
    let link = |section: ProfileSection, id: Option<&str>| {
        Route::EditProfile {
            section,
            id: id.map(str::to_owned),
        }
        .to_link()
    };
    let mut sections = Vec::new();
    for &section in ProfileSection::ALL {
        let mut entries = Vec::new();
        match section {
            ProfileSection::Personal => {
                let p = &profile.personal;
                if p != &PersonalDetails::default() {
                    entries.push(ProfileEntry {
                        title: p.full_name.clone(),
                        detail: joined(&[&p.email, &p.phone, &p.city]),
                        badges: Vec::new(),
                        link: link(section, None),
                    });
                }
            }
            ProfileSection::Availability => {
                let a = &profile.availability;
                if a != &Availability::default() {
                    let mut badges = Vec::new();
                    if let Some(hours) = a.hours_per_week {
                        badges.push(catalogue.t(
                            chain,
                            "cv-hours-per-week",
                            &[NamedArg {
                                name: "hours".into(),
                                value: Arg::Number(f64::from(hours)),
                            }],
                        ));
                    }
                    badges.extend(a.shifts.iter().map(|s| t(&s.label_key())));
                    if let Some(transport) = a.transport {
                        badges.push(t(&transport.label_key()));
                    }
                    entries.push(ProfileEntry {
                        title: String::new(),
                        detail: opt(&a.available_from),
                        badges,
                        link: link(section, None),
                    });
                }
            }
            ProfileSection::Language => {
                entries.extend(profile.languages.iter().map(|l| {
                    let d = &l.details;
                    let levels: Vec<&str> = [
                        d.listening,
                        d.reading,
                        d.spoken_interaction,
                        d.spoken_production,
                        d.writing,
                    ]
                    .iter()
                    .flatten()
                    .map(|l| l.code())
                    .collect();
                    ProfileEntry {
                        title: language_name(&d.language, chain),
                        detail: levels.join(" "),
                        badges: if d.mother_tongue {
                            vec![t("profile-mother-tongue")]
                        } else {
                            Vec::new()
                        },
                        link: link(section, Some(&l.id)),
                    }
                }));
            }
            ProfileSection::Experience => {
                entries.extend(profile.experiences.iter().map(|e| {
                    let d = &e.details;
                    let when = period(d.start_month.clone(), d.end_month.clone());
                    ProfileEntry {
                        title: d.role.clone(),
                        detail: joined(&[&d.employer, &d.city, &when]),
                        badges: Vec::new(),
                        link: link(section, Some(&e.id)),
                    }
                }));
            }
            ProfileSection::Education => {
                entries.extend(profile.education.iter().map(|e| {
                    let d = &e.details;
                    let when = period(
                        d.start_year.map(|y| y.to_string()),
                        d.end_year.map(|y| y.to_string()),
                    );
                    ProfileEntry {
                        title: d.title.clone(),
                        detail: joined(&[&d.institution, &d.country, &when]),
                        badges: vec![t(&d.recognition.label_key())],
                        link: link(section, Some(&e.id)),
                    }
                }));
            }
            ProfileSection::Skill => {
                entries.extend(profile.skills.iter().map(|s| ProfileEntry {
                    title: s.details.text.clone(),
                    detail: String::new(),
                    badges: Vec::new(),
                    link: link(section, Some(&s.id)),
                }));
            }
            ProfileSection::Certificate => {
                entries.extend(profile.certificates.iter().map(|c| {
                    let d = &c.details;
                    let when = period(d.issued_on.clone(), d.expires_on.clone());
                    ProfileEntry {
                        title: d.name.clone(),
                        detail: joined(&[&d.issuer, &when]),
                        badges: Vec::new(),
                        link: link(section, Some(&c.id)),
                    }
                }));
            }
        }
        let hint = entries
            .is_empty()
            .then(|| t(&format!("profile-hint-{}", section.code())));
        let list = is_list(section);
        sections.push(ProfileSectionView {
            section,
            heading: t(heading_key(section)),
            open_form: if list {
                t(&format!("profile-add-{}", section.code()))
            } else {
                t("button-edit")
            },
            form_link: link(section, None),
            entries,
            hint,
        });
    }
    let filled = sections.iter().filter(|s| s.hint.is_none()).count();
    Ok(ProfileOverview {
        filled: catalogue.t(
            chain,
            "profile-filled",
            &[
                NamedArg {
                    name: "filled".into(),
                    value: Arg::Number(filled as f64),
                },
                NamedArg {
                    name: "total".into(),
                    value: Arg::Number(sections.len() as f64),
                },
            ],
        ),
        sections,
        cv: t("cv-export"),
        cv_link: Route::CvPreview.to_link(),
    })
}

fn choices_of(
    section: ProfileSection,
    code: &str,
    value: &str,
    chain: &[String],
) -> Vec<FieldChoice> {
    let t = |key: &str| Catalogue::get().t(chain, key, &[]);
    let selected: Vec<&str> = value.split(',').map(str::trim).collect();
    let choice = |code: String, label: Localized| FieldChoice {
        selected: selected.contains(&code.as_str()),
        code,
        label,
    };
    // "Not said" first, for the optional single choices.
    let not_said = || choice(String::new(), t("profile-not-said"));
    match (section, code) {
        (ProfileSection::Availability, "shifts") => Shift::ALL
            .iter()
            .map(|s| choice(s.code().into(), t(&s.label_key())))
            .collect(),
        (ProfileSection::Availability, "transport") => std::iter::once(not_said())
            .chain(
                Transport::ALL
                    .iter()
                    .map(|v| choice(v.code().into(), t(&v.label_key()))),
            )
            .collect(),
        (ProfileSection::Language, "language") => {
            let mut codes: Vec<&str> = LANGUAGE_CODES.to_vec();
            // A language typed elsewhere (a tutor's sync) stays selectable.
            if !value.is_empty() && !codes.contains(&value) {
                codes.push(value);
            }
            codes
                .into_iter()
                .map(|c| FieldChoice {
                    code: c.to_owned(),
                    label: Localized {
                        text: language_name(c, chain),
                        ..t(&format!("language-{c}"))
                    },
                    selected: c == value,
                })
                .collect()
        }
        (ProfileSection::Language, _) => std::iter::once(not_said())
            .chain(CefrLevel::ALL.iter().map(|l| {
                choice(
                    l.code().into(),
                    t(&format!("profile-level-{}", l.code().to_lowercase())),
                )
            }))
            .collect(),
        (ProfileSection::Education, "eqf_level") => std::iter::once(not_said())
            .chain((1..=8).map(|n: u8| {
                choice(
                    n.to_string(),
                    Catalogue::get().t(
                        chain,
                        "cv-eqf-level",
                        &[NamedArg {
                            name: "level".into(),
                            value: Arg::Number(f64::from(n)),
                        }],
                    ),
                )
            }))
            .collect(),
        (ProfileSection::Education, "recognition") => Recognition::ALL
            .iter()
            .map(|r| choice(r.code().into(), t(&r.label_key())))
            .collect(),
        _ => Vec::new(),
    }
}

fn form_view(
    app: &App,
    route: &Route,
    section: ProfileSection,
    id: Option<&str>,
    chain: &[String],
) -> Result<ProfileForm> {
    let t = |key: &str| Catalogue::get().t(chain, key, &[]);
    let draft = match load_draft(app, route)? {
        Some(draft) => draft,
        None => Draft {
            values: stored_values(&Diary::new(app.store.clone()).profile()?, section, id),
            ..Draft::default()
        },
    };
    let fields = field_specs(section)
        .iter()
        .map(|&(code, label, kind)| {
            let mut value = draft.values.get(code).cloned().unwrap_or_default();
            // A new education starts at "not known" rather than no choice at all.
            if code == "recognition" && value.is_empty() {
                value = Recognition::Unknown.code().into();
            }
            ProfileFormField {
                code: code.to_owned(),
                label: t(label),
                kind,
                choices: choices_of(section, code, &value, chain),
                hint: match kind {
                    FieldKind::Date => Some(t("profile-format-date")),
                    FieldKind::Month => Some(t("profile-format-month")),
                    FieldKind::Year => Some(t("profile-format-year")),
                    _ => None,
                },
                error: draft
                    .error
                    .as_ref()
                    .filter(|(field, _)| field == code)
                    .map(|(_, key)| field_message(key, chain)),
                value,
            }
        })
        .collect();
    let existing = is_list(section) && id.is_some();
    Ok(ProfileForm {
        section,
        id: id.map(str::to_owned),
        heading: t(heading_key(section)),
        fields,
        save: t("button-save"),
        discard: t("profile-discard"),
        delete: existing.then(|| t("button-delete")),
        confirm_delete: (existing && draft.confirm_delete).then(|| t("profile-delete-confirm")),
        cancel: t("button-cancel"),
    })
}

fn cv_view(app: &App, chain: &[String]) -> Result<CvPreview> {
    let catalogue = Catalogue::get();
    let (first, second) = cv_languages(app, chain)?;
    let diary = Diary::new(app.store.clone());
    let empty = diary.profile()? == Profile::default();
    let html = diary.profile_side_by_side_html(&first, &second)?;
    let languages = crate::i18n::languages();
    let choices = |chosen: &str| {
        languages
            .iter()
            .map(|l| LanguageChoice {
                code: l.code.clone(),
                native_name: l.native_name.clone(),
                direction: l.direction,
                selected: l.code == chosen,
            })
            .collect()
    };
    let second_name = languages
        .iter()
        .find(|l| l.code == second)
        .map(|_| language_name(&second, chain))
        .unwrap_or_else(|| second.clone());
    Ok(CvPreview {
        html,
        first_choices: choices(&first),
        second_choices: choices(&second),
        first_label: catalogue.t(chain, "profile-cv-your-language", &[]),
        second_label: catalogue.t(chain, "profile-cv-employer-language", &[]),
        share: catalogue.t(
            chain,
            "profile-cv-share",
            &[NamedArg {
                name: "language".into(),
                value: Arg::Text(second_name),
            }],
        ),
        empty: empty.then(|| catalogue.t(chain, "profile-cv-empty", &[])),
        first_language: first,
        second_language: second,
    })
}

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;
