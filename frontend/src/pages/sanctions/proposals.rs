//! What the records propose for the year: each proposal's kind, subject,
//! grounds (the milestones missed, or the months of missed quota) and the
//! decision, or the form to record one where `allowedActions` allows it.

use yew::prelude::*;

use super::decide::DecideForm;
use crate::api::{sanction_proposals, SanctionKind, SanctionProposal};
use crate::components::{ErrorBanner, Loading};
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, I18n, X};

#[derive(Properties, PartialEq)]
pub struct ProposalsCardProps {
    pub node_id: String,
    pub year: i32,
    pub generation: u32,
    pub on_decided: Callback<()>,
}

pub fn kind_text(kind: SanctionKind) -> X {
    match kind {
        SanctionKind::AwardDisqualification => X::AwardDisqualification,
        _ => X::WarningInterview,
    }
}

/// The subject as a person reads it: the township, or "name · place".
fn subject(p: &SanctionProposal) -> String {
    match p.appointment.as_ref().and_then(|a| a.person.as_ref()) {
        Some(person) => format!("{} · {}", person.name, p.node.name),
        None => p.node.name.clone(),
    }
}

fn grounds(i18n: &I18n, p: &SanctionProposal) -> Vec<String> {
    let mut out: Vec<String> = p
        .late_milestones
        .iter()
        .map(|m| match &m.done_on {
            Some(done) => i18n.f(X::Late, &[&m.title, &m.due_on, done]),
            None => i18n.f(X::NotDone, &[&m.title, &m.due_on]),
        })
        .collect();
    if let Some(a) = &p.failed_assessment {
        out.push(i18n.f(X::FailedAssessment, &[&a.period, &a.total, &a.pass_mark]));
    }
    if !p.missed_months.is_empty() {
        let threshold = p.threshold.unwrap_or_default();
        out.push(i18n.f(X::MissedSummary, &[&p.missed_months.len(), &threshold]));
        out.extend(
            p.missed_months
                .iter()
                .map(|m| i18n.f(X::Missed, &[&m.month, &m.done, &m.expected])),
        );
    }
    out
}

#[component]
pub fn ProposalsCard(props: &ProposalsCardProps) -> Html {
    let i18n = use_i18n();
    let list = use_fetch(
        (props.node_id.clone(), props.year, props.generation),
        |client, (under, year, _)| async move { sanction_proposals(&client, &under, year).await },
    );
    let labels = [
        i18n.t(X::ColKind),
        i18n.t(X::ColSubject),
        i18n.t(X::ColGrounds),
        i18n.t(X::ColDecision),
    ];
    let head = labels.iter().map(|l| html! { <th scope="col">{ *l }</th> });
    let body = list.data.clone().map(|items| {
        let rows = items.iter().map(|p| {
            let decision = match &p.decision {
                Some(d) => html! {
                    <span class="badge badge-ok">
                        { i18n.f(X::DecidedOnBy, &[&d.decided_on, &d.decided_by.clone().unwrap_or_default()]) }
                    </span>
                },
                None if p.decidable() => html! {
                    <DecideForm kind={p.kind} subject_id={p.subject_id.clone()} year={props.year}
                        on_decided={props.on_decided.clone()} />
                },
                None => html! { <span class="badge badge-warn">{ i18n.t(X::Undecided) }</span> },
            };
            let grounds = grounds(&i18n, p).into_iter().map(|g| html! { <li>{ g }</li> });
            html! {
                <tr key={format!("{:?}-{}", p.kind, p.subject_id)} class="proposal-row" data-subject={p.subject_id.clone()}>
                    <td data-label={labels[0]}>{ i18n.t(kind_text(p.kind)) }</td>
                    <td data-label={labels[1]}>{ subject(p) }</td>
                    <td data-label={labels[2]}><ul class="grounds">{ for grounds }</ul></td>
                    <td data-label={labels[3]}>{ decision }</td>
                </tr>
            }
        });
        if items.is_empty() {
            html! { <p class="empty">{ i18n.t(X::NoProposals) }</p> }
        } else {
            html! {
                <div class="table-scroll">
                    <table class="table stack proposals-table" id="proposals-table">
                        <thead><tr>{ for head }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        }
    });
    html! {
        <section class="card proposals-card">
            <h2 class="card-title">{ i18n.t(X::ProposalsTitle) }</h2>
            if let Some(err) = list.error.clone() {
                <ErrorBanner error={err} retry={list.reload.clone()} />
            }
            if let Some(body) = body { { body } } else if list.loading { <Loading /> }
        </section>
    }
}
