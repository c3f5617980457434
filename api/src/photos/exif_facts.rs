//! Where and when a photo was taken, read from its EXIF block. The facts are
//! kept in the `photos` row as evidence; the images we serve never carry
//! them (they are re-encoded from pixels only). Missing or broken EXIF is
//! normal (screenshots, edited pictures) and never refuses a photo.
use exif::{In, Reader, Tag, Value};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExifFacts {
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// `YYYY-MM-DDTHH:MM:SS`, with `±HH:MM` when the camera recorded its
    /// offset; the camera's own clock, so no time zone is assumed.
    pub taken_at: Option<String>,
}

/// The facts in a JPEG, PNG or WebP file; empty when there are none.
pub fn read(bytes: &[u8]) -> ExifFacts {
    let Ok(exif) = Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)) else {
        return ExifFacts::default();
    };
    let field = |tag| exif.get_field(tag, In::PRIMARY).map(|f| &f.value);
    let (latitude, longitude) = match (
        coordinate(field(Tag::GPSLatitude), field(Tag::GPSLatitudeRef), 90.0),
        coordinate(field(Tag::GPSLongitude), field(Tag::GPSLongitudeRef), 180.0),
    ) {
        // Half a position is no position.
        (Some(lat), Some(lon)) => (Some(lat), Some(lon)),
        _ => (None, None),
    };
    ExifFacts {
        latitude,
        longitude,
        taken_at: taken_at(field(Tag::DateTimeOriginal), field(Tag::OffsetTimeOriginal)),
    }
}

/// Degrees, minutes, seconds and an N/S (E/W) reference as signed degrees;
/// `None` for anything malformed or out of range.
fn coordinate(dms: Option<&Value>, reference: Option<&Value>, limit: f64) -> Option<f64> {
    let Some(Value::Rational(parts)) = dms else {
        return None;
    };
    if parts.is_empty() || parts.len() > 3 || parts.iter().any(|r| r.denom == 0) {
        return None;
    }
    let degrees = parts
        .iter()
        .zip([1.0, 60.0, 3600.0])
        .map(|(r, scale)| r.to_f64() / scale)
        .sum::<f64>();
    let sign = match first_ascii(reference)? {
        b"N" | b"E" => 1.0,
        b"S" | b"W" => -1.0,
        _ => return None,
    };
    let value = sign * degrees;
    (value.is_finite() && value.abs() <= limit).then_some(value)
}

fn first_ascii(value: Option<&Value>) -> Option<&[u8]> {
    match value? {
        Value::Ascii(strings) => strings.first().map(|s| s.trim_ascii()),
        _ => None,
    }
}

fn taken_at(original: Option<&Value>, offset: Option<&Value>) -> Option<String> {
    let mut at = exif::DateTime::from_ascii(first_ascii(original)?).ok()?;
    if let Some(raw) = first_ascii(offset) {
        // A malformed offset leaves the local time, which is still true.
        let _ = at.parse_offset(raw);
    }
    // Reject impossible dates ("0000:00:00 00:00:00" is a common blank).
    let date = chrono::NaiveDate::from_ymd_opt(
        i32::from(at.year),
        u32::from(at.month),
        u32::from(at.day),
    )?;
    let time = chrono::NaiveTime::from_hms_opt(
        u32::from(at.hour),
        u32::from(at.minute),
        u32::from(at.second),
    )?;
    let local = date.and_time(time).format("%Y-%m-%dT%H:%M:%S").to_string();
    Some(match at.offset {
        Some(minutes) if minutes.abs() < 24 * 60 => {
            let sign = if minutes < 0 { '-' } else { '+' };
            let m = minutes.unsigned_abs();
            format!("{local}{sign}{:02}:{:02}", m / 60, m % 60)
        }
        _ => local,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use exif::experimental::Writer;
    use exif::{Field, Rational};

    fn ascii(tag: Tag, text: &str) -> Field {
        Field {
            tag,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![text.as_bytes().to_vec()]),
        }
    }

    fn dms(tag: Tag, d: u32, m: u32, s_hundredths: u32) -> Field {
        Field {
            tag,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![
                Rational { num: d, denom: 1 },
                Rational { num: m, denom: 1 },
                Rational {
                    num: s_hundredths,
                    denom: 100,
                },
            ]),
        }
    }

    /// A minimal JPEG (no pixels needed: only the EXIF segment is read)
    /// carrying these fields in an APP1 segment.
    fn jpeg_with(fields: &[Field]) -> Vec<u8> {
        let mut writer = Writer::new();
        for f in fields {
            writer.push_field(f);
        }
        let mut tiff = std::io::Cursor::new(Vec::new());
        writer.write(&mut tiff, false).unwrap();
        let mut payload = b"Exif\0\0".to_vec();
        payload.extend_from_slice(tiff.get_ref());
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE1];
        jpeg.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
        jpeg.extend_from_slice(&payload);
        jpeg.extend_from_slice(&[0xFF, 0xD9]);
        jpeg
    }

    #[test]
    fn a_phone_photo_gives_its_position_and_time() {
        // 凤冈县城 27°57'18.00"N 107°43'01.50"E
        let jpeg = jpeg_with(&[
            dms(Tag::GPSLatitude, 27, 57, 1800),
            ascii(Tag::GPSLatitudeRef, "N"),
            dms(Tag::GPSLongitude, 107, 43, 150),
            ascii(Tag::GPSLongitudeRef, "E"),
            ascii(Tag::DateTimeOriginal, "2026:11:29 10:30:05"),
            ascii(Tag::OffsetTimeOriginal, "+08:00"),
        ]);
        let facts = read(&jpeg);
        assert!((facts.latitude.unwrap() - 27.955).abs() < 1e-9);
        assert!((facts.longitude.unwrap() - 107.717_083_333).abs() < 1e-6);
        assert_eq!(facts.taken_at.as_deref(), Some("2026-11-29T10:30:05+08:00"));
    }

    #[test]
    fn south_and_west_are_negative_and_a_time_without_offset_stays_local() {
        let jpeg = jpeg_with(&[
            dms(Tag::GPSLatitude, 33, 51, 0),
            ascii(Tag::GPSLatitudeRef, "S"),
            dms(Tag::GPSLongitude, 70, 40, 0),
            ascii(Tag::GPSLongitudeRef, "W"),
            ascii(Tag::DateTimeOriginal, "2026:01:02 03:04:05"),
        ]);
        let facts = read(&jpeg);
        assert!((facts.latitude.unwrap() + 33.85).abs() < 1e-9);
        assert!((facts.longitude.unwrap() + 70.666_666_667).abs() < 1e-6);
        assert_eq!(facts.taken_at.as_deref(), Some("2026-01-02T03:04:05"));
    }

    #[test]
    fn broken_or_partial_exif_gives_nothing_rather_than_nonsense() {
        let jpeg = jpeg_with(&[
            dms(Tag::GPSLatitude, 95, 0, 0),
            ascii(Tag::GPSLatitudeRef, "N"),
            dms(Tag::GPSLongitude, 107, 0, 0),
            ascii(Tag::GPSLongitudeRef, "E"),
            ascii(Tag::DateTimeOriginal, "0000:00:00 00:00:00"),
        ]);
        assert_eq!(read(&jpeg), ExifFacts::default());
        let no_reference = jpeg_with(&[
            dms(Tag::GPSLatitude, 27, 0, 0),
            dms(Tag::GPSLongitude, 107, 0, 0),
        ]);
        assert_eq!(read(&no_reference), ExifFacts::default());
        assert_eq!(
            read(b"\xFF\xD8\xFF\xE1\x00\x08Exif\0\0"),
            ExifFacts::default()
        );
        assert_eq!(read(b"not an image"), ExifFacts::default());
    }
}
