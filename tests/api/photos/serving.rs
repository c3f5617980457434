//! What `GET /api/photos/{id}` and `/{id}/thumbnail` send: a re-encoded
//! JPEG without EXIF, sized for the page or the list, private and kept
//! only briefly (not past the session that could see it).
use super::images::{self, contains};
use super::{fetch, uploaded_id};
use crate::helpers::spawn_demo_app;

#[tokio::test]
async fn a_photo_is_served_as_a_private_briefly_cached_jpeg() {
    let app = spawn_demo_app().await;
    let s = app.login_demo("lingyun-1").await;
    let id = uploaded_id(&app, &s.access_token, "image/png", images::png(500, 400)).await;
    for path in [
        format!("/api/photos/{id}"),
        format!("/api/photos/{id}/thumbnail"),
    ] {
        let got = fetch(&app, Some(&s.access_token), &path).await;
        assert_eq!(got.status, 200, "{path}");
        assert_eq!(got.header("content-type"), Some("image/jpeg"));
        assert_eq!(got.header("x-content-type-options"), Some("nosniff"));
        let cache = got.header("cache-control").unwrap_or_default().to_string();
        assert!(cache.contains("private"), "{cache}");
        assert!(!cache.contains("immutable"), "{cache}");
        let max_age: u64 = cache
            .split("max-age=")
            .nth(1)
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(u64::MAX);
        assert!(max_age <= 600, "{cache}");
        assert!(got.bytes.starts_with(&[0xFF, 0xD8, 0xFF]), "{path}");
    }
    let without_token = fetch(&app, None, &format!("/api/photos/{id}")).await;
    assert_eq!(without_token.status, 401);
}

#[tokio::test]
async fn what_is_served_carries_no_exif() {
    // Made before the server starts: encoding a large test picture takes
    // seconds unoptimised, longer than the server keeps an idle connection
    // open, and the client would write into a connection being closed.
    let original = images::jpeg_with_gps(2400, 1200);
    assert!(contains(&original, b"Exif\0\0"));
    assert!(contains(&original, &images::latitude_rationals()));
    let app = spawn_demo_app().await;
    let s = app.login_demo("lingyun-1").await;
    let id = uploaded_id(&app, &s.access_token, "image/jpeg", original).await;
    for (path, longest) in [
        (format!("/api/photos/{id}"), 1600),
        (format!("/api/photos/{id}/thumbnail"), 320),
    ] {
        let got = fetch(&app, Some(&s.access_token), &path).await;
        assert_eq!(got.status, 200, "{path}");
        assert!(!contains(&got.bytes, b"Exif"), "{path} carries EXIF");
        assert!(
            !contains(&got.bytes, &images::latitude_rationals()),
            "{path} carries GPS"
        );
        let img = image::load_from_memory_with_format(&got.bytes, image::ImageFormat::Jpeg)
            .expect("a JPEG");
        assert_eq!(
            (img.width(), img.height()),
            (longest, longest / 2),
            "{path}"
        );
    }
}
