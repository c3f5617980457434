//! The national division list and the demo grid.
//!
//! - [`import_divisions`]: `safegrid import-divisions <dir> [--under CODE]`,
//!   all of China (≈665k nodes) or one subtree, idempotent, streamed.
//! - [`load_demo_grid`]: 凤冈县 with groups and people, for `serve --demo`.
//! - [`village_display_name`]: 凌云村村民委员会 → 凌云村.
pub mod demo_grid;
mod demo_plan;
pub mod import;
mod names;
mod store;
pub(crate) mod synth;

pub use demo_grid::{load_demo_grid, DemoGrid};
pub use import::{import_divisions, ImportStats};
pub use names::village_display_name;
