//! Integrity across processes (issue 7, item 10): the audit chain, the
//! idempotency of creates and the escalation round hold however many
//! servers and commands write to one database at once; every timestamp and
//! date rule follows the one configured clock.
mod across_processes;
mod clock;
mod escalation_round;
mod idempotency;
mod stored_values;

use std::path::PathBuf;
use std::sync::OnceLock;

/// The `safegrid` binary, built (or found up to date) once per test run
/// next to this test binary, so tests can run the real commands as other
/// processes.
pub fn safegrid() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("the test binary's path");
        // target/<profile>/deps/api-… → target/<profile>
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("the test binary sits in target/<profile>/deps")
            .to_path_buf();
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut build = std::process::Command::new(cargo);
        build.args(["build", "--quiet", "-p", "api", "--bin", "safegrid"]);
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            build.arg("--release");
        }
        let status = build.status().expect("run cargo build for safegrid");
        assert!(status.success(), "building the safegrid binary failed");
        let bin = profile_dir.join(format!("safegrid{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "no safegrid binary at {}", bin.display());
        bin
    })
    .clone()
}

/// A `safegrid` command on `database_url`, its output kept for the failure
/// message, with none of the caller's SafeGrid settings leaking in.
pub fn command(database_url: &str, data_dir: &std::path::Path) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(safegrid());
    for (name, _) in std::env::vars() {
        if name.starts_with("SAFEGRID_") {
            cmd.env_remove(name);
        }
    }
    cmd.env("SAFEGRID_DATABASE_URL", database_url)
        .env("SAFEGRID_DATA_DIR", data_dir)
        .env("RUST_LOG", "warn")
        .current_dir(data_dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true);
    cmd
}
