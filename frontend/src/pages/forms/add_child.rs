//! Add a node one level down (a villager group under a village, mostly).

use yew::prelude::*;

use super::frame::FormFrame;
use super::{field_error, setter};
use crate::api::{create_node, Level};
use crate::components::TextField;
use crate::dates::optional;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct AddChildFormProps {
    pub parent_id: String,
    pub parent_level: Level,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn AddChildForm(props: &AddChildFormProps) -> Html {
    let i18n = use_i18n();
    let name = use_state(String::new);
    let code = use_state(String::new);
    let submit = use_submit();

    let onsubmit = {
        let (name, code, submit) = (name.clone(), code.clone(), submit.clone());
        let (parent, on_done) = (props.parent_id.clone(), props.on_done.clone());
        Callback::from(move |()| {
            let (parent, name, code) = (parent.clone(), name.trim().to_owned(), optional(&code));
            submit.run(
                move |client| async move {
                    create_node(&client, &parent, &name, code.as_deref())
                        .await
                        .map(|_| ())
                },
                on_done.clone(),
            );
        })
    };
    let (title, name_label) = match props.parent_level {
        Level::Village => (K::AddGroup, K::GroupName),
        _ => (K::AddChild, K::NodeName),
    };
    html! {
        <FormFrame title={i18n.t(title)} submit={K::Create} busy={submit.busy}
            error={submit.error.clone()} fields={&["name", "code"][..]}
            {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="child-name" label={i18n.t(name_label)} value={(*name).clone()}
                oninput={setter(&name)} required=true placeholder={i18n.t(K::GroupNameExample)}
                error={field_error(&submit.error, "name")} />
            <TextField id="child-code" label={i18n.t(K::CodeOptional)} value={(*code).clone()}
                oninput={setter(&code)} inputmode="numeric" maxlength="3"
                hint={i18n.t(K::CodeHint)} error={field_error(&submit.error, "code")} />
        </FormFrame>
    }
}
