//! Create a login account at the node whose accounts page this is.

use yew::prelude::*;

use super::frame::FormFrame;
use super::person_fields::{PersonDraft, PersonFields, PERSON_FIELDS};
use super::{field_error, setter};
use crate::api::{create_account, Level, NewAccount, Role};
use crate::components::{SelectField, TextField};
use crate::hooks::use_submit;
use crate::i18n::{labels, use_i18n, K, S};

#[derive(Properties, PartialEq)]
pub struct CreateAccountFormProps {
    pub node_id: String,
    pub node_level: Level,
    pub node_name: AttrValue,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// The usual role for an account at a node of this level.
fn default_role(level: Level) -> Role {
    match level {
        Level::Village => Role::VillageOfficer,
        Level::Group => Role::GroupLiaison,
        Level::Township => Role::Leader,
        _ => Role::Viewer,
    }
}

#[component]
pub fn CreateAccountForm(props: &CreateAccountFormProps) -> Html {
    let i18n = use_i18n();
    let username = use_state(String::new);
    let password = use_state(String::new);
    let role = use_state(|| default_role(props.node_level));
    let person = use_state(PersonDraft::default);
    let submit = use_submit();

    let onsubmit = {
        let (username, password, role) = (username.clone(), password.clone(), role.clone());
        let person = person.clone();
        let (submit, on_done, node_id) =
            (submit.clone(), props.on_done.clone(), props.node_id.clone());
        Callback::from(move |()| {
            let account = NewAccount {
                username: username.trim().to_owned(),
                password: (*password).clone(),
                node_id: node_id.clone(),
                role: *role,
                person: person.to_input(&node_id),
            };
            submit.run(
                move |client| async move { create_account(&client, &account).await.map(|_| ()) },
                on_done.clone(),
            );
        })
    };
    let options: Vec<(AttrValue, AttrValue)> = Role::ASSIGNABLE
        .iter()
        .map(|r| (labels::role_slug(*r).into(), labels::role(&i18n, *r).into()))
        .collect();
    let onchange = {
        let role = role.clone();
        Callback::from(move |v: String| {
            if let Some(r) = Role::ASSIGNABLE
                .iter()
                .find(|r| labels::role_slug(**r) == v)
            {
                role.set(*r);
            }
        })
    };
    html! {
        <FormFrame title={i18n.f(K::CreateAccountAt, &[&props.node_name])} submit={K::Create}
            busy={submit.busy} error={submit.error.clone()}
            fields={&["username", "password", "role", "personId", "name", "phone", "idNumber", "auxiliaryPost"][..]}
            {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="new-username" label={i18n.t(K::Username)} value={(*username).clone()}
                oninput={setter(&username)} required=true autocomplete="off"
                error={field_error(&submit.error, "username")} />
            <TextField id="new-account-password" label={i18n.t(K::InitialPassword)} kind="password"
                value={(*password).clone()} oninput={setter(&password)} required=true
                autocomplete="new-password" hint={i18n.t(K::PasswordHint)}
                error={field_error(&submit.error, "password")} />
            <SelectField id="new-role" label={i18n.t(K::Role)} {options}
                value={labels::role_slug(*role)} {onchange} error={field_error(&submit.error, "role")} />
            <p class="muted">{ i18n.t(S::AccountPersonHint) }</p>
            <PersonFields prefix="new-account-person" draft={(*person).clone()}
                onchange={let p = person.clone(); Callback::from(move |d| p.set(d))}
                error={submit.error.clone().filter(|e| e.is_for_field(PERSON_FIELDS))} />
        </FormFrame>
    }
}

#[derive(Properties, PartialEq)]
pub struct SetPersonFormProps {
    pub account: crate::api::AccountItem,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// Links an account to another (new) person: only from above its node.
#[component]
pub fn SetPersonForm(props: &SetPersonFormProps) -> Html {
    let i18n = use_i18n();
    let person = use_state(PersonDraft::default);
    let submit = use_submit();
    let a = &props.account;
    let onsubmit = {
        let (person, submit, on_done) = (person.clone(), submit.clone(), props.on_done.clone());
        let (id, node_id) = (a.id.clone(), a.node.id.clone());
        Callback::from(move |()| {
            let (id, input) = (id.clone(), person.to_input(&node_id));
            submit.run(
                move |client| async move {
                    crate::api::set_account_person(&client, &id, &input).await
                },
                on_done.clone(),
            );
        })
    };
    html! {
        <FormFrame title={i18n.f(S::SetPersonOf, &[&a.username])} submit={K::Save}
            busy={submit.busy} error={submit.error.clone()} fields={PERSON_FIELDS}
            {onsubmit} on_cancel={props.on_cancel.clone()}>
            <p class="muted">{ i18n.t(S::AccountPersonHint) }</p>
            <PersonFields prefix="account-person" draft={(*person).clone()}
                onchange={let p = person.clone(); Callback::from(move |d| p.set(d))}
                error={submit.error.clone().filter(|e| e.is_for_field(PERSON_FIELDS))} />
        </FormFrame>
    }
}
