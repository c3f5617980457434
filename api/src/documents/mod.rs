//! Documents as evidence (领导小组成立文件, 实施方案, 管理制度, …): uploaded as
//! PDF or image (`http::documents`), typed by their bytes, stored by
//! content hash beside the photos, served only inside the caller's subtree,
//! never deleted, and superseded by a newer version that names them.
//! Their kinds are data (`document_kinds`).
pub mod file_type;
pub mod kinds;
pub mod schema;
pub mod service;

pub use schema::Document;
