//! One desk record of any kind: what was recorded, its evidence, its
//! earlier versions (corrections are versions) and "correct" when the
//! server's `allowedActions` has it.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::correct::DeskCorrectForm;
use super::retire::RetireForm;
use super::DeskKind;
use crate::api::{desk_record, Action, ApiError};
use crate::app::Route;
use crate::components::{ErrorBanner, Loading};
use crate::dates::local_datetime;
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, D, R};
use crate::pages::records::{EarlierVersions, Evidence};

#[derive(Properties, PartialEq)]
pub struct DeskRecordPageProps {
    pub id: String,
}

#[component]
pub fn DeskRecordPage(props: &DeskRecordPageProps) -> Html {
    let i18n = use_i18n();
    let found = use_fetch(props.id.clone(), |client, id| async move {
        desk_record(&client, &id).await
    });
    let correcting = use_state(|| false);
    let retiring = use_state(|| false);
    let Some(r) = found.data.clone() else {
        return match found.error {
            Some(ApiError::NotFound) => html! {
                <section class="card empty-state"><p>{ i18n.t(D::NotFound) }</p></section>
            },
            Some(err) => html! { <ErrorBanner error={err} retry={found.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let Some(kind) = DeskKind::of_typename(&r.typename) else {
        return html! { <section class="card empty-state"><p>{ i18n.t(D::NotFound) }</p></section> };
    };
    let set_correcting = |open: bool| {
        let correcting = correcting.clone();
        Callback::from(move |()| correcting.set(open))
    };
    let on_done = {
        let (correcting, retiring, reload) =
            (correcting.clone(), retiring.clone(), found.reload.clone());
        Callback::from(move |()| {
            correcting.set(false);
            retiring.set(false);
            reload.emit(());
        })
    };
    let set_retiring = |open: bool| {
        let retiring = retiring.clone();
        Callback::from(move |_: MouseEvent| retiring.set(open))
    };
    let close_retire = {
        let retiring = retiring.clone();
        Callback::from(move |()| retiring.set(false))
    };
    let open_correct = {
        let open = set_correcting(true);
        Callback::from(move |_: MouseEvent| open.emit(()))
    };
    let may_correct = r.allowed_actions.contains(&Action::CorrectRecord);
    // Retiring is a correction on the server (the same decision), and only
    // a vehicle still on the register can be retired.
    let may_retire = may_correct && kind == DeskKind::Vehicles && !r.flag("retired");
    let shown = kind.detail(&i18n, &r);
    let heading = if shown.heading.is_empty() {
        &shown.date
    } else {
        &shown.heading
    };
    let row = |label: String, value: String| {
        html! { <><dt>{ label }</dt><dd>{ value }</dd></> }
    };
    let texts = shown.texts.iter().map(|(label, text)| {
        html! {
            <>
                <h2 class="card-subtitle">{ i18n.t(*label) }</h2>
                <p class="record-notes">{ if text.is_empty() { "—".to_owned() } else { text.clone() } }</p>
            </>
        }
    });
    let extra = kind.extra_lines(&i18n, &r).map(|lines| {
        html! {
            <section class="card" id="record-reminders">
                <h2 class="card-title">{ i18n.t(D::ColReminders) }</h2>
                if lines.is_empty() { <p class="muted">{ i18n.t(D::NoReminders) }</p> }
                <ul class="document-list">
                    { for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
            </section>
        }
    });
    html! {
        <div class="record-page">
            <nav class="breadcrumb no-print">
                <Link<Route> to={Route::DeskList { id: r.node.id.clone(), kind: kind.slug().to_owned() }}>
                    { i18n.f(kind.title(), &[&r.node.name]) }
                </Link<Route>>
            </nav>
            <section class="card" id="record-detail" data-kind={kind.slug()} data-version={r.version.to_string()}>
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(D::RecordTitle, &[&i18n.t(kind.name()), heading]) }</h1>
                    <div class="card-actions no-print">
                        if may_correct && !*correcting {
                            <button id="record-correct" type="button" class="btn btn-secondary"
                                onclick={open_correct}>{ i18n.t(R::Correct) }</button>
                        }
                        if may_retire && !*retiring {
                            <button id="record-retire" type="button" class="btn btn-secondary"
                                onclick={set_retiring(true)}>{ i18n.t(D::Retire) }</button>
                        }
                    </div>
                </div>
                <dl class="record-fields">
                    { row(i18n.t(D::ColWhere).to_owned(), r.node.name.clone()) }
                    { for shown.fields.iter().map(|(k, v)| row(i18n.t(*k).to_owned(), v.clone())) }
                    { row(i18n.t(R::RecordedBy).to_owned(), r.author_name.clone()) }
                    { row(i18n.t(R::RecordedAt).to_owned(), local_datetime(&r.created_at)) }
                    { row(i18n.t(R::CurrentVersion).to_owned(), i18n.f(R::VersionN, &[&r.version])) }
                </dl>
                if r.locked { <p class="chip">{ i18n.t(R::Locked) }</p> }
                { for texts }
            </section>
            if *correcting {
                <section class="card">
                    <DeskCorrectForm spec={kind.correction()} record={(*r).clone()} on_done={on_done.clone()}
                        on_cancel={set_correcting(false)} />
                </section>
            }
            if *retiring {
                <section class="card">
                    <RetireForm record={(*r).clone()} on_done={on_done.clone()} on_cancel={close_retire} />
                </section>
            }
            { for extra }
            <Evidence photos={Rc::new(r.photos.clone())} documents={Rc::new(r.documents.clone())} />
            <EarlierVersions versions={Rc::new(r.earlier_versions.clone())} />
        </div>
    }
}
