//! What a ledger is before it becomes a file: sheets of typed cells. The
//! ledgers build these from the services' rows; `workbook` alone turns them
//! into .xlsx, so every ledger gets the same layout, print setup and
//! signature lines, and a ledger file holds no spreadsheet code.
use chrono::NaiveDate;

/// Beyond this a ledger is no longer one that is printed and filed: the
/// caller narrows it (a smaller node, a filter). It also bounds what one
/// download may read and hold.
pub const MAX_ROWS: u64 = 20_000;

/// The refusal of a ledger over [`MAX_ROWS`].
pub fn too_many_rows() -> crate::error::AppError {
    crate::error::AppError::request(crate::error::Key::ExportTooManyRows).with("max", MAX_ROWS)
}

/// One cell. Text is always written as text (a phone stays "13800138000",
/// a title starting with "=" is never a formula); numbers, rates and dates
/// are real numbers and dates, so the county can sum and sort them.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    /// A rate from 0 to 1, shown as a percentage.
    Percent(f64),
    Date(NaiveDate),
    /// Money, held as integer fen (分) and shown in yuan with two decimals.
    Yuan(i64),
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn count(n: impl Into<u64>) -> Cell {
        // Counts in a ledger are far below 2^53: exact as f64.
        Cell::Number(n.into() as f64)
    }

    pub fn yuan(fen: i64) -> Cell {
        Cell::Yuan(fen)
    }

    pub fn date(day: Option<NaiveDate>) -> Cell {
        day.map_or(Cell::Empty, Cell::Date)
    }
}

/// A column: its heading and its width in Excel's units (one Chinese
/// character is about two).
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub heading: &'static str,
    pub width: f64,
}

pub const fn column(heading: &'static str, width: f64) -> Column {
    Column { heading, width }
}

/// One worksheet of a ledger.
#[derive(Clone, Debug)]
pub struct Sheet {
    /// The sheet's tab, in Chinese (at most 31 characters, Excel's limit).
    pub name: String,
    /// The first row: the node's full place name and the ledger's name.
    pub title: String,
    /// The second row: the period, the filters, the day it stands on.
    pub subtitle: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// A totals row under the data, where the ledger has totals.
    pub totals: Option<Vec<Cell>>,
    /// 制表人 / 审核人 / 日期 lines under the table.
    pub signed: bool,
}

/// A whole file: its name (without `.xlsx`) and its sheets.
#[derive(Clone, Debug)]
pub struct Book {
    pub file_stem: String,
    pub sheets: Vec<Sheet>,
}

/// Who prepared the file and on which day: the signature lines' values.
#[derive(Clone, Debug)]
pub struct Signature {
    /// The caller's real name (their person's name).
    pub preparer: String,
    /// Today by the server's clock (China time).
    pub on: NaiveDate,
}

/// The cell value of an amount of fen: the number nearest to the exact
/// decimal "595.06" (a division by 100 is correctly rounded, and every
/// amount below 2^53 fen is told apart from its neighbours), shown with
/// two decimals. Sums are never taken over these values: a ledger's
/// totals are integer sums of fen, written the same way.
pub fn yuan_value(fen: i64) -> f64 {
    fen as f64 / 100.0
}

/// An amount of fen in words for a subtitle or a note: "1,200.00",
/// "-20.00", by integer arithmetic alone.
pub fn yuan_text(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let (yuan, cents) = (fen.unsigned_abs() / 100, fen.unsigned_abs() % 100);
    let digits = yuan.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}.{cents:02}")
}

#[cfg(test)]
mod tests {
    use super::{yuan_text, yuan_value};

    #[test]
    fn fen_in_words_are_grouped_yuan_with_two_decimals() {
        assert_eq!(yuan_text(0), "0.00");
        assert_eq!(yuan_text(59_506), "595.06");
        assert_eq!(yuan_text(-2_000), "-20.00");
        assert_eq!(yuan_text(123_456_789), "1,234,567.89");
    }

    #[test]
    fn fen_become_the_yuan_they_read_as() {
        for (fen, text) in [
            (59_506, "595.06"),
            (1, "0.01"),
            (-2_000, "-20.00"),
            (120_000, "1200.00"),
        ] {
            assert_eq!(format!("{:.2}", yuan_value(fen)), text);
            assert_eq!((yuan_value(fen) * 100.0).round() as i64, fen);
        }
    }
}
