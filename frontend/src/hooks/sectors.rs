//! `use_sectors`: the list of sectors for the field forms. The last list
//! the server gave is kept in localStorage, so the forms work with no
//! signal; it is refreshed whenever the server can be reached.

use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

use crate::api::{sectors, ApiError, Sector};
use crate::session::use_session;

const CACHE_KEY: &str = "sg_sectors";

pub struct Sectors {
    pub list: Rc<Vec<Sector>>,
    /// Set only when there is no list at all (never fetched, offline).
    pub error: Option<ApiError>,
}

/// Fetches the sectors and keeps them for offline use.
pub async fn refresh_sector_cache(client: &crate::api::Client) -> Result<Vec<Sector>, ApiError> {
    let list = sectors(client).await?;
    let _ = LocalStorage::set(CACHE_KEY, &list);
    Ok(list)
}

#[hook]
pub fn use_sectors() -> Sectors {
    let session = use_session();
    let list =
        use_state(|| Rc::new(LocalStorage::get::<Vec<Sector>>(CACHE_KEY).unwrap_or_default()));
    let error = use_state(|| None::<ApiError>);
    {
        let (list, error) = (list.clone(), error.clone());
        use_effect_with((), move |_| {
            if let Some(session) = session {
                wasm_bindgen_futures::spawn_local(async move {
                    match refresh_sector_cache(&session.client).await {
                        Ok(fresh) => list.set(Rc::new(fresh)),
                        Err(err) => error.set(Some(err)),
                    }
                });
            }
        });
    }
    Sectors {
        error: if list.is_empty() {
            (*error).clone()
        } else {
            None
        },
        list: (*list).clone(),
    }
}

/// A category (sector code) for display: the server's name in Chinese; in
/// English the kept sector list's English name when it has the code.
pub fn category_label(lang: crate::i18n::Lang, code: &str, server_name: &str) -> String {
    if lang == crate::i18n::Lang::En {
        if let Ok(list) = LocalStorage::get::<Vec<Sector>>(CACHE_KEY) {
            if let Some(s) = list.iter().find(|s| s.code == code) {
                return s.name_en.clone();
            }
        }
    }
    server_name.to_owned()
}
