//! The fields of a new person (name, mobile, optional ID number and 五员
//! post) and of appointment dates, shared by the appoint and replace forms.

use yew::prelude::*;

use super::field_error;
use crate::api::{ApiError, AppointmentDates, AuxiliaryPost, NewPerson};
use crate::components::{SelectField, TextField};
use crate::dates::optional;
use crate::i18n::{labels, use_i18n, K};

/// Every field name these parts show errors for.
pub const PERSON_FIELDS: &[&str] = &[
    "name",
    "phone",
    "idNumber",
    "auxiliaryPost",
    "startDate",
    "endDate",
    "trainingDate",
    "notebookIssuedDate",
];

#[derive(Clone, Default, PartialEq)]
pub struct PersonDraft {
    pub name: String,
    pub phone: String,
    pub id_number: String,
    pub post: Option<AuxiliaryPost>,
}

impl PersonDraft {
    pub fn to_input(&self, node_id: &str) -> NewPerson {
        NewPerson {
            node_id: node_id.to_owned(),
            name: self.name.trim().to_owned(),
            phone: self.phone.trim().to_owned(),
            id_number: optional(&self.id_number).map(|s| s.to_uppercase()),
            auxiliary_post: self.post,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PersonFieldsProps {
    pub prefix: AttrValue,
    pub draft: PersonDraft,
    pub onchange: Callback<PersonDraft>,
    pub error: Option<ApiError>,
}

#[component]
pub fn PersonFields(props: &PersonFieldsProps) -> Html {
    let i18n = use_i18n();
    let update = |f: fn(&mut PersonDraft, String)| {
        let (draft, cb) = (props.draft.clone(), props.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = draft.clone();
            f(&mut next, v);
            cb.emit(next);
        })
    };
    let id = |s: &str| AttrValue::from(format!("{}-{s}", props.prefix));
    let mut posts = vec![(AttrValue::from(""), AttrValue::from(i18n.t(K::PostNone)))];
    posts.extend(AuxiliaryPost::ALL.iter().map(|p| {
        (
            AttrValue::from(labels::post_slug(*p)),
            AttrValue::from(labels::post(&i18n, *p)),
        )
    }));
    let post_value = props.draft.post.map(labels::post_slug).unwrap_or("");
    let err = &props.error;
    html! {
        <>
            <TextField id={id("name")} label={i18n.t(K::PersonName)} value={props.draft.name.clone()}
                oninput={update(|d, v| d.name = v)} required=true autocomplete="off"
                error={field_error(err, "name")} />
            <TextField id={id("phone")} label={i18n.t(K::Mobile)} kind="tel" value={props.draft.phone.clone()}
                oninput={update(|d, v| d.phone = v)} required=true inputmode="numeric" maxlength="11"
                placeholder="13800000000" error={field_error(err, "phone")} />
            <TextField id={id("idnumber")} label={i18n.t(K::IdNumberOptional)}
                value={props.draft.id_number.clone()} oninput={update(|d, v| d.id_number = v)}
                maxlength="18" autocomplete="off" hint={i18n.t(K::IdNumberHint)}
                error={field_error(err, "idNumber")} />
            <SelectField id={id("post")} label={i18n.t(K::AuxiliaryPost)} options={posts}
                value={post_value} onchange={update(|d, v| d.post = labels::post_from_slug(&v))}
                error={field_error(err, "auxiliaryPost")} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateFieldsProps {
    pub prefix: AttrValue,
    pub dates: AppointmentDates,
    pub onchange: Callback<AppointmentDates>,
    pub error: Option<ApiError>,
}

/// Start, training and notebook-issued dates.
#[component]
pub fn DateFields(props: &DateFieldsProps) -> Html {
    let i18n = use_i18n();
    let update = |f: fn(&mut AppointmentDates, String)| {
        let (dates, cb) = (props.dates.clone(), props.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = dates.clone();
            f(&mut next, v);
            cb.emit(next);
        })
    };
    let id = |s: &str| AttrValue::from(format!("{}-{s}", props.prefix));
    let err = &props.error;
    let text = |d: &Option<String>| AttrValue::from(d.clone().unwrap_or_default());
    html! {
        <>
            <TextField id={id("start")} label={i18n.t(K::StartDate)} kind="date"
                value={props.dates.start_date.clone()} oninput={update(|d, v| d.start_date = v)}
                required=true error={field_error(err, "startDate")} />
            <TextField id={id("training")} label={i18n.t(K::TrainingDate)} kind="date"
                value={text(&props.dates.training_date)}
                oninput={update(|d, v| d.training_date = optional(&v))}
                error={field_error(err, "trainingDate")} />
            <TextField id={id("notebook")} label={i18n.t(K::NotebookDate)} kind="date"
                value={text(&props.dates.notebook_issued_date)}
                oninput={update(|d, v| d.notebook_issued_date = optional(&v))}
                error={field_error(err, "notebookIssuedDate")} />
        </>
    }
}
