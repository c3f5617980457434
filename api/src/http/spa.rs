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

/// The web app's Content-Security-Policy: its own files only, WebAssembly
/// compiled from them (`'wasm-unsafe-eval'`), no inline script, no plugin,
/// no framing, no other origin to talk to. Inline `style` attributes are
/// allowed (the coverage bars set their width so); they run no code.
/// Photos shown before upload are `blob:` URLs.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' blob: data:; \
connect-src 'self'; font-src 'self'; worker-src 'self'; manifest-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// `/robots.txt`: a grid of people and their posts is not for search engines.
pub async fn robots() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            "public, max-age=86400",
        ))
        .body("User-agent: *\nDisallow: /\n")
}

/// Any `/api/…` path without a handler: a JSON 404, not the web app's page.
pub async fn api_not_found() -> HttpResponse {
    HttpResponse::NotFound()
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .json(serde_json::json!({
            "code": "NOT_FOUND",
            "message": "没有这个接口 (no such API endpoint)",
        }))
}

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
/// phone on a weak signal downloads them once and keeps them; the shell,
/// the service worker and the manifest must always be checked for a new
/// version. wasm-bindgen's snippets (`snippets/…/*.js`) keep their names
/// across builds while their content changes, so they are checked too
/// (the service worker keeps them for offline use).
fn cache_policy(path: &str) -> &'static str {
    let file_name = path.rsplit('/').next().unwrap_or(path);
    if path.starts_with("snippets/") {
        "no-cache"
    } else if file_name.starts_with("safegrid-") {
        "public, max-age=31536000, immutable"
    } else if matches!(
        file_name,
        "index.html" | "sw.js" | "manifest.webmanifest" | "boot.js"
    ) {
        "no-cache"
    } else {
        "public, max-age=3600"
    }
}

/// Types the file-extension guess does not know or gets wrong.
fn content_type(file_name: &str) -> Option<&'static str> {
    if file_name.ends_with(".webmanifest") {
        Some("application/manifest+json")
    } else {
        None
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
            .insert_header(("Content-Security-Policy", CSP))
            .body(NOT_BUILT));
    }
    let tail = req.match_info().query("tail");
    let file = match safe_join(root, tail) {
        Some(p) if p.is_file() => p,
        _ => index,
    };
    let rel = file
        .strip_prefix(root)
        .ok()
        .and_then(|p| p.to_str())
        .unwrap_or_default()
        .replace('\\', "/");
    let mut response = NamedFile::open(&file)?.into_response(&req);
    let headers = response.headers_mut();
    headers.insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static(cache_policy(&rel)),
    );
    headers.insert(
        actix_web::http::header::CONTENT_SECURITY_POLICY,
        actix_web::http::header::HeaderValue::from_static(CSP),
    );
    if let Some(mime) = content_type(&rel) {
        headers.insert(
            actix_web::http::header::CONTENT_TYPE,
            actix_web::http::header::HeaderValue::from_static(mime),
        );
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::cache_policy;

    #[test]
    fn hashed_bundle_files_are_kept_for_a_year() {
        assert_eq!(
            cache_policy("safegrid-1a2b3c4d_bg.wasm"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            cache_policy("safegrid-1a2b3c4d.js"),
            "public, max-age=31536000, immutable"
        );
    }

    #[test]
    fn the_shell_the_service_worker_and_the_manifest_are_always_checked() {
        for path in [
            "index.html",
            "sw.js",
            "manifest.webmanifest",
            "snippets/frontend-0a1b/js/outbox.js",
        ] {
            assert_eq!(cache_policy(path), "no-cache", "{path}");
        }
        assert_eq!(cache_policy("icon-192.png"), "public, max-age=3600");
    }
}
