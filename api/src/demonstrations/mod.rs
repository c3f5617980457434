//! Demonstration sites (示范村/示范组): each township designates one
//! demonstration village and one demonstration group, from a day, with
//! evidence. A newer designation at the same township and level ends the
//! older one (its `until` is the newer one's `since`, the old row kept as a
//! version), so the county sees which townships have both and since when.
//! `grid_nodes.demonstration` follows the current designation, so the grid
//! pages keep showing the mark.
pub mod schema;
pub mod service;
