//! The one language of an answer, from the request's `Accept-Language`:
//! zh-CN unless the caller prefers English.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The language the header ranks highest among the two we speak
    /// (`q` values honoured, order breaking ties); zh-CN when it names
    /// neither, or when there is no header.
    pub fn from_accept_language(header: Option<&str>) -> Lang {
        let Some(header) = header else {
            return Lang::Zh;
        };
        let mut best: Option<(f32, Lang)> = None;
        for range in header.split(',') {
            let mut parts = range.split(';');
            let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let lang = if tag == "en" || tag.starts_with("en-") {
                Lang::En
            } else if tag == "zh" || tag.starts_with("zh-") {
                Lang::Zh
            } else {
                continue;
            };
            if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
                best = Some((q, lang));
            }
        }
        best.map_or(Lang::Zh, |(_, lang)| lang)
    }

    /// How a list of values reads inside a sentence.
    pub fn list_separator(self) -> &'static str {
        match self {
            Lang::Zh => "、",
            Lang::En => ", ",
        }
    }
}

/// One half of an unconverted "中文 (English)" message: the text before the
/// last " (" for zh-CN, the bracketed text for English; a message of one
/// language answers as it is.
pub(super) fn legacy_half(message: &str, lang: Lang) -> String {
    let split = message
        .strip_suffix(')')
        .and_then(|m| m.rsplit_once(" ("))
        .filter(|(zh, _)| !zh.is_empty());
    match (split, lang) {
        (Some((zh, _)), Lang::Zh) => zh.to_string(),
        (Some((_, en)), Lang::En) => en.to_string(),
        (None, _) => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_unless_english_is_preferred() {
        let cases = [
            (None, Lang::Zh),
            (Some(""), Lang::Zh),
            (Some("en"), Lang::En),
            (Some("en-US,en;q=0.9"), Lang::En),
            (Some("zh-CN,zh;q=0.9,en;q=0.8"), Lang::Zh),
            (Some("en;q=0.5,zh-CN;q=0.9"), Lang::Zh),
            (Some("fr-FR,en;q=0.3"), Lang::En),
            (Some("de"), Lang::Zh),
            (Some("en;q=0"), Lang::Zh),
        ];
        for (header, want) in cases {
            assert_eq!(Lang::from_accept_language(header), want, "{header:?}");
        }
    }

    #[test]
    fn a_legacy_message_answers_one_half() {
        let m = "不能为空 (must not be empty)";
        assert_eq!(legacy_half(m, Lang::Zh), "不能为空");
        assert_eq!(legacy_half(m, Lang::En), "must not be empty");
        assert_eq!(legacy_half("plain", Lang::Zh), "plain");
    }
}
