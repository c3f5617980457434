//! Every refusal of the liaison records, in one place: when the error
//! catalog lands, each becomes one `Key` here and nothing else changes.
use crate::error::AppError;

pub fn not_at_group() -> AppError {
    AppError::bad_input(
        "nodeId",
        "组级联络员的记录记在村民组 (liaison records are made at a villager group)",
    )
}

pub fn vehicle_retired() -> AppError {
    AppError::bad_input(
        "id",
        "该车辆已注销，不能再修改 (the vehicle is retired and can no longer change)",
    )
}

pub fn bad_plate() -> AppError {
    AppError::bad_input(
        "plate",
        "车牌号格式不正确，如 贵C12345 (not a Chinese plate, e.g. 贵C12345)",
    )
}

pub fn plate_registered() -> AppError {
    AppError::bad_input(
        "plate",
        "该车牌已在本组登记 (this plate is already on the group's register)",
    )
}

pub fn in_future(field: &'static str) -> AppError {
    AppError::bad_input(field, "时间不能晚于现在 (cannot be in the future)")
}

pub fn too_far_ahead(field: &'static str) -> AppError {
    AppError::bad_input(
        field,
        "日期太远：只登记 90 天内的喜事丧事 (more than 90 days ahead)",
    )
}

pub fn month_closed(field: &'static str) -> AppError {
    AppError::bad_input(
        field,
        "该月记录已截止，不能补录 (that month is closed for new records)",
    )
}

pub fn count_out_of_range(field: &'static str, max: i32) -> AppError {
    AppError::bad_input(
        field,
        format!("人数/户数须在 0 到 {max} 之间 (must be between 0 and {max})"),
    )
}

pub fn no_topics() -> AppError {
    AppError::bad_input(
        "topics",
        "请至少选择一项提醒内容 (choose at least one topic)",
    )
}

pub fn nothing_to_change() -> AppError {
    AppError::bad_input("version", "没有要更正的内容 (nothing to change)")
}

pub fn reason_needed() -> AppError {
    AppError::bad_input("reason", "须说明理由 (a reason is required)")
}

pub fn vehicle_elsewhere() -> AppError {
    AppError::bad_input(
        "vehicleId",
        "该车辆不在本村民组 (the vehicle is not on this group's register)",
    )
}
