//! The campaign board (`/node/:id/campaigns`): the county's campaigns, and
//! for the one chosen every township at or below the node on each
//! milestone as of a day (default today). Printable, and exported as CSV.

mod board;
mod csv;
mod editor;
mod kinds;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{campaign_progress, campaigns, node_detail, Action};
use crate::app::Route;
use crate::components::{Breadcrumb, ErrorBanner, Loading, SelectField, TextField};
use crate::dates::today;
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, C, D, K};
use crate::pages::desk::DemonstrationSpec;
use crate::pages::records::RecordSpec;
use board::Board;
use editor::CampaignEditor;

/// Which editor is open.
#[derive(Clone, Copy, PartialEq)]
enum Editing {
    Closed,
    New,
    Chosen,
}

#[derive(Properties, PartialEq)]
pub struct CampaignsPageProps {
    pub id: String,
}

#[component]
pub fn CampaignsPage(props: &CampaignsPageProps) -> Html {
    let i18n = use_i18n();
    let chosen = use_state(|| None::<String>);
    let as_of = use_state(today);
    let editing = use_state(|| Editing::Closed);
    // Bumped after a save: the progress is read again for the new milestones.
    let saved = use_state(|| 0u32);
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let list = use_fetch((), |client, ()| async move { campaigns(&client).await });
    let all = list.data.as_deref().cloned().unwrap_or_default();
    // The newest campaign until another is chosen.
    let campaign = (*chosen)
        .as_ref()
        .and_then(|id| all.iter().find(|c| &c.id == id))
        .or(all.first())
        .cloned();
    let progress = use_fetch(
        (
            campaign.as_ref().map(|c| c.id.clone()),
            props.id.clone(),
            (*as_of).clone(),
            *saved,
        ),
        |client, (campaign, under, as_of, _)| async move {
            match campaign {
                Some(c) => campaign_progress(&client, &c, &under, &as_of)
                    .await
                    .map(Some),
                None => Ok(None),
            }
        },
    );
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let options: Vec<(AttrValue, AttrValue)> = all
        .iter()
        .map(|c| {
            (
                AttrValue::from(c.id.clone()),
                AttrValue::from(c.name.clone()),
            )
        })
        .collect();
    let on_campaign = {
        let chosen = chosen.clone();
        Callback::from(move |v: String| chosen.set(Some(v)))
    };
    let on_as_of = {
        let as_of = as_of.clone();
        // A date input gives "" while being edited; the server refuses a future day.
        Callback::from(move |v: String| {
            if v.len() == 10 && v <= today() {
                as_of.set(v)
            }
        })
    };
    let data = progress.data.as_deref().cloned().flatten();
    let export = {
        let (i18n, data, campaign, name) = (
            i18n.clone(),
            data.clone(),
            campaign.clone(),
            detail.name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let (Some(p), Some(c)) = (&data, &campaign) {
                let text = csv::board_csv(&i18n, c, p);
                let file = format!(
                    "{}-{}-{}-{}.csv",
                    i18n.t(C::FileStem),
                    name,
                    c.year,
                    p.as_of
                );
                let _ = super::roster::download::save_text(&file, "text/csv;charset=utf-8", &text);
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    // What to offer is the server's answer: CREATE_CAMPAIGN at this node,
    // EDIT_CAMPAIGN on the campaign shown.
    let can_create = detail.allowed_actions.contains(&Action::CreateCampaign);
    let can_edit = campaign
        .as_ref()
        .is_some_and(|c| c.allowed_actions.contains(&Action::EditCampaign));
    let open = |which: Editing| {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(which))
    };
    let on_cancel = {
        // Read the list again: an editor opened next starts from the
        // newest version (after a CONFLICT, someone else's).
        let (editing, reload) = (editing.clone(), list.reload.clone());
        Callback::from(move |()| {
            editing.set(Editing::Closed);
            reload.emit(());
        })
    };
    let on_saved = {
        let (editing, chosen, saved, reload) = (
            editing.clone(),
            chosen.clone(),
            saved.clone(),
            list.reload.clone(),
        );
        Callback::from(move |id: String| {
            editing.set(Editing::Closed);
            chosen.set(Some(id));
            saved.set(*saved + 1);
            reload.emit(());
        })
    };
    let editor = match *editing {
        Editing::Closed => Html::default(),
        Editing::New => html! {
            <CampaignEditor node_id={detail.id.clone()} on_saved={on_saved.clone()} on_cancel={on_cancel.clone()} />
        },
        Editing::Chosen => html! {
            <CampaignEditor key={campaign.as_ref().map(|c| c.id.clone()).unwrap_or_default()}
                node_id={detail.id.clone()} campaign={campaign.clone()}
                on_saved={on_saved.clone()} on_cancel={on_cancel.clone()} />
        },
    };
    let title = match &campaign {
        Some(c) => i18n.f(C::BoardTitle, &[&detail.name, &c.name]),
        None => i18n.t(C::CampaignsLink).to_owned(),
    };
    html! {
        <div class="month-page campaign-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ title }</h1>
                    <div class="card-actions no-print">
                        if can_create && *editing == Editing::Closed {
                            <button id="campaign-new" type="button" class="btn btn-primary btn-small"
                                onclick={open(Editing::New)}>{ i18n.t(C::NewCampaign) }</button>
                        }
                        if can_edit && *editing == Editing::Closed {
                            <button id="campaign-edit" type="button" class="btn btn-secondary btn-small"
                                onclick={open(Editing::Chosen)}>{ i18n.t(C::EditCampaign) }</button>
                        }
                        // The sites behind the DEMONSTRATION_SITES milestones.
                        <Link<Route> to={Route::DeskList { id: detail.id.clone(), kind: DemonstrationSpec::SLUG.to_owned() }}
                            classes="btn btn-secondary btn-small demonstrations-link">
                            { i18n.t(D::Demonstrations) }
                        </Link<Route>>
                    </div>
                </div>
                { editor }
                if let Some(c) = &campaign {
                    <p class="hint">{ i18n.f(C::SetAt, &[&c.set_at_name]) }</p>
                }
                <p class="print-only print-meta">{ i18n.f(K::PrintDate, &[&(*as_of)]) }</p>
                if let Some(err) = list.error.clone() {
                    <ErrorBanner error={err} retry={list.reload.clone()} />
                }
                if list.data.is_some() && all.is_empty() {
                    <p class="empty">{ i18n.t(C::NoCampaigns) }</p>
                }
                if let Some(c) = campaign.clone() {
                    <div class="roster-toolbar no-print">
                        <div class="roster-filters year-pick">
                            <SelectField id="campaign-pick" label={i18n.t(C::Campaign)}
                                options={options} value={c.id.clone()} onchange={on_campaign} />
                            <TextField id="campaign-as-of" label={i18n.t(C::AsOf)} kind="date"
                                value={(*as_of).clone()} oninput={on_as_of} />
                        </div>
                        <div class="roster-actions">
                            <button id="campaign-export" type="button" class="btn btn-primary"
                                disabled={data.is_none()} onclick={export}>{ i18n.t(K::ExportCsv) }</button>
                            <button type="button" class="btn btn-secondary" onclick={print}>{ i18n.t(K::Print) }</button>
                        </div>
                    </div>
                    if let Some(err) = progress.error.clone() {
                        <ErrorBanner error={err} retry={progress.reload.clone()} />
                    }
                    if let Some(p) = data.clone() {
                        <Board campaign={c} progress={p} />
                        <p class="hint">{ i18n.t(C::Hint) }</p>
                    } else if progress.loading {
                        <Loading />
                    }
                } else if list.loading {
                    <Loading />
                }
            </section>
        </div>
    }
}
