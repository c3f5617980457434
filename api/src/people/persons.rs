//! Persons: name, phone, ID number, optional auxiliary post. Scoped by the
//! grid code of the node they are registered under.
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::AppResult;
use crate::grid::service as grid;
use crate::grid::service::like_contains;
use crate::pagination::{self, Key, Page};
use crate::people::auxiliary_post::AuxiliaryPost;
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use crate::versioned;
use chrono::NaiveDate;
use entity::person;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, Set,
};
use uuid::Uuid;

pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<crate::authz::Authorized<person::Model>> {
    crate::authz::find::<person::Entity>(db, scope, id, person::Column::NodeCode).await
}

pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: Option<Uuid>,
    search: Option<String>,
    page: Page,
) -> AppResult<(Vec<person::Model>, pagination::Window)> {
    let range = grid::range_under(db, scope, under).await?;
    let mut cond = Condition::all().add(person::Column::NodeCode.between(range.lo, range.hi));
    if let Some(s) = search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        validate::max_chars("search", s, 50)?;
        cond = cond.add(Expr::col(person::Column::Name).like(like_contains(s)));
    }
    let query = person::Entity::find().filter(cond);
    let order = [
        Key::asc(person::Column::NodeCode),
        Key::asc(person::Column::Name),
        Key::asc(person::Column::Id),
    ];
    pagination::fetch(db, query, &order, page).await
}

/// Validated person fields.
pub struct PersonData {
    pub node_id: Uuid,
    pub name: String,
    pub phone: String,
    pub id_number: Option<String>,
    pub auxiliary_post: Option<AuxiliaryPost>,
}

impl PersonData {
    pub fn parse(
        node_id: Uuid,
        name: &str,
        phone: &str,
        id_number: Option<&str>,
        auxiliary_post: Option<AuxiliaryPost>,
        today: NaiveDate,
    ) -> AppResult<Self> {
        Ok(Self {
            node_id,
            name: validate::name("name", name, 30)?,
            phone: validate::mobile_phone("phone", phone)?,
            id_number: id_number
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| validate::id_number("idNumber", s, today))
                .transpose()?,
            auxiliary_post,
        })
    }
}

/// Inserts a person inside the caller's transaction (also used when an
/// appointment brings a new person along).
pub async fn insert(
    txn: &impl ConnectionTrait,
    req: &RequestContext,
    scope: &Scope,
    data: PersonData,
) -> AppResult<person::Model> {
    let node = grid::find(txn, scope, data.node_id).await?;
    authz::check(scope, Action::CreatePerson, &node)?;
    let now = req.now();
    let model = person::ActiveModel {
        id: Set(Uuid::new_v4()),
        node_id: Set(node.id),
        node_code: Set(node.code),
        name: Set(data.name),
        phone: Set(data.phone),
        id_number: Set(data.id_number),
        auxiliary_post: Set(data.auxiliary_post),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "create",
            "person",
            model.id.to_string(),
        )
        .at_node(model.node_code)
        .after(&model),
    )
    .await?;
    Ok(model)
}

pub async fn create(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    data: PersonData,
) -> AppResult<person::Model> {
    let (_w, txn) = state.begin_write().await?;
    let model = insert(&txn, req, scope, data).await?;
    txn.commit().await?;
    Ok(model)
}

pub struct PersonChanges {
    pub id: Uuid,
    pub version: i32,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub id_number: Option<String>,
    pub auxiliary_post: Option<AuxiliaryPost>,
}

pub async fn update(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    c: PersonChanges,
) -> AppResult<person::Model> {
    let name = c
        .name
        .as_deref()
        .map(|n| validate::name("name", n, 30))
        .transpose()?;
    let phone = c
        .phone
        .as_deref()
        .map(|p| validate::mobile_phone("phone", p))
        .transpose()?;
    let id_number = c
        .id_number
        .as_deref()
        .map(|i| validate::id_number("idNumber", i, req.today()))
        .transpose()?;
    let (_w, txn) = state.begin_write().await?;
    let before = find(&txn, scope, c.id).await?;
    authz::check(scope, Action::EditPerson, &before)?;
    let mut active: person::ActiveModel = (*before).clone().into();
    if let Some(v) = name {
        active.name = Set(v);
    }
    if let Some(v) = phone {
        active.phone = Set(v);
    }
    if let Some(v) = id_number {
        active.id_number = Set(Some(v));
    }
    if let Some(v) = c.auxiliary_post {
        active.auxiliary_post = Set(Some(v));
    }
    let after = versioned::save(
        &txn,
        active,
        person::Column::Version,
        person::Column::UpdatedAt,
        c.version,
        req.now(),
    )
    .await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "update",
            "person",
            after.id.to_string(),
        )
        .at_node(after.node_code)
        .before(&before)
        .after(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
