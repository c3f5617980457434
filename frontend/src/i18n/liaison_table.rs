//! The translation table of the group liaison's phone forms (issue 8):
//! ceremony notices and on-site reminders, the vehicle register and
//! persuasion talks. zh-CN first, English second; a missing translation is
//! a compile error, as in `table.rs`.

use super::table::table;
use super::Lang;

table! {
    L;
    // Ceremony notice
    RecordCeremony => "红白喜事打招呼", "Ceremony notice";
    RecordCeremonyHint => "办喜事、丧事前登记，提前做好安全提醒", "A family's wedding or funeral, noted ahead";
    CeremonyKind => "事由", "Occasion";
    KindWedding => "喜事", "Wedding";
    KindFuneral => "丧事", "Funeral";
    KindOther => "其他", "Other";
    HostName => "户主姓名", "Host family";
    HostRequired => "请填写户主姓名。", "Enter the host's name.";
    CeremonyDate => "办事日期", "Day of the ceremony";
    NoticedOn => "打招呼日期", "Day the family told you";
    Place => "办事地点", "Place";
    PlaceRequired => "请填写办事地点。", "Enter where it is held.";
    ExpectedGuests => "预计人数", "Expected guests";
    BadGuests => "请填写预计人数（1 到 5000）。", "Enter the expected guests (1 to 5000).";
    CeremonyNotes => "事前检查或约定的事项", "What was checked or agreed beforehand";
    CeremonyNotesPlaceholder => "如：厨师健康证、临时用电、燃放地点", "E.g. the cook's health card, temporary power, where fireworks go";
    SaveCeremony => "保存打招呼记录", "Save notice";
    DateOutOfRange => "办事日期须在打招呼前 30 天到后 180 天之间。", "The ceremony day must be from 30 days before to 180 days after the notice.";

    // On-site reminder
    RecordReminder => "跟场提醒", "On-site reminder";
    RecordReminderHint => "到红白喜事现场提醒食品、用火、酒驾等", "At the ceremony: food, fire, drink-driving…";
    WhichCeremony => "哪一场红白喜事", "Which ceremony";
    ChooseCeremony => "请选择一场红白喜事。", "Choose a ceremony.";
    NoRecentCeremony => "最近没有打招呼记录：请先登记红白喜事。", "No recent ceremony notices: record the notice first.";
    NoticesOffline => "没有网络，无法读取最近的红白喜事；联网后再试。", "No signal: the recent notices cannot be read. Try again when online.";
    RemindedAt => "提醒时间", "When";
    ReminderTopics => "提醒内容（可多选）", "What you reminded of (choose all that apply)";
    ChooseTopics => "请至少选择一项提醒内容。", "Choose at least one topic.";
    TopicFoodSafety => "集体聚餐食品安全", "Food safety of the banquet";
    TopicFireAndPower => "临时用电、用火", "Temporary power and fire";
    TopicFireworks => "燃放烟花爆竹", "Fireworks";
    TopicGas => "液化气、燃气", "Bottled gas";
    TopicDrinkDriving => "酒后不开车", "No driving after drinking";
    TopicCrowding => "临时搭建、人员密集", "Temporary structures and crowds";
    TopicOther => "其他", "Other";
    ReminderNotes => "现场情况", "What you saw and said";
    SaveReminder => "保存跟场提醒", "Save reminder";

    // Vehicle
    RegisterVehicle => "机动车登记", "Register a vehicle";
    RegisterVehicleHint => "本组机动车的车牌、车主和证照情况", "Plate, owner and licence of a vehicle in the group";
    Plate => "车牌号", "Plate";
    PlatePlaceholder => "如：贵C12345", "E.g. 贵C12345";
    PlateInvalid => "车牌号格式不正确（如 贵C12345）。", "Not a plate number (e.g. 贵C12345).";
    VehicleKind => "车辆类型", "Kind of vehicle";
    KindCar => "小型汽车", "Car";
    KindVan => "面包车", "Van";
    KindTruck => "货车", "Truck";
    KindMotorcycle => "摩托车", "Motorcycle";
    KindTricycle => "三轮车", "Tricycle";
    KindTractor => "拖拉机", "Tractor";
    OwnerName => "车主姓名", "Owner";
    OwnerRequired => "请填写车主姓名。", "Enter the owner's name.";
    OwnerPhone => "车主手机号", "Owner's mobile";
    PhoneInvalid => "请填写 11 位手机号码。", "Enter an 11-digit mobile number.";
    Licensed => "有牌有证（车辆有牌照，驾驶人有驾照）", "Plated, and the driver holds a licence";
    SaveVehicle => "保存车辆登记", "Save vehicle";

    // Persuasion
    RecordPersuasion => "劝导", "Persuasion talk";
    RecordPersuasionHint => "劝导酒驾、不戴头盔、超载等", "A talk about drink-driving, helmets, overloading…";
    DriverName => "驾驶人姓名", "Driver";
    DriverRequired => "请填写驾驶人姓名。", "Enter the driver's name.";
    TalkedAt => "劝导时间", "When";
    Reason => "劝导事由", "About";
    ReasonDrunkDriving => "酒后驾驶", "Drink-driving";
    ReasonNoHelmet => "未戴头盔", "No helmet";
    ReasonOverloading => "超载", "Overloading";
    ReasonPassengersOnCargo => "货车、拖拉机载人", "Passengers on a cargo vehicle";
    ReasonUnlicensed => "无牌无证", "No plate or licence";
    ReasonSpeeding => "超速", "Speeding";
    ReasonFatigue => "疲劳驾驶", "Driving tired";
    ReasonOther => "其他", "Other";
    PersuasionNotes => "劝导内容和结果", "What was said and agreed";
    SavePersuasion => "保存劝导记录", "Save talk";

    // Publicity session
    RecordPublicity => "宣传教育", "Publicity session";
    RecordPublicityHint => "入户或集中宣传安全知识", "Safety talks to households or a gathering";
    PublicityHeldOn => "宣传日期", "Day";
    PublicityTopic => "宣传主题", "Topic";
    PublicityTopicPlaceholder => "如：冬季防火、燃气安全", "E.g. fire in winter, bottled gas";
    TopicRequired => "请填写宣传主题。", "Enter the topic.";
    AudienceCount => "听众人数", "Audience";
    BadAudience => "请填写听众人数（1 到 10000）。", "Enter the audience (1 to 10000).";
    PublicityNotes => "宣传情况", "How it went";
    SavePublicity => "保存宣传记录", "Save session";

    // Seasonal warning
    RecordWarning => "季节性提醒", "Seasonal warning";
    RecordWarningHint => "柴草堆放、野外游泳、野生菌、马蜂窝、交通、用火", "Firewood, swimming, wild mushrooms, wasps, roads, fire";
    WarningTopic => "提醒内容", "Warned of";
    GivenAt => "提醒时间", "When";
    Households => "提醒户数", "Households reached";
    BadHouseholds => "请填写提醒户数（0 到 2000）。", "Enter the households reached (0 to 2000).";
    WarningNotes => "提醒方式", "How it was given";
    WarningNotesPlaceholder => "如：入户发放明白纸、村组广播", "E.g. leaflets door to door, the village loudspeaker";
    SaveWarning => "保存季节性提醒", "Save warning";
}
