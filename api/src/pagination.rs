//! Relay connections (the Cursor Connections spec) with `totalCount`, on
//! keyset cursors.
//!
//! A list says its order as a few [`Key`]s, the last of them unique (an id,
//! a grid code), and [`fetch`] orders by them. A cursor is the opaque
//! base64url of the keys' values on its row (and a tag of the list's
//! order), so "after this cursor" is "after these values" in that order: a
//! row added or closed between two pages moves no other row, so none is
//! repeated or skipped, whatever the offset would have been. `first`/`after`
//! walk forward, `last`/`before` backward; `hasNextPage`/`hasPreviousPage`
//! follow the spec (the side away from the cursor is answered exactly, with
//! one `LIMIT 1` statement when a cursor was given). A page is capped at
//! [`MAX_PAGE`] rows. A cursor that does not decode, has the wrong shape,
//! belongs to another list's order or holds values of the wrong type is
//! `BAD_USER_INPUT`, never page 1.
use crate::error::{AppError, AppResult, Key as ErrorKey};
use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::{OutputType, SimpleObject};
use sea_orm::sea_query::{ColumnType, Expr, SimpleExpr};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, ModelTrait, Order, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Select, Value,
};

pub const DEFAULT_PAGE: u64 = 20;
pub const MAX_PAGE: u64 = 100;
/// A cursor longer than this is refused unread.
const MAX_CURSOR_LEN: usize = 1_024;

#[derive(SimpleObject)]
pub struct TotalCount {
    /// How many records the whole list has, across all pages.
    pub total_count: u64,
}

pub type Conn<T> = Connection<String, T, TotalCount, EmptyFields>;

/// A decoded cursor: its list's order tag and the key values of its row.
#[derive(Clone, Debug, PartialEq)]
pub struct Cursor {
    tag: u32,
    values: Vec<serde_json::Value>,
}

/// The paging arguments of one list field, checked.
#[derive(Clone, Debug)]
pub struct Page {
    /// Rows wanted.
    limit: u64,
    /// Counted from the end (`last`) instead of the start.
    backward: bool,
    after: Option<Cursor>,
    before: Option<Cursor>,
}

impl Page {
    /// `first`/`after` and `last`/`before` as the spec has them; both
    /// `first` and `last` at once is refused (the spec discourages it and
    /// no client needs it).
    pub fn parse(
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> AppResult<Page> {
        let size = |name: &'static str, n: i32| {
            if n >= 0 && (n as u64) <= MAX_PAGE {
                Ok(n as u64)
            } else {
                let key = if name == "last" {
                    ErrorKey::InputLastOutOfRange
                } else {
                    ErrorKey::InputFirstOutOfRange
                };
                Err(AppError::input(name, key).with("max", MAX_PAGE))
            }
        };
        let (limit, backward) = match (first, last) {
            (Some(_), Some(_)) => return Err(AppError::input("last", ErrorKey::InputFirstAndLast)),
            (Some(n), None) => (size("first", n)?, false),
            (None, Some(n)) => (size("last", n)?, true),
            (None, None) => (DEFAULT_PAGE, false),
        };
        Ok(Page {
            limit,
            backward,
            after: after.map(|c| Cursor::decode("after", &c)).transpose()?,
            before: before.map(|c| Cursor::decode("before", &c)).transpose()?,
        })
    }

    /// The first `first` rows (for lists read without arguments).
    pub fn first(n: u64) -> Page {
        Page {
            limit: n.min(MAX_PAGE),
            backward: false,
            after: None,
            before: None,
        }
    }

    /// How many rows this page may hold (for cost estimates).
    pub fn limit(&self) -> u64 {
        self.limit
    }
}

/// What a list costs in the complexity limit before it runs: its own
/// statements ([`LIST_STATEMENTS_COST`]) plus, for each row it may hold
/// (`first` or `last`, default [`DEFAULT_PAGE`], at most [`MAX_PAGE`]), what
/// is asked below it. A nested list is multiplied by the page above it, so
/// `nodes(first: 100) { … children(first: 100) { … } }` costs 100 × 100 rows.
pub fn cost(first: Option<i32>, last: Option<i32>, child_complexity: usize) -> usize {
    let rows = first.or(last).map_or(DEFAULT_PAGE, |n| {
        u64::try_from(n).unwrap_or(0).min(MAX_PAGE)
    });
    LIST_STATEMENTS_COST.saturating_add((rows as usize).saturating_mul(child_complexity))
}

/// A list without paging arguments: `expected` rows (what such a list holds
/// in practice: a hazard's history, a node's posts) times what is asked
/// below each.
pub fn list_cost(expected: usize, child_complexity: usize) -> usize {
    1usize.saturating_add(expected.saturating_mul(child_complexity))
}

/// The complexity one list adds for its count and page statements.
pub const LIST_STATEMENTS_COST: usize = 5;

/// One column of a list's order.
#[derive(Clone, Copy, Debug)]
pub struct Key<C> {
    column: C,
    desc: bool,
    /// NULLs after every value (in this key's direction), on both databases.
    nulls_last: bool,
}

impl<C: ColumnTrait> Key<C> {
    pub fn asc(column: C) -> Self {
        Key {
            column,
            desc: false,
            nulls_last: false,
        }
    }
    pub fn desc(column: C) -> Self {
        Key {
            column,
            desc: true,
            nulls_last: false,
        }
    }
    /// Ascending, rows without a value last (e.g. a deadline).
    pub fn asc_nulls_last(column: C) -> Self {
        Key {
            column,
            desc: false,
            nulls_last: true,
        }
    }
}

/// What a page says besides its rows: their cursors, whether there is more
/// on either side, and the total the list pages through.
#[derive(Clone, Debug, Default)]
pub struct Window {
    pub cursors: Vec<String>,
    pub has_previous: bool,
    pub has_next: bool,
    pub total: u64,
}

impl Window {
    /// A list that is empty by construction.
    pub fn empty() -> Self {
        Self::default()
    }
}

/// The connection for a page: `items` are the page's rows in order, turned
/// into their GraphQL type (as many as `window.cursors`).
pub fn connection<T: OutputType>(items: Vec<T>, window: Window) -> Conn<T> {
    let mut conn = Connection::with_additional_fields(
        window.has_previous,
        window.has_next,
        TotalCount {
            total_count: window.total,
        },
    );
    conn.edges.extend(
        window
            .cursors
            .into_iter()
            .zip(items)
            .map(|(cursor, item)| Edge::new(cursor, item)),
    );
    conn
}

/// One page of `query` in the order of `keys` (the last one unique), and
/// the total it pages through.
pub async fn fetch<E, C>(
    db: &C,
    query: Select<E>,
    keys: &[Key<E::Column>],
    page: Page,
) -> AppResult<(Vec<E::Model>, Window)>
where
    E: EntityTrait,
    E::Model: Send + Sync,
    C: ConnectionTrait,
{
    let tag = order_tag::<E>(keys);
    let after = page
        .after
        .as_ref()
        .map(|c| values_of::<E>(keys, tag, c, "after"))
        .transpose()?;
    let before = page
        .before
        .as_ref()
        .map(|c| values_of::<E>(keys, tag, c, "before"))
        .transpose()?;

    let total = query.clone().count(db).await?;
    let mut window = query.clone();
    if let Some(v) = &after {
        window = window.filter(beyond(keys, v, true));
    }
    if let Some(v) = &before {
        window = window.filter(beyond(keys, v, false));
    }
    for key in keys {
        window = order(window, key, page.backward);
    }
    let mut rows = window.limit(page.limit + 1).all(db).await?;
    let more = rows.len() as u64 > page.limit;
    rows.truncate(page.limit as usize);
    if page.backward {
        rows.reverse();
    }
    // The side the cursor points away from: is anything at or past it?
    let across = if page.backward { &before } else { &after };
    let beyond_cursor = match across {
        Some(v) => query
            .filter(at_or_beyond(keys, v, page.backward))
            .limit(1)
            .all(db)
            .await?
            .into_iter()
            .next()
            .is_some(),
        None => false,
    };
    let (has_previous, has_next) = if page.backward {
        (more, beyond_cursor)
    } else {
        (beyond_cursor, more)
    };
    let cursors = rows
        .iter()
        .map(|row| encode(tag, keys.iter().map(|k| row.get(k.column))))
        .collect::<AppResult<Vec<_>>>()?;
    Ok((
        rows,
        Window {
            cursors,
            has_previous,
            has_next,
            total,
        },
    ))
}

fn order<E: EntityTrait>(q: Select<E>, key: &Key<E::Column>, reverse: bool) -> Select<E> {
    let desc = key.desc != reverse;
    let dir = |d: bool| if d { Order::Desc } else { Order::Asc };
    let q = if key.nulls_last {
        // `IS NULL` is 0 for values, 1 for NULLs: values first.
        q.order_by(key.column.is_null(), dir(reverse))
    } else {
        q
    };
    q.order_by(key.column, dir(desc))
}

/// Rows strictly after (`forward`) or strictly before the key values `v`.
fn beyond<C: ColumnTrait>(keys: &[Key<C>], v: &[Value], forward: bool) -> Condition {
    let mut any = Condition::any();
    for i in 0..keys.len() {
        let Some(step) = step(&keys[i], &v[i], forward) else {
            continue;
        };
        let mut all = Condition::all();
        for j in 0..i {
            all = all.add(same(&keys[j], &v[j]));
        }
        any = any.add(all.add(step));
    }
    // No row can be beyond (e.g. after a NULL in a nulls-last key).
    any.add(Expr::cust("1 = 0"))
}

/// `beyond` in the other direction, or the cursor's own row.
fn at_or_beyond<C: ColumnTrait>(keys: &[Key<C>], v: &[Value], forward: bool) -> Condition {
    let mut exact = Condition::all();
    for (key, value) in keys.iter().zip(v) {
        exact = exact.add(same(key, value));
    }
    Condition::any().add(beyond(keys, v, forward)).add(exact)
}

fn same<C: ColumnTrait>(key: &Key<C>, v: &Value) -> SimpleExpr {
    if is_null(v) {
        key.column.is_null()
    } else {
        key.column.eq(v.clone())
    }
}

/// One key strictly past `v` in the walking direction; None when nothing is.
fn step<C: ColumnTrait>(key: &Key<C>, v: &Value, forward: bool) -> Option<SimpleExpr> {
    // Past in the key's own order (ascending: greater).
    let greater = key.desc != forward;
    if key.nulls_last {
        return match (is_null(v), forward) {
            (true, true) => None,
            (true, false) => Some(key.column.is_not_null()),
            (false, true) => Some(
                Condition::any()
                    .add(compare(key.column, v, greater))
                    .add(key.column.is_null())
                    .into(),
            ),
            (false, false) => Some(compare(key.column, v, greater)),
        };
    }
    Some(compare(key.column, v, greater))
}

fn compare<C: ColumnTrait>(column: C, v: &Value, greater: bool) -> SimpleExpr {
    if greater {
        column.gt(v.clone())
    } else {
        column.lt(v.clone())
    }
}

fn is_null(v: &Value) -> bool {
    matches!(
        v,
        Value::BigInt(None)
            | Value::Int(None)
            | Value::String(None)
            | Value::Uuid(None)
            | Value::ChronoDate(None)
            | Value::ChronoDateTimeUtc(None)
            | Value::Bool(None)
    )
}

/// Which list a cursor belongs to: the table and its order (FNV-1a).
fn order_tag<E: EntityTrait>(keys: &[Key<E::Column>]) -> u32 {
    use sea_orm::Iden;
    let mut text = E::default().to_string();
    for k in keys {
        text.push_str(&format!(
            "|{}{}{}",
            k.column.to_string(),
            if k.desc { "-" } else { "+" },
            if k.nulls_last { "n" } else { "" }
        ));
    }
    let mut hash: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

fn invalid(field: &'static str) -> AppError {
    AppError::input(field, ErrorKey::InputCursorInvalid)
}

impl Cursor {
    fn decode(field: &'static str, text: &str) -> AppResult<Cursor> {
        if text.is_empty() || text.len() > MAX_CURSOR_LEN {
            return Err(invalid(field));
        }
        let bytes = base64url::decode(text).ok_or_else(|| invalid(field))?;
        let parsed: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| invalid(field))?;
        let items = parsed.as_array().ok_or_else(|| invalid(field))?;
        let (tag, values) = items.split_first().ok_or_else(|| invalid(field))?;
        let tag = tag
            .as_u64()
            .and_then(|t| u32::try_from(t).ok())
            .ok_or_else(|| invalid(field))?;
        if values.is_empty() {
            return Err(invalid(field));
        }
        Ok(Cursor {
            tag,
            values: values.to_vec(),
        })
    }
}

/// The cursor's values as the keys' column types; anything else is invalid.
fn values_of<E: EntityTrait>(
    keys: &[Key<E::Column>],
    tag: u32,
    cursor: &Cursor,
    field: &'static str,
) -> AppResult<Vec<Value>> {
    if cursor.tag != tag || cursor.values.len() != keys.len() {
        return Err(invalid(field));
    }
    keys.iter()
        .zip(&cursor.values)
        .map(|(key, raw)| {
            let value = typed(key.column.def().get_column_type(), raw);
            match value {
                Some(v) if !is_null(&v) || key.nulls_last => Ok(v),
                _ => Err(invalid(field)),
            }
        })
        .collect()
}

fn typed(ty: &ColumnType, raw: &serde_json::Value) -> Option<Value> {
    use serde_json::Value as J;
    Some(match ty {
        ColumnType::BigInteger => match raw {
            J::Null => Value::BigInt(None),
            n => Value::BigInt(Some(n.as_i64()?)),
        },
        ColumnType::Integer => match raw {
            J::Null => Value::Int(None),
            n => Value::Int(Some(i32::try_from(n.as_i64()?).ok()?)),
        },
        ColumnType::String(_) | ColumnType::Text | ColumnType::Char(_) => match raw {
            J::Null => Value::String(None),
            s => Value::String(Some(s.as_str()?.to_string())),
        },
        ColumnType::Uuid => match raw {
            J::Null => Value::Uuid(None),
            s => Value::Uuid(Some(uuid::Uuid::parse_str(s.as_str()?).ok()?)),
        },
        ColumnType::Date => match raw {
            J::Null => Value::ChronoDate(None),
            s => Value::ChronoDate(Some(
                chrono::NaiveDate::parse_from_str(s.as_str()?, "%Y-%m-%d").ok()?,
            )),
        },
        ColumnType::TimestampWithTimeZone | ColumnType::Timestamp | ColumnType::DateTime => {
            match raw {
                J::Null => Value::ChronoDateTimeUtc(None),
                s => Value::ChronoDateTimeUtc(Some(
                    chrono::DateTime::parse_from_rfc3339(s.as_str()?)
                        .ok()?
                        .with_timezone(&chrono::Utc),
                )),
            }
        }
        ColumnType::Boolean => match raw {
            J::Null => Value::Bool(None),
            b => Value::Bool(Some(b.as_bool()?)),
        },
        _ => return None,
    })
}

fn encode(tag: u32, values: impl Iterator<Item = Value>) -> AppResult<String> {
    use serde_json::Value as J;
    let mut out = vec![J::from(tag)];
    for v in values {
        out.push(match v {
            Value::BigInt(n) => n.map_or(J::Null, J::from),
            Value::Int(n) => n.map_or(J::Null, J::from),
            Value::String(s) => s.map_or(J::Null, J::from),
            Value::Uuid(u) => u.map_or(J::Null, |u| J::from(u.to_string())),
            Value::ChronoDate(d) => {
                d.map_or(J::Null, |d| J::from(d.format("%Y-%m-%d").to_string()))
            }
            Value::ChronoDateTimeUtc(t) => t.map_or(J::Null, |t| {
                J::from(t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
            }),
            Value::Bool(b) => b.map_or(J::Null, J::from),
            other => {
                return Err(AppError::Internal(anyhow::anyhow!(
                    "no cursor encoding for {other:?}"
                )))
            }
        });
    }
    let json = serde_json::to_vec(&J::Array(out)).map_err(|e| AppError::Internal(e.into()))?;
    Ok(base64url::encode(&json))
}

/// URL-safe base64 without padding (RFC 4648 §5), strict on decode.
mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                chunk.get(1).copied().unwrap_or(0),
                chunk.get(2).copied().unwrap_or(0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            let chars = chunk.len() + 1;
            for i in 0..chars {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            }
        }
        out
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let digits = text
            .bytes()
            .map(|c| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32))
            .collect::<Option<Vec<u32>>>()?;
        if digits.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(digits.len() * 3 / 4);
        for chunk in digits.chunks(4) {
            let mut n = 0u32;
            for (i, d) in chunk.iter().enumerate() {
                n |= d << (18 - 6 * i);
            }
            let bytes = chunk.len() - 1;
            // Bits below the last whole byte must be zero (one spelling only).
            let unused = 24 - 8 * bytes as u32;
            if n & ((1 << unused) - 1) != 0 {
                return None;
            }
            for i in 0..bytes {
                out.push((n >> (16 - 8 * i)) as u8);
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_and_refuses_other_spellings() {
        for text in ["", "a", "ab", "abc", "abcd", "[1,\"x\"]", "凤冈县"] {
            let enc = base64url::encode(text.as_bytes());
            assert_eq!(base64url::decode(&enc).as_deref(), Some(text.as_bytes()));
        }
        assert_eq!(base64url::decode("YQ"), Some(b"a".to_vec()));
        assert_eq!(base64url::decode("YR"), None, "non-zero unused bits");
        assert_eq!(base64url::decode("Y"), None);
        assert_eq!(base64url::decode("YQ=="), None, "padding");
        assert_eq!(base64url::decode("Y+Q/"), None, "standard alphabet");
    }

    #[test]
    fn malformed_cursors_are_bad_input() {
        let bad = |c: &str| {
            matches!(
                Page::parse(Some(5), Some(c.to_string()), None, None),
                Err(ref e) if e.code() == "BAD_USER_INPUT"
            )
        };
        assert!(bad("o5"), "the old offset cursor");
        assert!(bad("!!!"));
        assert!(bad(&base64url::encode(b"{\"a\":1}")));
        assert!(bad(&base64url::encode(b"[]")));
        assert!(bad(&base64url::encode(b"[99999999999999999999,1]")));
        assert!(bad(&base64url::encode(b"[-1,1]")));
        assert!(bad(&base64url::encode(b"[1]")));
        assert!(bad(&"A".repeat(5_000)));
        assert!(Page::parse(Some(5), Some(base64url::encode(b"[7,1]")), None, None).is_ok());
        assert!(Page::parse(Some(1), None, Some(1), None).is_err());
        assert!(Page::parse(None, None, Some(101), None).is_err());
    }

    #[test]
    fn values_must_fit_the_column_types() {
        assert!(typed(&ColumnType::BigInteger, &serde_json::json!(1e30)).is_none());
        assert!(typed(&ColumnType::BigInteger, &serde_json::json!("1")).is_none());
        assert!(typed(&ColumnType::Uuid, &serde_json::json!("nope")).is_none());
        assert!(typed(&ColumnType::Date, &serde_json::json!("2026-13-01")).is_none());
        let t = chrono::Utc::now();
        let enc = t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
        assert_eq!(
            typed(&ColumnType::TimestampWithTimeZone, &serde_json::json!(enc)),
            Some(Value::ChronoDateTimeUtc(Some(t)))
        );
    }
}
