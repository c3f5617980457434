//! One file (or folder) per screen.

mod accounts;
mod forms;
mod login;
mod node;
mod not_found;
mod password;
mod search;

pub use accounts::AccountsPage;
pub use login::LoginPage;
pub use node::NodePage;
pub use not_found::NotFound;
pub use password::PasswordPage;
pub use search::SearchPage;
