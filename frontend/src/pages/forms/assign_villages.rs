//! Assign a township leader their villages (挂包村): every village of the
//! township as a checkbox, the current ones ticked, and the day the new
//! list starts (today by default). The list sent replaces the current one
//! from that day; the server refuses a village outside the township, too
//! many villages or a day the leader was not in post, and the form says
//! which by the error key's own sentence.

use yew::prelude::*;

use super::frame::FormFrame;
use super::{field_error, setter};
use crate::api::{assign_villages, township_villages, Appointment, NodeRef};
use crate::components::{CheckField, ErrorBanner, Loading, TextField};
use crate::dates::today;
use crate::hooks::{use_fetch, use_submit};
use crate::i18n::{use_i18n, K, M};

const FIELDS: &[&str] = &["villageIds", "since"];

#[derive(Properties, PartialEq)]
pub struct AssignVillagesFormProps {
    /// The leader's `TOWNSHIP_LEADER` appointment, with its villages today.
    pub appointment: Appointment,
    /// The leader's township, whose villages are offered.
    pub township_id: String,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// The ticked ids in the township's order (the order the list shows),
/// then any ticked id the list did not show, so nothing ticked is lost.
pub fn in_list_order(villages: &[NodeRef], chosen: &[String]) -> Vec<String> {
    let mut out: Vec<String> = villages
        .iter()
        .filter(|v| chosen.contains(&v.id))
        .map(|v| v.id.clone())
        .collect();
    let unlisted: Vec<String> = chosen
        .iter()
        .filter(|id| !villages.iter().any(|v| &v.id == *id))
        .cloned()
        .collect();
    out.extend(unlisted);
    out
}

/// `chosen` with `id` ticked or unticked.
pub fn toggled(chosen: &[String], id: &str, on: bool) -> Vec<String> {
    let mut next: Vec<String> = chosen.iter().filter(|c| *c != id).cloned().collect();
    if on {
        next.push(id.to_owned());
    }
    next
}

#[component]
pub fn AssignVillagesForm(props: &AssignVillagesFormProps) -> Html {
    let i18n = use_i18n();
    let a = &props.appointment;
    let chosen = use_state(|| {
        a.assigned_villages
            .iter()
            .map(|v| v.village.id.clone())
            .collect::<Vec<_>>()
    });
    let since = use_state(today);
    let submit = use_submit();
    let villages = use_fetch(props.township_id.clone(), |client, id| async move {
        township_villages(&client, &id).await
    });
    let onsubmit = {
        let (chosen, since, submit) = (chosen.clone(), since.clone(), submit.clone());
        let (villages, on_done, id) = (villages.data.clone(), props.on_done.clone(), a.id.clone());
        Callback::from(move |()| {
            let listed = villages.as_deref().map(Vec::as_slice).unwrap_or_default();
            let ids = in_list_order(listed, &chosen);
            let (id, since) = (id.clone(), (*since).clone());
            submit.run(
                move |client| async move { assign_villages(&client, &id, &ids, &since).await },
                on_done.clone(),
            );
        })
    };
    let list = match (&villages.data, &villages.error) {
        (Some(all), _) if all.is_empty() => {
            html! { <p class="muted small">{ i18n.t(M::NoTownshipVillages) }</p> }
        }
        (Some(all), _) => html! {
            <div class="village-choices">
                { for all.iter().map(|v| {
                    let onchange = {
                        let (chosen, id) = (chosen.clone(), v.id.clone());
                        Callback::from(move |on: bool| chosen.set(toggled(&chosen, &id, on)))
                    };
                    html! {
                        <CheckField key={v.id.clone()} id={format!("assign-village-{}", v.id)}
                            label={v.name.clone()} checked={chosen.contains(&v.id)} {onchange} />
                    }
                }) }
            </div>
        },
        (None, Some(err)) => {
            html! { <ErrorBanner error={err.clone()} retry={villages.reload.clone()} /> }
        }
        (None, None) => html! { <Loading /> },
    };
    html! {
        <FormFrame title={i18n.f(M::AssignTitle, &[&a.person.name])} submit={K::Save}
            busy={submit.busy} error={submit.error.clone()} fields={FIELDS}
            {onsubmit} on_cancel={props.on_cancel.clone()}>
            <fieldset id="assign-villages-form" class="field assign-villages-list">
                <legend class="field-label">{ i18n.t(M::AssignVillagesLegend) }</legend>
                <p class="field-hint">{ i18n.t(M::AssignHint) }</p>
                { list }
                <p id="assign-chosen" class="muted small" aria-live="polite">
                    { i18n.f(M::AssignChosen, &[&chosen.len()]) }
                </p>
                if let Some(e) = field_error(&submit.error, "villageIds") {
                    <p id="assign-villages-error" class="field-error" role="alert">{ e }</p>
                }
            </fieldset>
            <TextField id="assign-since" label={i18n.t(M::AssignSinceLabel)} kind="date"
                value={(*since).clone()} oninput={setter(&since)} required=true
                error={field_error(&submit.error, "since")} />
        </FormFrame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn village(id: &str) -> NodeRef {
        NodeRef {
            id: id.into(),
            name: format!("{id}村"),
        }
    }

    #[test]
    fn the_ticked_villages_go_in_the_township_order() {
        let listed = [village("v1"), village("v2"), village("v3")];
        let chosen = vec!["v3".to_string(), "v1".to_string()];
        assert_eq!(in_list_order(&listed, &chosen), vec!["v1", "v3"]);
    }

    #[test]
    fn a_ticked_village_the_list_did_not_show_is_kept() {
        let listed = [village("v1")];
        let chosen = vec!["v9".to_string(), "v1".to_string()];
        assert_eq!(in_list_order(&listed, &chosen), vec!["v1", "v9"]);
    }

    #[test]
    fn ticking_adds_once_and_unticking_removes() {
        let chosen = vec!["v1".to_string()];
        assert_eq!(toggled(&chosen, "v2", true), vec!["v1", "v2"]);
        assert_eq!(toggled(&chosen, "v1", true), vec!["v1"]);
        assert_eq!(toggled(&chosen, "v1", false), Vec::<String>::new());
    }
}
