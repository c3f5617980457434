//! Photos as evidence: upload (`http::photos`), storage by content hash,
//! attaching to field records, and serving to those whose scope covers them.
pub mod attach;

pub use attach::{attach, for_owners, PhotoOwner};
