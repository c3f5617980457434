//! Build helper. `cargo run -p xtask -- frontend` compiles the Yew app to
//! wasm32, runs wasm-bindgen as a library (no `cargo install`, no trunk: see
//! TOOLCHAIN.md), shrinks it with wasm-opt when one can be had, and lays the
//! bundle out in `frontend/dist/`, which the server serves at `/`, with the
//! PWA's service worker listing the files of the app shell.

mod demo;
mod shell;
mod wasm_opt;

use std::hash::Hasher;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

pub(crate) const TARGET: &str = "wasm32-unknown-unknown";
const PROFILE: &str = "wasm-release";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("frontend") => {
            demo::ensure_wasm_target();
            frontend()
        }
        Some("demo") => workspace_root().and_then(|root| demo::run(&root, &args[1..])),
        _ => {
            eprintln!("usage: cargo xtask frontend | cargo xtask demo [serve flags]");
            std::process::exit(2);
        }
    };
    if let Err(err) = result {
        eprintln!("xtask: error: {err:#}");
        std::process::exit(1);
    }
}

fn workspace_root() -> Result<PathBuf> {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(Path::to_path_buf)
        .context("xtask has no parent directory")
}

/// Where cargo puts its output: `CARGO_TARGET_DIR` when set (relative to the
/// current directory, as cargo reads it), else `<workspace>/target`.
fn target_dir(root: &Path) -> Result<PathBuf> {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => Ok(std::env::current_dir()?.join(dir)),
        _ => Ok(root.join("target")),
    }
}

pub(crate) fn frontend() -> Result<()> {
    let root = workspace_root()?;
    let target = target_dir(&root)?;
    let dist = root.join("frontend").join("dist");

    println!("xtask: building frontend ({TARGET}, profile {PROFILE})");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .arg("build")
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .args(["-p", "frontend", "--target", TARGET, "--profile", PROFILE])
        .env("CARGO_TARGET_DIR", &target)
        .status()
        .context("could not run cargo")?;
    if !status.success() {
        bail!("cargo build of the frontend failed ({status})");
    }

    let input = target.join(TARGET).join(PROFILE).join("frontend.wasm");
    let input_bytes =
        std::fs::read(&input).with_context(|| format!("reading {}", input.display()))?;
    // Content-hashed file names let the server cache the bundle forever.
    let stem = format!("safegrid-{}", short_hash(&input_bytes));

    if dist.exists() {
        std::fs::remove_dir_all(&dist).with_context(|| format!("clearing {}", dist.display()))?;
    }
    std::fs::create_dir_all(&dist)?;

    println!("xtask: wasm-bindgen -> {}", dist.display());
    wasm_bindgen_cli_support::Bindgen::new()
        .input_bytes(&stem, input_bytes)
        .out_name(&stem)
        .web(true)?
        .typescript(false)
        .omit_default_module_path(false)
        .generate(&dist)
        .context("wasm-bindgen failed")?;

    let wasm = dist.join(format!("{stem}_bg.wasm"));
    let bindgen_size = std::fs::metadata(&wasm)?.len();
    wasm_opt::optimise(&root, &wasm);

    copy_static(&root, &dist, &stem)?;
    shell::write_service_worker(&root, &dist, &stem)?;
    report_size(&wasm, bindgen_size)?;
    Ok(())
}

/// Copies `frontend/static/*` into dist and writes `index.html` with the
/// hashed bundle name filled in.
fn copy_static(root: &Path, dist: &Path, stem: &str) -> Result<()> {
    let frontend = root.join("frontend");
    let static_dir = frontend.join("static");
    for entry in std::fs::read_dir(&static_dir)
        .with_context(|| format!("reading {}", static_dir.display()))?
    {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            std::fs::copy(entry.path(), dist.join(entry.file_name()))?;
        }
    }
    let index = std::fs::read_to_string(frontend.join("index.html"))
        .context("reading frontend/index.html")?;
    let index = index.replace("{{bundle}}", stem);
    std::fs::write(dist.join("index.html"), index)?;
    Ok(())
}

fn report_size(wasm: &Path, bindgen_size: u64) -> Result<()> {
    let bytes = std::fs::read(wasm)?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes)?;
    let gzipped = gz.finish()?.len();
    println!(
        "xtask: {}: {} raw, {} gzip (after wasm-bindgen: {})",
        wasm.file_name().and_then(|n| n.to_str()).unwrap_or("wasm"),
        kib(bytes.len() as u64),
        kib(gzipped as u64),
        kib(bindgen_size),
    );
    Ok(())
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

pub(crate) fn short_hash(bytes: &[u8]) -> String {
    // FNV-1a: stable across Rust versions, unlike DefaultHasher.
    let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
    hasher.write(bytes);
    format!("{:08x}", hasher.finish() as u32)
}

struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
