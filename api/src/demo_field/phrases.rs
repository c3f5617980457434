//! What officers write in their notebooks, by sector (from the duties in
//! the notice's annexes 2 and 3).
pub const NOTES: &[(&str, &str)] = &[
    (
        "ROAD_TRAFFIC",
        "检查村道警示标志，劝导村民摩托车不载人、戴头盔",
    ),
    ("FIRE", "入户检查柴草堆放、灶前用火和电线老化情况"),
    (
        "POWER_LINES",
        "查看村内电力线路，提醒不得在线下堆放柴草、放风筝",
    ),
    ("WATER", "巡查山塘水库，提醒学生不到无安全设施水域游泳"),
    ("GEOLOGICAL", "雨后巡查滑坡隐患点，查看裂缝监测桩"),
    ("FOOD", "提醒农户不采食野生菌，检查村内小卖部食品保质期"),
    ("CONSTRUCTION", "检查农房建设工地脚手架和临时用电"),
    ("ENTERPRISE", "检查村内砂石场安全警示和作业规程"),
    ("FOREST_FIRE", "巡山护林，宣传禁止野外用火"),
    ("SEASONAL", "宣传不捅马蜂窝、不乱堆柴草，发放季节性提醒"),
    ("CEREMONY", "到红白喜事现场跟场提醒，检查临时用电和灶台"),
];

/// Hazards as found on the ground, by sector.
pub const HAZARDS: &[(&str, &str, &str)] = &[
    (
        "ROAD_TRAFFIC",
        "村道急弯处警示桩缺失",
        "通组路急弯处护栏和警示桩缺失，夜间易发生事故",
    ),
    (
        "FIRE",
        "农户柴草堆放紧靠灶房",
        "柴草堆距灶房不足一米，存在火灾隐患",
    ),
    (
        "POWER_LINES",
        "入户电线老化裸露",
        "农户入户线绝缘层老化开裂，雨天漏电风险",
    ),
    (
        "WATER",
        "山塘缺少防溺水警示牌",
        "山塘边无警示牌和救生设施，暑期学生常来玩水",
    ),
    (
        "GEOLOGICAL",
        "房后边坡出现裂缝",
        "连续降雨后房屋后方边坡出现约三米长裂缝",
    ),
    (
        "CONSTRUCTION",
        "建房工地临时用电私拉乱接",
        "工地临时电线未架空，拖地穿过积水",
    ),
    (
        "ENTERPRISE",
        "砂石场作业区无安全围挡",
        "作业区与村道之间无围挡，行人可进入",
    ),
    (
        "FOREST_FIRE",
        "林区边缘焚烧秸秆",
        "村民在林区边缘焚烧秸秆，未清理防火隔离带",
    ),
];
