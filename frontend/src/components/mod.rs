//! Reusable parts shared by the pages.

mod badges;
mod breadcrumb;
mod field;
mod layout;
mod list_footer;
mod node_list;
mod node_picker;
mod status;

pub use badges::{FlagBadges, LevelBadge};
pub use breadcrumb::Breadcrumb;
pub use field::{input_value, CheckField, SelectField, TextField};
pub use layout::Layout;
pub use list_footer::ListFooter;
pub use node_list::NodeList;
pub use node_picker::NodePicker;
pub use status::{ErrorBanner, Loading};
