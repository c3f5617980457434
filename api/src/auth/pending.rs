//! What a signed-in account must do before it may use anything else
//! (等保 2.0): change a password someone else set, or turn on the second
//! factor its role requires. Until then its token opens only the fields
//! needed to do that; every other root field answers FORBIDDEN saying why
//! (`extensions.reason`). Enforced here, on the server, for every
//! operation, whatever the web app shows.
use crate::auth::role::Role;
use crate::config::Settings;
use crate::error::{AppError, Key};
use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextResolve, ResolveInfo,
};
use async_graphql::{ErrorExtensions, Pos, ServerError, ServerResult, Value};
use entity::account;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    Nothing,
    /// The password was set by someone else (created or reset).
    ChangePassword,
    /// The role must use TOTP and the account has not turned it on.
    EnrollTotp,
}

impl Pending {
    pub fn of(account: &account::Model, settings: &Settings) -> Pending {
        if account.must_change_password {
            return Pending::ChangePassword;
        }
        if totp_required(settings, account.role) && account.totp_enabled_at.is_none() {
            return Pending::EnrollTotp;
        }
        Pending::Nothing
    }

    /// Root fields a session in this state may use.
    fn allows(self, field: &str) -> bool {
        // Signing in again never widens a session: it is as pending as this one.
        const ALWAYS: [&str; 7] = [
            "me",
            "logout",
            "changePassword",
            "login",
            "loginSecondFactor",
            "refreshSession",
            "__typename",
        ];
        const ENROLL: [&str; 2] = ["beginTotpEnrollment", "confirmTotpEnrollment"];
        match self {
            Pending::Nothing => true,
            Pending::ChangePassword => ALWAYS.contains(&field),
            Pending::EnrollTotp => ALWAYS.contains(&field) || ENROLL.contains(&field),
        }
    }

    fn refusal(self) -> (&'static str, Key) {
        match self {
            Pending::ChangePassword => {
                ("PASSWORD_CHANGE_REQUIRED", Key::AuthPasswordChangeRequired)
            }
            _ => ("TOTP_ENROLLMENT_REQUIRED", Key::AuthTotpEnrollmentRequired),
        }
    }
}

pub fn totp_required(settings: &Settings, role: Role) -> bool {
    settings.require_totp.contains(&role)
}

/// The schema extension that enforces it (registered in `graphql.rs`).
pub struct PendingGuard;

impl ExtensionFactory for PendingGuard {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(PendingGuardExtension)
    }
}

struct PendingGuardExtension;

#[async_graphql::async_trait::async_trait]
impl Extension for PendingGuardExtension {
    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        if info.path_node.parent.is_none() && !info.is_for_introspection {
            // A caller with a scope but no verdict is refused: fail closed.
            let pending = match ctx.data_opt::<crate::scope::Scope>() {
                None => Pending::Nothing,
                Some(_) => ctx
                    .data_opt::<Pending>()
                    .copied()
                    .unwrap_or(Pending::ChangePassword),
            };
            if !pending.allows(info.name) {
                let (reason, key) = pending.refusal();
                return Err(refused(reason, key));
            }
        }
        next.run(ctx, info).await
    }
}

/// FORBIDDEN with its key (localized like every error) and the `reason`
/// a client switches on to open the right page.
fn refused(reason: &'static str, key: Key) -> ServerError {
    async_graphql::Error::new_with_source(AppError::forbidden(key))
        .extend_with(|_, e| e.set("reason", reason))
        .into_server_error(Pos::default())
}
