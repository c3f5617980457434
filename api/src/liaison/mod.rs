//! The group liaison's own work (附件3), besides patrols and hazards:
//! ceremony notices and on-site reminders, the vehicle register and
//! persuasion talks, seasonal warnings. Recorded at villager groups, on
//! the phone and through the offline outbox; read by the village and the
//! township as lists and in the year table.
pub mod ceremonies;
pub mod kinds;
pub mod plate;
pub mod read;
pub mod refusals;
pub mod schema;
pub mod talks;
pub mod vehicles;
pub mod warnings;
mod write;
