//! Photo files under `<data_dir>/photos/<aa>/<sha256>`: the original as
//! received (evidence, never served), and beside it the two derived,
//! EXIF-free JPEGs. Names are content hashes, so the same bytes are stored
//! once whoever sends them, and a file that exists is already complete.
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Variant {
    /// The bytes as uploaded.
    Original,
    /// Longest side at most 1600 px, for a record's page.
    Display,
    /// Longest side at most 320 px, for lists.
    Thumbnail,
}

/// Where a photo's file lives; `None` unless `sha256` is 64 lowercase hex
/// digits, so nothing else can ever become part of a path.
pub fn path(data_dir: &Path, sha256: &str, variant: Variant) -> Option<PathBuf> {
    let valid = sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !valid {
        return None;
    }
    let name = match variant {
        Variant::Original => sha256.to_string(),
        Variant::Display => format!("{sha256}.display.jpg"),
        Variant::Thumbnail => format!("{sha256}.thumb.jpg"),
    };
    Some(data_dir.join("photos").join(&sha256[..2]).join(name))
}

/// Writes `bytes` to `path` so that the file is either absent or complete,
/// also across a crash: a temporary file in the same directory, flushed to
/// disk, then renamed over. An existing file is left alone (same name,
/// same content). Blocking: call from a blocking thread.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if path.exists() {
        return Ok(());
    }
    let dir = path
        .parent()
        .ok_or_else(|| std::io::Error::other("a photo path has a directory"))?;
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| std::io::Error::other("a photo path has a file name"))?;
    let temp = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
    let written = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
        return written;
    }
    // The rename itself is durable only once the directory is flushed.
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const SHA: &str = "ab54d286e1c4e5e4b5e2e6e0d7d4c4c1b2a39f8e7d6c5b4a3928171605f4e3d2";

    #[test]
    fn files_sit_under_the_first_two_hex_digits_of_their_hash() {
        let root = Path::new("/data");
        assert_eq!(
            path(root, SHA, Variant::Original).unwrap(),
            root.join("photos/ab").join(SHA)
        );
        assert_eq!(
            path(root, SHA, Variant::Thumbnail).unwrap(),
            root.join("photos/ab").join(format!("{SHA}.thumb.jpg"))
        );
    }

    #[test]
    fn anything_but_a_hash_never_becomes_a_path() {
        let root = Path::new("/data");
        assert!(path(root, "../../etc/passwd", Variant::Original).is_none());
        assert!(path(root, &SHA.to_uppercase(), Variant::Display).is_none());
        assert!(path(root, &SHA[..63], Variant::Display).is_none());
    }

    #[test]
    fn a_written_file_is_whole_and_no_temporary_file_remains() {
        let dir = std::env::temp_dir().join(format!("sg-store-{}", uuid::Uuid::new_v4()));
        let target = path(&dir, SHA, Variant::Display).unwrap();
        write_atomic(&target, b"first").unwrap();
        // Content-addressed: a second write of the same name keeps the first.
        write_atomic(&target, b"second").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"first");
        let entries: Vec<_> = std::fs::read_dir(target.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(entries.len(), 1, "{entries:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
