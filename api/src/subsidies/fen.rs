//! Money as the county's books keep it: whole fen (分, 1/100 CNY) in an
//! `i64`, never a floating-point number. GraphQL shows it as the `Fen`
//! scalar, a JSON integer; an input with a fraction, a string or a value
//! past [`MAX_FEN`] is refused.
use crate::error::{AppError, AppResult, Key};
use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};

/// 10,000,000 CNY: above any county's yearly subsidies, far below where an
/// `i64` or a JSON number loses precision.
pub const MAX_FEN: i64 = 1_000_000_000;

/// An amount in fen (分). Negative only where a correction may lower a sum
/// (payroll adjustments); the services say which.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Fen(pub i64);

impl Fen {
    /// `amount` for `field`, 0 to [`MAX_FEN`].
    pub fn non_negative(field: &'static str, amount: Fen) -> AppResult<Fen> {
        if (0..=MAX_FEN).contains(&amount.0) {
            Ok(amount)
        } else {
            Err(out_of_range(field, 0))
        }
    }

    /// `amount` for `field`, ±[`MAX_FEN`], not zero (a correction that
    /// changes nothing is a mistake).
    pub fn correction(field: &'static str, amount: Fen) -> AppResult<Fen> {
        if amount.0 == 0 {
            return Err(AppError::input(field, Key::PayrollAdjustmentZero));
        }
        if (-MAX_FEN..=MAX_FEN).contains(&amount.0) {
            Ok(amount)
        } else {
            Err(out_of_range(field, -MAX_FEN))
        }
    }
}

fn out_of_range(field: &'static str, min: i64) -> AppError {
    AppError::input(field, Key::SubsidyAmountOutOfRange)
        .with("min", min)
        .with("max", MAX_FEN)
}

/// Money in fen (分, 1/100 CNY). Format: a JSON integer, never a fraction
/// or a string; 120000 is 1,200.00 CNY. Inputs are at most 1000000000 in size.
#[Scalar(name = "Fen")]
impl ScalarType for Fen {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::Number(n) => n
                .as_i64()
                .map(Fen)
                .ok_or_else(|| InputValueError::custom("fen are whole numbers (分)")),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn is_valid(value: &Value) -> bool {
        matches!(value, Value::Number(n) if n.as_i64().is_some())
    }

    fn to_value(&self) -> Value {
        Value::Number(self.0.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fen_are_whole_numbers_within_the_cap() {
        assert!(Fen::parse(Value::Number(120_000.into())).is_ok());
        let fraction = serde_json::Number::from_f64(1200.5).map(Value::Number);
        assert!(fraction.is_some_and(|v| Fen::parse(v).is_err()));
        assert!(Fen::parse(Value::String("120000".into())).is_err());
        assert!(Fen::non_negative("amountFen", Fen(MAX_FEN)).is_ok());
        assert!(Fen::non_negative("amountFen", Fen(MAX_FEN + 1)).is_err());
        assert!(Fen::non_negative("amountFen", Fen(-1)).is_err());
        assert!(Fen::correction("amountFen", Fen(-500)).is_ok());
        assert!(Fen::correction("amountFen", Fen(0)).is_err());
    }
}
