//! Custom scalars of the API, each saying its format.
use crate::error::Key;
use crate::inspections::month::Month;
use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};

/// A calendar month as the county counts it, written `YYYY-MM` (ISO 8601,
/// China time), years 2000–2100; anything else is refused with
/// BAD_USER_INPUT (`input.month_format`).
#[Scalar(
    name = "Month",
    specified_by_url = "https://www.iso.org/iso-8601-date-and-time-format.html"
)]
impl ScalarType for Month {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(text) => Month::parse("month", text)
                .map_err(|_| InputValueError::custom(crate::error::marker(Key::InputMonthFormat))),
            _ => Err(InputValueError::custom(crate::error::marker(
                Key::InputMonthFormat,
            ))),
        }
    }

    /// Checked at validation too, so the refusal names the argument.
    fn is_valid(value: &Value) -> bool {
        matches!(value, Value::String(text) if Month::parse("month", text).is_ok())
    }

    fn to_value(&self) -> Value {
        Value::String(self.to_string())
    }
}
