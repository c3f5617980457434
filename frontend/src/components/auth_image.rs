//! An image from `/api/photos/…`, which needs the bearer header: fetched
//! by the client and shown as a `blob:` URL, freed when the image goes.

use yew::prelude::*;

use crate::api::photo_object_url;
use crate::i18n::{use_i18n, F};
use crate::session::use_session;

#[derive(Properties, PartialEq)]
pub struct AuthImageProps {
    pub url: AttrValue,
    pub alt: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    /// Opens the full photo (`full_url`) in a new tab when tapped.
    #[prop_or_default]
    pub full_url: Option<AttrValue>,
}

#[component]
pub fn AuthImage(props: &AuthImageProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let src = use_state(|| None::<String>);
    let failed = use_state(|| false);
    {
        let (src, failed) = (src.clone(), failed.clone());
        use_effect_with(props.url.clone(), move |url| {
            let url = url.to_string();
            let alive = std::rc::Rc::new(std::cell::Cell::new(true));
            let mine = alive.clone();
            let holder = std::rc::Rc::new(std::cell::RefCell::new(None::<String>));
            let kept = holder.clone();
            if let Some(session) = session {
                wasm_bindgen_futures::spawn_local(async move {
                    match photo_object_url(&session.client, &url).await {
                        Ok(object) if mine.get() => {
                            *kept.borrow_mut() = Some(object.clone());
                            src.set(Some(object));
                        }
                        Ok(object) => {
                            let _ = web_sys::Url::revoke_object_url(&object);
                        }
                        Err(_) => failed.set(true),
                    }
                });
            }
            move || {
                alive.set(false);
                if let Some(object) = holder.borrow_mut().take() {
                    let _ = web_sys::Url::revoke_object_url(&object);
                }
            }
        });
    }
    let open = {
        let (session, full) = (use_session(), props.full_url.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(session), Some(full)) = (session.clone(), full.clone()) else {
                return;
            };
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(object) = photo_object_url(&session.client, &full).await {
                    if let Some(w) = web_sys::window() {
                        let _ = w.open_with_url_and_target(&object, "_blank");
                    }
                }
            });
        })
    };
    match (&*src, *failed) {
        (Some(src), _) => html! {
            <img class={props.class.clone()} src={src.clone()} alt={props.alt.clone()}
                onclick={props.full_url.is_some().then_some(open)} />
        },
        (None, true) => html! {
            <span class={classes!(props.class.clone(), "photo-missing")}>{ i18n.t(F::PhotoUnavailable) }</span>
        },
        (None, false) => {
            html! { <span class={classes!(props.class.clone(), "photo-loading")}></span> }
        }
    }
}
