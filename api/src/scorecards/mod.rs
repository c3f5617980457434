//! The township scorecard (乡镇考核表, 附件1): the county's template as
//! data (`template`, edited in `template_edit`), the records each rule
//! reads for all townships at once (`facts`, `assessed`), the rules (`rules`), a
//! township's card (`card`), the county office's entries (`entries`), the
//! lock and ranking (`lock`), the scoped reads (`service`) and GraphQL
//! (`schema`).
pub mod assessed;
pub mod card;
pub mod entries;
pub mod facts;
pub mod lock;
pub mod rules;
pub mod schema;
pub mod service;
pub mod template;
pub mod template_edit;

pub use card::Card;
