//! Where a signal sits: the lowest node whose subtree holds every record
//! behind it, so a township sees what lies wholly inside it and what spans
//! two townships is the county's.
use crate::grid::code::Level;

/// The code of the lowest common ancestor of `codes` (grid codes are
/// unique per node, so the code names the node). `None` for no codes.
pub fn common_code(codes: &[i64]) -> Option<i64> {
    let first = *codes.first()?;
    for level in Level::ALL.iter().rev() {
        let unit = 10_i64.pow(15 - level.digits());
        let at = first / unit * unit;
        if codes.iter().all(|c| c / unit * unit == at) {
            return Some(at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::common_code;

    #[test]
    fn records_of_one_node_sit_there_and_of_two_townships_at_the_county() {
        let village = 520_327_100_001_000;
        let group = village + 1;
        assert_eq!(common_code(&[village]), Some(village));
        assert_eq!(common_code(&[village, group]), Some(village));
        assert_eq!(common_code(&[group, group]), Some(group));
        let other_township = 520_327_101_001_000;
        assert_eq!(
            common_code(&[group, other_township]),
            Some(520_327_000_000_000)
        );
        assert_eq!(common_code(&[]), None);
    }
}
