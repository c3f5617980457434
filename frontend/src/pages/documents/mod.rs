//! A node's documents (文件资料): the current versions (or all, with the
//! superseded ones), by kind and upload period; upload when the node's
//! `allowedActions` has UPLOAD_DOCUMENT, a newer version of one when its
//! own has SUPERSEDE_DOCUMENT. Nothing is ever deleted.

mod row;
mod upload;

use yew::prelude::*;

use crate::api::{document_kinds, documents_page, node_detail, Action, DocumentItem, RecordFilter};
use crate::components::{
    Breadcrumb, CheckField, ErrorBanner, ListFooter, Loading, SelectField, TextField,
};
use crate::dates::optional;
use crate::hooks::{use_fetch, use_paged};
use crate::i18n::{use_i18n, Lang, R};
use crate::pages::records::PAGE_SIZE;
use row::DocumentRow;
use upload::UploadForm;

#[derive(Properties, PartialEq)]
pub struct DocumentsPageProps {
    pub id: String,
}

/// What the upload form is open for: a new document, or a newer version.
#[derive(Clone, PartialEq)]
enum Uploading {
    New,
    Newer(Box<DocumentItem>),
}

#[component]
pub fn DocumentsPage(props: &DocumentsPageProps) -> Html {
    let i18n = use_i18n();
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let kinds = use_fetch(
        (),
        |client, ()| async move { document_kinds(&client).await },
    );
    let filter = use_state(|| RecordFilter {
        under: props.id.clone(),
        ..RecordFilter::default()
    });
    let all_versions = use_state(|| false);
    let uploading = use_state(|| None::<Uploading>);
    let list = use_paged(
        ((*filter).clone(), *all_versions),
        |client, (f, all), after| async move {
            documents_page(&client, &f, all, PAGE_SIZE, after).await
        },
    );
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let kinds: Vec<(String, String)> = kinds
        .data
        .as_deref()
        .map(|ks| {
            ks.iter()
                .map(|k| {
                    let name = if i18n.lang == Lang::Zh {
                        &k.name_zh
                    } else {
                        &k.name_en
                    };
                    (k.code.clone(), name.clone())
                })
                .collect()
        })
        .unwrap_or_default();
    let change = |edit: fn(&mut RecordFilter, String)| {
        let filter = filter.clone();
        Callback::from(move |v: String| {
            let mut next = (*filter).clone();
            edit(&mut next, v);
            filter.set(next);
        })
    };
    let open = |what: Option<Uploading>| {
        let uploading = uploading.clone();
        Callback::from(move |()| uploading.set(what.clone()))
    };
    let on_uploaded = {
        let (uploading, reload) = (uploading.clone(), list.reload.clone());
        Callback::from(move |()| {
            uploading.set(None);
            reload.emit(());
        })
    };
    let on_newer = {
        let uploading = uploading.clone();
        Callback::from(move |d: DocumentItem| uploading.set(Some(Uploading::Newer(Box::new(d)))))
    };
    let may_upload = detail.allowed_actions.contains(&Action::UploadDocument);
    let mut kind_options = vec![(AttrValue::from(""), AttrValue::from(i18n.t(R::AllKinds)))];
    kind_options.extend(
        kinds
            .iter()
            .map(|(c, n)| (AttrValue::from(c.clone()), AttrValue::from(n.clone()))),
    );
    let kind_name = {
        let kinds = kinds.clone();
        move |code: &str| {
            kinds
                .iter()
                .find(|(c, _)| c == code)
                .map_or(code.to_owned(), |(_, n)| n.clone())
        }
    };
    let on_all = {
        let all_versions = all_versions.clone();
        Callback::from(move |v: bool| all_versions.set(v))
    };
    html! {
        <div class="list-page records-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(R::DocumentsTitle, &[&detail.name]) }</h1>
                    if may_upload && uploading.is_none() {
                        <button id="document-upload" type="button" class="btn btn-primary no-print"
                            onclick={let o = open(Some(Uploading::New)); move |_: MouseEvent| o.emit(())}>
                            { i18n.t(R::Upload) }
                        </button>
                    }
                </div>
                if let Some(what) = (*uploading).clone() {
                    <UploadForm node_id={detail.id.clone()} kinds={kinds.clone()}
                        newer_of={match what { Uploading::New => None, Uploading::Newer(d) => Some(*d) }}
                        on_done={on_uploaded} on_cancel={open(None)} />
                }
                <div class="roster-filters record-filters no-print">
                    <SelectField id="documents-kind" label={i18n.t(R::DocKind)} options={kind_options}
                        value={filter.kind.clone().unwrap_or_default()} onchange={change(|f, v| f.kind = optional(&v))} />
                    <TextField id="documents-from" label={i18n.t(R::From)} kind="date"
                        value={filter.from.clone().unwrap_or_default()} oninput={change(|f, v| f.from = optional(&v))} />
                    <TextField id="documents-to" label={i18n.t(R::To)} kind="date"
                        value={filter.to.clone().unwrap_or_default()} oninput={change(|f, v| f.to = optional(&v))} />
                    <CheckField id="documents-all" label={i18n.t(R::ShowSuperseded)} checked={*all_versions} onchange={on_all} />
                </div>
                if let Some(err) = list.error.clone() { <ErrorBanner error={err} retry={list.reload.clone()} /> }
                if list.loaded && list.items.is_empty() { <p class="empty">{ i18n.t(R::NoDocuments) }</p> }
                <ul class="record-list" id="document-list">
                    { for list.items.iter().map(|d| html! {
                        <DocumentRow key={d.id.clone()} doc={d.clone()} kind_name={kind_name(&d.kind)}
                            on_newer={on_newer.clone()} />
                    }) }
                </ul>
                if list.loaded {
                    <ListFooter shown={list.items.len()} total={list.total}
                        can_load_more={list.has_next && !list.loading} on_more={list.more.clone()} />
                }
                if list.loading { <Loading /> }
            </section>
        </div>
    }
}
