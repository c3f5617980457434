//! What `POST /api/photos` accepts and what it refuses, with which code.
use super::images;
use super::{upload, uploaded_id};
use crate::helpers::{spawn_demo_app, spawn_demo_app_with, Answer, Session, TestApp};
use entity::{audit_log, photo};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn assert_refused(answer: &Answer, status: u16, reason: &str) {
    assert_eq!(answer.status, status, "{}", answer.text);
    assert_eq!(answer.body["code"], "BAD_USER_INPUT", "{}", answer.text);
    assert_eq!(answer.body["reason"], reason, "{}", answer.text);
    assert!(answer.body["message"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));
}

async fn photo_rows(app: &TestApp) -> u64 {
    photo::Entity::find().count(&app.state.db).await.unwrap()
}

async fn liaison(app: &TestApp) -> Session {
    app.login_demo("lingyun-1").await
}

#[tokio::test]
async fn a_jpeg_a_png_and_a_webp_are_accepted_with_their_size_and_type() {
    let app = spawn_demo_app().await;
    let s = liaison(&app).await;
    for (mime, bytes) in [
        ("image/jpeg", images::jpeg(64, 48)),
        ("image/png", images::png(64, 48)),
        ("image/webp", images::webp(64, 48)),
    ] {
        let size = bytes.len();
        let answer = upload(&app, Some(&s.access_token), mime, bytes).await;
        assert_eq!(answer.status, 201, "{mime}: {}", answer.text);
        assert_eq!(answer.body["mime"], mime);
        assert_eq!(answer.body["width"], 64);
        assert_eq!(answer.body["height"], 48);
        assert_eq!(answer.body["byteSize"], size);
        assert_eq!(answer.header("cache-control"), Some("no-store"));
    }
    assert_eq!(photo_rows(&app).await, 3);
}

#[tokio::test]
async fn the_original_is_kept_by_its_hash_and_the_upload_is_audited() {
    let app = spawn_demo_app().await;
    let s = liaison(&app).await;
    let bytes = images::jpeg_with_gps(80, 60);
    let id = uploaded_id(&app, &s.access_token, "image/jpeg", bytes.clone()).await;
    let row = photo::Entity::find_by_id(uuid::Uuid::parse_str(&id).unwrap())
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the row");
    let dir = app
        .state
        .settings
        .data_dir
        .join("photos")
        .join(&row.sha256[..2]);
    assert_eq!(std::fs::read(dir.join(&row.sha256)).unwrap(), bytes);
    for derived in ["display", "thumb"] {
        assert!(dir.join(format!("{}.{derived}.jpg", row.sha256)).is_file());
    }
    let audited = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("upload"))
        .filter(audit_log::Column::Entity.eq("photo"))
        .filter(audit_log::Column::EntityId.eq(id.clone()))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn exif_position_and_time_are_kept_in_the_row() {
    let app = spawn_demo_app().await;
    let s = liaison(&app).await;
    let id = uploaded_id(
        &app,
        &s.access_token,
        "image/jpeg",
        images::jpeg_with_gps(80, 60),
    )
    .await;
    let row = photo::Entity::find_by_id(uuid::Uuid::parse_str(&id).unwrap())
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the row");
    assert!((row.exif_latitude.unwrap() - images::LATITUDE).abs() < 1e-6);
    assert!((row.exif_longitude.unwrap() - images::LONGITUDE).abs() < 1e-6);
    assert_eq!(row.exif_taken_at.as_deref(), Some("2026-11-29T10:30:05"));
    let plain = uploaded_id(&app, &s.access_token, "image/jpeg", images::jpeg(80, 60)).await;
    let row = photo::Entity::find_by_id(uuid::Uuid::parse_str(&plain).unwrap())
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the row");
    assert_eq!((row.exif_latitude, row.exif_taken_at), (None, None));
}

#[tokio::test]
async fn a_gif_or_a_pdf_is_an_unsupported_type() {
    let app = spawn_demo_app().await;
    let s = liaison(&app).await;
    for (mime, bytes) in [
        ("image/gif", images::gif()),
        ("application/pdf", images::pdf()),
    ] {
        let answer = upload(&app, Some(&s.access_token), mime, bytes).await;
        assert_refused(&answer, 415, "UNSUPPORTED_TYPE");
    }
    let no_type = app
        .http
        .post(app.url("/api/photos"))
        .bearer_auth(&s.access_token)
        .body(images::jpeg(8, 8))
        .send()
        .await
        .unwrap();
    assert_refused(
        &crate::helpers::graphql::answer(no_type).await,
        415,
        "UNSUPPORTED_TYPE",
    );
    assert_eq!(photo_rows(&app).await, 0);
}

#[tokio::test]
async fn a_file_that_lies_about_its_type_is_refused() {
    let app = spawn_demo_app().await;
    let s = liaison(&app).await;
    let t = Some(s.access_token.as_str());
    assert_refused(
        &upload(&app, t, "image/jpeg", images::png(16, 16)).await,
        400,
        "TYPE_MISMATCH",
    );
    assert_refused(
        &upload(&app, t, "image/png", images::webp(16, 16)).await,
        400,
        "TYPE_MISMATCH",
    );
    // Not an image at all, whatever it claims to be.
    let text = b"I am a text file, honestly a JPEG".to_vec();
    assert_refused(
        &upload(&app, t, "image/jpeg", text).await,
        415,
        "UNSUPPORTED_TYPE",
    );
    assert_refused(
        &upload(&app, t, "image/jpeg", images::gif()).await,
        415,
        "UNSUPPORTED_TYPE",
    );
    assert_eq!(photo_rows(&app).await, 0);
}

#[tokio::test]
async fn a_corrupt_jpeg_is_unreadable() {
    let app = spawn_demo_app().await;
    let s = liaison(&app).await;
    let answer = upload(
        &app,
        Some(&s.access_token),
        "image/jpeg",
        images::corrupt_jpeg(),
    )
    .await;
    assert_refused(&answer, 400, "UNREADABLE");
    assert_eq!(photo_rows(&app).await, 0);
    assert!(!app.state.settings.data_dir.join("photos").exists());
}

#[tokio::test]
async fn a_header_declaring_gigapixels_is_refused_without_decoding() {
    let app = spawn_demo_app().await;
    let s = liaison(&app).await;
    let answer = upload(
        &app,
        Some(&s.access_token),
        "image/jpeg",
        images::jpeg_bomb(),
    )
    .await;
    assert_refused(&answer, 413, "TOO_LARGE");
}

#[tokio::test]
async fn a_photo_over_the_configured_cap_is_too_large() {
    let app = spawn_demo_app_with(|s| s.field.max_photo_bytes = 4_000).await;
    let s = liaison(&app).await;
    let big = images::png(200, 200);
    assert!(big.len() > 4_000);
    let answer = upload(&app, Some(&s.access_token), "image/png", big).await;
    assert_refused(&answer, 413, "TOO_LARGE");
    let small = images::jpeg(16, 16);
    assert!(small.len() <= 4_000);
    assert_eq!(
        upload(&app, Some(&s.access_token), "image/jpeg", small)
            .await
            .status,
        201
    );
}

/// A chunked body announces no length; it is cut off once past the cap.
#[tokio::test]
async fn a_chunked_body_past_the_cap_is_too_large() {
    let app = spawn_demo_app_with(|s| s.field.max_photo_bytes = 4_000).await;
    let s = liaison(&app).await;
    let address = app.address.trim_start_matches("http://").to_string();
    let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    let head = format!(
        "POST /api/photos HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {}\r\n\
         Content-Type: image/png\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        s.access_token
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let body = images::png(200, 200);
    for chunk in body.chunks(1_000) {
        let framed = [format!("{:x}\r\n", chunk.len()).as_bytes(), chunk, b"\r\n"].concat();
        if stream.write_all(&framed).await.is_err() {
            break; // the server may stop reading once it has refused
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply).await;
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 413"), "{reply}");
    assert!(reply.contains("TOO_LARGE"), "{reply}");
    assert_eq!(photo_rows(&app).await, 0);
}

#[tokio::test]
async fn without_a_token_the_answer_is_unauthenticated() {
    let app = spawn_demo_app().await;
    let answer = upload(&app, None, "image/jpeg", images::jpeg(8, 8)).await;
    assert_eq!(answer.status, 401);
    assert_eq!(answer.body["code"], "UNAUTHENTICATED");
    let forged = upload(
        &app,
        Some("eyJhbGciOiJub25lIn0.e30."),
        "image/jpeg",
        images::jpeg(8, 8),
    )
    .await;
    assert_eq!(forged.status, 401);
    assert_eq!(forged.body["code"], "UNAUTHENTICATED");
}

#[tokio::test]
async fn a_dashboard_token_or_a_viewer_may_not_upload() {
    let app = spawn_demo_app().await;
    let heba = app.login_demo("heba").await;
    let created = app
        .query(
            &heba.access_token,
            "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }",
            json!({ "input": { "name": "何坝大屏", "nodeId": heba.node_id } }),
        )
        .await;
    let token = created.data()["createApiToken"]["token"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(token.starts_with("sgt_"));
    let answer = upload(&app, Some(&token), "image/jpeg", images::jpeg(8, 8)).await;
    assert_eq!(answer.status, 403, "{}", answer.text);
    assert_eq!(answer.body["code"], "FORBIDDEN");
    let viewer = app.login_demo("zunyi").await;
    let answer = upload(
        &app,
        Some(&viewer.access_token),
        "image/jpeg",
        images::jpeg(8, 8),
    )
    .await;
    assert_eq!(answer.status, 403);
    assert_eq!(answer.body["code"], "FORBIDDEN");
    assert_eq!(photo_rows(&app).await, 0);
}

#[tokio::test]
async fn a_retry_of_the_same_bytes_gives_the_same_photo() {
    let app = spawn_demo_app().await;
    let s = liaison(&app).await;
    let bytes = images::jpeg(40, 30);
    let first = uploaded_id(&app, &s.access_token, "image/jpeg", bytes.clone()).await;
    let again = upload(&app, Some(&s.access_token), "image/jpeg", bytes.clone()).await;
    assert_eq!(again.status, 200, "{}", again.text);
    assert_eq!(again.body["id"], first.as_str());
    // Someone else's identical bytes are their own photo.
    let officer = app.login_demo("lingyun").await;
    let theirs = uploaded_id(&app, &officer.access_token, "image/jpeg", bytes).await;
    assert_ne!(theirs, first);
    assert_eq!(photo_rows(&app).await, 2);
}

#[tokio::test]
async fn five_concurrent_retries_make_one_photo() {
    let app = spawn_demo_app().await;
    let s = liaison(&app).await;
    let bytes = images::jpeg(120, 90);
    let sends = (0..5).map(|_| upload(&app, Some(&s.access_token), "image/jpeg", bytes.clone()));
    let answers = futures_util::future::join_all(sends).await;
    let ids: std::collections::BTreeSet<_> = answers
        .iter()
        .map(|a| {
            assert!(a.status == 201 || a.status == 200, "{}", a.text);
            a.body["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_eq!(answers.iter().filter(|a| a.status == 201).count(), 1);
    assert_eq!(photo_rows(&app).await, 1);
}

#[tokio::test]
async fn one_address_sending_too_fast_is_told_to_slow_down() {
    // The same per-address bucket as /graphql (the login takes one).
    let app = spawn_demo_app_with(|s| s.requests_per_minute_per_ip = 4).await;
    let s = liaison(&app).await;
    let mut statuses = Vec::new();
    for _ in 0..4 {
        let answer = upload(
            &app,
            Some(&s.access_token),
            "image/jpeg",
            images::jpeg(8, 8),
        )
        .await;
        statuses.push(answer.status.as_u16());
        if answer.status == 429 {
            assert_eq!(answer.body["code"], "RATE_LIMITED");
        }
    }
    assert_eq!(statuses, [201, 200, 200, 429]);
    let got = super::fetch(&app, Some(&s.access_token), "/api/photos/x").await;
    assert_eq!(got.status, 429);
}
