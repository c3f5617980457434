//! Translation. Every string a person sees comes from [`table::text`], keyed
//! by [`K`]; zh-CN is the default, English the second language. The choice
//! is kept in localStorage so it survives a reload.

mod account_table;
// Issue 9, officer assessments (考核).
mod assessment_table;
mod campaign_table;
// Issue 8, desk programme pages.
pub mod desk_labels;
mod desk_table;
mod error_table;
mod field_table;
mod integrity_table;
pub mod labels;
mod leader_table;
mod liaison_table;
mod money_table;
mod record_table;
mod sanction_table;
mod scorecard_table;
mod table;
mod year_table;

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

pub use account_table::S;
pub use assessment_table::A;
pub use campaign_table::C;
pub use desk_table::D;
pub use error_table::server_text;
pub use field_table::F;
pub use integrity_table::I;
pub use leader_table::M;
pub use liaison_table::L;
pub use money_table::P;
pub use record_table::R;
pub use sanction_table::X;
pub use scorecard_table::G;
pub use table::K;
pub use year_table::Y;

/// A key of one of the translation tables.
pub trait Text: Copy {
    fn text(self, lang: Lang) -> &'static str;
}

const STORAGE_KEY: &str = "sg_lang";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh-CN" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// The current language plus a way to change it; cheap to clone.
#[derive(Clone, PartialEq)]
pub struct I18n {
    pub lang: Lang,
    set: Callback<Lang>,
}

impl I18n {
    pub fn t(&self, key: impl Text) -> &'static str {
        key.text(self.lang)
    }

    /// A text with `{}` placeholders filled in order.
    pub fn f(&self, key: impl Text, args: &[&dyn std::fmt::Display]) -> String {
        let mut out = String::new();
        let mut rest = self.t(key);
        for arg in args {
            match rest.split_once("{}") {
                Some((head, tail)) => {
                    out.push_str(head);
                    out.push_str(&arg.to_string());
                    rest = tail;
                }
                None => break,
            }
        }
        out.push_str(rest);
        out
    }

    /// The language the person chose (what [`I18nProvider`] shows), for
    /// code that renders without the context at hand.
    pub fn stored() -> I18n {
        I18n {
            lang: stored_lang(),
            set: Callback::noop(),
        }
    }

    /// A fixed language, for tests of code that takes an `I18n`.
    #[cfg(test)]
    pub fn fixed(lang: Lang) -> I18n {
        I18n {
            lang,
            set: Callback::noop(),
        }
    }

    pub fn set_lang(&self, lang: Lang) {
        self.set.emit(lang);
    }
}

#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n {
        lang: Lang::Zh,
        set: Callback::noop(),
    })
}

#[derive(Properties, PartialEq)]
pub struct I18nProviderProps {
    pub children: Html,
}

#[component]
pub fn I18nProvider(props: &I18nProviderProps) -> Html {
    let lang = use_state(stored_lang);
    use_effect_with(*lang, |lang| {
        if let Some(root) = gloo_utils_document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang.code());
        }
        if let Some(doc) = gloo_utils_document() {
            doc.set_title(K::AppTitle.text(*lang));
        }
    });
    let set = {
        let lang = lang.clone();
        Callback::from(move |next: Lang| {
            let _ = LocalStorage::set(STORAGE_KEY, next.code());
            lang.set(next);
        })
    };
    let ctx = I18n { lang: *lang, set };
    html! {
        <ContextProvider<I18n> context={ctx}>
            { props.children.clone() }
        </ContextProvider<I18n>>
    }
}

fn stored_lang() -> Lang {
    LocalStorage::get::<String>(STORAGE_KEY)
        .ok()
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or(Lang::Zh)
}

fn gloo_utils_document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i18n(lang: Lang) -> I18n {
        I18n {
            lang,
            set: Callback::noop(),
        }
    }

    #[test]
    fn chinese_is_the_default_language_and_english_the_second() {
        assert_eq!(i18n(Lang::Zh).t(K::AppName), "安全网格");
        assert_eq!(i18n(Lang::En).t(K::AppName), "SafeGrid");
        assert_eq!(i18n(Lang::Zh).t(K::ErrConflict), "数据已被他人修改，请刷新");
    }

    #[test]
    fn placeholders_are_filled_in_order() {
        let zh = i18n(Lang::Zh);
        assert_eq!(zh.f(K::ShownOfTotal, &[&20, &42]), "已显示 20 / 共 42 项");
        assert_eq!(zh.f(K::VillagesShort, &[&3]), "村 3/{}");
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
    }
}
