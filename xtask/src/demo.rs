//! `cargo xtask demo`: the whole product from a fresh clone in one command.
//! Adds the wasm target (a fresh machine lacks it), builds the web app and
//! the release server, and serves the Fenggang demo on 127.0.0.1:8080.
//! Extra arguments go to `safegrid serve` (e.g. `--bind 0.0.0.0:8080`).
use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::Command;

pub fn ensure_wasm_target() {
    // rustup may be missing (a distro toolchain); then the build says why.
    match Command::new("rustup")
        .args(["target", "add", crate::TARGET])
        .status()
    {
        Ok(s) if s.success() => {}
        _ => eprintln!(
            "xtask: note: could not run `rustup target add {}`",
            crate::TARGET
        ),
    }
}

pub fn run(root: &Path, extra: &[String]) -> Result<()> {
    ensure_wasm_target();
    crate::frontend()?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    println!("xtask: building and starting the server (release) with demo data");
    let status = Command::new(cargo)
        .arg("run")
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .args([
            "--release",
            "-p",
            "api",
            "--bin",
            "safegrid",
            "--",
            "serve",
            "--demo",
        ])
        .args(extra)
        .current_dir(root)
        .env("SAFEGRID_WEB_DIR", root.join("frontend").join("dist"))
        .status()
        .context("could not run cargo")?;
    if !status.success() {
        bail!("the server stopped ({status})");
    }
    Ok(())
}
