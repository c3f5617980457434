//! The year a scorecard page opens on: `?year=` when the ranking linked
//! to a card of another year, else this year.

use crate::dates::this_year;

/// `?year=2025` (among other parameters), when it is a year a page shows.
pub fn year_of_search(search: &str) -> Option<i32> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("year="))
        .and_then(|v| v.parse::<i32>().ok())
        .filter(|y| (2000..=2100).contains(y))
}

pub fn year_in_url() -> i32 {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| year_of_search(&s))
        .unwrap_or_else(this_year)
}

/// The query of a link to a card of `year`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct YearQuery {
    pub year: i32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_is_read_from_the_query_when_it_is_a_year_shown() {
        assert_eq!(year_of_search("?year=2025"), Some(2025));
        assert_eq!(year_of_search("?x=1&year=2024"), Some(2024));
        assert_eq!(year_of_search("?year=1999"), None);
        assert_eq!(year_of_search("?year=abc"), None);
        assert_eq!(year_of_search(""), None);
    }
}
