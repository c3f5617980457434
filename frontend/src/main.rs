//! SafeGrid web app (安全网格): Yew, rendered in the browser.

mod api;
mod app;
mod components;
mod dates;
mod hooks;
mod i18n;
mod pages;
mod session;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
