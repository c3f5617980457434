//! Integrity signals (诚信预警): the notice forbids inventing officers and
//! diverting their subsidies (严禁虚报安全员名单和套取、挪用补贴), and this is how
//! the county office looks for both. A scan (`scan/`, one pure function per
//! kind of signal over the subtree's records, read by `load`) finds what
//! looks wrong; `store` keeps each finding once, by its fingerprint, so a
//! dismissed signal stays dismissed when found again; the county dismisses
//! one with a reason (`dismiss`). Nothing is deleted; everything is audited.
//!
//! When it runs: on the county's request (`scanIntegrity(under)`), from
//! the command line (`safegrid scan-integrity`), and once when the demo is
//! loaded. It reads a subtree's records from the start of last year in a
//! fixed number of statements (`load`).
pub mod cli;
pub mod dismiss;
pub mod load;
pub mod place;
pub mod queries;
pub mod run;
pub mod scan;
pub mod schema;
pub mod store;
