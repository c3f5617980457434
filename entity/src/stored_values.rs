//! The strings each stored enum writes, pinned: rows written before these
//! columns had types must read back, and an unknown string must be an
//! error, never a default.
use sea_orm::{ActiveEnum, Iterable};

/// Every variant writes the string listed (in order), reads back from it,
/// serializes to it (audit snapshots, record versions), and a string not
/// listed is refused.
pub fn pinned<E>(expected: &[&str])
where
    E: ActiveEnum<Value = String> + Iterable + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let written: Vec<String> = E::iter().map(|v| v.to_value()).collect();
    assert_eq!(written, expected, "{}", std::any::type_name::<E>());
    for v in E::iter() {
        let stored = v.to_value();
        assert_eq!(E::try_from_value(&stored).ok().as_ref(), Some(&v));
        assert_eq!(
            serde_json::to_value(&v).ok(),
            Some(serde_json::Value::String(stored.clone()))
        );
        let lower = stored.to_lowercase();
        assert!(E::try_from_value(&lower).is_err(), "{lower} read as {v:?}");
    }
    for unknown in ["", "NOPE", " REPORTED"] {
        assert!(
            E::try_from_value(&unknown.to_string()).is_err(),
            "{unknown:?}"
        );
    }
}
