//! What was checked: one large checkbox per sector, in the server's order,
//! named in the current language.

use yew::prelude::*;

use crate::api::Sector;
use crate::i18n::{use_i18n, Lang};

/// A sector's name in the current language.
pub fn sector_name(lang: Lang, s: &Sector) -> String {
    match lang {
        Lang::Zh => s.name_zh.clone(),
        Lang::En => s.name_en.clone(),
    }
}

#[derive(Properties, PartialEq)]
pub struct SectorChecksProps {
    pub label: AttrValue,
    pub sectors: std::rc::Rc<Vec<Sector>>,
    pub chosen: Vec<String>,
    pub onchange: Callback<Vec<String>>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn SectorChecks(props: &SectorChecksProps) -> Html {
    let i18n = use_i18n();
    let boxes = props.sectors.iter().map(|s| {
        let checked = props.chosen.contains(&s.code);
        let toggle = {
            let (chosen, code, cb) = (props.chosen.clone(), s.code.clone(), props.onchange.clone());
            Callback::from(move |_: Event| {
                let mut next = chosen.clone();
                if let Some(at) = next.iter().position(|c| *c == code) {
                    next.remove(at);
                } else {
                    next.push(code.clone());
                }
                cb.emit(next)
            })
        };
        let id = format!("sector-{}", s.code);
        html! {
            <label class={classes!("sector-check", checked.then_some("checked"))} for={id.clone()} key={s.code.clone()}>
                <input {id} type="checkbox" value={s.code.clone()} {checked} onchange={toggle} />
                <span>{ sector_name(i18n.lang, s) }</span>
            </label>
        }
    });
    html! {
        <fieldset class={classes!("field", "sector-checks", props.error.is_some().then_some("has-error"))}>
            <legend class="field-label">{ props.label.clone() }</legend>
            <div class="sector-grid">{ for boxes }</div>
            if let Some(e) = &props.error {
                <p class="field-error" role="alert">{ e.clone() }</p>
            }
        </fieldset>
    }
}
