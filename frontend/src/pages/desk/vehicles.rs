//! The motor vehicle register (机动车登记): plate, kind, owner, the owner's
//! phone as the server gives it (masked for roles that may not see it),
//! licensed or not, retired or not.

use std::rc::Rc;

use super::correct::{CorrectSpec, Editable, Input};
use super::Detail;
use crate::api::{
    desk_page, desk_variables, ApiError, Client, Connection, DeskRecord, KindArg, RecordFilter,
    VehicleItem,
};
use crate::app::Route;
use crate::i18n::desk_labels::{options, word, VEHICLE_KINDS};
use crate::i18n::{labels::yes_no, I18n, D};
use crate::pages::records::RecordSpec;

pub struct VehicleSpec;

impl RecordSpec for VehicleSpec {
    type Item = VehicleItem;
    type Text = D;
    const TITLE: D = D::VehiclesTitle;
    const FILE_STEM: D = D::VehiclesStem;
    const SLUG: &'static str = "vehicles";

    fn columns() -> Vec<D> {
        vec![
            D::ColPlate,
            D::ColVehicleKind,
            D::ColOwner,
            D::ColPhone,
            D::ColLicensed,
            D::ColRetired,
            D::ColWhere,
            D::ColRegisteredOn,
        ]
    }

    fn cells(i18n: &I18n, v: &VehicleItem) -> Vec<String> {
        let retired = match (&v.retired_on, v.retired) {
            (Some(on), true) => format!("{} ({on})", yes_no(i18n, true)),
            (_, retired) => yes_no(i18n, retired).to_owned(),
        };
        vec![
            v.plate.clone(),
            word(i18n, VEHICLE_KINDS, &v.kind),
            v.owner_name.clone(),
            v.owner_phone.clone(),
            yes_no(i18n, v.licensed).to_owned(),
            retired,
            v.node.name.clone(),
            v.registered_on.clone(),
        ]
    }

    fn id(v: &VehicleItem) -> String {
        v.id.clone()
    }

    fn route(v: &VehicleItem) -> Route {
        Route::DeskRecord { id: v.id.clone() }
    }

    fn kinds(i18n: &I18n) -> Vec<(String, String)> {
        options(i18n, VEHICLE_KINDS)
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<VehicleItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::Enum, first, after);
        let query = include_str!("../../api/queries/vehicles_page.graphql");
        desk_page(&client, query, "vehicles", vars).await
    }
}

pub fn detail(i18n: &I18n, r: &DeskRecord) -> Detail {
    let mut fields = vec![
        (D::ColPlate, r.text("plate")),
        (
            D::ColVehicleKind,
            word(i18n, VEHICLE_KINDS, &r.text("kind")),
        ),
        (D::ColOwner, r.text("ownerName")),
        (D::ColPhone, r.text("ownerPhone")),
        (D::ColLicensed, yes_no(i18n, r.flag("licensed")).to_owned()),
        (D::ColRegisteredOn, r.text("registeredOn")),
        (D::ColRetired, yes_no(i18n, r.flag("retired")).to_owned()),
    ];
    if r.flag("retired") {
        fields.push((D::RetiredOn, r.text("retiredOn")));
        fields.push((D::RetiredReason, r.text("retiredReason")));
    }
    Detail {
        date: r.text("registeredOn"),
        heading: r.text("plate"),
        fields,
        texts: vec![],
    }
}

/// The phone is not offered: the form would start from the masked text.
pub const CORRECT: CorrectSpec = CorrectSpec {
    mutation: "updateVehicle",
    reason_arg: "reason",
    fields: &[
        Editable {
            name: "plate",
            label: D::ColPlate,
            input: Input::Text,
        },
        Editable {
            name: "ownerName",
            label: D::ColOwner,
            input: Input::Text,
        },
        Editable {
            name: "licensed",
            label: D::ColLicensed,
            input: Input::Bool,
        },
    ],
    names: &["reason", "plate", "ownerName", "licensed"],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::NodeRef;
    use crate::i18n::Lang;
    use crate::pages::records::records_csv;

    #[test]
    fn the_csv_has_one_line_per_vehicle_with_the_masked_phone() {
        let v = VehicleItem {
            id: "v1".into(),
            node: NodeRef {
                id: "g1".into(),
                name: "一组".into(),
            },
            plate: "贵C·A1234".into(),
            kind: "TRICYCLE".into(),
            owner_name: "王五".into(),
            owner_phone: "138****8000".into(),
            licensed: false,
            registered_on: "2026-03-01".into(),
            retired: true,
            retired_on: Some("2026-10-01".into()),
            version: 1,
        };
        let text = records_csv::<VehicleSpec>(&I18n::fixed(Lang::Zh), &[v]);
        let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert_eq!(
            lines[0],
            "号牌,车型,车主,联系电话,有牌有证,已注销,网格,登记日期"
        );
        assert_eq!(
            lines[1],
            "贵C·A1234,三轮车,王五,138****8000,否,是 (2026-10-01),一组,2026-03-01"
        );
    }
}
