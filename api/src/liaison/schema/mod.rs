//! GraphQL for the liaison's records: one Query and one Mutation part per
//! kind, merged here. Every type is the shared `RecordFields` beside its
//! own, implements `Node` and has `allowedActions`; every list is a Relay
//! connection with `under`, `from`/`to` and `totalCount`.
pub mod ceremony;
pub mod reminder;
pub mod talk;
pub mod vehicle;
pub mod warning;

use async_graphql::MergedObject;

/// Reads of the liaison's records.
#[derive(MergedObject, Default)]
pub struct LiaisonQuery(
    ceremony::CeremonyQuery,
    reminder::ReminderQuery,
    vehicle::VehicleQuery,
    talk::TalkQuery,
    warning::WarningQuery,
);

/// Writes of the liaison's records (idempotent by key; corrections keep
/// the old version).
#[derive(MergedObject, Default)]
pub struct LiaisonMutation(
    ceremony::CeremonyMutation,
    reminder::ReminderMutation,
    vehicle::VehicleMutation,
    talk::TalkMutation,
    warning::WarningMutation,
);

/// `record_type!(Vehicle, VehicleFields, vehicle)`: the merged GraphQL type
/// of a liaison record, built from its read proof, with the `id` the
/// `Node` interface reads.
#[macro_export]
macro_rules! liaison_type {
    ($(#[$doc:meta])* $name:ident, $fields:ident, $table:ident) => {
        $(#[$doc])*
        #[derive(async_graphql::MergedObject)]
        pub struct $name(pub $crate::programme::RecordFields, pub $fields);

        impl From<$crate::authz::Authorized<entity::$table::Model>> for $name {
            fn from(proof: $crate::authz::Authorized<entity::$table::Model>) -> Self {
                $name(
                    $crate::programme::RecordFields($crate::authz::facts_of::<
                        entity::$table::Entity,
                    >(&proof)),
                    $fields(proof),
                )
            }
        }

        impl $name {
            /// For the `Node` interface, which reads `id` from the type itself.
            pub async fn id(&self, _: &async_graphql::Context<'_>) -> async_graphql::Result<async_graphql::ID> {
                Ok($crate::ids::to_id(self.1 .0.id))
            }
        }

        pub struct $fields(pub $crate::authz::Authorized<entity::$table::Model>);
    };
}
