//! The server's error keys (`extensions.key`) in both languages. The web
//! app shows these, never the server's own message; `{name}` takes
//! `extensions.params.name`. A unit test checks that every key the server
//! lists in `api/error-keys.txt` is here.

use super::Lang;
use serde_json::{Map, Value};

/// `error_keys! { Name => "dotted.key", "中文", "English"; … }` makes [`E`], its
/// lookup by the server's key and its texts.
macro_rules! error_keys {
    ($($name:ident => $key:literal, $zh:literal, $en:literal;)*) => {
        /// A server error key the web app can say.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum E { $($name,)* }

        impl E {
            pub fn from_key(key: &str) -> Option<E> {
                match key {
                    $($key => Some(E::$name),)*
                    _ => None,
                }
            }

            fn texts(self) -> (&'static str, &'static str) {
                match self { $(E::$name => ($zh, $en),)* }
            }
        }
    };
}

impl super::Text for E {
    fn text(self, lang: Lang) -> &'static str {
        let (zh, en) = self.texts();
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// The sentence for a server error key with its params; `None` for a key
/// this build does not know (the caller falls back to one by code) and for
/// the keys that only carry unconverted server prose.
pub fn server_text(lang: Lang, key: &str, params: &Map<String, Value>) -> Option<String> {
    let e = E::from_key(key)?;
    if matches!(e, E::InputInvalid | E::ConflictOther | E::RateLimitedOther) {
        return None;
    }
    Some(render(super::Text::text(e, lang), params, lang))
}

fn render(template: &str, params: &Map<String, Value>, lang: Lang) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        match params.get(&rest[open + 1..close]) {
            Some(value) => out.push_str(&value_text(value, lang)),
            None => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn value_text(value: &Value, lang: Lang) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => {
            let sep = if lang == Lang::Zh { "、" } else { ", " };
            items
                .iter()
                .map(|v| value_text(v, lang))
                .collect::<Vec<_>>()
                .join(sep)
        }
        other => other.to_string(),
    }
}

// The list is the API's own, shared so the two cannot drift.
include!("../../../api/src/error/keys.in");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Text;

    /// The server's catalog, as it checks it in.
    const SERVER_KEYS: &str = include_str!("../../../api/error-keys.txt");

    #[test]
    fn every_server_key_has_both_translations() {
        let mut count = 0;
        for key in SERVER_KEYS.lines().filter(|l| !l.trim().is_empty()) {
            let e = E::from_key(key).unwrap_or_else(|| panic!("no translation for {key}"));
            assert!(!e.text(Lang::Zh).is_empty(), "{key}: no Chinese");
            assert!(!e.text(Lang::En).is_empty(), "{key}: no English");
            count += 1;
        }
        assert!(count > 50, "read {count} keys");
    }

    #[test]
    fn params_fill_the_sentence_in_each_language() {
        let mut params = Map::new();
        params.insert("max".into(), 50.into());
        assert_eq!(
            server_text(Lang::Zh, "input.too_long", &params).as_deref(),
            Some("不能超过 50 个字符")
        );
        assert_eq!(
            server_text(Lang::En, "input.too_long", &params).as_deref(),
            Some("At most 50 characters")
        );
        assert_eq!(server_text(Lang::En, "no.such_key", &params), None);
        assert_eq!(server_text(Lang::En, "input.invalid", &params), None);
    }
}
