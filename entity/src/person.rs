use sea_orm::entity::prelude::*;

/// A person who can hold an appointment; separate from any login account.
/// `node_code` is the grid code of the node the person is registered under,
/// the anchor of every scoped read.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "persons")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub node_id: Uuid,
    pub node_code: i64,
    pub name: String,
    pub phone: String,
    pub id_number: Option<String>,
    pub auxiliary_post: Option<AuxiliaryPost>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

// `persons.auxiliary_post`.
/// 五员: officers may be chosen from these posts; their subsidy then comes
/// from the poverty-alleviation employment fund.
#[derive(
    Copy,
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    async_graphql::Enum,
    serde::Serialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AuxiliaryPost {
    /// 道路交通协管员
    #[sea_orm(string_value = "ROAD_TRAFFIC_ASSISTANT")]
    RoadTrafficAssistant,
    /// 护林员
    #[sea_orm(string_value = "FOREST_RANGER")]
    ForestRanger,
    /// 电管员
    #[sea_orm(string_value = "POWER_LINE_KEEPER")]
    PowerLineKeeper,
    /// 公路管护员
    #[sea_orm(string_value = "ROAD_KEEPER")]
    RoadKeeper,
    /// 护河员
    #[sea_orm(string_value = "RIVER_KEEPER")]
    RiverKeeper,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored_values::pinned;

    #[test]
    fn auxiliary_posts_keep_their_stored_strings() {
        pinned::<AuxiliaryPost>(&[
            "ROAD_TRAFFIC_ASSISTANT",
            "FOREST_RANGER",
            "POWER_LINE_KEEPER",
            "ROAD_KEEPER",
            "RIVER_KEEPER",
        ]);
    }
}
