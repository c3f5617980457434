//! The desk's programme pages beside meetings (issue 8): one
//! [`RecordSpec`](crate::pages::records::RecordSpec) file per kind, the
//! list page that picks one by its slug (`/node/:id/records/:kind`) and one
//! detail page for every kind (`/record/:id`, through `node(id:)`), with
//! its evidence, earlier versions and, when `allowedActions` has it, the
//! correction form.

mod ceremonies;
mod correct;
mod demonstrations;
mod detail;
mod drills;
mod notebook_checks;
mod persuasions;
mod publicity;
mod retire;
mod trainings;
mod vehicles;
mod warnings;
mod work_plans;

pub use demonstrations::DemonstrationSpec;
pub use detail::DeskRecordPage;

use yew::prelude::*;

use crate::api::{node_detail, DeskRecord};
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::hooks::use_fetch;
use crate::i18n::{I18n, D};
use crate::pages::not_found::NotFound;
use crate::pages::records::{RecordList, RecordSpec};
use correct::CorrectSpec;

/// What a detail page shows of one record: the date and a short heading
/// for its title, the short fields, then the long texts.
pub struct Detail {
    pub date: String,
    pub heading: String,
    pub fields: Vec<(D, String)>,
    pub texts: Vec<(D, String)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeskKind {
    Trainings,
    Drills,
    Publicity,
    NotebookChecks,
    WorkPlans,
    Ceremonies,
    Vehicles,
    Persuasions,
    Warnings,
}

impl DeskKind {
    /// In the order the node page lists them: the township's programme,
    /// then the liaisons' work.
    pub const ALL: [DeskKind; 9] = [
        DeskKind::WorkPlans,
        DeskKind::Trainings,
        DeskKind::Drills,
        DeskKind::Publicity,
        DeskKind::NotebookChecks,
        DeskKind::Ceremonies,
        DeskKind::Vehicles,
        DeskKind::Persuasions,
        DeskKind::Warnings,
    ];

    /// The URL segment (and the page elements' id prefix).
    pub fn slug(self) -> &'static str {
        match self {
            DeskKind::Trainings => "trainings",
            DeskKind::Drills => "drills",
            DeskKind::Publicity => "publicity",
            DeskKind::NotebookChecks => "notebook-checks",
            DeskKind::WorkPlans => "work-plans",
            DeskKind::Ceremonies => "ceremonies",
            DeskKind::Vehicles => "vehicles",
            DeskKind::Persuasions => "persuasions",
            DeskKind::Warnings => "warnings",
        }
    }

    pub fn from_slug(slug: &str) -> Option<DeskKind> {
        DeskKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The kind of a record `node(id:)` answered.
    pub fn of_typename(name: &str) -> Option<DeskKind> {
        Some(match name {
            "Training" => DeskKind::Trainings,
            "Drill" => DeskKind::Drills,
            "PublicitySession" => DeskKind::Publicity,
            "NotebookCheck" => DeskKind::NotebookChecks,
            "WorkPlan" => DeskKind::WorkPlans,
            "CeremonyNotice" => DeskKind::Ceremonies,
            "Vehicle" => DeskKind::Vehicles,
            "Persuasion" => DeskKind::Persuasions,
            "SeasonalWarning" => DeskKind::Warnings,
            _ => return None,
        })
    }

    /// The link's words and the list's title.
    pub fn name(self) -> D {
        match self {
            DeskKind::Trainings => D::Trainings,
            DeskKind::Drills => D::Drills,
            DeskKind::Publicity => D::Publicity,
            DeskKind::NotebookChecks => D::NotebookChecks,
            DeskKind::WorkPlans => D::WorkPlans,
            DeskKind::Ceremonies => D::Ceremonies,
            DeskKind::Vehicles => D::Vehicles,
            DeskKind::Persuasions => D::Persuasions,
            DeskKind::Warnings => D::Warnings,
        }
    }

    pub fn title(self) -> D {
        match self {
            DeskKind::Trainings => D::TrainingsTitle,
            DeskKind::Drills => D::DrillsTitle,
            DeskKind::Publicity => D::PublicityTitle,
            DeskKind::NotebookChecks => D::NotebookChecksTitle,
            DeskKind::WorkPlans => D::WorkPlansTitle,
            DeskKind::Ceremonies => D::CeremoniesTitle,
            DeskKind::Vehicles => D::VehiclesTitle,
            DeskKind::Persuasions => D::PersuasionsTitle,
            DeskKind::Warnings => D::WarningsTitle,
        }
    }

    pub fn detail(self, i18n: &I18n, r: &DeskRecord) -> Detail {
        match self {
            DeskKind::Trainings => trainings::detail(i18n, r),
            DeskKind::Drills => drills::detail(i18n, r),
            DeskKind::Publicity => publicity::detail(i18n, r),
            DeskKind::NotebookChecks => notebook_checks::detail(i18n, r),
            DeskKind::WorkPlans => work_plans::detail(i18n, r),
            DeskKind::Ceremonies => ceremonies::detail(i18n, r),
            DeskKind::Vehicles => vehicles::detail(i18n, r),
            DeskKind::Persuasions => persuasions::detail(i18n, r),
            DeskKind::Warnings => warnings::detail(i18n, r),
        }
    }

    pub fn correction(self) -> &'static CorrectSpec {
        match self {
            DeskKind::Trainings => &trainings::CORRECT,
            DeskKind::Drills => &drills::CORRECT,
            DeskKind::Publicity => &publicity::CORRECT,
            DeskKind::NotebookChecks => &notebook_checks::CORRECT,
            DeskKind::WorkPlans => &work_plans::CORRECT,
            DeskKind::Ceremonies => &ceremonies::CORRECT,
            DeskKind::Vehicles => &vehicles::CORRECT,
            DeskKind::Persuasions => &persuasions::CORRECT,
            DeskKind::Warnings => &warnings::CORRECT,
        }
    }

    /// Lines the detail page adds below the record (a ceremony's reminders).
    pub fn extra_lines(self, i18n: &I18n, r: &DeskRecord) -> Option<Vec<String>> {
        (self == DeskKind::Ceremonies).then(|| ceremonies::reminders(i18n, r))
    }
}

#[derive(Properties, PartialEq)]
pub struct DeskListPageProps {
    pub id: String,
    pub kind: String,
}

/// One kind's list under a node; an unknown kind is "not found".
#[component]
pub fn DeskListPage(props: &DeskListPageProps) -> Html {
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    // Demonstration sites share the list, not the detail page (a row
    // leads to the village or group): they are no `DeskKind`.
    let sites = props.kind == DemonstrationSpec::SLUG;
    let kind = DeskKind::from_slug(&props.kind);
    if kind.is_none() && !sites {
        return html! { <NotFound /> };
    }
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let (id, name) = (detail.id.clone(), detail.name.clone());
    // A new key per kind and node: the list's filters start afresh.
    let key = format!("{}-{}", props.kind, id);
    let Some(kind) = kind else {
        return html! {
            <div class="list-page records-page">
                <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
                <RecordList<DemonstrationSpec> {key} node_id={id} node_name={name} />
            </div>
        };
    };
    let list = match kind {
        DeskKind::Trainings => {
            html! { <RecordList<trainings::TrainingSpec> {key} node_id={id} node_name={name} /> }
        }
        DeskKind::Drills => {
            html! { <RecordList<drills::DrillSpec> {key} node_id={id} node_name={name} /> }
        }
        DeskKind::Publicity => {
            html! { <RecordList<publicity::PublicitySpec> {key} node_id={id} node_name={name} /> }
        }
        DeskKind::NotebookChecks => {
            html! { <RecordList<notebook_checks::NotebookCheckSpec> {key} node_id={id} node_name={name} /> }
        }
        DeskKind::WorkPlans => {
            html! { <RecordList<work_plans::WorkPlanSpec> {key} node_id={id} node_name={name} /> }
        }
        DeskKind::Ceremonies => {
            html! { <RecordList<ceremonies::CeremonySpec> {key} node_id={id} node_name={name} /> }
        }
        DeskKind::Vehicles => {
            html! { <RecordList<vehicles::VehicleSpec> {key} node_id={id} node_name={name} /> }
        }
        DeskKind::Persuasions => {
            html! { <RecordList<persuasions::PersuasionSpec> {key} node_id={id} node_name={name} /> }
        }
        DeskKind::Warnings => {
            html! { <RecordList<warnings::WarningSpec> {key} node_id={id} node_name={name} /> }
        }
    };
    html! {
        <div class="list-page records-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            { list }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn same_length<S: RecordSpec>(item: S::Item) {
        let i18n = I18n::fixed(Lang::En);
        assert_eq!(
            S::columns().len(),
            S::cells(&i18n, &item).len(),
            "{}",
            S::SLUG
        );
    }

    #[test]
    fn every_slug_finds_its_kind_and_a_list_s_id_prefix_is_its_slug() {
        for k in DeskKind::ALL {
            assert_eq!(DeskKind::from_slug(k.slug()), Some(k));
        }
        assert_eq!(DeskKind::from_slug("meetings"), None);
        assert_eq!(vehicles::VehicleSpec::SLUG, DeskKind::Vehicles.slug());
        assert_eq!(
            notebook_checks::NotebookCheckSpec::SLUG,
            DeskKind::NotebookChecks.slug()
        );
        assert_eq!(
            DeskKind::of_typename("SeasonalWarning"),
            Some(DeskKind::Warnings)
        );
        assert_eq!(DeskKind::of_typename("GridNode"), None);
    }

    #[test]
    // (Kinds whose cells show a local time need the browser's clock: not here.)
    fn every_column_has_a_cell() {
        use crate::api::*;
        let node = || NodeRef {
            id: "n".into(),
            name: "凌云村".into(),
        };
        same_length::<notebook_checks::NotebookCheckSpec>(NotebookCheckItem {
            id: "c".into(),
            node: node(),
            checked_on: "2026-05-01".into(),
            kept: false,
            note: String::new(),
            person: None,
            appointment: None,
            author_name: "张三".into(),
            version: 1,
        });
        same_length::<drills::DrillSpec>(DrillItem {
            id: "d".into(),
            node: node(),
            held_on: "2026-05-01".into(),
            scenario: "防汛".into(),
            participant_count: 30,
            author_name: "张三".into(),
            version: 1,
            photos: vec![],
        });
    }

    #[test]
    fn a_notebook_check_names_the_person_and_says_not_kept() {
        use crate::api::*;
        let c = NotebookCheckItem {
            id: "c".into(),
            node: NodeRef {
                id: "n".into(),
                name: "凌云村".into(),
            },
            checked_on: "2026-05-01".into(),
            kept: false,
            note: "缺三月".into(),
            person: Some(Named {
                name: "李秀英".into(),
            }),
            appointment: Some(PostRef {
                role: "VILLAGE_OFFICER".into(),
            }),
            author_name: "张三".into(),
            version: 1,
        };
        let cells = notebook_checks::NotebookCheckSpec::cells(&I18n::fixed(Lang::Zh), &c);
        assert_eq!(
            &cells[..5],
            ["2026-05-01", "李秀英", "村级安全员", "凌云村", "记录不规范"]
        );
    }
}
