//! Who the caller is: a `Scope` can only be made by `auth::actor` from a
//! verified token and the account as it is in the database now. What the
//! caller may do with it is decided in one place, `authz`; the checks here
//! are that decision's building blocks (the subtree, the role table).
//! What lies outside the caller's subtree is `NOT_FOUND`, exactly like a
//! missing id, so the existence of other grids does not leak.
use crate::auth::role::Role;
use crate::error::{AppError, AppResult};
use crate::grid::code::{CodeRange, GridCode};
use uuid::Uuid;

use crate::authz::rules_for_scope::{allows, may_grant};
pub use crate::authz::Permission;

#[derive(Clone, Debug)]
pub struct Scope {
    account_id: Uuid,
    /// The person the account belongs to (dashboard tokens have none).
    person_id: Option<Uuid>,
    username: String,
    role: Role,
    node_id: Uuid,
    root: GridCode,
    session_family: Uuid,
}

impl Scope {
    /// Only `auth::actor` calls this, after verifying the token and reading
    /// the account from the database.
    pub(crate) fn from_verified_account(
        account_id: Uuid,
        person_id: Option<Uuid>,
        username: String,
        role: Role,
        node_id: Uuid,
        root: GridCode,
        session_family: Uuid,
    ) -> Self {
        Self {
            account_id,
            person_id,
            username,
            role,
            node_id,
            root,
            session_family,
        }
    }

    pub fn account_id(&self) -> Uuid {
        self.account_id
    }
    /// The caller's person, for separation of duties by person.
    pub fn person_id(&self) -> Option<Uuid> {
        self.person_id
    }
    pub fn username(&self) -> &str {
        &self.username
    }
    pub fn role(&self) -> Role {
        self.role
    }
    pub fn node_id(&self) -> Uuid {
        self.node_id
    }
    pub fn root(&self) -> GridCode {
        self.root
    }
    pub fn session_family(&self) -> Uuid {
        self.session_family
    }
    pub fn range(&self) -> CodeRange {
        self.root.subtree()
    }

    pub fn can(&self, permission: Permission) -> bool {
        allows(self.role, permission)
    }

    /// FORBIDDEN when the role may not do this kind of write at all.
    pub fn require(&self, permission: Permission) -> AppResult<()> {
        if self.can(permission) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// NOT_FOUND unless `code` is in the subtree.
    pub fn check_visible(&self, code: i64) -> AppResult<()> {
        if self.range().contains(code) {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    /// A write to a record at `code`: inside the subtree and allowed.
    pub fn check_write(&self, code: i64, permission: Permission) -> AppResult<()> {
        self.check_visible(code)?;
        self.require(permission)
    }

    /// Writes about a node (creating or renaming it, appointing someone to
    /// it) may not touch the caller's own node, except by an administrator:
    /// the township appoints the village officer, not the officer themself.
    pub fn check_write_below(&self, target: GridCode, permission: Permission) -> AppResult<()> {
        self.check_write(target.code, permission)?;
        if target.code == self.root.code && self.role != Role::Admin {
            return Err(AppError::Forbidden);
        }
        Ok(())
    }

    /// Accounts: allowed role, target node in the subtree, no escalation.
    pub fn check_grant(&self, node_code: i64, granted: Role) -> AppResult<()> {
        self.check_write(node_code, Permission::ManageAccounts)?;
        if may_grant(self.role, granted) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// The narrower of the caller's subtree and a requested one (`under`).
    pub fn narrow(&self, under: Option<GridCode>) -> AppResult<CodeRange> {
        match under {
            None => Ok(self.range()),
            Some(node) => {
                self.check_visible(node.code)?;
                self.range()
                    .intersect(&node.subtree())
                    .ok_or(AppError::NotFound)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::code::Level;

    fn scope(role: Role, code: i64, level: Level) -> Scope {
        Scope::from_verified_account(
            Uuid::nil(),
            None,
            "t".into(),
            role,
            Uuid::nil(),
            GridCode::new(code, level),
            Uuid::nil(),
        )
    }

    #[test]
    fn a_viewer_may_read_below_but_never_write() {
        let s = scope(Role::Viewer, 520_300_000_000_000, Level::City);
        assert!(s.check_visible(520_327_002_204_001).is_ok());
        assert!(matches!(
            s.check_write(520_327_002_204_001, Permission::EditGrid),
            Err(AppError::Forbidden)
        ));
    }

    #[test]
    fn outside_the_subtree_is_not_found_before_forbidden() {
        let s = scope(Role::Viewer, 520_327_002_000_000, Level::Township);
        assert!(matches!(
            s.check_write(520_327_001_001_000, Permission::EditGrid),
            Err(AppError::NotFound)
        ));
    }

    #[test]
    fn a_leader_cannot_create_administrators() {
        let s = scope(Role::Leader, 520_327_002_000_000, Level::Township);
        assert!(s
            .check_grant(520_327_002_204_000, Role::VillageOfficer)
            .is_ok());
        assert!(matches!(
            s.check_grant(520_327_002_204_000, Role::Admin),
            Err(AppError::Forbidden)
        ));
    }

    #[test]
    fn a_village_officer_edits_groups_but_not_its_own_village() {
        let s = scope(Role::VillageOfficer, 520_327_002_204_000, Level::Village);
        assert!(s
            .check_write_below(
                GridCode::new(520_327_002_204_001, Level::Group),
                Permission::EditGrid
            )
            .is_ok());
        assert!(s
            .check_write_below(
                GridCode::new(520_327_002_204_000, Level::Village),
                Permission::EditGrid
            )
            .is_err());
    }
}
