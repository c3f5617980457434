//! Move an account to another node, chosen by searching for it. Asks
//! before sending: the account's sessions end at once.

use yew::prelude::*;

use super::field_error;
use super::frame::FormFrame;
use crate::api::{move_account, AccountItem, NodeItem};
use crate::components::NodePicker;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct MoveAccountFormProps {
    pub account: AccountItem,
    /// Where to search (the page's node).
    pub under: String,
    /// Hears the destination's name when the move is done.
    pub on_done: Callback<String>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn MoveAccountForm(props: &MoveAccountFormProps) -> Html {
    let i18n = use_i18n();
    let target = use_state(|| None::<NodeItem>);
    let problem = use_state(|| None::<K>);
    let submit = use_submit();
    let a = &props.account;

    let on_select = {
        let (target, problem) = (target.clone(), problem.clone());
        Callback::from(move |node: Option<NodeItem>| {
            problem.set(None);
            target.set(node);
        })
    };
    let same = target.as_ref().is_some_and(|t| t.id == a.node.id);
    let onsubmit = {
        let (target, problem, submit) = (target.clone(), problem.clone(), submit.clone());
        let (on_done, id) = (props.on_done.clone(), a.id.clone());
        Callback::from(move |()| {
            let Some(node) = (*target).clone() else {
                problem.set(Some(K::ChooseNode));
                return;
            };
            if same {
                problem.set(Some(K::SameNode));
                return;
            }
            let (id, on_done) = (id.clone(), on_done.clone());
            let name = node.name.clone();
            submit.run(
                move |client| async move { move_account(&client, &id, &node.id).await },
                Callback::from(move |()| on_done.emit(name.clone())),
            );
        })
    };
    let confirm = target
        .as_ref()
        .filter(|_| !same)
        .map(|t| AttrValue::from(i18n.f(K::MoveConfirm, &[&a.username, &a.node.name, &t.name])));
    let error = problem
        .map(|k| AttrValue::from(i18n.t(k)))
        .or_else(|| field_error(&submit.error, "nodeId"));
    html! {
        <FormFrame title={i18n.f(K::MoveAccountTitle, &[&a.username])} submit={K::MoveAccount}
            busy={submit.busy} error={submit.error.clone()} fields={&["nodeId"][..]}
            forbidden={K::MoveForbidden} {confirm} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <NodePicker id="move-node-search" label={i18n.t(K::MoveDestination)}
                under={props.under.clone()} selected={(*target).clone()} {on_select} {error} />
        </FormFrame>
    }
}
