//! Login, session refresh, logout, password change, and `me`.
use crate::auth::role::Role;
use crate::auth::service::{self, LoggedIn};
use crate::context::{request, scope, state};
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
    /// What the caller may do at their own node (the field screen offers
    /// only these). Answered with the session being made, so it also works
    /// in the `login` and `refreshSession` payloads.
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        let node = grid::find(&state(ctx)?.db, &self.0, self.0.node_id()).await?;
        Ok(crate::authz::allowed_actions(&self.0, &node))
    }
}

/// A signed-in session.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// The bearer token for `Authorization: Bearer …` (short-lived; renew with `refreshSession`).
    pub access_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Also set as an httpOnly cookie for the web app.
    pub refresh_token: String,
    /// Who signed in.
    pub me: Me,
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
        access_token: logged_in.access_token,
        expires_in: logged_in.expires_in,
        refresh_token: logged_in.refresh_token,
        me: Me(logged_in.scope),
    })
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
    /// Returns a 15-minute access token and a refresh token.
    async fn login(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's username.")] username: String,
        #[graphql(desc = "The account's password.")] password: String,
    ) -> GqlResult<AuthPayload> {
        claim_credential_field(ctx)?;
        let logged_in = service::login(state(ctx)?, request(ctx)?, &username, &password).await?;
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

    /// Ends every session of the account; log in again afterwards.
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
}
