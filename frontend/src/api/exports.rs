//! Excel ledgers (`GET /api/exports/{ledger}.xlsx?nodeId=…`): fetched with
//! the bearer header like every other call (a token never goes into a URL,
//! where it would land in logs and history), then handed to the page as a
//! `blob:` URL with the file name the server gave it.

use gloo_net::http::Request;
use percent_encoding::{percent_decode_str, utf8_percent_encode, NON_ALPHANUMERIC};
use web_sys::Blob;

use super::photos::refusal;
use super::{ApiError, Client};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The ledgers the server makes, by the name in their URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ledger {
    Roster,
    MonthTable,
    Hazards,
    /// `nodeId` and `year`.
    Subsidies,
    /// One payroll by `id`.
    Payroll,
    /// 考核表 of a county's townships: `nodeId` (the county) and `year`.
    Scorecards,
}

impl Ledger {
    fn slug(self) -> &'static str {
        match self {
            Ledger::Roster => "roster",
            Ledger::MonthTable => "month-table",
            Ledger::Hazards => "hazards",
            Ledger::Subsidies => "subsidy-ledger",
            Ledger::Payroll => "payroll",
            Ledger::Scorecards => "scorecards",
        }
    }
}

/// `/api/exports/hazards.xlsx?nodeId=…&state=…`, every value encoded.
pub fn ledger_url(ledger: Ledger, params: &[(&str, String)]) -> String {
    let query: Vec<String> = params
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", utf8_percent_encode(v, NON_ALPHANUMERIC)))
        .collect();
    format!("/api/exports/{}.xlsx?{}", ledger.slug(), query.join("&"))
}

/// The Chinese name in `filename*=UTF-8''…` (RFC 5987), else the plain one.
pub fn file_name(disposition: &str, fallback: &str) -> String {
    disposition
        .split(';')
        .map(str::trim)
        .find_map(|p| p.strip_prefix("filename*=UTF-8''"))
        .and_then(|v| percent_decode_str(v).decode_utf8().ok())
        .map(|name| name.into_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| fallback.to_owned())
}

/// The ledger as a `blob:` URL and its file name; the caller revokes the URL.
pub async fn ledger_file(client: &Client, url: &str) -> Result<(String, String), ApiError> {
    let (blob, name) = client
        .authorized(|token| async move {
            let mut builder = Request::get(url);
            if let Some(token) = token {
                builder = builder.header("Authorization", &format!("Bearer {token}"));
            }
            let response = builder.send().await.map_err(|_| ApiError::Network)?;
            if !response.ok() {
                return Err(refusal(&response, "ledger").await);
            }
            let name = file_name(
                &response
                    .headers()
                    .get("content-disposition")
                    .unwrap_or_default(),
                "ledger.xlsx",
            );
            let bytes = response.binary().await.map_err(|_| ApiError::Network)?;
            let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
            let options = web_sys::BlobPropertyBag::new();
            options.set_type(XLSX);
            let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
                .map_err(|_| ApiError::Internal)?;
            Ok((blob, name))
        })
        .await?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ApiError::Internal)?;
    Ok((url, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ledger_url_encodes_its_values_and_leaves_out_empty_ones() {
        let url = ledger_url(
            Ledger::Hazards,
            &[
                ("nodeId", "a1-b2".into()),
                ("state", String::new()),
                ("from", "2026-11-01".into()),
            ],
        );
        assert_eq!(
            url,
            "/api/exports/hazards.xlsx?nodeId=a1%2Db2&from=2026%2D11%2D01"
        );
    }

    #[test]
    fn the_chinese_file_name_is_read_from_the_rfc_5987_parameter() {
        let header = "attachment; filename=\"hazards.xlsx\"; filename*=UTF-8''%E9%9A%90%E6%82%A3%E5%8F%B0%E8%B4%A6%2D2026.xlsx";
        assert_eq!(file_name(header, "x.xlsx"), "隐患台账-2026.xlsx");
        assert_eq!(file_name("attachment", "x.xlsx"), "x.xlsx");
    }
}
