//! The one authorization mechanism. A `Scope` can only be made by
//! `auth::actor` from a verified token and the account as it is in the
//! database now; every read and write of grid data goes through it.
//! What lies outside the caller's subtree is `NOT_FOUND`, exactly like a
//! missing id, so the existence of other grids does not leak.
use crate::auth::role::Role;
use crate::error::{AppError, AppResult};
use crate::grid::code::{CodeRange, GridCode};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PrimaryKeyTrait, QueryFilter};
use uuid::Uuid;

/// Kinds of writes. Reads need no permission beyond the subtree.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Create child nodes, edit node names and flags.
    EditGrid,
    /// Persons and appointments.
    ManagePeople,
    /// Login accounts.
    ManageAccounts,
    /// Personal data in full: ID numbers.
    SeeIdNumbers,
    /// Phone numbers in full.
    SeePhones,
    /// Record inspections, report hazards and move them along.
    FieldWork,
}

/// The permission table: role × permission. Anything not listed is denied.
fn allows(role: Role, permission: Permission) -> bool {
    use Permission::*;
    match role {
        Role::Admin => true,
        Role::Leader => true,
        Role::VillageOfficer => {
            matches!(permission, EditGrid | ManagePeople | SeePhones | FieldWork)
        }
        Role::GroupLiaison => matches!(permission, SeePhones | FieldWork),
        Role::Viewer => false,
    }
}

/// Which roles an account of `role` may hand out (never more than its own).
fn may_grant(role: Role, granted: Role) -> bool {
    match role {
        Role::Admin => true,
        Role::Leader => !matches!(granted, Role::Admin),
        _ => false,
    }
}

#[derive(Clone, Debug)]
pub struct Scope {
    account_id: Uuid,
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
        username: String,
        role: Role,
        node_id: Uuid,
        root: GridCode,
        session_family: Uuid,
    ) -> Self {
        Self {
            account_id,
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

    /// The subtree as a filter on any table's grid-code column.
    pub fn condition<C: ColumnTrait>(&self, column: C) -> Condition {
        let r = self.range();
        Condition::all().add(column.between(r.lo, r.hi))
    }

    /// A record by id if its grid code lies in the subtree; NOT_FOUND
    /// otherwise, exactly as for an id that does not exist.
    pub async fn find_by_id<E>(
        &self,
        db: &impl ConnectionTrait,
        id: Uuid,
        code_column: E::Column,
    ) -> AppResult<E::Model>
    where
        E: EntityTrait,
        E::PrimaryKey: PrimaryKeyTrait<ValueType = Uuid>,
    {
        E::find_by_id(id)
            .filter(self.condition(code_column))
            .one(db)
            .await?
            .ok_or(AppError::NotFound)
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
