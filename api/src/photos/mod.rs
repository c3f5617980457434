//! Photos as evidence: upload (`http::photos`), storage by content hash,
//! attaching to field records, and serving to those whose scope covers them.
pub mod attach;
pub mod derive;
pub mod exif_facts;
pub mod rejection;
pub mod schema;
pub mod service;
pub mod sniff;
pub mod store;

pub use attach::{attach, for_owners, PhotoOwner};
pub use schema::Photo;
