//! One item of the form as a card: its title, the points of the full
//! points, whether the records or the assessor score it, the measure, what
//! the records give and the evidence behind it, the assessor's note; and
//! in a draft the assessor may score, an inline edit of the points with a
//! note (the notice wants every change explained).

use yew::prelude::*;

use crate::api::{assessment_step, ApiError, Assessment, AssessmentItem, AssessmentStep};
use crate::components::{ErrorBanner, TextField};
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, A, K};
use crate::pages::assessments::words;
use crate::pages::field::TextArea;

/// The points and note typed, checked before they are sent: a whole number
/// from 0 to the item's full points, and a note.
pub fn check_score(points: &str, max: i32, note: &str) -> Result<(i32, String), A> {
    let points = points
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|p| (0..=max).contains(p))
        .ok_or(A::PointsOutOfRange)?;
    let note = note.trim();
    if note.is_empty() {
        return Err(A::NoteMissing);
    }
    Ok((points, note.to_owned()))
}

#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    pub assessment_id: String,
    pub item: AssessmentItem,
    /// A draft this user may score.
    pub scoring: bool,
    pub on_step: Callback<Assessment>,
}

#[component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let i18n = use_i18n();
    let editing = use_state(|| false);
    let points = use_state(|| props.item.points.map(|p| p.to_string()).unwrap_or_default());
    let note = use_state(|| props.item.note.clone().unwrap_or_default());
    let invalid = use_state(|| None::<A>);
    let submit = use_submit();
    let item = &props.item;
    let key = item.key.clone();
    let shown_points = match item.points {
        Some(p) => i18n.f(A::PointsOf, &[&p, &item.max_points]),
        None => i18n.f(A::PointsOf, &[&i18n.t(A::NotScored), &item.max_points]),
    };
    let how = if item.auto { A::ByRecords } else { A::ByHand };
    let records = item
        .auto_points
        .map(|p| i18n.f(A::RecordsGive, &[&p, &item.misses, &item.per_miss]));
    let evidence = item
        .evidence
        .iter()
        .map(|e| html! { <li>{ e.summary.clone() }</li> });
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let edit = if !props.scoring {
        Html::default()
    } else if !*editing {
        let editing = editing.clone();
        html! {
            <button type="button" id={format!("item-edit-{key}")} class="btn btn-secondary item-edit no-print"
                onclick={Callback::from(move |_: MouseEvent| editing.set(true))}>{ i18n.t(A::Adjust) }</button>
        }
    } else {
        let onsubmit = {
            let (points, note, invalid, submit, on_step, editing) = (
                points.clone(),
                note.clone(),
                invalid.clone(),
                submit.clone(),
                props.on_step.clone(),
                editing.clone(),
            );
            let (id, key, max) = (props.assessment_id.clone(), key.clone(), item.max_points);
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let (p, n) = match check_score(&points, max, &note) {
                    Ok(ok) => ok,
                    Err(why) => return invalid.set(Some(why)),
                };
                invalid.set(None);
                let step = AssessmentStep::Score {
                    item_key: key.clone(),
                    points: p,
                    note: Some(n),
                };
                let (id, on_step, editing) = (id.clone(), on_step.clone(), editing.clone());
                submit.run(
                    move |client| async move {
                        let after = assessment_step(&client, &id, &step).await?;
                        editing.set(false);
                        on_step.emit(after);
                        Ok::<(), ApiError>(())
                    },
                    Callback::noop(),
                );
            })
        };
        let cancel = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| editing.set(false))
        };
        let field_error = |why: A| {
            (*invalid == Some(why)).then(|| {
                AttrValue::from(match why {
                    A::PointsOutOfRange => i18n.f(why, &[&item.max_points]),
                    _ => i18n.t(why).to_owned(),
                })
            })
        };
        html! {
            <form class="form inline-form item-form no-print" {onsubmit}>
                if let Some(err) = submit.error.clone() { <ErrorBanner error={err} /> }
                <TextField id={format!("item-points-input-{key}")} label={i18n.f(A::PointsLabel, &[&item.max_points])}
                    kind="number" inputmode="numeric" value={(*points).clone()} oninput={set(&points)}
                    required=true error={field_error(A::PointsOutOfRange)} />
                <TextArea id={format!("item-note-{key}")} label={i18n.t(A::NoteRequired)}
                    value={(*note).clone()} oninput={set(&note)} required=true error={field_error(A::NoteMissing)} />
                <div class="form-actions">
                    <button type="button" class="btn btn-secondary" onclick={cancel}>{ i18n.t(K::Cancel) }</button>
                    <button type="submit" id={format!("item-save-{key}")} class="btn btn-primary" disabled={submit.busy}>
                        { if submit.busy { i18n.t(K::Working) } else { i18n.t(A::SavePoints) } }
                    </button>
                </div>
            </form>
        }
    };
    html! {
        <article class="card assessment-item" data-key={key.clone()}>
            <div class="item-head">
                <h2 class="item-title">{ item.title.clone() }</h2>
                <span class="item-points" id={format!("item-points-{key}")}>{ shown_points }</span>
            </div>
            <div class="item-meta">
                <span class={if item.auto { "chip chip-info" } else { "chip chip-gap" }}>{ i18n.t(how) }</span>
                <span class="muted">{ i18n.t(words::measure(item.measure)) }</span>
            </div>
            if let Some(line) = records {
                <p class="item-records">{ line }</p>
            }
            if !item.evidence.is_empty() {
                <div class="item-evidence">
                    <span class="field-label">{ i18n.t(A::Evidence) }</span>
                    <ul class="grounds">{ for evidence }</ul>
                </div>
            }
            if let Some(n) = item.note.clone().filter(|n| !n.is_empty()) {
                <p class="item-note"><span class="field-label">{ i18n.t(A::NoteLabel) }</span>{ " " }{ n }</p>
            }
            { edit }
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_is_a_whole_number_in_range_with_a_note() {
        assert_eq!(
            check_score(" 30 ", 40, "记录补记"),
            Ok((30, "记录补记".into()))
        );
        assert_eq!(check_score("0", 40, "x"), Ok((0, "x".into())));
        assert_eq!(check_score("40", 40, "x"), Ok((40, "x".into())));
        assert_eq!(check_score("41", 40, "x"), Err(A::PointsOutOfRange));
        assert_eq!(check_score("-1", 40, "x"), Err(A::PointsOutOfRange));
        assert_eq!(check_score("3.5", 40, "x"), Err(A::PointsOutOfRange));
        assert_eq!(check_score("", 40, "x"), Err(A::PointsOutOfRange));
        assert_eq!(check_score("30", 40, "  "), Err(A::NoteMissing));
    }
}
