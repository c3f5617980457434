use async_graphql::Enum;

/// 五员: officers may be chosen from these posts; their subsidy then comes
/// from the poverty-alleviation employment fund.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum AuxiliaryPost {
    /// 道路交通协管员
    RoadTrafficAssistant,
    /// 护林员
    ForestRanger,
    /// 电管员
    PowerLineKeeper,
    /// 公路管护员
    RoadKeeper,
    /// 护河员
    RiverKeeper,
}

impl AuxiliaryPost {
    const ALL: [AuxiliaryPost; 5] = [
        Self::RoadTrafficAssistant,
        Self::ForestRanger,
        Self::PowerLineKeeper,
        Self::RoadKeeper,
        Self::RiverKeeper,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::RoadTrafficAssistant => "ROAD_TRAFFIC_ASSISTANT",
            Self::ForestRanger => "FOREST_RANGER",
            Self::PowerLineKeeper => "POWER_LINE_KEEPER",
            Self::RoadKeeper => "ROAD_KEEPER",
            Self::RiverKeeper => "RIVER_KEEPER",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}
