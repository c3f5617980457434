//! 机动车登记 / put a vehicle on the group's register, phone first: the
//! plate (checked here by the server's own rule, so a mistyped plate is
//! caught with no signal), the kind, the owner and whether it is plated and
//! licensed. The outbox key (the idempotency key) is made when the form
//! opens.

use std::rc::Rc;

use yew::prelude::*;

use super::form_edit::edit;
use super::shell::{use_field_form, FieldFormShell};
use super::vehicle_checks::{mobile, plate};
use super::{from_wire, options, wire};
use crate::api::VehicleKind;
use crate::components::{CheckField, PhotoPick, SelectField, TextField};
use crate::device::uuid_v4;
use crate::i18n::{labels, use_i18n, L};
use crate::outbox::{use_outbox, Draft, VehicleDraft};
use crate::session::use_session;

#[derive(Clone, PartialEq)]
struct Form {
    key: String,
    draft: VehicleDraft,
    photos: Rc<Vec<PhotoPick>>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Problem {
    BadPlate,
    NoOwner,
    BadPhone,
}

/// The draft to send (plate and phone as the server stores them), or the
/// first problem.
fn check(d: &VehicleDraft) -> Result<VehicleDraft, Problem> {
    let plate = plate(&d.plate).ok_or(Problem::BadPlate)?;
    if d.owner_name.trim().is_empty() {
        return Err(Problem::NoOwner);
    }
    let phone = mobile(&d.owner_phone).ok_or(Problem::BadPhone)?;
    Ok(VehicleDraft {
        plate,
        owner_phone: phone,
        ..d.clone()
    })
}

#[derive(Properties, PartialEq)]
pub struct VehicleFormPageProps {
    /// An outbox key: edit that refused record instead of making a new one.
    #[prop_or_default]
    pub edit: Option<String>,
}

#[component]
pub fn VehicleFormPage(props: &VehicleFormPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let outbox = use_outbox();
    let fresh = {
        let me = me.clone();
        move || {
            me.as_ref().map(|me| Form {
                key: uuid_v4(),
                draft: VehicleDraft {
                    node_id: me.node.id.clone(),
                    node_name: me.node.name.clone(),
                    plate: String::new(),
                    kind: VehicleKind::Motorcycle,
                    owner_name: String::new(),
                    owner_phone: String::new(),
                    licensed: true,
                },
                photos: Rc::new(Vec::new()),
            })
        }
    };
    let shell = use_field_form(
        props.edit.clone(),
        fresh,
        |key, draft, photos| match draft {
            Draft::Vehicle(draft) => Some(Form {
                key,
                draft,
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
    let on_licensed = edit(form, |f: &mut Form, v: bool| f.draft.licensed = v);
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
            let draft = match check(&f.draft) {
                Ok(d) => d,
                Err(p) => return problem.set(Some(p)),
            };
            problem.set(None);
            saving.save(
                owner.clone(),
                f.key.clone(),
                Draft::Vehicle(draft),
                f.photos.clone(),
                kick.clone(),
            );
        })
    };
    let problem_text = |p: Problem| {
        (*problem == Some(p)).then(|| {
            AttrValue::from(i18n.t(match p {
                Problem::BadPlate => L::PlateInvalid,
                Problem::NoOwner => L::OwnerRequired,
                Problem::BadPhone => L::PhoneInvalid,
            }))
        })
    };
    let kinds = options(&VehicleKind::ALL, |k| labels::vehicle_kind(&i18n, k));
    let d = &current.draft;
    html! {
        <FieldFormShell name="vehicle" title={i18n.t(L::RegisterVehicle)}
            node_name={d.node_name.clone()} submit_label={i18n.t(L::SaveVehicle)}
            busy={*saving.busy} store_error={(*saving.store_error).clone()}
            saved={(*saving.saved).clone()} on_another={shell.on_another.clone()}
            {onsubmit} photos={current.photos.clone()} {on_photos}>
            <TextField id="vehicle-plate" label={i18n.t(L::Plate)} value={d.plate.clone()}
                oninput={set(|f, v| f.draft.plate = v)} autocomplete="off"
                placeholder={i18n.t(L::PlatePlaceholder)}
                error={problem_text(Problem::BadPlate)} />
            <SelectField id="vehicle-kind" label={i18n.t(L::VehicleKind)} options={kinds}
                value={wire(&d.kind)} onchange={on_kind} />
            <TextField id="vehicle-owner" label={i18n.t(L::OwnerName)} value={d.owner_name.clone()}
                oninput={set(|f, v| f.draft.owner_name = v)} maxlength="40"
                error={problem_text(Problem::NoOwner)} />
            <TextField id="vehicle-phone" label={i18n.t(L::OwnerPhone)} kind="tel"
                inputmode="tel" value={d.owner_phone.clone()}
                oninput={set(|f, v| f.draft.owner_phone = v)}
                error={problem_text(Problem::BadPhone)} />
            <CheckField id="vehicle-licensed" label={i18n.t(L::Licensed)}
                checked={d.licensed} onchange={on_licensed} />
        </FieldFormShell>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(plate: &str, phone: &str) -> VehicleDraft {
        VehicleDraft {
            node_id: "g".into(),
            node_name: "一组".into(),
            plate: plate.into(),
            kind: VehicleKind::Tricycle,
            owner_name: "李四".into(),
            owner_phone: phone.into(),
            licensed: true,
        }
    }

    #[test]
    fn the_plate_and_phone_are_sent_as_the_server_stores_them() {
        let sent = check(&draft("贵c·12345", "138 0000 8000"));
        assert_eq!(sent.as_ref().map(|d| d.plate.as_str()), Ok("贵C12345"));
        assert_eq!(
            sent.as_ref().map(|d| d.owner_phone.as_str()),
            Ok("13800008000")
        );
    }

    #[test]
    fn a_mistyped_plate_or_phone_is_refused_before_the_outbox() {
        assert_eq!(
            check(&draft("贵C1234", "13800008000")),
            Err(Problem::BadPlate)
        );
        assert_eq!(
            check(&draft("贵C12345", "1380000800")),
            Err(Problem::BadPhone)
        );
        let mut no_owner = draft("贵C12345", "13800008000");
        no_owner.owner_name = " ".into();
        assert_eq!(check(&no_owner), Err(Problem::NoOwner));
    }
}
