//! SafeGrid web app (安全网格): Yew, rendered in the browser.

mod api;
mod app;
mod components;
mod dates;
mod device;
mod hooks;
mod i18n;
mod outbox;
mod pages;
mod session;

fn main() {
    // index.html shows a loading notice until the app takes over.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    yew::Renderer::<app::App>::new().render();
}
