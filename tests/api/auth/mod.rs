//! Authentication (SECURITY.md 1–5): login, throttling, tokens, sessions.
mod api_tokens;
mod forged_tokens;
mod lockout;
mod login;
mod passwords;
mod refresh;
mod revocation;
