//! Authentication (SECURITY.md 1–7): login, throttling, the account lock,
//! tokens, sessions and their limits, first-login password changes, TOTP.
mod api_token_creators;
mod api_tokens;
mod first_login;
mod forged_tokens;
mod lockout;
mod login;
mod passwords;
mod refresh;
mod revocation;
mod session_limits;
mod totp;
