//! Choose a node by name: a search box backed by `nodes(search, first: 10)`
//! and a short list of matches to pick from.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::{input_value, ErrorBanner, LevelBadge};
use crate::api::{pick_nodes, ApiError, NodeItem};
use crate::i18n::{use_i18n, K};
use crate::session::use_session;

#[derive(Properties, PartialEq)]
pub struct NodePickerProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// Search only below this node (the caller's scope in any case).
    #[prop_or_default]
    pub under: Option<String>,
    pub selected: Option<NodeItem>,
    pub on_select: Callback<Option<NodeItem>>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn NodePicker(props: &NodePickerProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let text = use_state(String::new);
    let found = use_state(|| None::<Vec<NodeItem>>);
    let error = use_state(|| None::<ApiError>);
    let debounce = use_mut_ref(|| None::<Timeout>);
    let generation = use_mut_ref(|| 0u32);

    if let Some(node) = &props.selected {
        let change = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(None))
        };
        return html! {
            <div class={classes!("field", "picker", props.error.is_some().then_some("has-error"))}>
                <span class="field-label">{ props.label.clone() }</span>
                <div class="picker-chosen" id={props.id.clone()}>
                    <span class="picker-chosen-name">
                        <span class="muted">{ i18n.t(K::PickerSelected) }</span>
                        <strong>{ node.name.clone() }</strong>
                        if let Some(p) = &node.parent {
                            <span class="muted">{ format!(" · {}", p.name) }</span>
                        }
                    </span>
                    <button type="button" class="btn btn-small btn-secondary" onclick={change}>
                        { i18n.t(K::PickerChange) }
                    </button>
                </div>
                if let Some(msg) = &props.error {
                    <p class="field-error" role="alert">{ msg.clone() }</p>
                }
            </div>
        };
    }

    let oninput = {
        let (text, found, error, under) = (
            text.clone(),
            found.clone(),
            error.clone(),
            props.under.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let value = input_value(&e);
            text.set(value.clone());
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            if value.trim().is_empty() {
                *debounce.borrow_mut() = None;
                found.set(None);
                return;
            }
            let (found, error, under, generation) = (
                found.clone(),
                error.clone(),
                under.clone(),
                generation.clone(),
            );
            let Some(session) = session.clone() else {
                return;
            };
            *debounce.borrow_mut() = Some(Timeout::new(300, move || {
                wasm_bindgen_futures::spawn_local(async move {
                    let result = pick_nodes(&session.client, &value, under.as_deref()).await;
                    if *generation.borrow() != mine {
                        return;
                    }
                    match result {
                        Ok(page) => {
                            error.set(None);
                            found.set(Some(page.edges.into_iter().map(|e| e.node).collect()));
                        }
                        Err(err) => error.set(Some(err)),
                    }
                });
            }));
        })
    };
    let options =
        found.as_ref().map(|nodes| {
            nodes.iter().map(|node| {
            let onclick = {
                let (on_select, node) = (props.on_select.clone(), node.clone());
                Callback::from(move |_: MouseEvent| on_select.emit(Some(node.clone())))
            };
            html! {
                <li key={node.id.clone()}>
                    <button type="button" class="picker-option" {onclick}>
                        <span class="picker-option-name">{ node.name.clone() }</span>
                        <LevelBadge level={node.level} level_name={node.level_name.clone()} />
                        if let Some(p) = &node.parent {
                            <span class="muted">{ p.name.clone() }</span>
                        }
                    </button>
                </li>
            }
        }).collect::<Html>()
        });
    let empty = found.as_ref().is_some_and(|f| f.is_empty());
    html! {
        <div class={classes!("field", "picker", props.error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} class="input" type="search" value={(*text).clone()}
                {oninput} placeholder={i18n.t(K::SearchPlaceholder)} autocomplete="off" />
            <p class="field-hint">{ i18n.t(K::PickerHint) }</p>
            if let Some(err) = &*error {
                <ErrorBanner error={err.clone()} />
            }
            if empty {
                <p class="empty">{ i18n.t(K::PickerNone) }</p>
            }
            if let Some(options) = options {
                <ul class="picker-options">{ options }</ul>
            }
            if let Some(msg) = &props.error {
                <p class="field-error" role="alert">{ msg.clone() }</p>
            }
        </div>
    }
}
