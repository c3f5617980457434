//! What the decision needs to know about a record: which kind it is, its
//! facts, and the node code that decides who may see it.
use super::action::Action;
use crate::programme::RecordFacts;
use entity::{
    account, api_token, appointment, assessment, campaign, document, grid_node, hazard, inspection,
    integrity_signal, payroll, payroll_line, person, photo, sanction, subsidy_standard,
    village_assignment,
};

/// A record as the rules see it.
pub enum Subject<'r> {
    Node(&'r grid_node::Model),
    Person(&'r person::Model),
    Appointment(&'r appointment::Model),
    Account(&'r account::Model),
    ApiToken(&'r api_token::Model),
    Inspection(&'r inspection::Model),
    Hazard(&'r hazard::Model),
    Photo(&'r photo::Model),
    Document(&'r document::Model),
    /// Any programme record (meetings, trainings, …): its shared facts.
    Record(RecordFacts),
    VillageAssignment(&'r village_assignment::Model),
    Campaign(&'r campaign::Model),
    /// A county's standard (or the notice's, where the county set none).
    SubsidyStandard(&'r subsidy_standard::Model),
    Payroll(&'r payroll::Model),
    /// A payroll's line: seen exactly where its payroll is.
    PayrollLine(&'r payroll_line::Model),
    /// A sanction the county decided: seen by its subject and above.
    Sanction(&'r sanction::Model),
    /// A finding of the integrity scan (诚信预警), where its records meet.
    IntegritySignal(&'r integrity_signal::Model),
    /// A township's scorecard for a year (computed, or as locked).
    Scorecard(&'r crate::scorecards::Card),
    /// A post's assessment for a period: seen where the post is.
    Assessment(&'r assessment::Model),
}

impl Subject<'_> {
    /// The grid code that decides visibility: where the record lives
    /// (a hazard: where it was found, so the group that reported it still
    /// sees it after it went up).
    pub fn visibility_code(&self) -> i64 {
        match self {
            Subject::Node(n) => n.code,
            Subject::Person(p) => p.node_code,
            Subject::Appointment(a) => a.node_code,
            Subject::Account(a) => a.node_code,
            Subject::ApiToken(t) => t.node_code,
            Subject::Inspection(i) => i.node_code,
            Subject::Hazard(h) => h.node_code,
            Subject::Photo(p) => p.node_code,
            Subject::Document(d) => d.node_code,
            Subject::Record(r) => r.node_code,
            // Who answers for a village is the township's business.
            Subject::VillageAssignment(a) => a.township_code,
            Subject::Campaign(c) => c.node_code,
            Subject::SubsidyStandard(s) => s.node_code,
            // A payroll is the payer's book: the payer and the levels above.
            Subject::Payroll(p) => p.payer_code,
            Subject::PayrollLine(l) => l.payer_code,
            Subject::Sanction(s) => s.subject_code,
            Subject::IntegritySignal(s) => s.node_code,
            // The township's card: the township and the levels above.
            Subject::Scorecard(c) => c.township.code,
            Subject::Assessment(a) => a.node_code,
        }
    }
}

/// A model the decision knows. Only the models listed here can be
/// authorized, so a new record type must be added before it can be served.
pub trait Guarded {
    /// The actions `allowedActions` reports for this kind of record.
    const ACTIONS: &'static [Action];
    fn subject(&self) -> Subject<'_>;
    /// The actions of this record (a programme record's depend on its kind).
    fn actions(&self) -> &'static [Action] {
        Self::ACTIONS
    }
}

macro_rules! guarded {
    ($model:ty, $variant:ident, $actions:expr) => {
        impl Guarded for $model {
            const ACTIONS: &'static [Action] = $actions;
            fn subject(&self) -> Subject<'_> {
                Subject::$variant(self)
            }
        }
    };
}

guarded!(grid_node::Model, Node, Action::NODE);
guarded!(person::Model, Person, Action::PERSON);
guarded!(appointment::Model, Appointment, Action::APPOINTMENT);
guarded!(account::Model, Account, Action::ACCOUNT);
guarded!(api_token::Model, ApiToken, Action::API_TOKEN);
guarded!(inspection::Model, Inspection, Action::INSPECTION);
guarded!(hazard::Model, Hazard, Action::HAZARD);
guarded!(photo::Model, Photo, &[]);
guarded!(document::Model, Document, Action::DOCUMENT);

impl Guarded for RecordFacts {
    const ACTIONS: &'static [Action] = Action::RECORD;
    fn subject(&self) -> Subject<'_> {
        Subject::Record(*self)
    }
    fn actions(&self) -> &'static [Action] {
        self.actions()
    }
}
guarded!(village_assignment::Model, VillageAssignment, &[]);
guarded!(campaign::Model, Campaign, Action::CAMPAIGN);
guarded!(subsidy_standard::Model, SubsidyStandard, &[]);
guarded!(payroll::Model, Payroll, Action::PAYROLL);
guarded!(payroll_line::Model, PayrollLine, &[]);
guarded!(sanction::Model, Sanction, &[]);
guarded!(
    integrity_signal::Model,
    IntegritySignal,
    Action::INTEGRITY_SIGNAL
);
guarded!(crate::scorecards::Card, Scorecard, Action::SCORECARD);
guarded!(assessment::Model, Assessment, Action::ASSESSMENT);

/// A proof stands for its record, so a proof can be checked for a further
/// action (a read proof, then "may this caller also edit it?").
impl<T: Guarded> Guarded for super::proof::Authorized<T> {
    const ACTIONS: &'static [Action] = T::ACTIONS;
    fn subject(&self) -> Subject<'_> {
        (**self).subject()
    }
    fn actions(&self) -> &'static [Action] {
        (**self).actions()
    }
}
