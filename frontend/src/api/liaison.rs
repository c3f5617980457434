//! The group liaison's own records: ceremony notices (红白喜事打招呼) and the
//! on-site reminders given at them (跟场提醒), the group's vehicle register
//! (机动车排查登记), persuasion talks (劝导), publicity sessions (宣传教育)
//! and seasonal warnings (季节性提醒). Recording goes through the outbox;
//! the recent notices feed the reminder form's choice.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::{ApiError, Client};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CeremonyKind {
    Wedding,
    Funeral,
    Other,
}

impl CeremonyKind {
    pub const ALL: [CeremonyKind; 3] = [
        CeremonyKind::Wedding,
        CeremonyKind::Funeral,
        CeremonyKind::Other,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum VehicleKind {
    Car,
    Van,
    Truck,
    Motorcycle,
    Tricycle,
    Tractor,
    Other,
}

impl VehicleKind {
    pub const ALL: [VehicleKind; 7] = [
        VehicleKind::Motorcycle,
        VehicleKind::Tricycle,
        VehicleKind::Car,
        VehicleKind::Van,
        VehicleKind::Truck,
        VehicleKind::Tractor,
        VehicleKind::Other,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReminderTopic {
    FoodSafety,
    FireAndPower,
    Fireworks,
    Gas,
    DrinkDriving,
    Crowding,
    Other,
}

impl ReminderTopic {
    pub const ALL: [ReminderTopic; 7] = [
        ReminderTopic::FoodSafety,
        ReminderTopic::FireAndPower,
        ReminderTopic::Fireworks,
        ReminderTopic::Gas,
        ReminderTopic::DrinkDriving,
        ReminderTopic::Crowding,
        ReminderTopic::Other,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PersuasionReason {
    DrunkDriving,
    NoHelmet,
    Overloading,
    PassengersOnCargo,
    Unlicensed,
    Speeding,
    Fatigue,
    Other,
}

impl PersuasionReason {
    pub const ALL: [PersuasionReason; 8] = [
        PersuasionReason::DrunkDriving,
        PersuasionReason::NoHelmet,
        PersuasionReason::Overloading,
        PersuasionReason::PassengersOnCargo,
        PersuasionReason::Unlicensed,
        PersuasionReason::Speeding,
        PersuasionReason::Fatigue,
        PersuasionReason::Other,
    ];
}

/// What a seasonal warning (季节性提醒) warned of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WarningTopic {
    FirewoodStraw,
    UnsafeSwimming,
    WildMushrooms,
    WaspNests,
    RoadTraffic,
    Fire,
}

impl WarningTopic {
    pub const ALL: [WarningTopic; 6] = [
        WarningTopic::FirewoodStraw,
        WarningTopic::UnsafeSwimming,
        WarningTopic::WildMushrooms,
        WarningTopic::WaspNests,
        WarningTopic::RoadTraffic,
        WarningTopic::Fire,
    ];
}

/// A ceremony notice as the reminder form offers it (and keeps on the phone).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoticeChoice {
    pub id: String,
    pub kind: CeremonyKind,
    pub host_name: String,
    pub date: String,
    pub noticed_on: String,
    pub place: String,
}

/// The group's notices of the last weeks, newest first: the ones a
/// reminder may be given at.
pub async fn recent_notices(
    client: &Client,
    under: &str,
    from: &str,
) -> Result<Vec<NoticeChoice>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        ceremony_notices: Nodes,
    }
    #[derive(Deserialize)]
    struct Nodes {
        nodes: Vec<NoticeChoice>,
    }
    let query = "query Recent($under: ID, $from: NaiveDate) { ceremonyNotices(under: $under, \
        from: $from, first: 50) { nodes { id kind hostName date noticedOn place } } }";
    let data: Data = client
        .run(query, json!({ "under": under, "from": from }))
        .await?;
    Ok(data.ceremony_notices.nodes)
}

/// Runs one outbox record's mutation, `name(input: $input) { id }`, and
/// answers the new (or, for a repeated idempotency key, the existing) id.
async fn record(
    client: &Client,
    name: &str,
    input_type: &str,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    let query =
        format!("mutation Record($input: {input_type}!) {{ {name}(input: $input) {{ id }} }}");
    let data: serde_json::Map<String, Value> = client
        .run_within(&query, json!({ "input": input }), timeout_ms)
        .await?;
    data.get(name)
        .and_then(|v| v.get("id"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or(ApiError::Internal)
}

pub async fn record_ceremony_notice(
    client: &Client,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    record(
        client,
        "recordCeremonyNotice",
        "RecordCeremonyNoticeInput",
        input,
        timeout_ms,
    )
    .await
}

pub async fn record_on_site_reminder(
    client: &Client,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    record(
        client,
        "recordOnSiteReminder",
        "RecordOnSiteReminderInput",
        input,
        timeout_ms,
    )
    .await
}

pub async fn register_vehicle(
    client: &Client,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    record(
        client,
        "registerVehicle",
        "RegisterVehicleInput",
        input,
        timeout_ms,
    )
    .await
}

pub async fn record_persuasion(
    client: &Client,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    record(
        client,
        "recordPersuasion",
        "RecordPersuasionInput",
        input,
        timeout_ms,
    )
    .await
}

pub async fn record_publicity(
    client: &Client,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    record(
        client,
        "recordPublicity",
        "RecordPublicityInput",
        input,
        timeout_ms,
    )
    .await
}

pub async fn record_seasonal_warning(
    client: &Client,
    input: Value,
    timeout_ms: u32,
) -> Result<String, ApiError> {
    record(
        client,
        "recordSeasonalWarning",
        "RecordSeasonalWarningInput",
        input,
        timeout_ms,
    )
    .await
}
