//! Accounts at and below a node: list (with each account's person),
//! create, disable/enable, reset a password, set the person, move to
//! another node. Links to the node's dashboard tokens.

mod row;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{accounts, node_detail, set_account_disabled, AccountItem, ApiError};
use crate::app::Route;
use crate::components::{ErrorBanner, ListFooter, Loading};
use crate::hooks::{use_fetch, use_paged, use_submit};
use crate::i18n::{use_i18n, K, S};
use crate::pages::forms::{CreateAccountForm, MoveAccountForm, ResetPasswordForm, SetPersonForm};
use crate::session::use_session;
use row::{account_row, my_id, RowAction};

#[derive(Properties, PartialEq)]
pub struct AccountsPageProps {
    pub id: String,
}

/// Which form is open: at most one at a time.
#[derive(Clone, PartialEq)]
enum Open {
    None,
    Create,
    Reset(AccountItem),
    Move(AccountItem),
    Person(AccountItem),
}

#[component]
pub fn AccountsPage(props: &AccountsPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let list = use_paged(props.id.clone(), |client, id, after| async move {
        accounts(&client, &id, after).await
    });
    let open = use_state(|| Open::None);
    // The last completed action, said once above the list.
    let done = use_state(|| None::<String>);
    let toggle = use_submit();

    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(Open::None))
    };
    // After a change: close the form, say what happened, reload the list.
    let finish = {
        let (open, done, reload) = (open.clone(), done.clone(), list.reload.clone());
        Callback::from(move |note: Option<String>| {
            open.set(Open::None);
            done.set(note);
            reload.emit(());
        })
    };
    if !me.as_ref().is_some_and(|m| m.can_manage_accounts) {
        return html! { <ErrorBanner error={ApiError::Forbidden} /> };
    }
    let Some(node) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };

    let on_action = {
        let (open, done, toggle, finish) =
            (open.clone(), done.clone(), toggle.clone(), finish.clone());
        Callback::from(move |action: RowAction| {
            done.set(None);
            match action {
                RowAction::SetDisabled(id, disabled) => {
                    let finish = finish.clone();
                    toggle.run(
                        move |client| async move { set_account_disabled(&client, &id, disabled).await },
                        Callback::from(move |()| finish.emit(None)),
                    );
                }
                RowAction::Reset(a) => open.set(Open::Reset(a)),
                RowAction::Move(a) => open.set(Open::Move(a)),
                RowAction::SetPerson(a) => open.set(Open::Person(a)),
            }
        })
    };
    let form = match &*open {
        Open::None => Html::default(),
        Open::Create => html! {
            <CreateAccountForm node_id={node.id.clone()} node_level={node.level}
                node_name={node.name.clone()} on_done={finish.reform(|()| None)}
                on_cancel={close.clone()} />
        },
        Open::Reset(a) => {
            let note = i18n.f(K::PasswordWasReset, &[&a.username]);
            html! {
                <ResetPasswordForm account={a.clone()} on_done={finish.reform(move |()| Some(note.clone()))}
                    on_cancel={close.clone()} />
            }
        }
        Open::Person(a) => {
            let note = i18n.f(S::PersonSet, &[&a.username]);
            html! {
                <SetPersonForm account={a.clone()} on_done={finish.reform(move |()| Some(note.clone()))}
                    on_cancel={close.clone()} />
            }
        }
        Open::Move(a) => {
            let (i18n, username) = (i18n.clone(), a.username.clone());
            let under = me.as_ref().map(|m| m.node.id.clone()).unwrap_or_default();
            html! {
                <MoveAccountForm account={a.clone()} {under} on_cancel={close.clone()}
                    on_done={finish.reform(move |to: String| Some(i18n.f(K::AccountMoved, &[&username, &to])))} />
            }
        }
    };
    let rows = list
        .items
        .iter()
        .map(|a| account_row(&i18n, a, my_id(&me), &on_action, toggle.busy));
    let open_create = {
        let (open, done) = (open.clone(), done.clone());
        Callback::from(move |_: MouseEvent| {
            done.set(None);
            open.set(Open::Create);
        })
    };
    html! {
        <>
            <nav class="breadcrumb" aria-label={i18n.t(K::BreadcrumbLabel)}>
                <ol>
                    <li>
                        <Link<Route> to={Route::Node { id: node.id.clone() }} classes="node-link crumb">
                            { node.name.clone() }
                        </Link<Route>>
                    </li>
                    <li aria-current="page"><span class="crumb-current">{ i18n.t(K::Accounts) }</span></li>
                </ol>
            </nav>
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(K::AccountsOf, &[&node.name]) }</h1>
                    <div class="card-actions">
                        <Link<Route> to={Route::Tokens { id: node.id.clone() }}
                            classes="btn btn-secondary btn-small tokens-link">
                            { i18n.t(K::ApiTokens) }
                        </Link<Route>>
                        if *open == Open::None {
                            <button type="button" class="btn btn-primary btn-small" onclick={open_create}>
                                { i18n.t(K::CreateAccount) }
                            </button>
                        }
                    </div>
                </div>
                { form }
                if let Some(note) = &*done {
                    <div class="alert alert-success" role="status">{ note.clone() }</div>
                }
                if let Some(err) = toggle.error.clone().or(list.error.clone()) {
                    <ErrorBanner error={err} />
                }
                if list.loaded && list.items.is_empty() {
                    <p class="empty">{ i18n.t(K::NoAccounts) }</p>
                }
                if !list.items.is_empty() {
                    <table class="table stack">
                        <thead>
                            <tr>
                                <th>{ i18n.t(K::Username) }</th>
                                <th>{ i18n.t(S::Person) }</th>
                                <th>{ i18n.t(K::Role) }</th>
                                <th>{ i18n.t(K::Node) }</th>
                                <th>{ i18n.t(K::Status) }</th>
                                <th><span class="sr-only">{ i18n.t(K::Actions) }</span></th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                    <ListFooter
                        shown={list.items.len()}
                        total={list.total}
                        can_load_more={list.has_next && !list.loading}
                        on_more={list.more.clone()}
                    />
                }
                if list.loading {
                    <Loading />
                }
            </section>
        </>
    }
}
