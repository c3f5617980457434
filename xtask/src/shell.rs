//! The PWA's service worker: `frontend/sw.js` is a template that gets the
//! list of app-shell files (with their content-hashed names) and a version
//! that changes whenever any of them does, so phones fetch a new shell
//! exactly when there is one.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// Writes `dist/sw.js`. Call after everything else is in `dist`.
pub fn write_service_worker(root: &Path, dist: &Path, stem: &str) -> Result<()> {
    let template_path = root.join("frontend").join("sw.js");
    let template = std::fs::read_to_string(&template_path)
        .with_context(|| format!("reading {}", template_path.display()))?;
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    files.sort();
    let mut urls = Vec::new();
    let mut contents = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(dist)?
            .to_string_lossy()
            .replace('\\', "/");
        if rel == "sw.js" {
            continue;
        }
        contents.extend_from_slice(rel.as_bytes());
        contents.extend_from_slice(&std::fs::read(file)?);
        urls.push(shell_url(&rel, stem));
    }
    let shell = format!(
        "[\n  {}\n]",
        urls.iter()
            .map(|u| js_string(u))
            .collect::<Vec<_>>()
            .join(",\n  ")
    );
    let version = crate::short_hash(&contents);
    let worker = template
        .replace("{{version}}", &version)
        .replace("{{shell}}", &shell);
    std::fs::write(dist.join("sw.js"), worker)?;
    println!(
        "xtask: sw.js: {} shell files, version {version}",
        urls.len()
    );
    Ok(())
}

/// The URL the page asks for: stylesheets and the boot script carry
/// `?v=<bundle>` in index.html.
fn shell_url(rel: &str, stem: &str) -> String {
    if rel.ends_with(".css") || rel == "boot.js" {
        format!("/{rel}?v={stem}")
    } else {
        format!("/{rel}")
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// A JSON/JS string literal (file names are plain, but be safe).
fn js_string(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\'' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::{js_string, shell_url};

    #[test]
    fn stylesheets_are_listed_as_the_page_asks_for_them() {
        assert_eq!(
            shell_url("app.css", "safegrid-1a2b"),
            "/app.css?v=safegrid-1a2b"
        );
        assert_eq!(
            shell_url("safegrid-1a2b_bg.wasm", "safegrid-1a2b"),
            "/safegrid-1a2b_bg.wasm"
        );
        assert_eq!(
            shell_url("snippets/frontend-x/js/outbox.js", "s"),
            "/snippets/frontend-x/js/outbox.js"
        );
    }

    #[test]
    fn names_are_quoted_safely() {
        assert_eq!(js_string("a'b\\c"), "'a\\'b\\\\c'");
    }
}
