//! Persons, appointments and coverage as a township office uses them.
mod appointments;
mod coverage;
mod masking;
mod nested;
mod validation;
