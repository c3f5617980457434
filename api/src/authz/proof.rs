//! The proof that the decision allowed an action on a record. Its fields
//! are private to this module, so the only way to hold one is to have
//! asked `authorize`; services that change a record take one.
use super::action::Action;

#[derive(Clone, Debug)]
pub struct Authorized<T> {
    record: T,
    action: Action,
}

impl<T> Authorized<T> {
    pub(in crate::authz) fn new(record: T, action: Action) -> Self {
        Self { record, action }
    }

    /// The action this proof allows.
    pub fn action(&self) -> Action {
        self.action
    }

    pub fn into_inner(self) -> T {
        self.record
    }
}

impl<T> std::ops::Deref for Authorized<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.record
    }
}

impl Authorized<entity::hazard::Model> {
    /// The version the editor's form was read at, so that saving a stale
    /// form is CONFLICT; nothing else of the proved record can change.
    pub fn expecting_version(mut self, version: i32) -> Self {
        self.record.version = version;
        self
    }
}

/// Audit rows record the proved record as it is.
impl<T: serde::Serialize> serde::Serialize for Authorized<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.record.serialize(serializer)
    }
}
