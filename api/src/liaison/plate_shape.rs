// What a Chinese motor-vehicle plate looks like, with no dependency at all:
// the server (`plate.rs`) and the web app (which checks a plate offline,
// before the villager leaves the roadside) include this one file, so the
// two cannot disagree about what a plate is.

/// The provinces' one-character abbreviations.
pub const PROVINCES: &str = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
/// A trailer (挂) or learner (学) plate ends with one of these.
pub const SUFFIXES: [char; 2] = ['挂', '学'];

/// Letters I and O are never issued (they read as 1 and 0).
fn serial_char(c: char) -> bool {
    (c.is_ascii_uppercase() && c != 'I' && c != 'O') || c.is_ascii_digit()
}

/// The plate as stored: without the spaces, dots or dashes people write,
/// letters in upper case (贵c·a8k21 → 贵CA8K21).
pub fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '·' | '•' | '.' | '-'))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Whether a normalised plate is one that is issued.
pub fn well_formed(plate: &str) -> bool {
    let chars: Vec<char> = plate.chars().collect();
    let [province, office, serial @ ..] = chars.as_slice() else {
        return false;
    };
    if !PROVINCES.contains(*province) || !office.is_ascii_uppercase() || *office == 'I' {
        return false;
    }
    match serial {
        [rest @ .., last] if SUFFIXES.contains(last) => {
            rest.len() == 4 && rest.iter().all(|c| serial_char(*c))
        }
        s if s.len() == 5 => s.iter().all(|c| serial_char(*c)),
        // New energy: 贵CD12345 (small car) or 贵C12345D (large vehicle).
        s if s.len() == 6 => {
            s.iter().all(|c| serial_char(*c))
                && (matches!(s[0], 'D' | 'F') || matches!(s[5], 'D' | 'F'))
        }
        _ => false,
    }
}
