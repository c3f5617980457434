//! Posts a person can be appointed to: the stored value is defined once
//! with its table (`entity`); who may hold which is `authz::rules`.
pub use entity::appointment::AppointmentRole;
