//! 名单报送: the township sends its roster to the county as it stands that
//! day (a frozen list, with the posts nobody holds). The button shows only
//! where the server allows `SUBMIT_ROSTER`; below it, every submission
//! under the node, newest first, each opening onto what it listed.

use yew::prelude::*;

use super::submission_detail::SubmissionDetailView;
use crate::api::{roster_submissions, submit_roster, RosterSubmission, Submitted};
use crate::components::{ErrorBanner, ListFooter, Loading};
use crate::device::uuid_v4;
use crate::hooks::{use_paged, use_submit};
use crate::i18n::{use_i18n, K, M};
use crate::pages::forms::FormFrame;

const PAGE: i64 = 20;

#[derive(Properties, PartialEq)]
pub struct SubmissionsCardProps {
    pub node_id: String,
    /// `SUBMIT_ROSTER` is in the node's `allowedActions`.
    pub can_submit: bool,
}

#[component]
pub fn SubmissionsCard(props: &SubmissionsCardProps) -> Html {
    let i18n = use_i18n();
    let asking = use_state(|| false);
    let done = use_state(|| None::<Submitted>);
    let shown = use_state(|| None::<String>);
    let list = use_paged(props.node_id.clone(), |client, under, after| async move {
        roster_submissions(&client, &under, PAGE, after).await
    });
    let open = {
        let (asking, done) = (asking.clone(), done.clone());
        Callback::from(move |_: MouseEvent| {
            done.set(None);
            asking.set(true);
        })
    };
    let on_done = {
        let (asking, done, reload) = (asking.clone(), done.clone(), list.reload.clone());
        Callback::from(move |s: Submitted| {
            asking.set(false);
            done.set(Some(s));
            reload.emit(());
        })
    };
    let on_cancel = {
        let asking = asking.clone();
        Callback::from(move |()| asking.set(false))
    };
    let labels = [
        i18n.t(M::ColSubmittedOn),
        i18n.t(M::ColTownshipOf),
        i18n.t(M::ColEntryCount),
        i18n.t(M::ColMissingCount),
        i18n.t(M::ColSubmittedBy),
    ];
    let rows = list.items.iter().map(|s: &RosterSubmission| {
        let is_shown = shown.as_deref() == Some(s.id.as_str());
        let toggle = {
            let (shown, id) = (shown.clone(), s.id.clone());
            Callback::from(move |_: MouseEvent| {
                shown.set(if is_shown { None } else { Some(id.clone()) })
            })
        };
        let missing_chip = if s.missing_count > 0 {
            "chip chip-gap"
        } else {
            "chip chip-ok"
        };
        html! {
            <tr key={s.id.clone()} class="submission-row" data-id={s.id.clone()}>
                <td data-label={labels[0]} class="nowrap">{ s.submitted_on.clone() }</td>
                <td data-label={labels[1]}>{ s.node.name.clone() }</td>
                <td data-label={labels[2]} class="num submission-entries">{ s.entry_count }</td>
                <td data-label={labels[3]} class="num submission-missing">
                    <span class={missing_chip}>{ s.missing_count }</span>
                </td>
                <td data-label={labels[4]}>{ s.author_name.clone() }</td>
                <td class="cell-actions">
                    <button type="button" class="btn btn-small btn-secondary submission-toggle"
                        aria-expanded={is_shown.to_string()} onclick={toggle}>
                        { i18n.t(if is_shown { M::HideDetail } else { M::ShowDetail }) }
                    </button>
                </td>
            </tr>
        }
    });
    let detail = (*shown)
        .as_ref()
        .and_then(|id| list.items.iter().find(|s| &s.id == id))
        .map(|s| html! { <SubmissionDetailView key={s.id.clone()} submission={s.clone()} /> });
    html! {
        <section class="card submissions-card no-print" id="submissions-card">
            <div class="card-head">
                <h2 class="card-title">{ i18n.t(M::SubmissionsTitle) }</h2>
                if props.can_submit && !*asking {
                    <div class="card-actions">
                        <button id="roster-submit" type="button" class="btn btn-primary btn-small" onclick={open}>
                            { i18n.t(M::SubmitRoster) }
                        </button>
                    </div>
                }
            </div>
            if let Some(s) = &*done {
                <div class="alert alert-success" role="status" id="roster-submitted">
                    { i18n.f(M::RosterSubmitted, &[&s.submitted_on]) }
                </div>
            }
            if *asking {
                <SubmitRosterForm township_id={props.node_id.clone()} {on_done} {on_cancel} />
            }
            if let Some(err) = &list.error {
                <ErrorBanner error={err.clone()} retry={list.reload.clone()} />
            }
            if list.loaded && list.items.is_empty() {
                <p class="empty">{ i18n.t(M::NoSubmissions) }</p>
            }
            if !list.items.is_empty() {
                <div class="table-wrap">
                    <table class="table stack submissions-table" id="submissions-table">
                        <thead><tr>
                            { for labels.iter().map(|l| html! { <th scope="col">{ *l }</th> }) }
                            <th><span class="sr-only">{ i18n.t(K::Actions) }</span></th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <ListFooter shown={list.items.len()} total={list.total}
                    can_load_more={list.has_next && !list.loading} on_more={list.more.clone()} />
            }
            if list.loading {
                <Loading />
            }
            { detail.unwrap_or_default() }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SubmitRosterFormProps {
    township_id: String,
    on_done: Callback<Submitted>,
    on_cancel: Callback<()>,
}

/// Asks before sending: a submission is kept as it is, for good. The key
/// is made when the form opens, so a retry sends one submission.
#[component]
fn SubmitRosterForm(props: &SubmitRosterFormProps) -> Html {
    let i18n = use_i18n();
    let key = use_state(uuid_v4);
    let submit = use_submit();
    let made = use_state(|| None::<Submitted>);
    {
        // The answer arrives in `made`; hand it up once.
        let (made, on_done) = (made.clone(), props.on_done.clone());
        use_effect_with((*made).clone(), move |m| {
            if let Some(s) = m.clone() {
                made.set(None);
                on_done.emit(s);
            }
        });
    }
    let onsubmit = {
        let (submit, key, made) = (submit.clone(), key.clone(), made.clone());
        let township = props.township_id.clone();
        Callback::from(move |()| {
            let (township, key, made) = (township.clone(), (*key).clone(), made.clone());
            submit.run(
                move |client| async move {
                    let s = submit_roster(&client, &township, &key).await?;
                    made.set(Some(s));
                    Ok(())
                },
                Callback::noop(),
            );
        })
    };
    html! {
        <FormFrame title={i18n.t(M::SubmitRosterTitle)} submit={K::SubmitNow} busy={submit.busy}
            error={submit.error.clone()} fields={&[][..]} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <p class="submit-roster-text">{ i18n.t(M::SubmitRosterText) }</p>
        </FormFrame>
    }
}
