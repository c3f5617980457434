//! The translation table of the desk's programme pages beside meetings
//! (issue 8): trainings, drills, publicity, notebook checks, work plans,
//! ceremony notices and their on-site reminders, vehicles, persuasion talks
//! and seasonal warnings. zh-CN first, English second; a missing
//! translation is a compile error.

use super::table::table;
use super::Lang;

table! {
    D;
    // The node page's card
    ProgrammeRecords => "工作台账", "Programme records";
    ProgrammeHint => "本网格及下级网格的各类工作记录：可筛选、打印、导出。", "Records here and below: filter, print, export.";

    // Links, titles, file stems
    Trainings => "培训记录", "Trainings";
    TrainingsTitle => "{} · 培训记录", "Trainings · {}";
    TrainingsStem => "培训记录", "trainings";
    Drills => "应急演练", "Drills";
    DrillsTitle => "{} · 应急演练", "Drills · {}";
    DrillsStem => "应急演练", "drills";
    Publicity => "宣传教育", "Publicity";
    PublicityTitle => "{} · 宣传教育", "Publicity · {}";
    PublicityStem => "宣传教育", "publicity";
    NotebookChecks => "工作笔记本抽查", "Notebook checks";
    NotebookChecksTitle => "{} · 工作笔记本抽查", "Notebook checks · {}";
    NotebookChecksStem => "工作笔记本抽查", "notebook-checks";
    WorkPlans => "工作计划", "Work plans";
    WorkPlansTitle => "{} · 工作计划", "Work plans · {}";
    WorkPlansStem => "工作计划", "work-plans";
    Ceremonies => "红白喜事打招呼", "Ceremony notices";
    CeremoniesTitle => "{} · 红白喜事打招呼", "Ceremony notices · {}";
    CeremoniesStem => "红白喜事打招呼", "ceremony-notices";
    Vehicles => "机动车登记", "Vehicles";
    VehiclesTitle => "{} · 机动车登记", "Vehicles · {}";
    VehiclesStem => "机动车登记", "vehicles";
    Persuasions => "交通劝导", "Persuasion talks";
    PersuasionsTitle => "{} · 交通劝导", "Persuasion talks · {}";
    PersuasionsStem => "交通劝导", "persuasion-talks";
    Warnings => "季节性提醒", "Seasonal warnings";
    WarningsTitle => "{} · 季节性提醒", "Seasonal warnings · {}";
    WarningsStem => "季节性提醒", "seasonal-warnings";
    RecordTitle => "{}：{}", "{}: {}";
    NotFound => "没有这条记录，或不在您的管辖范围内。", "No such record, or not under your node.";

    // Columns and fields
    ColWhere => "网格", "Where";
    ColHeldOn => "开展日期", "Held on";
    ColAuthor => "记录人", "Recorded by";
    ColPhotos => "照片", "Photos";
    ColTitle => "标题", "Title";
    ColContent => "内容", "Topics";
    ColHours => "学时", "Hours";
    ColAttendance => "参训人数", "Attended";
    ColAttendees => "参训人员", "Attendees";
    ColScenario => "演练科目", "Scenario";
    ColParticipants => "参演人数", "Participants";
    ColTopic => "宣传主题", "Topic";
    ColAudience => "受教育人数", "Audience";
    ColCheckedOn => "抽查日期", "Checked on";
    ColPerson => "被抽查人", "Person";
    ColPost => "岗位", "Post";
    ColResult => "结果", "Result";
    Kept => "记录规范", "Kept";
    NotKept => "记录不规范", "Not kept";
    ColNote => "说明", "Note";
    ColYear => "年度", "Year";
    ColAdoptedOn => "制定日期", "Adopted on";
    ColDocuments => "附件", "Documents";
    PlanContent => "计划内容", "Content";
    ColCeremonyKind => "类别", "Kind";
    ColHost => "事主", "Host";
    ColNoticedOn => "报告日期", "Reported on";
    ColDate => "办事日期", "Date";
    ColPlace => "地点", "Place";
    ColGuests => "预计人数", "Expected guests";
    ColReminders => "跟场提醒", "On-site reminders";
    ColPlate => "号牌", "Plate";
    ColVehicleKind => "车型", "Kind";
    ColOwner => "车主", "Owner";
    ColPhone => "联系电话", "Phone";
    ColLicensed => "有牌有证", "Licensed";
    ColRegisteredOn => "登记日期", "Registered on";
    ColRetired => "已注销", "Retired";
    RetiredOn => "注销日期", "Retired on";
    RetiredReason => "注销原因", "Why retired";
    ColTalkedAt => "劝导时间", "Talked at";
    ColDriver => "驾驶人", "Driver";
    ColReason => "劝导事由", "Reason";
    ColVehicle => "车辆", "Vehicle";
    ColGivenAt => "提醒时间", "Given at";
    ColWarningTopic => "提醒内容", "Topic";
    ColHouseholds => "提醒户数", "Households";
    Notes => "备注", "Notes";
    NoReminders => "还没有跟场提醒。", "No on-site reminder yet.";
    ReminderLine => "{} · {} · {}", "{} · {} · {}";
    Retire => "注销", "Retire";
    RetireTitle => "注销登记", "Take off the register";
    RetireConfirm => "确定注销车辆 {} 吗？注销后仍保留在登记中，标为已注销。", "Take {} off the register? It stays listed, marked retired.";
    ListSep => "、", ", ";
    NotANumber => "请填写数字。", "Enter a number.";

    // Posts
    PostVillageOfficer => "村级安全员", "Village safety officer";
    PostGroupLiaison => "组级安全联络员", "Group safety liaison";
    PostTownshipLeader => "乡镇领导", "Township leader";

    // Ceremony kinds
    CeremonyWedding => "喜事", "Wedding";
    CeremonyFuneral => "丧事", "Funeral";
    CeremonyOther => "其他", "Other";

    // Vehicle kinds
    VehicleCar => "小型汽车", "Car";
    VehicleVan => "面包车", "Van";
    VehicleTruck => "货车", "Truck";
    VehicleMotorcycle => "摩托车", "Motorcycle";
    VehicleTricycle => "三轮车", "Tricycle";
    VehicleTractor => "拖拉机", "Tractor";
    VehicleOther => "其他", "Other";

    // Persuasion reasons
    ReasonDrunkDriving => "酒后驾驶", "Drunk driving";
    ReasonNoHelmet => "骑摩托车不戴头盔", "No helmet";
    ReasonOverloading => "超载超员", "Overloading";
    ReasonPassengersOnCargo => "货车、农用车违法载人", "Passengers on a cargo vehicle";
    ReasonUnlicensed => "无证驾驶、无牌上路", "Unlicensed";
    ReasonSpeeding => "超速", "Speeding";
    ReasonFatigue => "疲劳驾驶", "Fatigue";
    ReasonOther => "其他", "Other";

    // Seasonal warning topics
    TopicFirewoodStraw => "柴草不乱堆乱放", "Firewood and straw";
    TopicUnsafeSwimming => "不到危险水域游泳", "Unsafe swimming";
    TopicWildMushrooms => "不采食野生菌", "Wild mushrooms";
    TopicWaspNests => "不捅马蜂窝", "Wasp nests";
    TopicRoadTraffic => "道路交通安全", "Road traffic";
    TopicFire => "用火安全", "Fire";

    // On-site reminder topics
    RemindFoodSafety => "集体聚餐食品安全", "Food safety of the meal";
    RemindFireAndPower => "临时用电、用火", "Fire and power";
    RemindFireworks => "燃放烟花爆竹", "Fireworks";
    RemindGas => "液化气、燃气", "Gas";
    RemindDrinkDriving => "酒后不开车", "Drink driving";
    RemindCrowding => "临时搭建、人员密集", "Crowding";
    RemindOther => "其他", "Other";

    // Demonstration sites (示范村/示范组): the list and the designation form
    Demonstrations => "示范村组", "Demonstration sites";
    DemonstrationsTitle => "{} · 示范村组", "Demonstration sites · {}";
    DemonstrationsStem => "示范村组", "demonstration-sites";
    ColTownship => "镇乡（街道）", "Township";
    ColSite => "示范村（组）", "Village or group";
    ColSiteLevel => "类别", "Level";
    ColSince => "设定日期", "Since";
    ColUntil => "终止日期", "Until";
    SiteCurrent => "现行", "Current";
    SiteEnded => "已更替", "Ended";
    SetVillage => "设为示范村", "Make demonstration village";
    SetGroup => "设为示范组", "Make demonstration group";
    SetTitle => "{}：{}", "{}: {}";
    SetSince => "设定日期", "Since";
    SetDocuments => "引用镇乡已上传的文件（可选）", "Cite documents the township uploaded (optional)";
    SetHint => "本镇乡（街道）原有的同级示范点自设定日期起终止，保留在示范村组台账中。", "The township's current site at this level ends on that day and stays in the list of sites.";
    NoTownshipDocuments => "镇乡还没有上传文件。", "The township has uploaded no document yet.";
}
