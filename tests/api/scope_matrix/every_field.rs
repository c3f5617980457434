//! The matrix must name every Query and Mutation field of the schema: a new
//! field without a row fails here until someone decides who may use it.
use super::table::{all_rows, field_of, SESSION_ROWS};
use async_graphql::parser::types::{TypeKind, TypeSystemDefinition};
use std::collections::BTreeSet;

fn root_fields(sdl: &str) -> BTreeSet<String> {
    let document = async_graphql::parser::parse_schema(sdl).expect("the SDL parses");
    let mut fields = BTreeSet::new();
    for definition in document.definitions {
        let TypeSystemDefinition::Type(ty) = definition else {
            continue;
        };
        let name = ty.node.name.node.as_str();
        if name != "Query" && name != "Mutation" {
            continue;
        }
        if let TypeKind::Object(object) = &ty.node.kind {
            fields.extend(object.fields.iter().map(|f| f.node.name.node.to_string()));
        }
    }
    fields
}

fn matrix_fields() -> BTreeSet<String> {
    all_rows()
        .map(|r| field_of(r.field))
        .chain(SESSION_ROWS.iter().map(|r| r.0))
        .map(String::from)
        .collect()
}

#[test]
fn every_query_and_mutation_field_has_a_row_in_the_scope_matrix() {
    let schema = root_fields(&api::graphql::sdl());
    assert!(
        schema.contains("nodes") && schema.contains("createNode"),
        "parsed: {schema:?}"
    );
    let rows = matrix_fields();
    let missing: Vec<_> = schema.difference(&rows).collect();
    assert!(
        missing.is_empty(),
        "fields with no row in tests/api/scope_matrix/table.rs: {missing:?}"
    );
}

#[test]
fn every_row_of_the_scope_matrix_names_a_field_of_the_schema() {
    let schema = root_fields(&api::graphql::sdl());
    let stale: Vec<_> = matrix_fields()
        .into_iter()
        .filter(|f| !schema.contains(f))
        .collect();
    assert!(
        stale.is_empty(),
        "rows for fields the schema no longer has: {stale:?}"
    );
}

#[test]
fn every_row_name_has_exactly_one_row_for_every_demo_role_and_for_anonymous_callers() {
    use super::table::User::*;
    let names: BTreeSet<&str> = all_rows()
        .map(|r| r.field)
        .chain(SESSION_ROWS.iter().map(|r| r.0))
        .collect();
    for name in names {
        for user in [
            CityViewer,
            CountyAdmin,
            TownshipAdmin,
            VillageOfficer,
            GroupLiaison,
            Anonymous,
        ] {
            let rows = all_rows()
                .filter(|r| r.field == name && r.user == user)
                .count()
                + SESSION_ROWS
                    .iter()
                    .filter(|r| r.0 == name && r.1 == user)
                    .count();
            assert_eq!(rows, 1, "{name} has {rows} rows for {user:?}");
        }
    }
}
