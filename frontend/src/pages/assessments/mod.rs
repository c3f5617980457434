//! The assessments page (`/node/:id/assessments`): for a period (a month
//! or a year, as the node's rules assess), the assessments under the node
//! with the person, the post, the points, the grade and the status; and,
//! at a township (its village officers) or a village (its group
//! liaisons), the posts without one yet, with 开始考核 where the post's
//! `allowedActions` has START_ASSESSMENT. Above the township it only reads.

mod list;
pub mod period;
mod picker;
mod to_start;
pub mod words;

use yew::prelude::*;

use crate::api::{
    assessment_rules, assessments_all, node_detail, AppointmentRole, AssessmentPeriodKind,
    AssessmentStatus, Level, RulePeriod, SubsidyRole,
};
use crate::components::{Breadcrumb, ErrorBanner, Loading, SelectField};
use crate::dates::today;
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, I18n, A};
use list::AssessmentList;
use picker::PeriodPicker;
use to_start::ToStartCard;

#[derive(Properties, PartialEq)]
pub struct AssessmentsPageProps {
    pub id: String,
}

/// The posts a node assesses: a township its village officers, a village
/// its group liaisons; other levels assess none here.
pub fn assessed_posts(level: Level) -> Option<(AppointmentRole, SubsidyRole)> {
    match level {
        Level::Township => Some((AppointmentRole::VillageOfficer, SubsidyRole::VillageOfficer)),
        Level::Village => Some((AppointmentRole::GroupLiaison, SubsidyRole::GroupLiaison)),
        _ => None,
    }
}

/// The rules the page's period follows: those of the posts the node
/// assesses, else (a county and above) the village officers'.
fn rules_for(rules: &[RulePeriod], level: Level) -> Option<&RulePeriod> {
    let role = assessed_posts(level).map_or(SubsidyRole::VillageOfficer, |(_, r)| r);
    rules.iter().find(|r| r.role == role)
}

fn rules_line(i18n: &I18n, r: &RulePeriod) -> String {
    let by = i18n.t(match r.period_kind {
        AssessmentPeriodKind::Month => A::ByMonth,
        _ => A::ByYear,
    });
    match (&r.from_node_name, r.is_default) {
        (Some(from), false) => i18n.f(A::RulesFrom, &[&by, from, &r.pass_mark]),
        _ => i18n.f(A::RulesDefault, &[&by, &r.pass_mark]),
    }
}

#[component]
pub fn AssessmentsPage(props: &AssessmentsPageProps) -> Html {
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let rules = use_fetch(props.id.clone(), |client, id| async move {
        assessment_rules(&client, &id).await
    });
    let (Some(detail), Some(rules_now)) = (node.data.clone(), rules.data.clone()) else {
        return match node.error.or(rules.error) {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let rule = rules_for(&rules_now, detail.level).cloned();
    let kind = rule
        .as_ref()
        .map_or(AssessmentPeriodKind::Year, |r| r.period_kind);
    html! {
        <div class="month-page assessments-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            // Keyed by the kind, so the period starts again at its default
            // when the rules change between a month and a year.
            <PeriodBody key={format!("{kind:?}")} node_id={detail.id.clone()} node_name={detail.name.clone()}
                level={detail.level} {kind} {rule} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PeriodBodyProps {
    node_id: String,
    node_name: String,
    level: Level,
    kind: AssessmentPeriodKind,
    rule: Option<RulePeriod>,
}

#[component]
fn PeriodBody(props: &PeriodBodyProps) -> Html {
    let i18n = use_i18n();
    let kind = props.kind;
    let period = use_state(|| period::default_period(kind, &today()));
    let status = use_state(|| None::<AssessmentStatus>);
    let list = use_fetch(
        (props.node_id.clone(), (*period).clone()),
        |client, (under, period)| async move { assessments_all(&client, &under, &period).await },
    );
    let on_status = {
        let status = status.clone();
        Callback::from(move |v: String| {
            status.set(match v.as_str() {
                "DRAFT" => Some(AssessmentStatus::Draft),
                "SUBMITTED" => Some(AssessmentStatus::Submitted),
                "APPROVED" => Some(AssessmentStatus::Approved),
                _ => None,
            })
        })
    };
    let options: Vec<(AttrValue, AttrValue)> = [
        ("", A::AllStatuses),
        ("DRAFT", A::Draft),
        ("SUBMITTED", A::Submitted),
        ("APPROVED", A::Approved),
    ]
    .into_iter()
    .map(|(v, k)| (AttrValue::from(v), AttrValue::from(i18n.t(k))))
    .collect();
    let chosen = status.and_then(AssessmentStatus::as_graphql).unwrap_or("");
    let posts = assessed_posts(props.level);
    let title = i18n.f(A::AssessmentsTitle, &[&props.node_name, &*period]);
    html! {
        <>
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ title }</h1>
                </div>
                <div class="roster-toolbar no-print">
                    <PeriodPicker period={period.clone()} {kind} />
                    <div class="roster-filters">
                        <SelectField id="assessment-status" label={i18n.t(A::StatusFilter)} {options}
                            value={AttrValue::from(chosen)} onchange={on_status} />
                    </div>
                </div>
                if let Some(rule) = &props.rule {
                    <p class="hint" id="assessment-rules">{ rules_line(&i18n, rule) }</p>
                }
                if posts.is_none() {
                    <p class="hint">{ i18n.t(A::ReadOnlyHint) }</p>
                }
            </section>
            <section class="card assessments-card">
                <h2 class="card-title">{ i18n.t(A::ListTitle) }</h2>
                if let Some(err) = list.error.clone() {
                    <ErrorBanner error={err} retry={list.reload.clone()} />
                }
                if let Some(rows) = list.data.clone() {
                    <AssessmentList rows={rows} status={*status} />
                } else if list.loading {
                    <Loading />
                }
            </section>
            if let (Some((role, _)), Some(rows)) = (posts, list.data.clone()) {
                <ToStartCard node_id={props.node_id.clone()} {role} period={(*period).clone()} assessed={rows} />
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(role: SubsidyRole, period_kind: AssessmentPeriodKind) -> RulePeriod {
        RulePeriod {
            role,
            period_kind,
            pass_mark: 60,
            is_default: false,
            from_node_name: Some("龙泉街道".into()),
        }
    }

    #[test]
    fn a_township_assesses_its_officers_a_village_its_liaisons_and_the_county_reads() {
        assert_eq!(
            assessed_posts(Level::Township).map(|(r, _)| r),
            Some(AppointmentRole::VillageOfficer)
        );
        assert_eq!(
            assessed_posts(Level::Village).map(|(r, _)| r),
            Some(AppointmentRole::GroupLiaison)
        );
        assert_eq!(assessed_posts(Level::County), None);
        assert_eq!(assessed_posts(Level::Group), None);
    }

    #[test]
    fn the_period_follows_the_rules_of_the_posts_the_node_assesses() {
        let rules = [
            rule(SubsidyRole::VillageOfficer, AssessmentPeriodKind::Year),
            rule(SubsidyRole::GroupLiaison, AssessmentPeriodKind::Month),
        ];
        let kind = |level| rules_for(&rules, level).map(|r| r.period_kind);
        assert_eq!(kind(Level::Township), Some(AssessmentPeriodKind::Year));
        assert_eq!(kind(Level::Village), Some(AssessmentPeriodKind::Month));
        assert_eq!(kind(Level::County), Some(AssessmentPeriodKind::Year));
        let zh = I18n::fixed(crate::i18n::Lang::Zh);
        assert_eq!(
            rules_line(&zh, &rules[1]),
            "按月考核，细则由龙泉街道制定，合格线 60 分"
        );
    }
}
