//! The last signed-in user, kept in localStorage so the app can open with
//! no signal (see `Client::resume`). Only who and where (`Me`): never a
//! token, which stays in memory and in the httpOnly refresh cookie.

use gloo_storage::{LocalStorage, Storage};

use super::Me;

const KEY: &str = "sg_me";

pub fn keep(me: &Me) {
    let _ = LocalStorage::set(KEY, me);
}

pub fn load() -> Option<Me> {
    LocalStorage::get(KEY).ok()
}

pub fn forget() {
    LocalStorage::delete(KEY);
}
