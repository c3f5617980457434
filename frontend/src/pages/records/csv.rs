//! A record list as a CSV file: UTF-8 with a BOM for Excel, the roster's
//! quoting rules, the same columns and cells as the screen.

use super::RecordSpec;
use crate::i18n::I18n;

pub fn records_csv<S: RecordSpec>(i18n: &I18n, items: &[S::Item]) -> String {
    let mut out = String::from('\u{FEFF}');
    let head: Vec<String> = S::columns()
        .into_iter()
        .map(|k| i18n.t(k).to_owned())
        .collect();
    crate::pages::roster::ledger::push_record(&mut out, &head);
    for item in items {
        crate::pages::roster::ledger::push_record(&mut out, &S::cells(i18n, item));
    }
    out
}
