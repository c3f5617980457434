//! The shell every outbox form shares, so each form file holds only its
//! own fields and checks: the form's state (fresh, or an outbox record
//! loaded for editing), saving into the outbox, and the page around the
//! fields — title, the phone-storage error, where it is recorded, photos,
//! the big submit button — and, once saved, the notice with "record
//! another". Element ids follow the form's name: `{name}-form`,
//! `{name}-photos`, `{name}-submit`.

use std::rc::Rc;

use yew::prelude::*;

use super::saved::SavedNotice;
use super::{use_edit_load, use_saving, Saving};
use crate::components::{PhotoInput, PhotoPick};
use crate::i18n::{use_i18n, F, K};
use crate::outbox::Draft;

/// A form's state and its saving; `on_another` starts a fresh form after
/// a save.
pub(super) struct FieldForm<T> {
    pub form: UseStateHandle<Option<T>>,
    pub saving: Saving,
    pub on_another: Callback<()>,
}

/// `fresh` makes a new form (`None` until the session is known); `pick`
/// takes this form's kind out of the outbox record being edited.
#[hook]
pub(super) fn use_field_form<T, N>(
    edit: Option<String>,
    fresh: N,
    pick: fn(String, Draft, Vec<PhotoPick>) -> Option<T>,
) -> FieldForm<T>
where
    T: Clone + 'static,
    N: Fn() -> Option<T> + Clone + 'static,
{
    let form = use_state(fresh.clone());
    let saving = use_saving();
    use_edit_load(edit, form.clone(), saving.store_error.clone(), pick);
    let on_another = {
        let (form, saved) = (form.clone(), saving.saved.clone());
        Callback::from(move |()| {
            form.set(fresh());
            saved.set(None);
        })
    };
    FieldForm {
        form,
        saving,
        on_another,
    }
}

#[derive(Properties, PartialEq)]
pub struct FieldFormShellProps {
    /// The id prefix: `{name}-form`, `{name}-photos`, `{name}-submit`.
    pub name: AttrValue,
    pub title: AttrValue,
    /// Where the record is kept (the user's node).
    pub node_name: AttrValue,
    pub submit_label: AttrValue,
    pub busy: bool,
    /// Why the phone's storage refused the record, if it did.
    pub store_error: Option<String>,
    /// The outbox key once saved: the notice replaces the form.
    pub saved: Option<String>,
    pub on_another: Callback<()>,
    pub onsubmit: Callback<SubmitEvent>,
    pub photos: Rc<Vec<PhotoPick>>,
    pub on_photos: Callback<Rc<Vec<PhotoPick>>>,
    /// Said above the form (what the form could not read, say).
    #[prop_or_default]
    pub alerts: Html,
    pub children: Html,
}

#[component]
pub fn FieldFormShell(props: &FieldFormShellProps) -> Html {
    let i18n = use_i18n();
    if let Some(key) = &props.saved {
        return html! {
            <div class="field-page">
                <SavedNotice saved={key.clone()} on_another={props.on_another.clone()} />
            </div>
        };
    }
    let name = &props.name;
    html! {
        <div class="field-page">
            <h1 class="field-title">{ props.title.clone() }</h1>
            if let Some(e) = &props.store_error {
                <div class="alert alert-error" role="alert">{ i18n.f(F::StorageFailed, &[e]) }</div>
            }
            { props.alerts.clone() }
            <form class="form field-form" id={format!("{name}-form")} onsubmit={props.onsubmit.clone()}>
                <p class="field-static"><span class="field-label">{ i18n.t(F::RecordNode) }</span>
                    <strong>{ props.node_name.clone() }</strong></p>
                { props.children.clone() }
                <PhotoInput id={format!("{name}-photos")} photos={props.photos.clone()}
                    onchange={props.on_photos.clone()} />
                <button id={format!("{name}-submit")} type="submit"
                    class="btn btn-primary btn-big btn-block" disabled={props.busy}>
                    { if props.busy { AttrValue::from(i18n.t(K::Working)) } else { props.submit_label.clone() } }
                </button>
            </form>
        </div>
    }
}
