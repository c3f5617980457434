//! A download's query parameters, read into types at the edge: a value
//! that does not parse is BAD_USER_INPUT on its field with a stable key,
//! never silently ignored (a typo in `month` must not export another month).
use crate::error::{AppError, AppResult, Key};
use crate::inspections::Month;
use chrono::NaiveDate;
use std::collections::HashMap;
use uuid::Uuid;

pub struct Params(HashMap<String, String>);

impl Params {
    pub fn new(values: HashMap<String, String>) -> Params {
        Params(values)
    }

    fn get(&self, field: &str) -> Option<&str> {
        self.0
            .get(field)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// `nodeId`, required. A value that is not an id names no node the
    /// caller may see: `None`, which the caller answers as NOT_FOUND.
    pub fn node_id(&self) -> AppResult<Option<Uuid>> {
        let text = self
            .get("nodeId")
            .ok_or_else(|| AppError::input("nodeId", Key::ExportNodeRequired))?;
        Ok(Uuid::parse_str(text).ok())
    }

    /// A required id (`id` of a payroll): `None` for a value that is not
    /// an id, which names nothing the caller may see.
    pub fn id(&self, field: &'static str, missing: Key) -> AppResult<Option<Uuid>> {
        let text = self
            .get(field)
            .ok_or_else(|| AppError::input(field, missing))?;
        Ok(Uuid::parse_str(text).ok())
    }

    /// A required year ("2025"); its range is the service's to check.
    pub fn year(&self, field: &'static str) -> AppResult<i32> {
        self.get(field)
            .and_then(|text| text.parse().ok())
            .ok_or_else(|| AppError::input(field, Key::ExportYearRequired))
    }

    /// A required month, "YYYY-MM".
    pub fn month(&self, field: &'static str) -> AppResult<Month> {
        Month::parse(field, self.get(field).unwrap_or_default())
    }

    /// An optional day, "YYYY-MM-DD".
    pub fn day(&self, field: &'static str) -> AppResult<Option<NaiveDate>> {
        self.get(field)
            .map(|text| {
                NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .map_err(|_| AppError::input(field, Key::ExportDateFormat))
            })
            .transpose()
    }

    /// An optional `true` or `false`.
    pub fn flag(&self, field: &'static str) -> AppResult<Option<bool>> {
        self.one_of(
            field,
            |text| match text {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            },
            Key::ExportFlagInvalid,
        )
    }

    /// An optional value of an enumeration, by its API name (`RECTIFYING`).
    pub fn one_of<T>(
        &self,
        field: &'static str,
        parse: impl Fn(&str) -> Option<T>,
        unknown: Key,
    ) -> AppResult<Option<T>> {
        self.get(field)
            .map(|text| parse(text).ok_or_else(|| AppError::input(field, unknown)))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Params {
        Params::new(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    fn key_of<T>(r: AppResult<T>) -> Option<&'static str> {
        r.err()
            .map(|e| e.describe(crate::error::Lang::En).key.as_str())
    }

    #[test]
    fn a_missing_node_is_bad_input_and_a_malformed_one_names_no_node() {
        assert_eq!(key_of(params(&[]).node_id()), Some("export.node_required"));
        assert!(matches!(params(&[("nodeId", "x")]).node_id(), Ok(None)));
    }

    #[test]
    fn days_and_months_parse_strictly() {
        let p = params(&[
            ("from", "2026-02-30"),
            ("to", "2026-03-01"),
            ("month", "2026-3"),
        ]);
        assert_eq!(key_of(p.day("from")), Some("export.date_format"));
        assert!(matches!(p.day("to"), Ok(Some(_))));
        assert!(matches!(p.day("absent"), Ok(None)));
        assert_eq!(key_of(p.month("month")), Some("input.month_format"));
    }

    #[test]
    fn a_year_is_a_number_and_an_id_is_required() {
        assert!(matches!(params(&[("year", "2025")]).year("year"), Ok(2025)));
        for bad in [&[][..], &[("year", "2025年")][..]] {
            assert_eq!(
                key_of(params(bad).year("year")),
                Some("export.year_required")
            );
        }
        let missing = Key::ExportPayrollRequired;
        assert_eq!(
            key_of(params(&[]).id("id", missing)),
            Some("export.payroll_required")
        );
        assert!(matches!(params(&[("id", "x")]).id("id", missing), Ok(None)));
    }
}
