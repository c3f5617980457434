//! The filters every record list has: kind, period (from, to) and the
//! node it is under (the page's node, or one picked below it).

use yew::prelude::*;

use crate::api::{NodeItem, RecordFilter};
use crate::components::{NodePicker, SelectField, TextField};
use crate::dates::optional;
use crate::i18n::{use_i18n, R};

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub slug: AttrValue,
    /// The page's node: the list is under it unless another is picked.
    pub home: String,
    pub kinds: Vec<(String, String)>,
    pub filter: RecordFilter,
    pub onchange: Callback<RecordFilter>,
}

#[component]
pub fn Filters(props: &FiltersProps) -> Html {
    let i18n = use_i18n();
    let picked = use_state(|| None::<NodeItem>);
    let change = |edit: fn(&mut RecordFilter, String)| {
        let (filter, cb) = (props.filter.clone(), props.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = filter.clone();
            edit(&mut next, v);
            cb.emit(next);
        })
    };
    let on_under = {
        let (filter, cb, home, picked) = (
            props.filter.clone(),
            props.onchange.clone(),
            props.home.clone(),
            picked.clone(),
        );
        Callback::from(move |node: Option<NodeItem>| {
            let mut next = filter.clone();
            next.under = node.as_ref().map_or(home.clone(), |n| n.id.clone());
            picked.set(node);
            cb.emit(next);
        })
    };
    let mut kinds = vec![(AttrValue::from(""), AttrValue::from(i18n.t(R::AllKinds)))];
    kinds.extend(
        props
            .kinds
            .iter()
            .map(|(v, l)| (AttrValue::from(v.clone()), AttrValue::from(l.clone()))),
    );
    let slug = &props.slug;
    html! {
        <div class="roster-filters record-filters">
            if props.kinds.len() > 1 {
                <SelectField id={format!("{slug}-kind")} label={i18n.t(R::Kind)} options={kinds}
                    value={props.filter.kind.clone().unwrap_or_default()}
                    onchange={change(|f, v| f.kind = optional(&v))} />
            }
            <TextField id={format!("{slug}-from")} label={i18n.t(R::From)} kind="date"
                value={props.filter.from.clone().unwrap_or_default()}
                oninput={change(|f, v| f.from = optional(&v))} />
            <TextField id={format!("{slug}-to")} label={i18n.t(R::To)} kind="date"
                value={props.filter.to.clone().unwrap_or_default()}
                oninput={change(|f, v| f.to = optional(&v))} />
            <NodePicker id={format!("{slug}-under")} label={i18n.t(R::Under)}
                under={Some(props.home.clone())} selected={(*picked).clone()} on_select={on_under} />
        </div>
    }
}
