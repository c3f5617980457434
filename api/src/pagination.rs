//! Relay connections with `totalCount`. Cursors are offsets in a stable
//! order (grid code, then id); `first` is capped so no query asks for
//! unbounded pages.
use crate::error::{AppError, AppResult, Key};
use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::{OutputType, SimpleObject};

pub const DEFAULT_PAGE: u64 = 20;
pub const MAX_PAGE: u64 = 100;

#[derive(SimpleObject)]
pub struct TotalCount {
    /// How many records the whole list has, across all pages.
    pub total_count: u64,
}

pub type Conn<T> = Connection<String, T, TotalCount, EmptyFields>;

#[derive(Copy, Clone, Debug)]
pub struct Page {
    pub offset: u64,
    pub limit: u64,
}

impl Page {
    pub fn parse(first: Option<i32>, after: Option<String>) -> AppResult<Page> {
        let limit = match first {
            None => DEFAULT_PAGE,
            Some(n) if n >= 0 && (n as u64) <= MAX_PAGE => n as u64,
            Some(_) => {
                return Err(
                    AppError::input("first", Key::InputFirstOutOfRange).with("max", MAX_PAGE)
                )
            }
        };
        let offset = match after {
            None => 0,
            Some(cursor) => cursor
                .strip_prefix("o")
                .and_then(|n| n.parse::<u64>().ok())
                .map(|n| n + 1)
                .ok_or_else(|| AppError::input("after", Key::InputCursorInvalid))?,
        };
        Ok(Page { offset, limit })
    }
}

pub fn connection<T: OutputType>(items: Vec<T>, page: Page, total: u64) -> Conn<T> {
    let has_next = page.offset + (items.len() as u64) < total;
    let mut conn = Connection::with_additional_fields(
        page.offset > 0,
        has_next,
        TotalCount { total_count: total },
    );
    conn.edges.extend(
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| Edge::new(format!("o{}", page.offset + i as u64), item)),
    );
    conn
}

/// One page of an ordered query and the total it pages through.
pub async fn fetch<E, C>(
    db: &C,
    ordered: sea_orm::Select<E>,
    page: Page,
) -> AppResult<(Vec<E::Model>, u64)>
where
    E: sea_orm::EntityTrait,
    E::Model: Send + Sync,
    C: sea_orm::ConnectionTrait,
{
    use sea_orm::{PaginatorTrait, QuerySelect};
    let total = ordered.clone().count(db).await?;
    let items = ordered
        .offset(page.offset)
        .limit(page.limit)
        .all(db)
        .await?;
    Ok((items, total))
}
