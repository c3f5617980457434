use sea_orm::entity::prelude::*;

/// A photo kept as evidence. The file lives under the data directory, named
/// by its SHA-256; the row says whose record it belongs to (`owner_kind`,
/// `owner_id`; empty until attached) and where (`node_code`) for scope.
/// EXIF position is kept here as data and never served in the image.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "photos")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub sha256: String,
    pub node_code: i64,
    pub owner_kind: Option<String>,
    pub owner_id: Option<Uuid>,
    pub uploaded_by: Uuid,
    pub mime: String,
    pub byte_size: i64,
    pub width: i32,
    pub height: i32,
    pub exif_latitude: Option<f64>,
    pub exif_longitude: Option<f64>,
    pub exif_taken_at: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
