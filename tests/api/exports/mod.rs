//! Excel ledgers (issue 9): each downloaded over HTTP with a token, opened
//! with a real reader (calamine) and checked cell by cell against what the
//! GraphQL API answers for the same data; the workbook's own XML for the
//! frozen header and the print setup; refusals outside the caller's scope.
mod hazard_ledger;
mod money;
mod month_table;
mod refusals;
mod roster;
mod statements;

use crate::helpers::TestApp;
use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};
use reqwest::header::HeaderMap;
use serde_json::{json, Value};
use std::io::{Cursor, Read};

pub const HEBA: &str = "520327002";
pub const LINGYUN: &str = "520327002204";
pub const LINGYUN_1: &str = "520327002204001";
/// A village of another township (龙泉街道).
pub const LONGQUAN: &str = "520327001";

pub struct Download {
    pub status: u16,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
}

pub async fn download(app: &TestApp, token: Option<&str>, path: &str) -> Download {
    let mut request = app.http.get(app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("send the GET");
    Download {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        bytes: response.bytes().await.expect("read the body").to_vec(),
    }
}

impl Download {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).expect("a JSON body")
    }

    /// A ledger answer: 200, the xlsx type, a Chinese file name, no-store.
    pub fn expect_xlsx(&self, file_name: &str) -> &Self {
        assert_eq!(self.status, 200, "{}", String::from_utf8_lossy(&self.bytes));
        assert_eq!(
            self.header("content-type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        assert_eq!(self.header("cache-control"), "no-store");
        let disposition = self.header("content-disposition");
        assert!(disposition.starts_with("attachment"), "{disposition}");
        let encoded = disposition
            .split("filename*=UTF-8''")
            .nth(1)
            .and_then(|v| v.split(';').next())
            .unwrap_or_else(|| panic!("no RFC 5987 filename in {disposition}"));
        assert_eq!(percent_decoded(encoded), file_name, "{disposition}");
        self
    }

    /// The sheet named `name`, as calamine reads it.
    pub fn sheet(&self, name: &str) -> Sheet {
        let mut book: Xlsx<_> =
            open_workbook_from_rs(Cursor::new(self.bytes.clone())).expect("an xlsx file");
        assert_eq!(book.sheet_names(), vec![name.to_string()]);
        Sheet(book.worksheet_range(name).expect("the sheet"))
    }

    /// `xl/worksheets/sheet1.xml` as stored in the file.
    pub fn sheet_xml(&self) -> String {
        let mut zip = zip::ZipArchive::new(Cursor::new(self.bytes.clone())).expect("a zip");
        let mut xml = String::new();
        zip.by_name("xl/worksheets/sheet1.xml")
            .expect("the first sheet")
            .read_to_string(&mut xml)
            .expect("UTF-8 XML");
        xml
    }

    /// The header frozen under row 3, A4 landscape fitted to one page wide,
    /// the title and header repeated on every printed page.
    pub fn expect_print_setup(&self) {
        let xml = self.sheet_xml();
        let pane = xml_element(&xml, "<pane ");
        assert!(pane.contains(r#"state="frozen""#), "{pane}");
        assert!(pane.contains(r#"ySplit="3""#), "{pane}");
        assert!(pane.contains(r#"topLeftCell="A4""#), "{pane}");
        let page = xml_element(&xml, "<pageSetup ");
        assert!(page.contains(r#"paperSize="9""#), "{page}");
        assert!(page.contains(r#"orientation="landscape""#), "{page}");
        assert!(page.contains(r#"fitToHeight="0""#), "{page}");
        assert!(
            xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#),
            "fit to page"
        );
        assert!(
            xml.contains(r#"<col min="1" max="1" width="#),
            "column widths set"
        );
        let mut zip = zip::ZipArchive::new(Cursor::new(self.bytes.clone())).expect("a zip");
        let mut workbook = String::new();
        zip.by_name("xl/workbook.xml")
            .expect("the workbook part")
            .read_to_string(&mut workbook)
            .expect("UTF-8 XML");
        assert!(
            workbook.contains("_xlnm.Print_Titles") && workbook.contains("$1:$3"),
            "rows 1–3 repeat on every page: {workbook}"
        );
    }
}

fn xml_element<'a>(xml: &'a str, start: &str) -> &'a str {
    let at = xml
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in {xml}"));
    let rest = &xml[at..];
    &rest[..rest.find('>').expect("a closed element") + 1]
}

/// An RFC 5987 value's bytes (%XX decoded) as UTF-8; an escape that is
/// not two hex digits fails the test.
pub fn percent_decoded(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            assert!(bytes[i].is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&bytes[i]));
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

/// A sheet read back, addressed by 0-based row and column.
pub struct Sheet(pub Range<Data>);

impl Sheet {
    pub fn cell(&self, row: u32, col: u32) -> &Data {
        self.0.get_value((row, col)).unwrap_or(&Data::Empty)
    }

    /// A text cell; anything else fails the test.
    pub fn text(&self, row: u32, col: u32) -> String {
        match self.cell(row, col) {
            Data::String(s) => s.clone(),
            Data::Empty => String::new(),
            other => panic!("({row}, {col}) is {other:?}, not text"),
        }
    }

    pub fn number(&self, row: u32, col: u32) -> f64 {
        match self.cell(row, col) {
            Data::Float(n) => *n,
            Data::Int(n) => *n as f64,
            other => panic!("({row}, {col}) is {other:?}, not a number"),
        }
    }

    pub fn date(&self, row: u32, col: u32) -> chrono::NaiveDate {
        match self.cell(row, col) {
            Data::DateTime(d) => d
                .as_datetime()
                .map(|t| t.date())
                .unwrap_or_else(|| panic!("({row}, {col}) is not a date: {d:?}")),
            other => panic!("({row}, {col}) is {other:?}, not a date"),
        }
    }

    pub fn row_texts(&self, row: u32, cols: u32) -> Vec<String> {
        (0..cols).map(|c| self.text(row, c)).collect()
    }

    /// The numbered rows below the header (row 3 on).
    pub fn data_rows(&self) -> u32 {
        let mut row = 3;
        while matches!(self.cell(row, 0), Data::Float(_) | Data::Int(_)) {
            row += 1;
        }
        row - 3
    }

    /// The 制表人/审核人/日期 line, one row below the totals: the
    /// preparer's name and the date (审核人 is left to sign by hand).
    pub fn signature(&self) -> (String, chrono::NaiveDate) {
        let row = 3 + self.data_rows() + 2;
        let preparer = self.text(row, 0);
        let preparer = preparer
            .strip_prefix("制表人：")
            .unwrap_or_else(|| panic!("no 制表人 in row {row}: {preparer}"));
        let cols = self.0.end().map_or(0, |(_, c)| c + 1);
        let texts: Vec<String> = (1..cols)
            .map(|c| match self.cell(row, c) {
                Data::String(s) => s.clone(),
                _ => String::new(),
            })
            .collect();
        assert!(texts.iter().any(|t| t == "审核人："), "{texts:?}");
        let at = texts.iter().position(|t| t == "日期：").expect("日期") as u32 + 1;
        (preparer.to_string(), self.date(row, at + 1))
    }
}

/// The full place name of a node ("贵州省…凌云村"), as the API shows it.
pub async fn place_name(app: &TestApp, token: &str, node: &str) -> String {
    let answer = app
        .query(
            token,
            "query($id: ID!) { gridNode(id: $id) { name path { name } } }",
            json!({ "id": node }),
        )
        .await;
    let n = &answer.data()["gridNode"];
    let mut place: String = n["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    place.push_str(n["name"].as_str().unwrap());
    place
}

/// A dashboard token bound to `node`, made by `maker`.
pub async fn dashboard_token(app: &TestApp, maker: &crate::helpers::Session, node: &str) -> String {
    let created = app
        .query(
            &maker.access_token,
            "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }",
            json!({ "input": { "name": "县局大屏", "nodeId": node } }),
        )
        .await;
    created.data()["createApiToken"]["token"]
        .as_str()
        .unwrap()
        .to_string()
}
