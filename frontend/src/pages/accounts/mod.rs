//! Accounts at and below a node: list, create, disable/enable.

mod row;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{accounts, node_detail, set_account_disabled, AccountItem, ApiError, Connection};
use crate::app::Route;
use crate::components::{ErrorBanner, Loading};
use crate::hooks::{use_fetch, use_submit};
use crate::i18n::{use_i18n, K};
use crate::pages::forms::CreateAccountForm;
use crate::session::use_session;
use row::{account_row, my_id};

#[derive(Properties, PartialEq)]
pub struct AccountsPageProps {
    pub id: String,
}

#[component]
pub fn AccountsPage(props: &AccountsPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    // The first page; "load more" appends to `more`.
    let list = use_fetch(props.id.clone(), |client, id| async move {
        accounts(&client, &id, None).await
    });
    let more = use_state(Vec::<AccountItem>::new);
    let cursor = use_state(|| None::<Option<String>>);
    let adding = use_state(|| false);
    let toggle = use_submit();

    let reload = {
        let (reload, more, cursor, adding) = (
            list.reload.clone(),
            more.clone(),
            cursor.clone(),
            adding.clone(),
        );
        Callback::from(move |()| {
            more.set(Vec::new());
            cursor.set(None);
            adding.set(false);
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

    // Where the next page starts: after "load more" pages, or the first one.
    let first: Option<&Connection<AccountItem>> = list.data.as_deref();
    let next_cursor = match &*cursor {
        Some(c) => c.clone(),
        None => first.and_then(|p| {
            p.page_info
                .has_next_page
                .then(|| p.page_info.end_cursor.clone())
                .flatten()
        }),
    };
    let load_more = {
        let (more, cursor, toggle) = (more.clone(), cursor.clone(), toggle.clone());
        let (id, after) = (props.id.clone(), next_cursor.clone());
        Callback::from(move |_: MouseEvent| {
            let (more, cursor, id, after) =
                (more.clone(), cursor.clone(), id.clone(), after.clone());
            toggle.run(
                move |client| async move {
                    let page = accounts(&client, &id, after).await?;
                    let mut items = (*more).clone();
                    items.extend(page.edges.into_iter().map(|e| e.node));
                    more.set(items);
                    cursor.set(Some(
                        page.page_info
                            .has_next_page
                            .then_some(page.page_info.end_cursor)
                            .flatten(),
                    ));
                    Ok(())
                },
                Callback::noop(),
            );
        })
    };
    let set_disabled = {
        let (toggle, reload) = (toggle.clone(), reload.clone());
        Callback::from(move |(id, disabled): (String, bool)| {
            toggle.run(
                move |client| async move { set_account_disabled(&client, &id, disabled).await },
                reload.clone(),
            );
        })
    };
    let items: Vec<&AccountItem> = first
        .map(|p| p.edges.iter().map(|e| &e.node).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(more.iter())
        .collect();
    let rows = items
        .iter()
        .map(|a| account_row(&i18n, a, my_id(&me), &set_disabled, toggle.busy));
    let open = {
        let adding = adding.clone();
        Callback::from(move |_: MouseEvent| adding.set(true))
    };
    let cancel = {
        let adding = adding.clone();
        Callback::from(move |()| adding.set(false))
    };

    html! {
        <>
            <nav class="breadcrumb">
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
                    if !*adding {
                        <button type="button" class="btn btn-primary btn-small" onclick={open}>
                            { i18n.t(K::CreateAccount) }
                        </button>
                    }
                </div>
                if *adding {
                    <CreateAccountForm node_id={node.id.clone()} node_level={node.level}
                        node_name={node.name.clone()} on_done={reload.clone()} on_cancel={cancel} />
                }
                if let Some(err) = toggle.error.clone().or(list.error.clone()) {
                    <ErrorBanner error={err} />
                }
                if list.loading && first.is_none() {
                    <Loading />
                }
                if first.is_some() && items.is_empty() {
                    <p class="empty">{ i18n.t(K::NoAccounts) }</p>
                }
                if !items.is_empty() {
                    <table class="table stack">
                        <thead>
                            <tr>
                                <th>{ i18n.t(K::Username) }</th>
                                <th>{ i18n.t(K::Role) }</th>
                                <th>{ i18n.t(K::Node) }</th>
                                <th>{ i18n.t(K::Status) }</th>
                                <th><span class="sr-only">{ i18n.t(K::Actions) }</span></th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                    <div class="list-footer">
                        <span class="muted">
                            { i18n.f(K::ShownOfTotal, &[&items.len(), &first.map(|p| p.total_count).unwrap_or(0)]) }
                        </span>
                        if next_cursor.is_some() {
                            <button type="button" class="btn btn-secondary load-more" onclick={load_more}
                                disabled={toggle.busy}>
                                { i18n.t(K::LoadMore) }
                            </button>
                        }
                    </div>
                }
            </section>
        </>
    }
}
