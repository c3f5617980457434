//! The message catalog: every error key the API answers, with its zh-CN and
//! English message. `{name}` in a message is `extensions.params.name`. The
//! keys are a contract (the web app translates them, third parties may too):
//! rename none, only add. `api/error-keys.txt` is the list, checked in for
//! clients; a unit test keeps it equal to this table.
use super::Lang;

/// `error_keys! { Name => "dotted.key", "中文", "English"; … }` makes [`Key`],
/// so a key without both messages does not compile.
macro_rules! error_keys {
    ($($name:ident => $key:literal, $zh:literal, $en:literal;)*) => {
        /// A stable error key (`extensions.key`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($name,)* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$name,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Key::$name => $key,)* }
            }

            /// The message template in `lang`.
            pub fn template(self, lang: Lang) -> &'static str {
                let (zh, en) = match self { $(Key::$name => ($zh, $en),)* };
                match lang {
                    Lang::Zh => zh,
                    Lang::En => en,
                }
            }
        }
    };
}

include!("keys.in");

#[cfg(test)]
mod tests {
    use super::*;

    const CHECKED_IN: &str = include_str!("../../error-keys.txt");

    fn listing() -> String {
        Key::ALL
            .iter()
            .map(|k| format!("{}\n", k.as_str()))
            .collect()
    }

    /// Regenerate with `UPDATE_ERROR_KEYS=1 cargo test -p api --lib catalog`.
    #[test]
    fn the_checked_in_key_list_is_the_catalog() {
        if std::env::var_os("UPDATE_ERROR_KEYS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/error-keys.txt");
            if let Err(e) = std::fs::write(path, listing()) {
                panic!("write {path}: {e}");
            }
            return;
        }
        assert_eq!(
            CHECKED_IN,
            listing(),
            "api/error-keys.txt is stale: UPDATE_ERROR_KEYS=1 cargo test -p api --lib catalog"
        );
    }

    #[test]
    fn keys_are_unique_dotted_and_each_language_is_one_language() {
        let mut seen = std::collections::HashSet::new();
        for key in Key::ALL {
            let name = key.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert!(name.contains('.'), "{name}");
            let en = key.template(Lang::En);
            assert!(!en.chars().any(is_han), "{name}: Chinese in English: {en}");
            let zh = key.template(Lang::Zh);
            assert!(!zh.contains(" ("), "{name}: bracketed translation in {zh}");
        }
    }

    fn is_han(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c)
    }
}
