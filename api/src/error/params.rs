//! `extensions.params`: the values an error's message uses, by name.
use super::Lang;
use serde_json::{Map, Value};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params(Map<String, Value>);

impl Params {
    pub fn with(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.set(name, value);
        self
    }

    pub fn set(&mut self, name: &str, value: impl Into<Value>) {
        self.0.insert(name.to_string(), value.into());
    }

    pub fn extend(&mut self, other: Params) {
        self.0.extend(other.0);
    }

    pub fn get_str(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(Value::as_str)
    }

    pub fn to_json(&self) -> Value {
        Value::Object(self.0.clone())
    }

    pub fn to_graphql(&self) -> async_graphql::Value {
        async_graphql::Value::from_json(self.to_json()).unwrap_or(async_graphql::Value::Null)
    }

    /// `template` with each `{name}` replaced by its value; a list reads
    /// as the language lists things.
    pub fn render(&self, template: &str, lang: Lang) -> String {
        let mut out = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            let name = &rest[open + 1..close];
            out.push_str(&rest[..open]);
            match self.0.get(name) {
                Some(value) if !name.contains(' ') => out.push_str(&text(value, lang)),
                _ => out.push_str(&rest[open..=close]),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }
}

fn text(value: &Value, lang: Lang) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|v| text(v, lang))
            .collect::<Vec<_>>()
            .join(lang.list_separator()),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_take_their_values_and_lists_read_per_language() {
        let p = Params::default()
            .with("max", 50)
            .with("states", vec!["RECTIFYING", "CLOSED"]);
        assert_eq!(p.render("最多 {max} 个", Lang::Zh), "最多 50 个");
        assert_eq!(p.render("{states}", Lang::Zh), "RECTIFYING、CLOSED");
        assert_eq!(p.render("{states}", Lang::En), "RECTIFYING, CLOSED");
        assert_eq!(
            p.render("{query, variables} {missing}", Lang::En),
            "{query, variables} {missing}"
        );
    }
}
