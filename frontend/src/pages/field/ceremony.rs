//! 红白喜事打招呼 / a ceremony notice, phone first: a family of the group
//! tells its liaison of a wedding, funeral or other gathering; the liaison
//! notes the host, the day, the place and how many guests, at the group.
//! The outbox key (the idempotency key) is made when the form opens.

use std::rc::Rc;

use yew::prelude::*;

use super::form_edit::edit;
use super::shell::{use_field_form, FieldFormShell};
use super::{from_wire, options, wire, TextArea};
use crate::api::CeremonyKind;
use crate::components::{PhotoPick, SelectField, TextField};
use crate::dates::today;
use crate::device::uuid_v4;
use crate::i18n::{labels, use_i18n, L, R};
use crate::outbox::{use_outbox, CeremonyDraft, Draft};
use crate::session::use_session;

/// How far the ceremony may lie from the notice (the server's
/// `ceremonies::DAYS_BEFORE` / `DAYS_AFTER`) and the most guests.
const DAYS_BEFORE: i64 = 30;
const DAYS_AFTER: i64 = 180;
const MAX_GUESTS: i64 = 5000;

#[derive(Clone, PartialEq)]
struct Form {
    key: String,
    draft: CeremonyDraft,
    guests: String,
    photos: Rc<Vec<PhotoPick>>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Problem {
    NoHost,
    BadNoticed,
    FutureNoticed,
    BadDate,
    DateOutOfRange,
    NoPlace,
    BadGuests,
}

/// Days since 1970 of a `YYYY-MM-DD`, for the range check.
fn day_number(day: &str) -> Option<i64> {
    let mut parts = day.trim().splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// What is wrong with the form, first problem first; else the guests.
fn check(f: &Form, today: &str) -> Result<i64, Problem> {
    let d = &f.draft;
    if d.host_name.trim().is_empty() {
        return Err(Problem::NoHost);
    }
    let noticed = day_number(&d.noticed_on).ok_or(Problem::BadNoticed)?;
    // `YYYY-MM-DD` compares as text.
    if d.noticed_on.trim() > today {
        return Err(Problem::FutureNoticed);
    }
    let held = day_number(&d.date).ok_or(Problem::BadDate)?;
    if held < noticed - DAYS_BEFORE || held > noticed + DAYS_AFTER {
        return Err(Problem::DateOutOfRange);
    }
    if d.place.trim().is_empty() {
        return Err(Problem::NoPlace);
    }
    match f.guests.trim().parse::<i64>() {
        Ok(n) if (1..=MAX_GUESTS).contains(&n) => Ok(n),
        _ => Err(Problem::BadGuests),
    }
}

#[derive(Properties, PartialEq)]
pub struct CeremonyFormPageProps {
    /// An outbox key: edit that refused record instead of making a new one.
    #[prop_or_default]
    pub edit: Option<String>,
}

#[component]
pub fn CeremonyFormPage(props: &CeremonyFormPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let outbox = use_outbox();
    let fresh = {
        let me = me.clone();
        move || {
            me.as_ref().map(|me| Form {
                key: uuid_v4(),
                draft: CeremonyDraft {
                    node_id: me.node.id.clone(),
                    node_name: me.node.name.clone(),
                    kind: CeremonyKind::Wedding,
                    host_name: String::new(),
                    date: today(),
                    noticed_on: today(),
                    place: String::new(),
                    expected_guests: 0,
                    notes: String::new(),
                },
                guests: String::new(),
                photos: Rc::new(Vec::new()),
            })
        }
    };
    let shell = use_field_form(
        props.edit.clone(),
        fresh,
        |key, draft, photos| match draft {
            Draft::Ceremony(d) => Some(Form {
                key,
                guests: d.expected_guests.to_string(),
                draft: d,
                photos: Rc::new(photos),
            }),
            _ => None,
        },
    );
    let problem = use_state(|| None::<Problem>);
    let (form, saving) = (&shell.form, &shell.saving);
    let (Some(me), Some(current)) = (me, (**form).clone()) else {
        return Html::default();
    };
    let set = |change: fn(&mut Form, String)| edit(form, change);
    let on_photos = edit(form, |f: &mut Form, p: Rc<Vec<PhotoPick>>| f.photos = p);
    let on_kind = edit(form, |f: &mut Form, v: String| {
        if let Some(kind) = from_wire(&v) {
            f.draft.kind = kind;
        }
    });
    let onsubmit = {
        let (form, problem, saving) = (form.clone(), problem.clone(), saving.clone());
        let (owner, kick) = (me.id.clone(), outbox.map(|o| o.kick));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(f) = (*form).clone() else { return };
            let guests = match check(&f, &today()) {
                Ok(n) => n,
                Err(p) => return problem.set(Some(p)),
            };
            problem.set(None);
            let mut draft = f.draft.clone();
            draft.expected_guests = guests;
            saving.save(
                owner.clone(),
                f.key.clone(),
                Draft::Ceremony(draft),
                f.photos.clone(),
                kick.clone(),
            );
        })
    };
    let problem_text = |ps: &[Problem]| {
        problem.filter(|p| ps.contains(p)).map(|p| {
            AttrValue::from(match p {
                Problem::NoHost => i18n.t(L::HostRequired),
                Problem::BadNoticed | Problem::BadDate => i18n.t(R::BadDate),
                Problem::FutureNoticed => i18n.t(R::FutureDate),
                Problem::DateOutOfRange => i18n.t(L::DateOutOfRange),
                Problem::NoPlace => i18n.t(L::PlaceRequired),
                Problem::BadGuests => i18n.t(L::BadGuests),
            })
        })
    };
    let kinds = options(&CeremonyKind::ALL, |k| labels::ceremony_kind(&i18n, k));
    let d = &current.draft;
    html! {
        <FieldFormShell name="ceremony" title={i18n.t(L::RecordCeremony)}
            node_name={d.node_name.clone()} submit_label={i18n.t(L::SaveCeremony)}
            busy={*saving.busy} store_error={(*saving.store_error).clone()}
            saved={(*saving.saved).clone()} on_another={shell.on_another.clone()}
            {onsubmit} photos={current.photos.clone()} {on_photos}>
            <SelectField id="ceremony-kind" label={i18n.t(L::CeremonyKind)} options={kinds}
                value={wire(&d.kind)} onchange={on_kind} />
            <TextField id="ceremony-host" label={i18n.t(L::HostName)} value={d.host_name.clone()}
                oninput={set(|f, v| f.draft.host_name = v)} maxlength="40"
                error={problem_text(&[Problem::NoHost])} />
            <TextField id="ceremony-date" label={i18n.t(L::CeremonyDate)} kind="date"
                value={d.date.clone()} oninput={set(|f, v| f.draft.date = v)}
                error={problem_text(&[Problem::BadDate, Problem::DateOutOfRange])} />
            <TextField id="ceremony-noticed" label={i18n.t(L::NoticedOn)} kind="date"
                value={d.noticed_on.clone()} oninput={set(|f, v| f.draft.noticed_on = v)}
                error={problem_text(&[Problem::BadNoticed, Problem::FutureNoticed])} />
            <TextField id="ceremony-place" label={i18n.t(L::Place)} value={d.place.clone()}
                oninput={set(|f, v| f.draft.place = v)}
                error={problem_text(&[Problem::NoPlace])} />
            <TextField id="ceremony-guests" label={i18n.t(L::ExpectedGuests)} kind="number"
                inputmode="numeric" value={current.guests.clone()} oninput={set(|f, v| f.guests = v)}
                error={problem_text(&[Problem::BadGuests])} />
            <TextArea id="ceremony-notes" label={i18n.t(L::CeremonyNotes)} value={d.notes.clone()}
                oninput={set(|f, v| f.draft.notes = v)} placeholder={i18n.t(L::CeremonyNotesPlaceholder)} />
        </FieldFormShell>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(noticed: &str, date: &str, guests: &str) -> Form {
        Form {
            key: "k".into(),
            draft: CeremonyDraft {
                node_id: "g".into(),
                node_name: "一组".into(),
                kind: CeremonyKind::Funeral,
                host_name: "王德明".into(),
                date: date.into(),
                noticed_on: noticed.into(),
                place: "王家院坝".into(),
                expected_guests: 0,
                notes: String::new(),
            },
            guests: guests.into(),
            photos: Rc::new(Vec::new()),
        }
    }

    #[test]
    fn a_ceremony_up_to_half_a_year_ahead_is_accepted() {
        assert_eq!(
            check(&form("2026-12-02", "2026-12-05", "120"), "2026-12-02"),
            Ok(120)
        );
        assert_eq!(
            check(&form("2026-12-02", "2027-05-31", "1"), "2026-12-02"),
            Ok(1)
        );
        assert_eq!(
            check(&form("2026-12-02", "2026-11-02", "1"), "2026-12-02"),
            Ok(1)
        );
    }

    #[test]
    fn a_ceremony_too_far_from_its_notice_is_refused_on_the_phone() {
        let today = "2026-12-02";
        assert_eq!(
            check(&form(today, "2027-06-01", "1"), today),
            Err(Problem::DateOutOfRange)
        );
        assert_eq!(
            check(&form(today, "2026-11-01", "1"), today),
            Err(Problem::DateOutOfRange)
        );
        assert_eq!(
            check(&form("2026-12-03", "2026-12-05", "1"), today),
            Err(Problem::FutureNoticed)
        );
        assert_eq!(
            check(&form(today, "2026-12-05", "0"), today),
            Err(Problem::BadGuests)
        );
        assert_eq!(
            check(&form(today, "2026-12-05", "5001"), today),
            Err(Problem::BadGuests)
        );
    }

    #[test]
    fn days_are_counted_across_months_and_leap_years() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(
            day_number("2028-03-01")
                .zip(day_number("2028-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(day_number("2026-13-01"), None);
    }
}
