//! Login, session refresh, logout, password change, and `me`.
use crate::auth::pending::{totp_required, Pending};
use crate::auth::role::Role;
use crate::auth::second_factor;
use crate::auth::service::{self, LoggedIn, LoginOutcome};
use crate::context::{all, request, scope, state};
use crate::error::{AppError, GqlResult, Key};
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::ids;
use crate::scope::{Permission, Scope};
use async_graphql::{Context, Object, SimpleObject, ID};

pub const REFRESH_COOKIE: &str = "sg_refresh";

/// The caller, as the web app needs to know them.
pub struct Me(Scope);

/// The signed-in caller.
#[Object]
impl Me {
    /// The caller's account id.
    async fn id(&self) -> ID {
        ids::to_id(self.0.account_id())
    }
    /// The caller's username.
    async fn username(&self) -> &str {
        self.0.username()
    }
    /// The caller's role.
    async fn role(&self) -> Role {
        self.0.role()
    }
    /// The caller's node: the top of what they may see.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(
            grid::find(&state(ctx)?.db, &self.0, self.0.node_id()).await?,
        ))
    }
    /// May change the grid and appoint people below their node.
    async fn can_edit(&self) -> bool {
        self.0.can(Permission::EditGrid) || self.0.can(Permission::ManagePeople)
    }
    /// May create and manage accounts and dashboard tokens.
    async fn can_manage_accounts(&self) -> bool {
        self.0.can(Permission::ManageAccounts)
    }
    /// The password was set by someone else and must be changed first.
    async fn must_change_password(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        Ok(self
            .account(ctx)
            .await?
            .is_some_and(|a| a.must_change_password))
    }
    /// The TOTP second factor is on.
    async fn totp_enabled(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        Ok(self
            .account(ctx)
            .await?
            .is_some_and(|a| a.totp_enabled_at.is_some()))
    }
    /// Configuration requires TOTP of this role (it cannot be turned off).
    async fn totp_required(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        Ok(totp_required(&state(ctx)?.settings, self.0.role()))
    }
    /// What the caller may do at their own node (the field screen offers
    /// only these). Answered with the session being made, so it also works
    /// in the `login` and `refreshSession` payloads.
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        let node = grid::find(&state(ctx)?.db, &self.0, self.0.node_id()).await?;
        Ok(crate::authz::allowed_actions(&self.0, &node))
    }
}

impl Me {
    /// The account row (none for a dashboard token).
    async fn account(&self, ctx: &Context<'_>) -> GqlResult<Option<entity::account::Model>> {
        use sea_orm::EntityTrait;
        Ok(entity::account::Entity::find_by_id(self.0.account_id())
            .one(&state(ctx)?.db)
            .await
            .map_err(AppError::from)?)
    }
}

/// The answer to a login step. With a session, the tokens and `me` are
/// set; when the account uses TOTP, `login` answers only
/// `secondFactorRequired` and a `secondFactorToken` for `loginSecondFactor`.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// The bearer token for `Authorization: Bearer …` (short-lived; renew
    /// with `refreshSession`). Null while the second factor is still to be
    /// given.
    pub access_token: Option<String>,
    /// Seconds until the access token expires.
    pub expires_in: Option<i64>,
    /// Also set as an httpOnly cookie for the web app.
    pub refresh_token: Option<String>,
    /// Who signed in (null while the second factor is still to be given).
    pub me: Option<Me>,
    /// The password was set by someone else: this session may only change
    /// it (`changePassword`), read `me` and `logout` until it does.
    pub must_change_password: bool,
    /// The account's role must use TOTP and it is not on yet: this session
    /// may only turn it on (`beginTotpEnrollment`, `confirmTotpEnrollment`),
    /// change the password, read `me` and `logout`.
    pub totp_enrollment_required: bool,
    /// The password was right; send an authenticator or recovery code with
    /// `secondFactorToken` to `loginSecondFactor`.
    pub second_factor_required: bool,
    /// Works once, for five minutes.
    pub second_factor_token: Option<String>,
}

fn payload(ctx: &Context<'_>, logged_in: LoggedIn) -> GqlResult<AuthPayload> {
    let st = state(ctx)?;
    let secure = if st.settings.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let max_age = st.settings.session_absolute_hours * 3600;
    ctx.append_http_header(
        "Set-Cookie",
        format!(
            "{REFRESH_COOKIE}={}; Path=/graphql; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}",
            logged_in.refresh_token
        ),
    );
    Ok(AuthPayload {
        access_token: Some(logged_in.access_token),
        expires_in: Some(logged_in.expires_in),
        refresh_token: Some(logged_in.refresh_token),
        me: Some(Me(logged_in.scope)),
        must_change_password: logged_in.pending == Pending::ChangePassword,
        totp_enrollment_required: logged_in.pending == Pending::EnrollTotp,
        second_factor_required: false,
        second_factor_token: None,
    })
}

fn challenge_payload(challenge: String) -> AuthPayload {
    AuthPayload {
        access_token: None,
        expires_in: None,
        refresh_token: None,
        me: None,
        must_change_password: false,
        totp_enrollment_required: false,
        second_factor_required: true,
        second_factor_token: Some(challenge),
    }
}

/// A new TOTP secret, pending until `confirmTotpEnrollment`.
#[derive(SimpleObject)]
pub struct TotpEnrollment {
    /// Base32, for typing into an authenticator app.
    pub secret: String,
    /// `otpauth://totp/…`, for a QR code or a link.
    pub otpauth_uri: String,
}

fn clear_cookie(ctx: &Context<'_>) {
    ctx.append_http_header(
        "Set-Cookie",
        format!("{REFRESH_COOKIE}=; Path=/graphql; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
}

/// One credential check per request: aliases cannot multiply guesses.
fn claim_credential_field(ctx: &Context<'_>) -> GqlResult<()> {
    if request(ctx)?.claim_credential_field() {
        Ok(())
    } else {
        Err(AppError::rate_limited(Key::AuthOneLoginPerRequest).into())
    }
}

#[derive(Default)]
pub struct AuthQuery;

#[Object]
impl AuthQuery {
    /// The signed-in caller.
    async fn me(&self, ctx: &Context<'_>) -> GqlResult<Me> {
        Ok(Me(scope(ctx)?.clone()))
    }
}

#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Returns a 15-minute access token and a refresh token, or, when the
    /// account uses TOTP, `secondFactorRequired` and a token for
    /// `loginSecondFactor`. A locked account answers exactly like a wrong
    /// password.
    async fn login(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's username.")] username: String,
        #[graphql(desc = "The account's password.")] password: String,
    ) -> GqlResult<AuthPayload> {
        claim_credential_field(ctx)?;
        match service::login(state(ctx)?, request(ctx)?, &username, &password).await? {
            LoginOutcome::Session(logged_in) => payload(ctx, *logged_in),
            LoginOutcome::SecondFactor { challenge } => Ok(challenge_payload(challenge)),
        }
    }

    /// The second login step: the token `login` gave and a 6-digit code
    /// from the authenticator app, or one of the recovery codes (each works
    /// once). Wrong codes count toward the account lock.
    async fn login_second_factor(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "The `secondFactorToken` that `login` answered (valid for five minutes)."
        )]
        second_factor_token: String,
        #[graphql(desc = "The 6-digit code from the authenticator app, or a recovery code.")]
        code: String,
    ) -> GqlResult<AuthPayload> {
        claim_credential_field(ctx)?;
        let logged_in =
            service::complete_login(state(ctx)?, request(ctx)?, &second_factor_token, &code)
                .await?;
        payload(ctx, logged_in)
    }

    /// Exchanges a refresh token (argument, or the web app's cookie) for new
    /// tokens. Each refresh token works once.
    async fn refresh_session(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The refresh token, when not sent as the HttpOnly cookie.")] refresh_token: Option<String>,
    ) -> GqlResult<AuthPayload> {
        claim_credential_field(ctx)?;
        let req = request(ctx)?;
        let token = refresh_token
            .or_else(|| req.refresh_cookie.clone())
            .ok_or(AppError::Unauthenticated)?;
        match service::refresh(state(ctx)?, &token).await {
            Ok(logged_in) => payload(ctx, logged_in),
            Err(e) => {
                clear_cookie(ctx);
                Err(e.into())
            }
        }
    }

    /// Ends this session (every token of its family).
    async fn logout(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        service::logout(state(ctx)?, scope(ctx)?).await?;
        clear_cookie(ctx);
        Ok(true)
    }

    /// Ends every session of the account; log in again afterwards. A wrong
    /// current password counts toward the account lock.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The password in use now.")] current_password: String,
        #[graphql(desc = "The new password (8–128 characters, three kinds of character).")]
        new_password: String,
    ) -> GqlResult<bool> {
        claim_credential_field(ctx)?;
        service::change_password(
            state(ctx)?,
            request(ctx)?,
            scope(ctx)?,
            &current_password,
            &new_password,
        )
        .await?;
        clear_cookie(ctx);
        Ok(true)
    }

    /// Starts turning on the TOTP second factor: a new secret to put into an
    /// authenticator app. Nothing changes at login until it is confirmed.
    async fn begin_totp_enrollment(&self, ctx: &Context<'_>) -> GqlResult<TotpEnrollment> {
        let e = second_factor::begin(state(ctx)?, scope(ctx)?).await?;
        Ok(TotpEnrollment {
            secret: e.secret,
            otpauth_uri: e.otpauth_uri,
        })
    }

    /// Confirms with a first code from the app and turns TOTP on. Answers
    /// the recovery codes, shown only now: each works once instead of a code.
    async fn confirm_totp_enrollment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The 6-digit code the authenticator app shows for the new secret.")]
        code: String,
    ) -> GqlResult<Vec<String>> {
        let (st, req, sc) = all(ctx)?;
        Ok(second_factor::confirm(st, req, sc, &code).await?)
    }

    /// Turns TOTP off, with the password and a code (both count toward the
    /// account lock). Not for a role that configuration requires it of.
    async fn disable_totp(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The password in use now.")] current_password: String,
        #[graphql(desc = "A 6-digit code from the authenticator app, or a recovery code.")]
        code: String,
    ) -> GqlResult<bool> {
        claim_credential_field(ctx)?;
        let (st, req, sc) = all(ctx)?;
        second_factor::disable(st, req, sc, &current_password, &code).await?;
        Ok(true)
    }
}
