//! Photos for a field record: the phone's camera (`capture="environment"`)
//! or its gallery, several at once, shown as previews that can be removed.
//! The files stay Blobs in memory here and in IndexedDB later; nothing is
//! uploaded by this component.

use std::rc::Rc;

use web_sys::{Blob, HtmlInputElement, Url};
use yew::prelude::*;

use crate::i18n::{use_i18n, F};

/// The server takes at most this many photos per record and bytes per photo.
pub const MAX_PHOTOS: usize = 9;
pub const MAX_PHOTO_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

/// One chosen photo: the file, its preview URL, and its server id when it
/// was already uploaded by an earlier attempt.
#[derive(Clone, Debug, PartialEq)]
pub struct PhotoPick {
    pub blob: Blob,
    pub preview: String,
    pub id: Option<String>,
}

impl PhotoPick {
    pub fn new(blob: Blob, id: Option<String>) -> PhotoPick {
        let preview = Url::create_object_url_with_blob(&blob).unwrap_or_default();
        PhotoPick { blob, preview, id }
    }
}

/// Frees the preview URLs of photos that are gone.
pub fn release(photos: &[PhotoPick]) {
    for p in photos {
        let _ = Url::revoke_object_url(&p.preview);
    }
}

#[derive(Properties, PartialEq)]
pub struct PhotoInputProps {
    pub id: AttrValue,
    pub photos: Rc<Vec<PhotoPick>>,
    pub onchange: Callback<Rc<Vec<PhotoPick>>>,
}

#[component]
pub fn PhotoInput(props: &PhotoInputProps) -> Html {
    let i18n = use_i18n();
    let problem = use_state(|| None::<F>);
    let onchange = {
        let (photos, cb, problem) = (
            props.photos.clone(),
            props.onchange.clone(),
            problem.clone(),
        );
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(files) = input.files() else {
                return;
            };
            let mut next = (*photos).clone();
            let mut refused = None;
            for i in 0..files.length() {
                let Some(file) = files.get(i) else { continue };
                if next.len() >= MAX_PHOTOS {
                    refused = Some(F::PhotoTooMany);
                    break;
                }
                if file.size() > MAX_PHOTO_BYTES {
                    refused = Some(F::PhotoTooLarge);
                    continue;
                }
                if !file.type_().starts_with("image/") {
                    refused = Some(F::PhotoNotImage);
                    continue;
                }
                next.push(PhotoPick::new(file.into(), None));
            }
            // The same file may be chosen again after removing it.
            input.set_value("");
            problem.set(refused);
            cb.emit(Rc::new(next));
        })
    };
    let previews = props.photos.iter().enumerate().map(|(index, p)| {
        let remove = {
            let (photos, cb) = (props.photos.clone(), props.onchange.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = (*photos).clone();
                let gone = next.remove(index);
                release(std::slice::from_ref(&gone));
                cb.emit(Rc::new(next));
            })
        };
        html! {
            <li class="photo-preview" key={p.preview.clone()}>
                <img src={p.preview.clone()} alt={i18n.f(F::PhotoN, &[&(index + 1)])} />
                <button type="button" class="photo-remove" onclick={remove}
                    aria-label={i18n.f(F::PhotoRemove, &[&(index + 1)])}>{ "×" }</button>
            </li>
        }
    });
    let full = props.photos.len() >= MAX_PHOTOS;
    html! {
        <div class="field photo-field">
            <span class="field-label">{ i18n.t(F::Photos) }</span>
            <ul class="photo-previews">{ for previews }</ul>
            if !full {
                <label class="btn btn-secondary btn-big photo-take" for={props.id.clone()}>
                    { i18n.t(F::TakePhoto) }
                </label>
            }
            <input id={props.id.clone()} class="photo-file" type="file" accept="image/*"
                capture="environment" multiple=true {onchange} />
            <p class="field-hint">{ i18n.f(F::PhotoHint, &[&MAX_PHOTOS]) }</p>
            if let Some(key) = *problem {
                <p class="field-error" role="alert">{ i18n.t(key) }</p>
            }
        </div>
    }
}
