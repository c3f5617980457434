//! What every programme record kind shares on the desk: a list under a
//! node with filters (kind, period, under), its total, print and CSV
//! ([`RecordList`]), and the parts of a detail page (evidence, earlier
//! versions). A kind is a [`RecordSpec`]: its columns, its cells, its
//! query; `meetings.rs` is the worked example.

mod csv;
mod evidence;
mod filters;
mod list;
mod versions;

pub use csv::records_csv;
pub use evidence::{Evidence, OpenDocument};
pub use list::RecordList;
pub use versions::EarlierVersions;

use std::future::Future;
use std::rc::Rc;

use crate::api::{ApiError, Client, Connection, RecordFilter};
use crate::app::Route;
use crate::i18n::{I18n, Text};

/// Rows per page on screen; the CSV reads pages of [`EXPORT_PAGE`].
pub const PAGE_SIZE: i64 = 20;
pub const EXPORT_PAGE: i64 = 100;

/// One kind of programme record as a list shows it.
pub trait RecordSpec: 'static {
    type Item: Clone + PartialEq + 'static;
    /// The translation table its title and headings come from.
    type Text: Text + 'static;

    /// The page's title (with the node's name) and the CSV file's stem.
    const TITLE: Self::Text;
    const FILE_STEM: Self::Text;
    /// An `id` prefix for the page's elements (`meetings-list`, …).
    const SLUG: &'static str;

    /// The column headings, in order; [`RecordSpec::cells`] answers one
    /// text per heading, so screen, paper and file agree.
    fn columns() -> Vec<Self::Text>;
    fn cells(i18n: &I18n, item: &Self::Item) -> Vec<String>;
    fn id(item: &Self::Item) -> String;
    /// Where a row leads (its first cell is the link).
    fn route(item: &Self::Item) -> Route;
    /// The kinds to filter by: the value sent, the label shown.
    fn kinds(i18n: &I18n) -> Vec<(String, String)>;
    /// One page of the list.
    fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> impl Future<Output = Result<Connection<Self::Item>, ApiError>> + 'static;
}

/// Every page of the filtered list, for the CSV (at most 50 pages, 5 000
/// records: more than a county's year of any one kind).
pub async fn all_pages<S: RecordSpec>(
    client: Rc<Client>,
    filter: RecordFilter,
) -> Result<Vec<S::Item>, ApiError> {
    let mut items = Vec::new();
    let mut after = None;
    for _ in 0..50 {
        let page = S::page(client.clone(), filter.clone(), EXPORT_PAGE, after).await?;
        items.extend(page.edges.into_iter().map(|e| e.node));
        if !page.page_info.has_next_page {
            break;
        }
        after = page.page_info.end_cursor;
        if after.is_none() {
            break;
        }
    }
    Ok(items)
}
