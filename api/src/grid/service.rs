//! Reading and changing grid nodes, always through the caller's `Scope`.
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action, Authorized};
use crate::error::{AppError, AppResult, Key as ErrorKey};
use crate::grid::code::{CodeRange, GridCode, Level};
use crate::pagination::{self, Key, Page};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use crate::versioned;
use entity::grid_node;
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

pub fn grid_code(node: &grid_node::Model) -> AppResult<GridCode> {
    let level = Level::from_number(node.level).ok_or_else(|| {
        AppError::internal(anyhow::anyhow!("node {} has level {}", node.id, node.level))
    })?;
    Ok(GridCode::new(node.code, level))
}

/// A node by id, or NOT_FOUND if it is missing or outside the scope.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<Authorized<grid_node::Model>> {
    crate::authz::find::<grid_node::Entity>(db, scope, id, grid_node::Column::Code).await
}

/// The caller's subtree, narrowed to the subtree of `under` when given
/// (NOT_FOUND when that node is not the caller's to see).
pub async fn range_under(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: Option<Uuid>,
) -> AppResult<CodeRange> {
    let under = match under {
        Some(id) => Some(grid_code(&*find(db, scope, id).await?)?),
        None => None,
    };
    scope.narrow(under)
}

#[derive(Default)]
pub struct NodeFilter {
    pub search: Option<String>,
    pub under: Option<Uuid>,
    pub level: Option<Level>,
}

/// Escapes LIKE wildcards so a search for "50%" means the text "50%".
pub fn like_contains(text: &str) -> LikeExpr {
    let mut escaped = String::with_capacity(text.len() + 2);
    escaped.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped.push('%');
    LikeExpr::new(escaped).escape('\\')
}

/// Digits typed into search are a division-code prefix: "520327002" is a
/// township and everything below it.
fn code_prefix_range(digits: &str) -> Option<CodeRange> {
    if digits.is_empty() || digits.len() > 15 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let prefix: i64 = digits.parse().ok()?;
    let unit = 10_i64.pow(15 - digits.len() as u32);
    Some(CodeRange {
        lo: prefix * unit,
        hi: (prefix + 1) * unit - 1,
    })
}

pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    filter: NodeFilter,
    page: Page,
) -> AppResult<(Vec<grid_node::Model>, pagination::Window)> {
    let mut range = range_under(db, scope, filter.under).await?;
    let mut cond = Condition::all();
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        validate::max_chars("search", search, 50)?;
        match code_prefix_range(search) {
            Some(prefix) => match range.intersect(&prefix) {
                Some(r) => range = r,
                None => return Ok((vec![], pagination::Window::empty())),
            },
            None => cond = cond.add(Expr::col(grid_node::Column::Name).like(like_contains(search))),
        }
    }
    cond = cond.add(grid_node::Column::Code.between(range.lo, range.hi));
    if let Some(level) = filter.level {
        cond = cond.add(grid_node::Column::Level.eq(level.number()));
    }
    let query = grid_node::Entity::find().filter(cond);
    let order = [Key::asc(grid_node::Column::Code)];
    pagination::fetch(db, query, &order, page).await
}

pub async fn children(
    db: &impl ConnectionTrait,
    scope: &Scope,
    node: &grid_node::Model,
    page: Page,
) -> AppResult<(Vec<Authorized<grid_node::Model>>, pagination::Window)> {
    let query = grid_node::Entity::find()
        .filter(crate::authz::subtree(scope, grid_node::Column::Code))
        .filter(grid_node::Column::ParentId.eq(node.id));
    let order = [Key::asc(grid_node::Column::Code)];
    let (rows, total) = pagination::fetch(db, query, &order, page).await?;
    Ok((authz::visible(scope, rows), total))
}

/// The parent if the caller may see it; above the caller's own node, none.
pub async fn parent(
    db: &impl ConnectionTrait,
    scope: &Scope,
    node: &grid_node::Model,
) -> AppResult<Option<Authorized<grid_node::Model>>> {
    match node.parent_id {
        None => Ok(None),
        Some(pid) => match find(db, scope, pid).await {
            Ok(p) => Ok(Some(p)),
            Err(AppError::NotFound) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

pub struct PathEntry {
    pub name: String,
    pub level: Level,
    /// Only for ancestors inside the caller's scope: above it, names only.
    pub id: Option<Uuid>,
}

/// Ancestors top-down, found by code arithmetic in one query.
pub async fn path(
    db: &impl ConnectionTrait,
    scope: &Scope,
    node: &grid_node::Model,
) -> AppResult<Vec<PathEntry>> {
    let codes: Vec<i64> = grid_code(node)?
        .ancestors()
        .iter()
        .map(|a| a.code)
        .collect();
    if codes.is_empty() {
        return Ok(vec![]);
    }
    let rows = grid_node::Entity::find()
        .filter(grid_node::Column::Code.is_in(codes))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await?;
    rows.into_iter()
        .map(|r| {
            Ok(PathEntry {
                id: scope.range().contains(r.code).then_some(r.id),
                level: grid_code(&r)?.level,
                name: r.name,
            })
        })
        .collect()
}

pub struct NewNode {
    pub parent_id: Uuid,
    pub name: String,
    pub code: Option<String>,
    pub subsidy_exempt: bool,
    pub demonstration: bool,
}

pub async fn create(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    input: NewNode,
) -> AppResult<grid_node::Model> {
    let name = validate::name("name", &input.name, 50)?;
    let (_w, txn) = state.begin_write().await?;
    let parent = find(&txn, scope, input.parent_id).await?;
    authz::check(scope, Action::CreateChild, &parent)?;
    let parent_code = grid_code(&parent)?;
    let code = match input
        .code
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(text) => GridCode::parse_child_code(&parent_code, text)?,
        None => next_free_child(&txn, parent_code).await?,
    };
    let taken = grid_node::Entity::find()
        .filter(grid_node::Column::Code.eq(code.code))
        .one(&txn)
        .await?;
    if taken.is_some() {
        return Err(AppError::conflict(ErrorKey::GridCodeInUse).with("code", code.division_code()));
    }
    let now = state.now();
    let model = grid_node::ActiveModel {
        id: Set(Uuid::new_v4()),
        code: Set(code.code),
        level: Set(code.level.number()),
        parent_id: Set(Some(parent.id)),
        name: Set(name),
        subsidy_exempt: Set(input.subsidy_exempt),
        demonstration: Set(input.demonstration),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "create",
            "grid_node",
            model.id.to_string(),
        )
        .at_node(model.code)
        .after(&model),
    )
    .await?;
    txn.commit().await?;
    Ok(model)
}

/// The lowest unused child number: groups are numbered 1, 2, 3… in a village.
async fn next_free_child(db: &impl ConnectionTrait, parent: GridCode) -> AppResult<GridCode> {
    let range = parent.subtree();
    let Some(child_level) = parent.level.child() else {
        return parent.child(1);
    };
    let used: Vec<i64> = grid_node::Entity::find()
        .select_only()
        .column(grid_node::Column::Code)
        .filter(grid_node::Column::Code.between(range.lo + 1, range.hi))
        .filter(grid_node::Column::Level.eq(child_level.number()))
        .order_by_asc(grid_node::Column::Code)
        .into_tuple()
        .all(db)
        .await?;
    let mut n = 1;
    for code in used {
        if code != parent.child(n)?.code {
            break;
        }
        n += 1;
    }
    parent.child(n)
}

pub struct NodeChanges {
    pub id: Uuid,
    pub version: i32,
    pub name: Option<String>,
    pub subsidy_exempt: Option<bool>,
    pub demonstration: Option<bool>,
}

pub async fn update(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    changes: NodeChanges,
) -> AppResult<grid_node::Model> {
    let name = changes
        .name
        .as_deref()
        .map(|n| validate::name("name", n, 50))
        .transpose()?;
    let (_w, txn) = state.begin_write().await?;
    let before = find(&txn, scope, changes.id).await?;
    authz::check(scope, Action::EditNode, &before)?;
    let mut active: grid_node::ActiveModel = (*before).clone().into();
    if let Some(name) = name {
        active.name = Set(name);
    }
    if let Some(v) = changes.subsidy_exempt {
        active.subsidy_exempt = Set(v);
    }
    if let Some(v) = changes.demonstration {
        active.demonstration = Set(v);
    }
    let after = versioned::save(
        &txn,
        active,
        grid_node::Column::Version,
        grid_node::Column::UpdatedAt,
        changes.version,
        state.now(),
    )
    .await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "update",
            "grid_node",
            after.id.to_string(),
        )
        .at_node(after.code)
        .before(&before)
        .after(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
