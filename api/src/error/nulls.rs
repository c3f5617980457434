//! A field error leaves `null` where the GraphQL spec puts it (§6.4.4):
//! async-graphql drops a failing field from its object instead, so a
//! failing non-null field would leave a parent that looks complete. This
//! extension notes the type of each field on the way to an error and,
//! once the operation has run, nulls the nearest nullable field or list
//! item above each error (the whole `data` when there is none).
use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextResolve, ResolveInfo,
};
use async_graphql::{Response, ServerResult, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Registered once on the schema; one [`Nulls`] per request.
pub struct NullPropagation;

impl ExtensionFactory for NullPropagation {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(Nulls::default())
    }
}

#[derive(Default)]
struct Nulls {
    any_failure: AtomicBool,
    /// Return type (`GridNodeConnection!`, `[Appointment!]!`) of each field
    /// that failed or has a failure below it, by response path.
    types: Mutex<HashMap<Vec<String>, String>>,
    failed: Mutex<Vec<Vec<String>>>,
}

#[async_graphql::async_trait::async_trait]
impl Extension for Nulls {
    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        let mut response = next.run(ctx, operation_name).await;
        if self.any_failure.load(Ordering::Relaxed) {
            self.propagate(&mut response);
        }
        response
    }

    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        // References only: nothing is copied unless something failed.
        let (path_node, return_type) = (info.path_node, info.return_type);
        let result = next.run(ctx, info).await;
        if result.is_err() {
            self.any_failure.store(true, Ordering::Relaxed);
            let path = path_node.to_string_vec();
            lock(&self.failed).push(path.clone());
            lock(&self.types).insert(path, return_type.to_string());
        } else if self.any_failure.load(Ordering::Relaxed) {
            let path = path_node.to_string_vec();
            if lock(&self.failed).iter().any(|f| f.starts_with(&path)) {
                lock(&self.types).insert(path, return_type.to_string());
            }
        }
        result
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Nulls {
    fn propagate(&self, response: &mut Response) {
        let types = lock(&self.types);
        let failed = lock(&self.failed).clone();
        for path in failed {
            match nearest_nullable(&types, &path) {
                Some(at) => set_null(&mut response.data, &path[..at]),
                None => response.data = Value::Null,
            }
        }
    }
}

/// How long the prefix of `path` is that ends at the nearest nullable
/// field or item; `None` when everything up to the root is non-null.
fn nearest_nullable(types: &HashMap<Vec<String>, String>, path: &[String]) -> Option<usize> {
    (1..=path.len()).rev().find(|&end| {
        let segment = &path[end - 1];
        let is_index = segment.parse::<usize>().is_ok() && end >= 2;
        let ty = if is_index {
            types.get(&path[..end - 1]).map(|list| item_type(list))
        } else {
            types.get(&path[..end]).map(String::as_str)
        };
        // A field whose type was not noted is treated as non-null: the
        // error then nulls more, never less, than the spec says.
        ty.is_some_and(|t| !t.ends_with('!'))
    })
}

/// `[Appointment!]!` → `Appointment!`.
fn item_type(list: &str) -> &str {
    list.trim_end_matches('!')
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .unwrap_or(list)
}

/// Sets the value at `path` to null, if the path still leads somewhere
/// (an earlier error may have nulled an ancestor already).
fn set_null(data: &mut Value, path: &[String]) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut at = data;
    for segment in parents {
        at = match at {
            Value::Object(map) => match map.get_mut(segment.as_str()) {
                Some(v) => v,
                None => return,
            },
            Value::List(items) => {
                match segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                    Some(v) => v,
                    None => return,
                }
            }
            _ => return,
        };
    }
    match at {
        Value::Object(map) => {
            map.insert(async_graphql::Name::new(last), Value::Null);
        }
        Value::List(items) => {
            if let Some(item) = last.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                *item = Value::Null;
            }
        }
        _ => {}
    }
}
