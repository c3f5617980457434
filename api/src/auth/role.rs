//! The account roles: defined once with their column (`entity::account`);
//! which role may hold which level, and does what, is `authz::rules`.
use sea_orm::ActiveEnum;

pub use entity::account::Role;

/// `ADMIN,LEADER` (configuration); unknown names are ignored.
pub fn parse_list(text: &str) -> Vec<Role> {
    text.split(',')
        .filter_map(|r| Role::try_from_value(&r.trim().to_uppercase()).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_configured_list_reads_known_names_in_any_case() {
        assert_eq!(
            parse_list(" admin, LEADER ,viewer"),
            vec![Role::Admin, Role::Leader, Role::Viewer]
        );
        assert_eq!(parse_list("ADMIN,SUPERUSER,"), vec![Role::Admin]);
    }
}
