//! Edit forms, each inline in the card it changes. Shown to editors only;
//! the server checks again.

mod account;
mod add_child;
mod appoint;
mod assign_villages;
mod dates;
mod demonstration;
mod duty_report;
mod edit_node;
mod end;
mod frame;
mod move_account;
mod person_fields;
mod replace;
mod reset_password;
mod token;

pub use account::{CreateAccountForm, SetPersonForm};
pub use add_child::AddChildForm;
pub use appoint::AppointForm;
pub use assign_villages::AssignVillagesForm;
pub use dates::DatesForm;
pub use demonstration::{set_label as demonstration_label, DemonstrationForm};
pub use duty_report::DutyReportForm;
pub use edit_node::EditNodeForm;
pub use end::EndForm;
pub use frame::FormFrame;
pub use move_account::MoveAccountForm;
pub use replace::ReplaceForm;
pub use reset_password::ResetPasswordForm;
pub use token::CreateTokenForm;

use yew::prelude::*;

use crate::api::ApiError;

/// The translated error for `field`, for a field's `error` prop.
fn field_error(error: &Option<ApiError>, field: &str) -> Option<AttrValue> {
    error
        .as_ref()
        .and_then(|e| e.field_message(field, &crate::i18n::I18n::stored()))
        .map(AttrValue::from)
}

/// A setter callback for a text state.
fn setter(handle: &UseStateHandle<String>) -> Callback<String> {
    let handle = handle.clone();
    Callback::from(move |v| handle.set(v))
}
