//! Reusable parts shared by the pages.

mod auth_image;
mod badges;
mod breadcrumb;
mod field;
mod layout;
mod list_footer;
mod location_field;
mod node_list;
mod node_picker;
mod outbox_badge;
mod photo_input;
mod status;

pub use auth_image::AuthImage;
pub use badges::{FlagBadges, LevelBadge};
pub use breadcrumb::Breadcrumb;
pub use field::{input_value, CheckField, SelectField, TextField};
pub use layout::Layout;
pub use list_footer::ListFooter;
pub use location_field::LocationField;
pub use node_list::NodeList;
pub use node_picker::NodePicker;
pub use outbox_badge::OutboxBadge;
pub use photo_input::{release, PhotoInput, PhotoPick};
pub use status::{ErrorBanner, Loading};
