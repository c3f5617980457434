//! A schema third parties can read: every type, field, argument and enum
//! value of the SDL says what it is, and every custom scalar its format.
use async_graphql::parser::types::{TypeKind, TypeSystemDefinition};

/// Every undocumented item of the SDL, as `Type`, `Type.field` or
/// `Type.field(arg)`.
fn undocumented(sdl: &str) -> Vec<String> {
    let document = async_graphql::parser::parse_schema(sdl).expect("the SDL parses");
    let mut missing = Vec::new();
    let blank = |d: &Option<async_graphql::Positioned<String>>| {
        d.as_ref().is_none_or(|d| d.node.trim().is_empty())
    };
    for definition in document.definitions {
        let TypeSystemDefinition::Type(ty) = definition else {
            continue;
        };
        let name = ty.node.name.node.to_string();
        if name.starts_with("__") {
            continue;
        }
        // async-graphql 7's generic `Connection` has no hook for its own
        // description (its fields are documented); every other type needs one.
        if blank(&ty.node.description) && !name.ends_with("Connection") {
            missing.push(name.clone());
        }
        match &ty.node.kind {
            TypeKind::Object(o) => fields(&name, &o.fields, &mut missing),
            TypeKind::Interface(i) => fields(&name, &i.fields, &mut missing),
            TypeKind::InputObject(i) => {
                for f in &i.fields {
                    if blank(&f.node.description) {
                        missing.push(format!("{name}.{}", f.node.name.node));
                    }
                }
            }
            TypeKind::Enum(e) => {
                for v in &e.values {
                    if blank(&v.node.description) {
                        missing.push(format!("{name}.{}", v.node.value.node));
                    }
                }
            }
            _ => {}
        }
    }
    missing
}

fn fields(
    ty: &str,
    fields: &[async_graphql::Positioned<async_graphql::parser::types::FieldDefinition>],
    missing: &mut Vec<String>,
) {
    for f in fields {
        let field = &f.node;
        if field
            .description
            .as_ref()
            .is_none_or(|d| d.node.trim().is_empty())
        {
            missing.push(format!("{ty}.{}", field.name.node));
        }
        for arg in &field.arguments {
            if arg
                .node
                .description
                .as_ref()
                .is_none_or(|d| d.node.trim().is_empty())
            {
                missing.push(format!("{ty}.{}({})", field.name.node, arg.node.name.node));
            }
        }
    }
}

#[test]
fn every_type_field_argument_and_enum_value_has_a_description() {
    let missing = undocumented(&api::graphql::sdl());
    assert!(
        missing.is_empty(),
        "{} undocumented items in the schema (add a doc comment or `desc`):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_walk_finds_an_undocumented_field() {
    let sdl = "\"\"\"A thing.\"\"\"\ntype Thing {\n  \"\"\"Its id.\"\"\"\n  id: ID!\n  name(short: Boolean): String!\n}\n";
    assert_eq!(undocumented(sdl), ["Thing.name", "Thing.name(short)"]);
}

#[test]
fn custom_scalars_say_their_format() {
    let sdl = api::graphql::sdl();
    let document = async_graphql::parser::parse_schema(&sdl).expect("the SDL parses");
    let mut scalars = Vec::new();
    for definition in document.definitions {
        let TypeSystemDefinition::Type(ty) = definition else {
            continue;
        };
        if let TypeKind::Scalar = ty.node.kind {
            let name = ty.node.name.node.to_string();
            let described = ty.node.description.as_ref().is_some_and(|d| {
                let d = d.node.to_lowercase();
                d.contains("format") || d.contains("yyyy")
            });
            assert!(described, "scalar {name} does not say its format");
            scalars.push(name);
        }
    }
    assert!(scalars.contains(&"Month".to_string()), "{scalars:?}");
}
