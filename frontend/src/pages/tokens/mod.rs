//! Read-only dashboard API tokens at and below a node: list, create (the
//! secret shown once), revoke after a confirmation.

mod revoke;
mod row;
mod secret;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{
    api_tokens, node_detail, revoke_api_token, ApiError, ApiToken, CreatedApiToken, NodeDetail,
    NodeItem,
};
use crate::app::Route;
use crate::components::{ErrorBanner, ListFooter, Loading};
use crate::hooks::{use_fetch, use_paged, use_submit};
use crate::i18n::{use_i18n, K};
use crate::pages::forms::CreateTokenForm;
use crate::session::use_session;
use revoke::RevokeQuestion;
use row::token_row;
use secret::TokenSecret;

#[derive(Properties, PartialEq)]
pub struct TokensPageProps {
    pub id: String,
}

/// What the card shows above the list: at most one thing at a time.
#[derive(Clone, PartialEq)]
enum Open {
    None,
    Create,
    Created(CreatedApiToken),
    Revoke(ApiToken),
}

#[component]
pub fn TokensPage(props: &TokensPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let list = use_paged(props.id.clone(), |client, id, after| async move {
        api_tokens(&client, &id, after).await
    });
    let open = use_state(|| Open::None);
    let revoke = use_submit();

    if !me.as_ref().is_some_and(|m| m.can_manage_accounts) {
        return html! { <ErrorBanner error={ApiError::Forbidden} /> };
    }
    let Some(node) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };

    let set_open = |next: Open| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(next.clone()))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(Open::None))
    };
    let on_created = {
        let (open, reload) = (open.clone(), list.reload.clone());
        Callback::from(move |created: CreatedApiToken| {
            open.set(Open::Created(created));
            reload.emit(());
        })
    };
    let ask_revoke = {
        let open = open.clone();
        Callback::from(move |t: ApiToken| open.set(Open::Revoke(t)))
    };
    let do_revoke = {
        let (open, revoke, reload) = (open.clone(), revoke.clone(), list.reload.clone());
        Callback::from(move |()| {
            let Open::Revoke(t) = &*open else {
                return;
            };
            let id = t.id.clone();
            let (open, reload) = (open.clone(), reload.clone());
            revoke.run(
                move |client| async move { revoke_api_token(&client, &id).await },
                Callback::from(move |()| {
                    open.set(Open::None);
                    reload.emit(());
                }),
            );
        })
    };

    let panel = match &*open {
        Open::None => Html::default(),
        Open::Create => html! {
            <CreateTokenForm node={node_item(&node)} {on_created} on_cancel={close.clone()} />
        },
        Open::Created(created) => html! {
            <TokenSecret created={created.clone()} on_close={close.clone()} />
        },
        Open::Revoke(t) => html! {
            <RevokeQuestion token={t.clone()} busy={revoke.busy} on_confirm={do_revoke}
                on_cancel={close.clone()} />
        },
    };
    let rows = list
        .items
        .iter()
        .map(|t| token_row(&i18n, t, &ask_revoke, revoke.busy));
    html! {
        <>
            <nav class="breadcrumb" aria-label={i18n.t(K::BreadcrumbLabel)}>
                <ol>
                    <li>
                        <Link<Route> to={Route::Node { id: node.id.clone() }} classes="node-link crumb">
                            { node.name.clone() }
                        </Link<Route>>
                    </li>
                    <li>
                        <Link<Route> to={Route::Accounts { id: node.id.clone() }} classes="crumb">
                            { i18n.t(K::Accounts) }
                        </Link<Route>>
                    </li>
                    <li aria-current="page"><span class="crumb-current">{ i18n.t(K::ApiTokens) }</span></li>
                </ol>
            </nav>
            <section class="card tokens-card">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(K::ApiTokensOf, &[&node.name]) }</h1>
                    if *open == Open::None {
                        <button id="create-token" type="button" class="btn btn-primary btn-small"
                            onclick={set_open(Open::Create)}>
                            { i18n.t(K::CreateToken) }
                        </button>
                    }
                </div>
                <p class="muted card-intro">{ i18n.t(K::ApiTokensIntro) }</p>
                { panel }
                if let Some(err) = revoke.error.clone().or(list.error.clone()) {
                    <ErrorBanner error={err} />
                }
                if list.loaded && list.items.is_empty() {
                    <p class="empty">{ i18n.t(K::NoTokens) }</p>
                }
                if !list.items.is_empty() {
                    <table class="table stack">
                        <thead>
                            <tr>
                                <th>{ i18n.t(K::TokenName) }</th>
                                <th>{ i18n.t(K::TokenNode) }</th>
                                <th>{ i18n.t(K::CreatedAt) }</th>
                                <th>{ i18n.t(K::ExpiresAt) }</th>
                                <th>{ i18n.t(K::LastUsed) }</th>
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

/// The page's node as the token form's default choice.
fn node_item(node: &NodeDetail) -> NodeItem {
    NodeItem {
        id: node.id.clone(),
        name: node.name.clone(),
        level: node.level,
        level_name: node.level_name.clone(),
        subsidy_exempt: node.subsidy_exempt,
        demonstration: node.demonstration,
        parent: None,
        coverage: None,
    }
}
