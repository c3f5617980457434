//! GraphQL for documents: the kinds, one by id, and a subtree's list (the
//! current versions unless `includeSuperseded`). Uploads are HTTP
//! (`POST /api/documents`), like photos.
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{scope, state};
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::ids;
use crate::pagination::{self, connection, Conn, Key, Page};
use crate::programme::Period;
use async_graphql::{Context, Object, SimpleObject, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::{document, document_kind};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, QueryFilter};

/// A document the caller may see (the proof says so).
pub struct Document(pub Authorized<document::Model>);

/// A document kept as evidence (a PDF or an image): a township's plan, rules
/// or appointment letters. Never deleted; a newer version supersedes it.
#[Object]
impl Document {
    /// What the caller may do with it now (upload a newer version).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<Action>> {
        Ok(authz::allowed_actions(scope(ctx)?, &*self.0))
    }
    /// The document's id: a random UUID.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// Where it is kept.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.node_id).await?))
    }
    /// Its kind's code (`documentKinds`).
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    /// Its title, as the uploader gave it.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// `application/pdf`, `image/jpeg`, `image/png` or `image/webp`, by its bytes.
    async fn mime(&self) -> &str {
        &self.0.mime
    }
    /// Its size in bytes.
    async fn byte_size(&self) -> i64 {
        self.0.byte_size
    }
    /// `GET` with `Authorization: Bearer …`.
    async fn url(&self) -> String {
        format!("/api/documents/{}", self.0.id)
    }
    /// 1 for the first upload, one more for each newer version.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// The version this one replaces.
    async fn supersedes_id(&self) -> Option<ID> {
        self.0.supersedes_id.map(ids::to_id)
    }
    /// Who uploaded it: the account's person, else its username.
    async fn uploaded_by_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(loaders::account_name(ctx, &self.0, self.0.uploaded_by)
            .await?
            .unwrap_or_default())
    }
    /// When it was uploaded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// What a document is evidence of (data the county edits).
#[derive(SimpleObject)]
pub struct DocumentKind {
    /// The stable code a document names (`Document.kind`).
    pub code: String,
    /// Its name in Chinese.
    pub name_zh: String,
    /// Its name in English.
    pub name_en: String,
}

impl From<document_kind::Model> for DocumentKind {
    fn from(k: document_kind::Model) -> Self {
        DocumentKind {
            code: k.code,
            name_zh: k.name_zh,
            name_en: k.name_en,
        }
    }
}

#[derive(Default)]
pub struct DocumentsQuery;

#[Object]
impl DocumentsQuery {
    /// Document kinds in display order.
    #[graphql(complexity = "crate::pagination::list_cost(20, child_complexity)")]
    async fn document_kinds(&self, ctx: &Context<'_>) -> GqlResult<Vec<DocumentKind>> {
        scope(ctx)?;
        Ok(super::kinds::active(&state(ctx)?.db)
            .await?
            .into_iter()
            .map(DocumentKind::from)
            .collect())
    }

    /// A document by id (NOT_FOUND outside your area, like a missing id).
    async fn document(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The document's id.")] id: ID,
    ) -> GqlResult<Document> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(Document(
            super::service::find(&st.db, sc, ids::parse(&id)?).await?,
        ))
    }

    /// Documents under a node (default: yours), newest first, uploaded in
    /// `from`..=`to`; only current versions unless `includeSuperseded`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn documents(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only documents kept at or below this node (default: the caller's node)."
        )]
        under: Option<ID>,
        #[graphql(desc = "Only documents of this kind (a `documentKinds` code).")] kind: Option<
            String,
        >,
        #[graphql(desc = "Only documents uploaded on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only documents uploaded on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Also the versions a newer one has replaced (default false).")]
        include_superseded: Option<bool>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Document>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let period = Period::new(from, to)?;
        let range = grid::range_under(&st.db, sc, ids::parse_opt(&under)?).await?;
        let mut q = authz::scoped::<document::Entity>(range, document::Column::NodeCode);
        if let Some(k) = kind {
            q = q.filter(document::Column::Kind.eq(k));
        }
        if let Some(f) = period.from.and_then(|d| d.and_hms_opt(0, 0, 0)) {
            q = q.filter(document::Column::CreatedAt.gte(f.and_utc()));
        }
        if let Some(t) = period
            .to
            .and_then(|d| d.succ_opt())
            .and_then(|d| d.and_hms_opt(0, 0, 0))
        {
            q = q.filter(document::Column::CreatedAt.lt(t.and_utc()));
        }
        if !include_superseded.unwrap_or(false) {
            q = q.filter(
                document::Column::Id.not_in_subquery(
                    Query::select()
                        .column(document::Column::SupersedesId)
                        .from(document::Entity)
                        .and_where(document::Column::SupersedesId.is_not_null())
                        .to_owned(),
                ),
            );
        }
        let order = [
            Key::desc(document::Column::CreatedAt),
            Key::desc(document::Column::Id),
        ];
        let (rows, window) = pagination::fetch(&st.db, q, &order, page).await?;
        let items = authz::visible(sc, rows).into_iter().map(Document).collect();
        Ok(connection(items, window))
    }
}
