//! One file (or folder) per screen.

mod accounts;
mod forms;
mod login;
mod node;
mod not_found;
mod password;
mod roster;
mod search;
mod tokens;

pub use accounts::AccountsPage;
pub use login::LoginPage;
pub use node::NodePage;
pub use not_found::NotFound;
pub use password::PasswordPage;
pub use roster::RosterPage;
pub use search::SearchPage;
pub use tokens::TokensPage;
