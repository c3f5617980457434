//! The Yew app: static files from the built bundle, and `index.html` for
//! every client-side route. Without a bundle, a page that says how to build it.
use crate::state::SharedState;
use actix_files::NamedFile;
use actix_web::{web, HttpRequest, HttpResponse};
use std::path::{Component, Path, PathBuf};

const NOT_BUILT: &str = r#"<!doctype html><html lang="zh-CN"><meta charset="utf-8">
<title>安全网格 SafeGrid</title><body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>安全网格 SafeGrid</h1><p>网页应用尚未构建。The web app has not been built yet.</p>
<pre>cargo run -p xtask -- frontend</pre><p>The GraphQL API is at <code>POST /graphql</code>.</p></body></html>"#;

/// Only plain relative paths inside the bundle; no `..`, no absolute paths.
fn safe_join(root: &Path, tail: &str) -> Option<PathBuf> {
    let rel = Path::new(tail.trim_start_matches('/'));
    if rel.components().all(|c| matches!(c, Component::Normal(_))) {
        Some(root.join(rel))
    } else {
        None
    }
}

/// The bundle's file names carry a content hash (`safegrid-<hash>.js`), so a
/// phone on a weak signal downloads them once and keeps them; the shell and
/// the service worker must always be checked for a new version.
fn cache_policy(file_name: &str) -> &'static str {
    if file_name.starts_with("safegrid-") {
        "public, max-age=31536000, immutable"
    } else if file_name == "index.html" || file_name == "sw.js" {
        "no-cache"
    } else {
        "public, max-age=3600"
    }
}

pub async fn serve(
    req: HttpRequest,
    state: web::Data<SharedState>,
) -> actix_web::Result<HttpResponse> {
    let root = &state.settings.web_dir;
    let index = root.join("index.html");
    if !index.is_file() {
        return Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .body(NOT_BUILT));
    }
    let tail = req.match_info().query("tail");
    let file = match safe_join(root, tail) {
        Some(p) if p.is_file() => p,
        _ => index,
    };
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let mut response = NamedFile::open(&file)?.into_response(&req);
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static(cache_policy(&name)),
    );
    Ok(response)
}
