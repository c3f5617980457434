//! `safegrid import-divisions`: loads the national statistical division list
//! (`provinces.csv`, `cities.csv`, `areas.csv`, `streets.csv`,
//! `villages.csv.gz` or `villages.csv`, as in `../shared/data/china-division/`)
//! into `grid_nodes`, all of China or one subtree.
//!
//! The files are streamed level by level, top-down, and written in batches of
//! 1,000 rows (SQLite) or 5,000 (PostgreSQL) inside transactions of about 50,000
//! rows, so memory stays bounded: only the ids of provinces … townships
//! (about 45,000 for all of China) are held, to resolve parents. Codes already
//! present are skipped (`ON CONFLICT (code) DO NOTHING`), so a second run adds
//! nothing and an earlier partial import is completed: parents are resolved by
//! code from the database, not from this run.
//!
//! Five rows of the 2023 list are placeholders whose grid code equals their
//! parent's: the "county" of each city without counties (东莞 441900,
//! 中山 442000, 儋州 460400) and 金门县's placeholder township and village. They
//! are skipped, and the townships of those cities hang directly below the city.
use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use chrono::Utc;
use entity::grid_node;
use sea_orm::{DatabaseConnection, DatabaseTransaction, TransactionTrait};
use uuid::Uuid;

use super::names::village_display_name;
use super::store::{
    active_node, division_digits, grid_code, ids_by_code, insert_nodes, node_batch, truncate_code,
    NewNode,
};

/// Commit after about this many rows, so neither a SQLite journal nor a
/// PostgreSQL transaction grows with the whole country.
const ROWS_PER_TRANSACTION: usize = 50_000;

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportStats {
    /// Nodes written.
    pub inserted: u64,
    /// Rows not written: their code was already present (an earlier import,
    /// or a placeholder row sharing its parent's code).
    pub skipped: u64,
}

impl fmt::Display for ImportStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} nodes inserted, {} skipped (already present)",
            self.inserted, self.skipped
        )
    }
}

/// One file of the division list.
struct LevelFile {
    level: i16,
    stem: &'static str,
}

const FILES: [LevelFile; 5] = [
    LevelFile {
        level: 1,
        stem: "provinces",
    },
    LevelFile {
        level: 2,
        stem: "cities",
    },
    LevelFile {
        level: 3,
        stem: "areas",
    },
    LevelFile {
        level: 4,
        stem: "streets",
    },
    LevelFile {
        level: 5,
        stem: "villages",
    },
];

/// The subtree an import is limited to, as a grid-code range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Under {
    level: i16,
    lo: i64,
    hi: i64,
}

impl Under {
    /// `under` is a national division code of 2, 4, 6, 9 or 12 digits.
    fn parse(under: i64) -> Result<Under> {
        if under <= 0 {
            bail!("--under must be a division code of 2, 4, 6, 9 or 12 digits, got {under}");
        }
        let digits = under.to_string().len() as u32;
        let level = (1..=5)
            .find(|l| division_digits(*l) == Some(digits))
            .ok_or_else(|| {
                anyhow!("--under must be a division code of 2, 4, 6, 9 or 12 digits, got {under}")
            })?;
        let lo =
            grid_code(under, digits).ok_or_else(|| anyhow!("--under {under} is out of range"))?;
        Ok(Under {
            level,
            lo,
            hi: lo + span(digits),
        })
    }

    /// A row belongs to the import if it lies in the subtree or is one of
    /// the subtree's ancestors.
    fn admits(&self, code: i64, digits: u32) -> bool {
        (self.lo <= code && code <= self.hi) || (code <= self.lo && self.lo <= code + span(digits))
    }
}

/// The largest offset of a descendant below a code with `digits` digits.
fn span(digits: u32) -> i64 {
    10_i64.pow(15 - digits) - 1
}

/// Loads the division list in `dir` into `grid_nodes`: all of China, or with
/// `under` (a national division code: 2, 4, 6, 9 or 12 digits) only that
/// subtree and its ancestors. Idempotent; see the module docs.
pub async fn import_divisions(
    db: &DatabaseConnection,
    dir: &Path,
    under: Option<i64>,
) -> Result<ImportStats> {
    let under = under.map(Under::parse).transpose()?;
    // Fail before writing anything when a file is missing or the subtree
    // names no division in the data.
    for file in &FILES {
        file_path(dir, file)?;
    }
    if let Some(u) = under {
        let file = FILES
            .iter()
            .find(|f| f.level == u.level)
            .ok_or_else(|| anyhow!("no file for level {}", u.level))?;
        if !contains_code(dir, file, u.lo)? {
            bail!(
                "division {} is not in {}",
                u.lo / (span(division_digits(u.level).unwrap_or(15)) + 1),
                file_path(dir, file)?.display()
            );
        }
    }

    let batch_size = node_batch(db.get_database_backend());
    let mut run = Run {
        db,
        txn: None,
        rows_in_txn: 0,
        batch_size,
        batch: Vec::with_capacity(batch_size),
        batch_codes: Vec::with_capacity(batch_size),
        ids: HashMap::new(),
        stats: ImportStats::default(),
    };
    for file in &FILES {
        run.import_file(dir, file, under).await?;
    }
    run.commit().await?;
    Ok(run.stats)
}

struct Run<'a> {
    db: &'a DatabaseConnection,
    txn: Option<DatabaseTransaction>,
    rows_in_txn: usize,
    batch_size: usize,
    batch: Vec<grid_node::ActiveModel>,
    batch_codes: Vec<i64>,
    /// Grid code → id of every province … township seen so far.
    ids: HashMap<i64, Uuid>,
    stats: ImportStats,
}

impl Run<'_> {
    async fn import_file(
        &mut self,
        dir: &Path,
        file: &LevelFile,
        under: Option<Under>,
    ) -> Result<()> {
        let path = file_path(dir, file)?;
        let digits =
            division_digits(file.level).ok_or_else(|| anyhow!("bad level {}", file.level))?;
        let parent_digits = division_digits(file.level - 1);
        let keep_ids = file.level < 5;
        let mut reader = csv_reader(&path)?;
        let (code_col, name_col) = columns(&mut reader, &path)?;
        let now = Utc::now();
        let mut record = csv::StringRecord::new();
        let mut rows = 0u64;
        let before = self.stats;
        while reader
            .read_record(&mut record)
            .with_context(|| format!("reading {}", path.display()))?
        {
            let line = record.position().map_or(0, |p| p.line());
            let raw_code = record.get(code_col).unwrap_or("").trim();
            if raw_code.len() != digits as usize || !raw_code.bytes().all(|b| b.is_ascii_digit()) {
                bail!(
                    "{}:{line}: code {raw_code:?} is not a {digits}-digit division code",
                    path.display()
                );
            }
            let division: i64 = raw_code
                .parse()
                .with_context(|| format!("{}:{line}: bad code {raw_code:?}", path.display()))?;
            let code = grid_code(division, digits)
                .ok_or_else(|| anyhow!("{}:{line}: code out of range", path.display()))?;
            if let Some(u) = under {
                if !u.admits(code, digits) {
                    continue;
                }
            }
            rows += 1;
            let parent_id = match parent_digits {
                None => None,
                Some(pd) => {
                    let parent_code = truncate_code(code, pd);
                    if parent_code == code {
                        // A placeholder sharing its parent's code (东莞市's "county").
                        self.stats.skipped += 1;
                        continue;
                    }
                    let id = self.ids.get(&parent_code).copied().ok_or_else(|| {
                        anyhow!(
                            "{}:{line}: the parent of {raw_code} (grid code {parent_code}) is in neither the data nor the database",
                            path.display()
                        )
                    })?;
                    Some(id)
                }
            };
            let raw_name = record.get(name_col).unwrap_or("").trim();
            let name = if file.level == 5 {
                village_display_name(raw_name)
            } else {
                raw_name.to_owned()
            };
            if name.is_empty() {
                bail!("{}:{line}: division {raw_code} has no name", path.display());
            }
            self.batch.push(active_node(
                NewNode {
                    code,
                    level: file.level,
                    parent_id,
                    name,
                    subsidy_exempt: false,
                    demonstration: false,
                },
                now,
            ));
            if keep_ids {
                self.batch_codes.push(code);
            }
            if self.batch.len() >= self.batch_size {
                self.flush().await?;
            }
        }
        self.flush().await?;
        tracing::info!(
            "{}: {rows} rows, {} inserted, {} skipped",
            path.display(),
            self.stats.inserted - before.inserted,
            self.stats.skipped - before.skipped
        );
        Ok(())
    }

    /// Writes the pending batch and, for levels that have children in the
    /// list, learns the ids of its codes (new or already present).
    async fn flush(&mut self) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        if self.txn.is_none() {
            self.txn = Some(self.db.begin().await.context("starting a transaction")?);
        }
        let txn = self.txn.as_ref().ok_or_else(|| anyhow!("no transaction"))?;
        let rows = std::mem::replace(&mut self.batch, Vec::with_capacity(self.batch_size));
        let n = rows.len();
        let inserted = insert_nodes(txn, rows).await?;
        self.stats.inserted += inserted;
        self.stats.skipped += n as u64 - inserted;
        if !self.batch_codes.is_empty() {
            let ids = ids_by_code(txn, &self.batch_codes).await?;
            self.ids.extend(ids);
            self.batch_codes.clear();
        }
        self.rows_in_txn += n;
        if self.rows_in_txn >= ROWS_PER_TRANSACTION {
            self.commit().await?;
        }
        Ok(())
    }

    async fn commit(&mut self) -> Result<()> {
        if let Some(txn) = self.txn.take() {
            txn.commit().await.context("committing the import")?;
        }
        self.rows_in_txn = 0;
        Ok(())
    }
}

/// The path of a level's file; villages may be gzipped.
fn file_path(dir: &Path, file: &LevelFile) -> Result<PathBuf> {
    let plain = dir.join(format!("{}.csv", file.stem));
    if file.level == 5 {
        let gz = dir.join(format!("{}.csv.gz", file.stem));
        if gz.is_file() {
            return Ok(gz);
        }
    }
    if plain.is_file() {
        Ok(plain)
    } else if file.level == 5 {
        bail!(
            "neither {} nor {}.gz found",
            plain.display(),
            plain.display()
        )
    } else {
        bail!("{} not found", plain.display())
    }
}

fn csv_reader(path: &Path) -> Result<csv::Reader<Box<dyn Read>>> {
    let f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let input: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::GzDecoder::new(BufReader::with_capacity(
            1 << 16,
            f,
        )))
    } else {
        Box::new(f)
    };
    Ok(csv::ReaderBuilder::new()
        .has_headers(true)
        .buffer_capacity(1 << 16)
        .from_reader(input))
}

/// Indexes of the `code` and `name` columns.
fn columns<R: Read>(reader: &mut csv::Reader<R>, path: &Path) -> Result<(usize, usize)> {
    let headers = reader
        .headers()
        .with_context(|| format!("reading the header of {}", path.display()))?;
    let find = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().trim_start_matches('\u{feff}') == name)
            .ok_or_else(|| anyhow!("{} has no `{name}` column", path.display()))
    };
    Ok((find("code")?, find("name")?))
}

/// Whether the file of `file`'s level lists the division with this grid code.
fn contains_code(dir: &Path, file: &LevelFile, code: i64) -> Result<bool> {
    let path = file_path(dir, file)?;
    let digits = division_digits(file.level).ok_or_else(|| anyhow!("bad level {}", file.level))?;
    let mut reader = csv_reader(&path)?;
    let (code_col, _) = columns(&mut reader, &path)?;
    let mut record = csv::StringRecord::new();
    while reader
        .read_record(&mut record)
        .with_context(|| format!("reading {}", path.display()))?
    {
        let found = record
            .get(code_col)
            .and_then(|c| c.trim().parse::<i64>().ok())
            .and_then(|d| grid_code(d, digits));
        if found == Some(code) {
            return Ok(true);
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn under_admits_the_subtree_and_its_ancestors_only() {
        let u = Under::parse(520_327).ok();
        let Some(u) = u else {
            panic!("520327 is a county code")
        };
        assert_eq!(u.level, 3);
        assert!(u.admits(520_000_000_000_000, 2));
        assert!(u.admits(520_300_000_000_000, 4));
        assert!(u.admits(520_327_000_000_000, 6));
        assert!(u.admits(520_327_002_000_000, 9));
        assert!(u.admits(520_327_002_204_000, 12));
        assert!(!u.admits(520_328_000_000_000, 6));
        assert!(!u.admits(520_100_000_000_000, 4));
        assert!(!u.admits(510_000_000_000_000, 2));
    }

    #[test]
    fn under_takes_only_division_code_lengths() {
        for ok in [52, 5203, 520_327, 520_327_002, 520_327_002_204] {
            assert!(Under::parse(ok).is_ok(), "{ok}");
        }
        for bad in [0, -52, 5, 520, 52_032, 5_203_270_022, 520_327_002_204_001] {
            assert!(Under::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn stats_display() {
        let s = ImportStats {
            inserted: 3,
            skipped: 1,
        };
        assert_eq!(
            s.to_string(),
            "3 nodes inserted, 1 skipped (already present)"
        );
    }
}
