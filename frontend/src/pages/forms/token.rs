//! Create a read-only dashboard token bound to a node. The answer carries
//! the secret, which the page shows once.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::frame::FormFrame;
use super::{field_error, setter};
use crate::api::{create_api_token, CreatedApiToken, NewApiToken, NodeItem};
use crate::components::{NodePicker, TextField};
use crate::dates::{days_from_today, end_of_day, optional};
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K};

/// A year is long enough for a wall display and short enough to be noticed.
const DEFAULT_DAYS: u32 = 365;

#[derive(Properties, PartialEq)]
pub struct CreateTokenFormProps {
    /// The node the token is bound to unless another is picked.
    pub node: NodeItem,
    pub on_created: Callback<CreatedApiToken>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn CreateTokenForm(props: &CreateTokenFormProps) -> Html {
    let i18n = use_i18n();
    let name = use_state(String::new);
    let node = use_state(|| Some(props.node.clone()));
    let expires = use_state(|| days_from_today(DEFAULT_DAYS));
    let missing_node = use_state(|| false);
    let submit = use_submit();

    let onsubmit = {
        let (name, node, expires) = (name.clone(), node.clone(), expires.clone());
        let (missing_node, submit) = (missing_node.clone(), submit.clone());
        let on_created = props.on_created.clone();
        Callback::from(move |()| {
            let Some(bound) = (*node).clone() else {
                missing_node.set(true);
                return;
            };
            let input = NewApiToken {
                name: name.trim().to_owned(),
                node_id: bound.id,
                expires_at: optional(&expires).and_then(|d| end_of_day(&d)),
            };
            // The secret travels from the job to `on_ok` through this cell.
            let created = Rc::new(RefCell::new(None::<CreatedApiToken>));
            let (sink, on_created) = (created.clone(), on_created.clone());
            submit.run(
                move |client| async move {
                    *sink.borrow_mut() = Some(create_api_token(&client, &input).await?);
                    Ok(())
                },
                Callback::from(move |()| {
                    if let Some(token) = created.borrow_mut().take() {
                        on_created.emit(token);
                    }
                }),
            );
        })
    };
    let on_select = {
        let (node, missing_node) = (node.clone(), missing_node.clone());
        Callback::from(move |n: Option<NodeItem>| {
            missing_node.set(false);
            node.set(n);
        })
    };
    let node_error = if *missing_node {
        Some(AttrValue::from(i18n.t(K::ChooseNode)))
    } else {
        field_error(&submit.error, "nodeId")
    };
    html! {
        <FormFrame title={i18n.t(K::CreateToken)} submit={K::Create} busy={submit.busy}
            error={submit.error.clone()} fields={&["name", "nodeId", "expiresAt"][..]}
            {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="token-name" label={i18n.t(K::TokenName)} value={(*name).clone()}
                oninput={setter(&name)} required=true autocomplete="off" maxlength="60"
                placeholder={i18n.t(K::TokenNameExample)} error={field_error(&submit.error, "name")} />
            <TextField id="token-expires" label={i18n.t(K::ExpiresAt)} kind="date"
                value={(*expires).clone()} oninput={setter(&expires)} hint={i18n.t(K::ExpiresHint)}
                error={field_error(&submit.error, "expiresAt")} />
            <NodePicker id="token-node" label={i18n.t(K::TokenNode)}
                under={props.node.id.clone()} selected={(*node).clone()} {on_select}
                error={node_error} />
        </FormFrame>
    }
}
