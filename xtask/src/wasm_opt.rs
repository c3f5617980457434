//! Optional `wasm-opt -Oz` pass. Debian's binaryen is too old to read
//! wasm-bindgen 0.2.130 output, so we use binaryen from npm, installed into
//! `xtask/node_modules` on first use. Every failure here is a printed note,
//! never a failed build: the bundle works unoptimised, only larger.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BINARYEN: &str = "binaryen@132.0.0";

/// The features rustc enables by default for wasm32-unknown-unknown; wasm-opt
/// must accept them and may not introduce others.
const FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

pub fn optimise(root: &Path, wasm: &Path) {
    if std::env::var_os("XTASK_NO_WASM_OPT").is_some() {
        println!("xtask: note: XTASK_NO_WASM_OPT set, skipping wasm-opt");
        return;
    }
    let Some(tool) = find_or_install(root) else {
        println!("xtask: note: wasm-opt not available (needs npm), bundle left unoptimised");
        return;
    };
    let tmp = wasm.with_extension("opt.wasm");
    println!("xtask: wasm-opt -Oz ({})", tool.display());
    let status = Command::new(&tool)
        .arg("-Oz")
        .args(FEATURES)
        .arg(wasm)
        .arg("-o")
        .arg(&tmp)
        .status();
    match status {
        Ok(s) if s.success() => {
            if let Err(err) = std::fs::rename(&tmp, wasm) {
                println!("xtask: note: could not replace wasm with optimised one: {err}");
            }
        }
        Ok(s) => println!("xtask: note: wasm-opt failed ({s}), bundle left unoptimised"),
        Err(err) => println!("xtask: note: could not run wasm-opt: {err}"),
    }
    let _ = std::fs::remove_file(&tmp);
}

fn find_or_install(root: &Path) -> Option<PathBuf> {
    let xtask_dir = root.join("xtask");
    let tool = xtask_dir.join("node_modules").join(".bin").join("wasm-opt");
    if tool.exists() {
        return Some(tool);
    }
    println!("xtask: installing {BINARYEN} into xtask/node_modules");
    let installed = Command::new("npm")
        .args([
            "install",
            "--no-save",
            "--no-package-lock",
            "--no-audit",
            "--no-fund",
        ])
        .arg("--prefix")
        .arg(&xtask_dir)
        .arg(BINARYEN)
        .stdin(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    (installed && tool.exists()).then_some(tool)
}
