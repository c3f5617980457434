//! Persons, their appointments to posts, and the five auxiliary posts.
pub mod appointment_role;
pub mod appointments;
pub mod auxiliary_post;
pub mod persons;
pub mod schema;
