//! Test pictures made in the test: real encodings from the `image` crate,
//! and an EXIF block with a GPS position built byte by byte, as a phone
//! camera writes it (big-endian TIFF inside a JPEG APP1 segment).
use image::{DynamicImage, ImageFormat, Rgb, RgbImage};
use std::io::Cursor;

pub fn picture(width: u32, height: u32) -> DynamicImage {
    DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
        Rgb([
            (x * 7 % 256) as u8,
            (y * 5 % 256) as u8,
            ((x + y) % 256) as u8,
        ])
    }))
}

pub fn encoded(img: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format)
        .expect("encode the test picture");
    out.into_inner()
}

pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    encoded(&picture(width, height), ImageFormat::Jpeg)
}

pub fn png(width: u32, height: u32) -> Vec<u8> {
    encoded(&picture(width, height), ImageFormat::Png)
}

pub fn webp(width: u32, height: u32) -> Vec<u8> {
    encoded(&picture(width, height), ImageFormat::WebP)
}

/// 27°57'18"N 107°43'1.5"E: 凤冈县城.
pub const LATITUDE: f64 = 27.955;
pub const LONGITUDE: f64 = 107.717_083_333;

/// The GPS latitude as the EXIF block stores it (3 big-endian rationals):
/// if these bytes are in a served image, the position leaked.
pub fn latitude_rationals() -> Vec<u8> {
    rationals(&[(27, 1), (57, 1), (1800, 100)])
}

fn rationals(values: &[(u32, u32)]) -> Vec<u8> {
    values
        .iter()
        .flat_map(|(n, d)| n.to_be_bytes().into_iter().chain(d.to_be_bytes()))
        .collect()
}

/// One 12-byte IFD entry: tag, type, count, value or offset.
fn entry(out: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]) {
    out.extend_from_slice(&tag.to_be_bytes());
    out.extend_from_slice(&kind.to_be_bytes());
    out.extend_from_slice(&count.to_be_bytes());
    out.extend_from_slice(&value);
}

const ASCII: u16 = 2;
const LONG: u16 = 4;
const RATIONAL: u16 = 5;

/// A TIFF block: IFD0 pointing at an Exif IFD (DateTimeOriginal) and a GPS
/// IFD (latitude and longitude with their N/E references).
fn exif_tiff() -> Vec<u8> {
    // Layout (offsets from the TIFF header): IFD0 at 8 (2 entries, 30
    // bytes), Exif IFD at 38 (1 entry, 18), the date at 56 (20), GPS IFD
    // at 76 (4 entries, 54), latitude at 130 (24), longitude at 154 (24).
    let mut t = b"MM\0\x2A\0\0\0\x08".to_vec();
    t.extend_from_slice(&2u16.to_be_bytes());
    entry(&mut t, 0x8769, LONG, 1, 38u32.to_be_bytes());
    entry(&mut t, 0x8825, LONG, 1, 76u32.to_be_bytes());
    t.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(t.len(), 38);
    t.extend_from_slice(&1u16.to_be_bytes());
    entry(&mut t, 0x9003, ASCII, 20, 56u32.to_be_bytes());
    t.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(t.len(), 56);
    t.extend_from_slice(b"2026:11:29 10:30:05\0");
    assert_eq!(t.len(), 76);
    t.extend_from_slice(&4u16.to_be_bytes());
    entry(&mut t, 0x0001, ASCII, 2, *b"N\0\0\0");
    entry(&mut t, 0x0002, RATIONAL, 3, 130u32.to_be_bytes());
    entry(&mut t, 0x0003, ASCII, 2, *b"E\0\0\0");
    entry(&mut t, 0x0004, RATIONAL, 3, 154u32.to_be_bytes());
    t.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(t.len(), 130);
    t.extend_from_slice(&latitude_rationals());
    t.extend_from_slice(&rationals(&[(107, 1), (43, 1), (150, 100)]));
    t
}

/// A real JPEG with the EXIF APP1 segment right after its SOI marker.
pub fn jpeg_with_gps(width: u32, height: u32) -> Vec<u8> {
    let plain = jpeg(width, height);
    let tiff = exif_tiff();
    let mut segment = vec![0xFF, 0xE1];
    segment.extend_from_slice(&u16::try_from(tiff.len() + 8).unwrap().to_be_bytes());
    segment.extend_from_slice(b"Exif\0\0");
    segment.extend_from_slice(&tiff);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&segment);
    out.extend_from_slice(&plain[2..]);
    out
}

/// A 1×1 GIF.
pub fn gif() -> Vec<u8> {
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;".to_vec()
}

pub fn pdf() -> Vec<u8> {
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

/// Starts like a JPEG, then is noise.
pub fn corrupt_jpeg() -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0];
    bytes.extend((0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    bytes
}

/// A small, valid JPEG whose header claims 65,520 × 65,520 pixels (4.3
/// gigapixels): decoding it would need gigabytes.
pub fn jpeg_bomb() -> Vec<u8> {
    let mut bytes = jpeg(16, 16);
    let sof = bytes
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline JPEG has SOF0");
    bytes[sof + 5..sof + 9].copy_from_slice(&[0xFF, 0xF0, 0xFF, 0xF0]);
    bytes
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
