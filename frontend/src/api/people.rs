//! Persons and appointments: appoint, replace, end, record dates.

use serde::Serialize;
use serde_json::json;

use super::grid::IdOf;
use super::{ApiError, AppointmentRole, AuxiliaryPost, Client};

/// A new person, as the appointment forms collect it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewPerson {
    pub node_id: String,
    pub name: String,
    pub phone: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auxiliary_post: Option<AuxiliaryPost>,
}

/// The dates an appointment form collects; empty ones are left out.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppointmentDates {
    pub start_date: String,
    pub training_date: Option<String>,
    pub notebook_issued_date: Option<String>,
}

/// The `AppointInput`. Only a township leader can be in charge of safety:
/// for any other post the flag is never sent true.
pub fn appoint_input(
    node_id: &str,
    role: AppointmentRole,
    person: &NewPerson,
    dates: &AppointmentDates,
    in_charge_of_safety: bool,
) -> serde_json::Value {
    json!({
        "nodeId": node_id, "role": role, "newPerson": person,
        "startDate": dates.start_date, "trainingDate": dates.training_date,
        "notebookIssuedDate": dates.notebook_issued_date,
        "inChargeOfSafety": in_charge_of_safety && role == AppointmentRole::TownshipLeader })
}

pub async fn appoint(client: &Client, input: serde_json::Value) -> Result<String, ApiError> {
    let query = "mutation Appoint($input: AppointInput!) { appoint(input: $input) { id } }";
    let data: IdOf = client.run(query, json!({ "input": input })).await?;
    data.id_of("appoint")
}

pub async fn replace_appointment(
    client: &Client,
    appointment_id: &str,
    version: i64,
    end_date: &str,
    person: &NewPerson,
    dates: &AppointmentDates,
) -> Result<String, ApiError> {
    let query = "mutation Replace($input: ReplaceAppointmentInput!) \
                 { replaceAppointment(input: $input) { id } }";
    let vars = json!({ "input": {
        "appointmentId": appointment_id, "version": version, "endDate": end_date,
        "newPerson": person, "startDate": dates.start_date,
        "trainingDate": dates.training_date,
        "notebookIssuedDate": dates.notebook_issued_date } });
    let data: IdOf = client.run(query, vars).await?;
    data.id_of("replaceAppointment")
}

pub async fn end_appointment(
    client: &Client,
    appointment_id: &str,
    version: i64,
    end_date: &str,
) -> Result<(), ApiError> {
    let query =
        "mutation End($input: EndAppointmentInput!) { endAppointment(input: $input) { id } }";
    let vars = json!({ "input": {
        "appointmentId": appointment_id, "version": version, "endDate": end_date } });
    let _: IdOf = client.run(query, vars).await?;
    Ok(())
}

pub async fn update_appointment_dates(
    client: &Client,
    appointment_id: &str,
    version: i64,
    training_date: Option<&str>,
    notebook_issued_date: Option<&str>,
) -> Result<(), ApiError> {
    let query = "mutation UpdateAppointment($input: UpdateAppointmentInput!) \
                 { updateAppointment(input: $input) { id } }";
    let vars = json!({ "input": {
        "appointmentId": appointment_id, "version": version,
        "trainingDate": training_date, "notebookIssuedDate": notebook_issued_date } });
    let _: IdOf = client.run(query, vars).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person() -> NewPerson {
        NewPerson {
            node_id: "t1".into(),
            name: "王建国".into(),
            phone: "13800001234".into(),
            id_number: None,
            auxiliary_post: None,
        }
    }

    fn dates() -> AppointmentDates {
        AppointmentDates {
            start_date: "2026-12-01".into(),
            ..AppointmentDates::default()
        }
    }

    #[test]
    fn a_township_leader_is_sent_in_charge_of_safety() {
        let input = appoint_input(
            "t1",
            AppointmentRole::TownshipLeader,
            &person(),
            &dates(),
            true,
        );
        assert_eq!(input["role"], "TOWNSHIP_LEADER");
        assert_eq!(input["inChargeOfSafety"], true);
        assert_eq!(input["startDate"], "2026-12-01");
        assert_eq!(input["newPerson"]["name"], "王建国");
    }

    #[test]
    fn no_other_post_is_ever_sent_in_charge_of_safety() {
        let input = appoint_input(
            "v1",
            AppointmentRole::VillageOfficer,
            &person(),
            &dates(),
            true,
        );
        assert_eq!(input["inChargeOfSafety"], false);
    }
}
