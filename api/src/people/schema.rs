//! GraphQL types and resolvers for persons and appointments. Phone and ID
//! numbers are masked unless the caller's role may see them.
use crate::authz::{loaders, Authorized};
use crate::context::{all, scope, state};
use crate::error::{AppError, AppResult, GqlResult, Key};
use crate::grid::schema::GridNode;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::appointment_role::AppointmentRole;
use crate::people::appointments::{
    self, Appointee, AppointmentChanges, NewAppointment, Replacement,
};
use crate::people::auxiliary_post::AuxiliaryPost;
use crate::people::persons::{self, PersonChanges, PersonData};
use crate::scope::Permission;
use crate::validate;
use async_graphql::{Context, InputObject, Object, ID};
use chrono::NaiveDate;
use entity::{appointment, person};
use uuid::Uuid;

/// A person the caller may see, directly or through a record.
pub struct Person(pub Authorized<person::Model>);

impl Person {
    /// A person a service returned, shown if the caller may see them.
    pub fn shown(scope: &crate::scope::Scope, model: person::Model) -> AppResult<Person> {
        Ok(Person(crate::authz::authorize(
            scope,
            crate::authz::Action::Read,
            model,
        )?))
    }
}

/// A phone number as the caller may see it: in full for roles that may
/// see phones, masked (138****8000) for the rest. Every phone the API
/// answers (persons', vehicle owners') goes through here.
pub fn shown_phone(scope: &crate::scope::Scope, phone: &str) -> String {
    if scope.can(Permission::SeePhones) {
        phone.to_string()
    } else {
        validate::mask_phone(phone)
    }
}

/// A person on the roster (花名册).
#[Object]
impl Person {
    /// What the caller may do with this record now, by the same decision
    /// the server applies when it is tried (the web app offers only these).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        Ok(crate::authz::allowed_actions(
            crate::context::scope(ctx)?,
            &self.0,
        ))
    }
    /// The person's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The person's name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Masked (138****8000) for roles that may not see phone numbers.
    async fn phone(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(shown_phone(scope(ctx)?, &self.0.phone))
    }
    /// Masked unless the caller administers people (township and above).
    async fn id_number(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        let full = scope(ctx)?.can(Permission::SeeIdNumbers);
        Ok(self.0.id_number.as_deref().map(|n| {
            if full {
                n.to_string()
            } else {
                validate::mask_id_number(n)
            }
        }))
    }
    /// A second duty the person holds (road-safety assistant, forest ranger …), if any.
    async fn auxiliary_post(&self) -> Option<AuxiliaryPost> {
        self.0.auxiliary_post
    }
    /// Optimistic-lock version: send it back with a change; a stale one answers CONFLICT.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// Where the person is registered; null when that lies above the
    /// caller's node (a township-registered officer seen by the village).
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<Option<GridNode>> {
        Ok(loaders::node_if_visible(ctx, self.0.node_id)
            .await?
            .map(GridNode))
    }
    /// The person's terms in post, current and ended.
    #[graphql(complexity = "crate::pagination::list_cost(5, child_complexity)")]
    async fn appointments(&self, ctx: &Context<'_>) -> GqlResult<Vec<Appointment>> {
        let rows = appointments::for_person(&state(ctx)?.db, scope(ctx)?, self.0.id).await?;
        Ok(rows.into_iter().map(Appointment).collect())
    }
}

pub struct Appointment(pub appointment::Model);

/// One person's term in a post at a node (an officer at a village, a liaison at a group).
#[Object]
impl Appointment {
    /// What the caller may do with this record now, by the same decision
    /// the server applies when it is tried (the web app offers only these).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        Ok(crate::authz::allowed_actions(
            crate::context::scope(ctx)?,
            &self.0,
        ))
    }
    /// The appointment's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The post held.
    async fn role(&self) -> GqlResult<AppointmentRole> {
        Ok(self.0.role)
    }
    /// Visible through the appointment, wherever the person is registered.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        crate::authz::loaders::person_on(ctx, &self.0, self.0.person_id)
            .await?
            .map(Person)
            .ok_or_else(|| {
                AppError::internal(anyhow::anyhow!("appointment {} has no person", self.0.id))
                    .into()
            })
    }
    /// Where the post is.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.node_id).await?))
    }
    /// The first day in post.
    async fn start_date(&self) -> NaiveDate {
        self.0.start_date
    }
    /// The last day in post; null while the person still holds it.
    async fn end_date(&self) -> Option<NaiveDate> {
        self.0.end_date
    }
    /// When the person was trained for the post, if known.
    async fn training_date(&self) -> Option<NaiveDate> {
        self.0.training_date
    }
    /// When the person received the inspection notebook, if known.
    async fn notebook_issued_date(&self) -> Option<NaiveDate> {
        self.0.notebook_issued_date
    }
    /// A township leader in charge of safety (分管安全).
    async fn in_charge_of_safety(&self) -> bool {
        self.0.in_charge_of_safety
    }
    /// A township leader's assigned villages (挂包村): those assigned today,
    /// or with `includeEnded` every assignment ever made, newest first.
    #[graphql(complexity = "crate::pagination::list_cost(20, child_complexity)")]
    async fn assigned_villages(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            default = false,
            desc = "Also the assignments that ended (the history)."
        )]
        include_ended: bool,
    ) -> GqlResult<Vec<crate::leaders::schema::VillageAssignment>> {
        crate::leaders::schema::assigned_villages(ctx, &self.0, include_ended).await
    }
    /// In post today (China time).
    async fn current(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        Ok(appointments::is_current(&self.0, state(ctx)?.today()))
    }
    /// Optimistic-lock version: send it back with a change; a stale one answers CONFLICT.
    async fn version(&self) -> i32 {
        self.0.version
    }
}

/// A new person for the roster.
#[derive(InputObject)]
pub struct PersonInput {
    /// The node the person is registered under; in `appoint`, defaults to
    /// the appointment's node.
    pub node_id: Option<ID>,
    /// The person's name.
    pub name: String,
    /// An 11-digit mainland mobile number.
    pub phone: String,
    /// The 18-character resident ID number.
    pub id_number: Option<String>,
    /// A second duty, if any.
    pub auxiliary_post: Option<AuxiliaryPost>,
}

impl PersonInput {
    fn parse(&self, default_node: Option<Uuid>, today: NaiveDate) -> GqlResult<PersonData> {
        let node = match (ids::parse_opt(&self.node_id)?, default_node) {
            (Some(n), _) | (None, Some(n)) => n,
            (None, None) => return Err(AppError::input("nodeId", Key::PersonNodeRequired).into()),
        };
        Ok(PersonData::parse(
            node,
            &self.name,
            &self.phone,
            self.id_number.as_deref(),
            self.auxiliary_post,
            today,
        )?)
    }
}

/// Corrected details of a person.
#[derive(InputObject)]
pub struct UpdatePersonInput {
    /// The person.
    pub id: ID,
    /// The person's version as last read.
    pub version: i32,
    /// The person's name.
    pub name: Option<String>,
    /// An 11-digit mainland mobile number.
    pub phone: Option<String>,
    /// The 18-character resident ID number.
    pub id_number: Option<String>,
    /// A second duty, if any.
    pub auxiliary_post: Option<AuxiliaryPost>,
}

/// Appoint a person (existing or new) to a post at a node.
#[derive(InputObject)]
pub struct AppointInput {
    /// The village (officers) or villager group (liaisons) of the post.
    pub node_id: ID,
    /// The post: village safety officer or group safety liaison.
    pub role: AppointmentRole,
    /// The first day in post.
    pub start_date: NaiveDate,
    /// An existing person …
    pub person_id: Option<ID>,
    /// … or a new one.
    pub new_person: Option<PersonInput>,
    /// When the person was trained for the post, if known.
    pub training_date: Option<NaiveDate>,
    /// When the person received the inspection notebook, if known.
    pub notebook_issued_date: Option<NaiveDate>,
    /// Only for `TOWNSHIP_LEADER`: the leader in charge of safety (分管安全).
    #[graphql(default = false)]
    pub in_charge_of_safety: bool,
}

/// End a term and appoint the successor in one step.
#[derive(InputObject)]
pub struct ReplaceAppointmentInput {
    /// The appointment that ends.
    pub appointment_id: ID,
    /// Its version as last read.
    pub version: i32,
    /// The predecessor's appointment ends on this day.
    pub end_date: NaiveDate,
    /// The successor starts on this day.
    pub start_date: NaiveDate,
    /// The successor, from the roster (or give `newPerson`).
    pub person_id: Option<ID>,
    /// The successor as a new person (or give `personId`).
    pub new_person: Option<PersonInput>,
    /// When the successor was trained, if known.
    pub training_date: Option<NaiveDate>,
    /// When the successor received the notebook, if known.
    pub notebook_issued_date: Option<NaiveDate>,
}

/// End a term in post.
#[derive(InputObject)]
pub struct EndAppointmentInput {
    /// The appointment to end.
    pub appointment_id: ID,
    /// The appointment's version as last read.
    pub version: i32,
    /// The last day in post.
    pub end_date: NaiveDate,
}

/// Corrected dates of an appointment.
#[derive(InputObject)]
pub struct UpdateAppointmentInput {
    /// The appointment.
    pub appointment_id: ID,
    /// Its version as last read.
    pub version: i32,
    /// When the person was trained; null to clear.
    pub training_date: Option<NaiveDate>,
    /// When the notebook was issued; null to clear.
    pub notebook_issued_date: Option<NaiveDate>,
}

fn appointee(
    person_id: &Option<ID>,
    new_person: &Option<PersonInput>,
    node: Uuid,
    today: NaiveDate,
) -> GqlResult<Appointee> {
    match (person_id, new_person) {
        (Some(id), None) => Ok(Appointee::Existing(ids::parse(id)?)),
        (None, Some(p)) => Ok(Appointee::New(p.parse(Some(node), today)?)),
        _ => Err(AppError::input("personId", Key::PersonChooseOne).into()),
    }
}

#[derive(Default)]
pub struct PeopleQuery;

#[Object]
impl PeopleQuery {
    /// People on the roster under a node, optionally matching a name.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn persons(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only people below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "A name to match.")] search: Option<String>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Person>> {
        let page = Page::parse(first, after, last, before)?;
        let (items, total) = persons::list(
            &state(ctx)?.db,
            scope(ctx)?,
            ids::parse_opt(&under)?,
            search,
            page,
        )
        .await?;
        Ok(connection(
            items
                .into_iter()
                .map(|p| Person::shown(scope(ctx)?, p))
                .collect::<AppResult<Vec<_>>>()?,
            total,
        ))
    }

    /// The roster (花名册): officers and liaisons in post under a node, in
    /// grid order; with `includeEnded`, everyone who ever held a post.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn appointments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only posts below this node (default: the caller's node).")] under: Option<
            ID,
        >,
        #[graphql(desc = "Only this post.")] role: Option<AppointmentRole>,
        #[graphql(default = false, desc = "Include terms that have ended.")] include_ended: bool,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Appointment>> {
        let page = Page::parse(first, after, last, before)?;
        let (items, total) = appointments::list(
            &state(ctx)?.db,
            scope(ctx)?,
            ids::parse_opt(&under)?,
            role,
            include_ended,
            state(ctx)?.today(),
            page,
        )
        .await?;
        Ok(connection(
            items.into_iter().map(Appointment).collect(),
            total,
        ))
    }

    /// One person; NOT_FOUND when missing or outside the caller's subtree.
    async fn person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The person's id.")] id: ID,
    ) -> GqlResult<Person> {
        Ok(Person(
            persons::find(&state(ctx)?.db, scope(ctx)?, ids::parse(&id)?).await?,
        ))
    }
}

#[derive(Default)]
pub struct PeopleMutation;

#[Object]
impl PeopleMutation {
    /// Adds a person to the roster at a node.
    async fn create_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The person.")] input: PersonInput,
    ) -> GqlResult<Person> {
        let (st, req, sc) = all(ctx)?;
        let data = input.parse(None, req.today())?;
        Ok(Person::shown(
            sc,
            persons::create(st, req, sc, data).await?,
        )?)
    }

    /// Corrects a person's details.
    async fn update_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The person and the new details.")] input: UpdatePersonInput,
    ) -> GqlResult<Person> {
        let (st, req, sc) = all(ctx)?;
        let changes = PersonChanges {
            id: ids::parse(&input.id)?,
            version: input.version,
            name: input.name,
            phone: input.phone,
            id_number: input.id_number,
            auxiliary_post: input.auxiliary_post,
        };
        Ok(Person::shown(
            sc,
            persons::update(st, req, sc, changes).await?,
        )?)
    }

    /// Appoints a person (existing or new) to a post at a node.
    async fn appoint(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The appointment.")] input: AppointInput,
    ) -> GqlResult<Appointment> {
        let (st, req, sc) = all(ctx)?;
        let node_id = ids::parse(&input.node_id)?;
        let a = NewAppointment {
            node_id,
            role: input.role,
            appointee: appointee(&input.person_id, &input.new_person, node_id, req.today())?,
            start_date: input.start_date,
            training_date: input.training_date,
            notebook_issued_date: input.notebook_issued_date,
            in_charge_of_safety: input.in_charge_of_safety,
        };
        Ok(Appointment(appointments::appoint(st, req, sc, a).await?))
    }

    /// Ends an appointment and starts the successor's; returns the new one.
    async fn replace_appointment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The appointment to end and its successor.")]
        input: ReplaceAppointmentInput,
    ) -> GqlResult<Appointment> {
        let (st, req, sc) = all(ctx)?;
        let id = ids::parse(&input.appointment_id)?;
        let old = appointments::find(&st.db, sc, id).await?;
        let r = Replacement {
            appointment_id: id,
            version: input.version,
            end_date: input.end_date,
            successor: appointee(
                &input.person_id,
                &input.new_person,
                old.node_id,
                req.today(),
            )?,
            start_date: input.start_date,
            training_date: input.training_date,
            notebook_issued_date: input.notebook_issued_date,
        };
        Ok(Appointment(appointments::replace(st, req, sc, r).await?))
    }

    /// Ends a term in post.
    async fn end_appointment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The appointment and its last day.")] input: EndAppointmentInput,
    ) -> GqlResult<Appointment> {
        let (st, req, sc) = all(ctx)?;
        let id = ids::parse(&input.appointment_id)?;
        Ok(Appointment(
            appointments::end(st, req, sc, id, input.version, input.end_date).await?,
        ))
    }

    /// Corrects an appointment's dates.
    async fn update_appointment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The appointment and the new dates.")] input: UpdateAppointmentInput,
    ) -> GqlResult<Appointment> {
        let (st, req, sc) = all(ctx)?;
        let c = AppointmentChanges {
            id: ids::parse(&input.appointment_id)?,
            version: input.version,
            training_date: input.training_date,
            notebook_issued_date: input.notebook_issued_date,
        };
        Ok(Appointment(appointments::update(st, req, sc, c).await?))
    }
}
