//! The county office enters an item's points (0 to its maximum) with a
//! note; overriding a computed score needs the note, which the server
//! checks too. The item's documents stay cited. A refusal shows by its key,
//! at its field or in the banner.

use yew::prelude::*;

use crate::api::{set_scorecard_item, ItemEntry, ScorecardItem};
use crate::components::TextField;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, G, K};
use crate::pages::field::TextArea;
use crate::pages::forms::FormFrame;

const FIELDS: &[&str] = &["points", "note"];

#[derive(Properties, PartialEq)]
pub struct ScoreFormProps {
    pub item: ScorecardItem,
    pub card_id: String,
    pub on_saved: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// The points typed, when they are a whole number from 0 to `max`.
pub fn parse_points(text: &str, max: i32) -> Option<i32> {
    text.trim()
        .parse::<i32>()
        .ok()
        .filter(|p| (0..=max).contains(p))
}

#[component]
pub fn ScoreForm(props: &ScoreFormProps) -> Html {
    let i18n = use_i18n();
    let item = &props.item;
    let points = use_state(|| item.points.to_string());
    let note = use_state(|| item.note.clone().unwrap_or_default());
    let bad_points = use_state(|| false);
    let submit = use_submit();
    let onsubmit = {
        let (points, note, bad_points, submit) = (
            points.clone(),
            note.clone(),
            bad_points.clone(),
            submit.clone(),
        );
        let on_saved = props.on_saved.clone();
        let (card_id, key, max) = (props.card_id.clone(), item.key.clone(), item.max_points);
        let documents: Vec<String> = item.documents.iter().map(|d| d.id.clone()).collect();
        Callback::from(move |()| {
            let Some(value) = parse_points(&points, max) else {
                return bad_points.set(true);
            };
            bad_points.set(false);
            let entry = ItemEntry {
                scorecard_id: card_id.clone(),
                item_key: key.clone(),
                points: value,
                note: (*note).clone(),
                document_ids: documents.clone(),
            };
            submit.run(
                move |client| async move { set_scorecard_item(&client, &entry).await },
                on_saved.clone(),
            );
        })
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let field_error = |name: &str| {
        submit
            .error
            .as_ref()
            .and_then(|e| e.field_message(name, &i18n))
            .map(AttrValue::from)
    };
    let points_error = if *bad_points {
        Some(AttrValue::from(
            i18n.f(G::PointsInvalid, &[&item.max_points]),
        ))
    } else {
        field_error("points")
    };
    let overriding = item.auto.is_some();
    html! {
        <FormFrame title={AttrValue::from(i18n.f(G::ScoreTitle, &[&item.title]))} submit={K::Save}
            busy={submit.busy} error={submit.error.clone()} fields={FIELDS} {onsubmit}
            on_cancel={props.on_cancel.clone()}>
            <TextField id={format!("score-points-{}", item.key)} kind="number" inputmode="numeric"
                label={AttrValue::from(i18n.f(G::PointsField, &[&item.max_points]))}
                value={(*points).clone()} oninput={set(&points)} required=true error={points_error} />
            <TextArea id={format!("score-note-{}", item.key)} label={i18n.t(G::NoteField)}
                value={(*note).clone()} oninput={set(&note)} required={overriding}
                error={field_error("note")} />
            if overriding {
                <p class="hint">{ i18n.t(G::NoteRequiredHint) }</p>
            }
        </FormFrame>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_points;

    #[test]
    fn points_are_a_whole_number_within_the_item() {
        assert_eq!(parse_points(" 4 ", 5), Some(4));
        assert_eq!(parse_points("0", 5), Some(0));
        assert_eq!(parse_points("6", 5), None);
        assert_eq!(parse_points("-1", 5), None);
        assert_eq!(parse_points("2.5", 5), None);
        assert_eq!(parse_points("", 5), None);
    }
}
