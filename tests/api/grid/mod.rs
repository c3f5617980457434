//! The grid as a user sees it: creating nodes, the breadcrumb, versions.
mod breadcrumb;
mod create_node;
mod demo;
mod versions;
