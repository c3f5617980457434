//! Turns a ledger's sheets into one .xlsx file, the same way for every
//! ledger: the title with the node's full place name, a subtitle, a bold
//! header row frozen under them, set column widths, A4 landscape fitted to
//! one page wide with the title and header repeated on every printed page,
//! page numbers in the footer, and the 制表人/审核人/日期 lines under a
//! signed ledger.
use super::table::{yuan_value, Book, Cell, Sheet, Signature};
use chrono::{DateTime, Utc};
use rust_xlsxwriter::{
    ColNum, DocProperties, Format, FormatAlign, FormatBorder, RowNum, Workbook, Worksheet,
    XlsxError,
};

/// Excel's paper size code for A4.
const A4: u8 = 9;
const TITLE_ROW: RowNum = 0;
const SUBTITLE_ROW: RowNum = 1;
const HEADER_ROW: RowNum = 2;
const FIRST_DATA_ROW: RowNum = 3;
/// Yuan with a thousands separator and always two decimals: 1,200.00.
const YUAN: &str = "#,##0.00";

struct Formats {
    title: Format,
    subtitle: Format,
    header: Format,
    text: Format,
    number: Format,
    percent: Format,
    date: Format,
    yuan: Format,
    total_text: Format,
    total_number: Format,
    total_percent: Format,
    total_yuan: Format,
    signature: Format,
}

impl Formats {
    fn new() -> Formats {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter);
        let total = cell.clone().set_bold();
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            subtitle: Format::new().set_align(FormatAlign::Center),
            header: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center),
            // "@": Excel keeps what is typed there as text too.
            text: cell.clone().set_text_wrap().set_num_format("@"),
            number: cell.clone().set_num_format("0"),
            percent: cell.clone().set_num_format("0%"),
            date: cell.clone().set_num_format("yyyy-mm-dd"),
            yuan: cell.clone().set_num_format(YUAN),
            total_text: total.clone(),
            total_number: total.clone().set_num_format("0"),
            total_percent: total.clone().set_num_format("0%"),
            total_yuan: total.set_num_format(YUAN),
            signature: Format::new().set_num_format("yyyy-mm-dd"),
        }
    }
}

/// The file's bytes. `now` (the server's clock) is the document's
/// creation time, so a file made on a rehearsed day says that day.
pub fn render(
    book: &Book,
    signature: &Signature,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let title = book
        .sheets
        .first()
        .map(|s| s.title.clone())
        .unwrap_or_default();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_author(signature.preparer.as_str())
            .set_creation_datetime(&now),
    );
    let formats = Formats::new();
    for sheet in &book.sheets {
        let worksheet = workbook.add_worksheet();
        write_sheet(worksheet, sheet, signature, &formats)?;
    }
    workbook.save_to_buffer()
}

fn write_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    signature: &Signature,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(sheet.name.as_str())?;
    let last_col = ColNum::try_from(sheet.columns.len().saturating_sub(1)).unwrap_or(0);
    for (i, column) in sheet.columns.iter().enumerate() {
        let col = ColNum::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)?;
        ws.set_column_width(col, column.width)?;
        ws.write_string_with_format(HEADER_ROW, col, column.heading, &f.header)?;
    }
    banner(ws, TITLE_ROW, last_col, &sheet.title, &f.title)?;
    ws.set_row_height(TITLE_ROW, 30)?;
    banner(ws, SUBTITLE_ROW, last_col, &sheet.subtitle, &f.subtitle)?;

    let mut row = FIRST_DATA_ROW;
    for cells in &sheet.rows {
        write_row(
            ws,
            row,
            cells,
            [&f.text, &f.number, &f.percent, &f.date, &f.yuan],
        )?;
        row += 1;
    }
    if let Some(totals) = &sheet.totals {
        write_row(
            ws,
            row,
            totals,
            [
                &f.total_text,
                &f.total_number,
                &f.total_percent,
                &f.date,
                &f.total_yuan,
            ],
        )?;
        row += 1;
    }
    if sheet.signed {
        sign(ws, row + 1, last_col, signature, &f.signature)?;
    }

    ws.set_freeze_panes(FIRST_DATA_ROW, 0)?;
    ws.set_repeat_rows(TITLE_ROW, HEADER_ROW)?;
    ws.set_paper_size(A4);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_center_horizontally(true);
    ws.set_footer("&C第 &P 页，共 &N 页");
    Ok(())
}

/// A row merged across the table (a single column cannot be merged).
fn banner(
    ws: &mut Worksheet,
    row: RowNum,
    last_col: ColNum,
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    if last_col == 0 {
        ws.write_string_with_format(row, 0, text, format)?;
    } else {
        ws.merge_range(row, 0, row, last_col, text, format)?;
    }
    Ok(())
}

/// Formats for text, number, percent, date and money cells, in that order.
fn write_row(
    ws: &mut Worksheet,
    row: RowNum,
    cells: &[Cell],
    [text, number, percent, date, yuan]: [&Format; 5],
) -> Result<(), XlsxError> {
    for (i, cell) in cells.iter().enumerate() {
        let col = ColNum::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)?;
        match cell {
            Cell::Text(s) => ws.write_string_with_format(row, col, s.as_str(), text)?,
            Cell::Number(n) => ws.write_number_with_format(row, col, *n, number)?,
            Cell::Percent(r) => ws.write_number_with_format(row, col, *r, percent)?,
            Cell::Date(d) => ws.write_date_with_format(row, col, d, date)?,
            Cell::Yuan(fen) => ws.write_number_with_format(row, col, yuan_value(*fen), yuan)?,
            Cell::Empty => ws.write_blank(row, col, text)?,
        };
    }
    Ok(())
}

/// 制表人 (the caller's name), 审核人 (left for a signature by hand), 日期.
fn sign(
    ws: &mut Worksheet,
    row: RowNum,
    last_col: ColNum,
    signature: &Signature,
    date: &Format,
) -> Result<(), XlsxError> {
    let third = (last_col + 1) / 3;
    ws.write_string(row, 0, format!("制表人：{}", signature.preparer))?;
    ws.write_string(row, third, "审核人：")?;
    let date_col = (2 * third).max(third + 1);
    ws.write_string(row, date_col, "日期：")?;
    ws.write_date_with_format(row, date_col + 1, signature.on, date)?;
    Ok(())
}
