//! The web app is served by the same binary: static files, `index.html` for
//! client-side routes, and a page that says how to build a missing bundle.
use crate::helpers::{spawn_app_with, TestApp};

async fn app_with_bundle() -> TestApp {
    spawn_app_with(|s| {
        let web = s.data_dir.join("web");
        std::fs::create_dir_all(&web).unwrap();
        std::fs::write(
            web.join("index.html"),
            "<!doctype html><title>shell-marker</title>",
        )
        .unwrap();
        std::fs::write(web.join("app.css"), "body{color:black}").unwrap();
        std::fs::write(web.join("safegrid-0123abcd_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(s.data_dir.join("secret.txt"), "not-for-the-web").unwrap();
        s.web_dir = web;
    })
    .await
}

async fn get(app: &TestApp, path: &str) -> (u16, String, reqwest::header::HeaderMap) {
    let response = app.http.get(app.url(path)).send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, response.text().await.unwrap(), headers)
}

#[tokio::test]
async fn client_side_routes_fall_back_to_index_html() {
    let app = app_with_bundle().await;
    for path in ["/", "/node/0b8a4c36-0000-4000-8000-000000000000", "/search"] {
        let (status, body, headers) = get(&app, path).await;
        assert_eq!(status, 200, "{path}");
        assert!(body.contains("shell-marker"), "{path}: {body}");
        assert_eq!(
            headers.get("cache-control").and_then(|v| v.to_str().ok()),
            Some("no-cache"),
            "{path}"
        );
    }
    let (_, css, _) = get(&app, "/app.css").await;
    assert_eq!(css, "body{color:black}");
}

#[tokio::test]
async fn the_content_hashed_bundle_is_cached_for_a_year_the_shell_never() {
    let app = app_with_bundle().await;
    let cache = |headers: &reqwest::header::HeaderMap| {
        headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    };
    let (status, _, headers) = get(&app, "/safegrid-0123abcd_bg.wasm").await;
    assert_eq!(status, 200);
    assert_eq!(
        cache(&headers).as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    let (_, _, headers) = get(&app, "/").await;
    assert_eq!(cache(&headers).as_deref(), Some("no-cache"));
}

#[tokio::test]
async fn the_bundle_goes_out_brotli_compressed_to_browsers_that_take_it() {
    let app = app_with_bundle().await;
    let response = app
        .http
        .get(app.url("/app.css"))
        .header("Accept-Encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response
            .headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok()),
        Some("br")
    );
}

#[tokio::test]
async fn paths_that_climb_out_of_the_bundle_are_not_served() {
    let app = app_with_bundle().await;
    for path in [
        "/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
    ] {
        let (_, body, _) = get(&app, path).await;
        assert!(
            !body.contains("not-for-the-web"),
            "{path} served a file outside the bundle"
        );
    }
}

#[tokio::test]
async fn without_a_built_bundle_the_root_says_how_to_build_it() {
    let app = spawn_app_with(|s| s.web_dir = s.data_dir.join("no-bundle-here")).await;
    let (status, body, _) = get(&app, "/").await;
    assert_eq!(status, 200);
    assert!(body.contains("cargo run -p xtask -- frontend"), "{body}");
}

#[tokio::test]
async fn pages_forbid_framing_and_content_sniffing() {
    let app = app_with_bundle().await;
    let (_, _, headers) = get(&app, "/").await;
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    };
    assert_eq!(header("x-frame-options").as_deref(), Some("DENY"));
    assert_eq!(header("x-content-type-options").as_deref(), Some("nosniff"));
}

#[tokio::test]
async fn the_web_app_is_sent_with_a_strict_content_security_policy() {
    let app = app_with_bundle().await;
    for path in ["/", "/node/x", "/app.css"] {
        let (_, _, headers) = get(&app, path).await;
        let csp = headers
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let directive = |name: &str| {
            csp.split(';')
                .map(str::trim)
                .find(|d| d.split_whitespace().next() == Some(name))
                .map(String::from)
                .unwrap_or_default()
        };
        let script = directive("script-src");
        assert_eq!(
            script, "script-src 'self' 'wasm-unsafe-eval'",
            "{path}: {csp}"
        );
        assert!(!csp.contains("'unsafe-eval'"), "{csp}");
        assert!(!script.contains("'unsafe-inline'"), "{csp}");
        assert_eq!(directive("object-src"), "object-src 'none'");
        assert_eq!(directive("frame-ancestors"), "frame-ancestors 'none'");
        assert_eq!(directive("default-src"), "default-src 'self'");
    }
}

#[tokio::test]
async fn the_shipped_index_html_has_no_inline_script() {
    let index = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../frontend/index.html"),
    )
    .unwrap();
    let mut rest = index.as_str();
    while let Some(at) = rest.find("<script") {
        let tag_end = rest[at..].find('>').unwrap() + at;
        let tag = &rest[at..=tag_end];
        assert!(tag.contains("src="), "inline script: {tag}");
        let close = rest[tag_end..].find("</script>").unwrap() + tag_end;
        assert!(
            rest[tag_end + 1..close].trim().is_empty(),
            "a script with a body"
        );
        rest = &rest[close..];
    }
    // No inline event handlers (` onload=`, ` onerror=` …) either.
    let bytes = index.as_bytes();
    for (i, _) in index.match_indices(" on") {
        let name: String = index[i + 3..]
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        let after = bytes.get(i + 3 + name.len()).copied();
        assert!(
            name.is_empty() || after != Some(b'='),
            "inline handler on{name}"
        );
    }
}

#[tokio::test]
async fn unknown_api_paths_answer_a_json_404_not_the_web_app() {
    let app = app_with_bundle().await;
    for path in ["/api", "/api/nope", "/api/photos/x/y/z", "/api/v1/hazards"] {
        let (status, body, headers) = get(&app, path).await;
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("shell-marker"), "{path}: {body}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["code"], "NOT_FOUND", "{path}");
        assert!(headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json")));
    }
    let posted = app.http.post(app.url("/api/nope")).send().await.unwrap();
    assert_eq!(posted.status(), 404);
}

#[tokio::test]
async fn robots_txt_disallows_everything() {
    let app = app_with_bundle().await;
    let (status, body, headers) = get(&app, "/robots.txt").await;
    assert_eq!(status, 200);
    assert!(headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain")));
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    assert!(lines.contains(&"User-agent: *"), "{body}");
    assert!(lines.contains(&"Disallow: /"), "{body}");
}
