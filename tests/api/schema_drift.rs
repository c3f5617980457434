//! The committed SDL is what third-party dashboards read: it must match
//! the code.
#[test]
fn the_committed_schema_matches_the_code() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../api/schema.graphql");
    let committed = std::fs::read_to_string(&path).expect("api/schema.graphql is committed");
    let generated = api::graphql::sdl();
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map(|i| i + 1)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()) + 1);
        panic!(
            "api/schema.graphql differs from the code (first at line {line}); \
             run `cargo run -p api -- print-schema > api/schema.graphql` and commit it"
        );
    }
}
