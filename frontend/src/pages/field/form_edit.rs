//! The one way the field forms change their state: a callback that edits
//! the form in place (and does nothing while the form is still loading).
use yew::prelude::*;

pub fn edit<F, V>(
    form: &UseStateHandle<Option<F>>,
    change: impl Fn(&mut F, V) + 'static,
) -> Callback<V>
where
    F: Clone + 'static,
    V: 'static,
{
    let form = form.clone();
    Callback::from(move |value: V| {
        if let Some(mut f) = (*form).clone() {
            change(&mut f, value);
            form.set(Some(f));
        }
    })
}
