//! One meeting: what was recorded, who came, its photos and documents, its
//! earlier versions, and "correct" when `allowedActions` has it.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::correct::CorrectForm;
use crate::api::{meeting, Action};
use crate::app::Route;
use crate::components::{ErrorBanner, Loading};
use crate::dates::local_datetime;
use crate::hooks::use_fetch;
use crate::i18n::{labels, use_i18n, R};
use crate::pages::records::{EarlierVersions, Evidence};

#[derive(Properties, PartialEq)]
pub struct MeetingPageProps {
    pub id: String,
}

#[component]
pub fn MeetingPage(props: &MeetingPageProps) -> Html {
    let i18n = use_i18n();
    let found = use_fetch(props.id.clone(), |client, id| async move {
        meeting(&client, &id).await
    });
    let correcting = use_state(|| false);
    let Some(m) = found.data.clone() else {
        return match found.error {
            Some(err) => html! { <ErrorBanner error={err} retry={found.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let toggle = |open: bool| {
        let correcting = correcting.clone();
        Callback::from(move |()| correcting.set(open))
    };
    let on_done = {
        let (correcting, reload) = (correcting.clone(), found.reload.clone());
        Callback::from(move |()| {
            correcting.set(false);
            reload.emit(());
        })
    };
    let open_correct = {
        let open = toggle(true);
        Callback::from(move |_: MouseEvent| open.emit(()))
    };
    let may_correct = m.allowed_actions.contains(&Action::CorrectRecord);
    let kind = labels::meeting_kind(&i18n, m.kind);
    let row = |label: R, value: String| {
        html! { <><dt>{ i18n.t(label) }</dt><dd>{ value }</dd></> }
    };
    let attendees: Vec<String> = m.attendees.iter().map(|p| p.name.clone()).collect();
    html! {
        <div class="record-page">
            <nav class="breadcrumb no-print">
                <Link<Route> to={Route::Meetings { id: m.node.id.clone() }}>
                    { i18n.f(R::MeetingsTitle, &[&m.node.name]) }
                </Link<Route>>
            </nav>
            <section class="card" id="meeting-detail" data-version={m.version.to_string()}>
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(R::MeetingTitle, &[&kind, &m.held_on]) }</h1>
                    if may_correct && !*correcting {
                        <button id="meeting-correct" type="button" class="btn btn-secondary no-print"
                            onclick={open_correct}>{ i18n.t(R::Correct) }</button>
                    }
                </div>
                <dl class="record-fields">
                    { row(R::ColNode, m.node.name.clone()) }
                    { row(R::Topics, m.topics.clone()) }
                    { row(R::ColCoversGrid, labels::yes_no(&i18n, m.covers_grid_work).to_owned()) }
                    { row(R::AttendeeCount, m.attendee_count.to_string()) }
                    { row(R::Attendees, if attendees.is_empty() { i18n.t(R::NoneYet).to_owned() } else { attendees.join("、") }) }
                    { row(R::RecordedBy, m.author_name.clone()) }
                    { row(R::RecordedAt, local_datetime(&m.created_at)) }
                    { row(R::CurrentVersion, i18n.f(R::VersionN, &[&m.version])) }
                </dl>
                if m.locked { <p class="chip">{ i18n.t(R::Locked) }</p> }
                <h2 class="card-subtitle">{ i18n.t(R::Minutes) }</h2>
                <p class="record-notes" id="meeting-minutes">{ m.minutes.clone() }</p>
            </section>
            if *correcting {
                <section class="card">
                    <CorrectForm meeting={(*m).clone()} {on_done} on_cancel={toggle(false)} />
                </section>
            }
            <Evidence photos={Rc::new(m.photos.clone())} documents={Rc::new(m.documents.clone())} />
            <EarlierVersions versions={Rc::new(m.earlier_versions.clone())} />
        </div>
    }
}
