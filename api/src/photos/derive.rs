//! The pictures we serve: decoded from the original and re-encoded from
//! pixels alone, so no EXIF (position, camera serial, …) can travel with
//! them. CPU-heavy: call from a blocking thread.
use super::rejection::Rejection;
use super::sniff::ImageType;
use image::{DynamicImage, ImageDecoder, ImageError, ImageReader, Limits, RgbImage};
use std::io::Cursor;

/// Pixels beyond this are refused before decoding: a few kilobytes of PNG
/// can declare a 100,000 × 100,000 image (a decompression bomb). 40 MP is
/// above any phone camera's default mode.
pub const MAX_PIXELS: u64 = 40_000_000;
/// Longest side of the picture shown on a record's page.
pub const DISPLAY_SIDE: u32 = 1600;
/// Longest side of the picture in lists.
pub const THUMBNAIL_SIDE: u32 = 320;
const DISPLAY_QUALITY: u8 = 82;
const THUMBNAIL_QUALITY: u8 = 75;
/// What a decoder may allocate: 40 MP of 8-bit RGBA plus working room.
const MAX_DECODER_ALLOC: u64 = MAX_PIXELS * 4 + 64 * 1024 * 1024;

pub struct Derived {
    /// As the photo is meant to be seen (after the camera's rotation).
    pub width: u32,
    pub height: u32,
    pub display_jpeg: Vec<u8>,
    pub thumbnail_jpeg: Vec<u8>,
}

pub fn derive(bytes: &[u8], kind: ImageType) -> Result<Derived, Rejection> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), kind.format());
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODER_ALLOC);
    reader.limits(limits);
    // Reads the header only; the pixel count is checked before any pixel
    // buffer exists.
    let mut decoder = reader.into_decoder().map_err(classify)?;
    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 {
        return Err(Rejection::Unreadable);
    }
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Rejection::TooLarge);
    }
    // Phones store portrait shots sideways plus an EXIF rotation; since the
    // EXIF is dropped, the rotation must be applied to the pixels.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(classify)?;
    img.apply_orientation(orientation);

    let (width, height) = (img.width(), img.height());
    let display = shrink(img, DISPLAY_SIDE);
    let thumbnail = shrink(display.clone(), THUMBNAIL_SIDE);
    Ok(Derived {
        width,
        height,
        display_jpeg: encode(&on_white(&display), DISPLAY_QUALITY)?,
        thumbnail_jpeg: encode(&on_white(&thumbnail), THUMBNAIL_QUALITY)?,
    })
}

/// Scales down so the longest side is at most `side`; never scales up.
fn shrink(img: DynamicImage, side: u32) -> DynamicImage {
    if img.width().max(img.height()) <= side {
        img
    } else {
        // Area averaging: sharp enough for photos and far cheaper in time
        // and memory than a windowed filter on a 40 MP original.
        img.thumbnail(side, side)
    }
}

/// JPEG has no transparency: transparent parts of a PNG or WebP become
/// white, as they look on the page, instead of whatever colour they hide.
fn on_white(img: &DynamicImage) -> RgbImage {
    if !img.color().has_alpha() {
        return img.to_rgb8();
    }
    let rgba = img.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let a = u16::from(a);
        let blend = |c: u8| ((u16::from(c) * a + 255 * (255 - a) + 127) / 255) as u8;
        image::Rgb([blend(r), blend(g), blend(b)])
    })
}

fn encode(rgb: &RgbImage, quality: u8) -> Result<Vec<u8>, Rejection> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(rgb)
        .map_err(classify)?;
    Ok(out)
}

fn classify(err: ImageError) -> Rejection {
    match err {
        ImageError::Limits(_) => Rejection::TooLarge,
        _ => Rejection::Unreadable,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use image::{ImageFormat, Rgba, RgbaImage};

    fn encoded(img: &DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, format).unwrap();
        out.into_inner()
    }

    fn gradient(width: u32, height: u32) -> DynamicImage {
        DynamicImage::ImageRgba8(RgbaImage::from_fn(width, height, |x, y| {
            Rgba([(x % 256) as u8, (y % 256) as u8, 128, 255])
        }))
    }

    /// A JPEG with an APP1 EXIF segment inserted right after SOI.
    fn with_exif_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
        let field = exif::Field {
            tag: exif::Tag::Orientation,
            ifd_num: exif::In::PRIMARY,
            value: exif::Value::Short(vec![orientation]),
        };
        let mut writer = exif::experimental::Writer::new();
        writer.push_field(&field);
        let mut tiff = Cursor::new(Vec::new());
        writer.write(&mut tiff, false).unwrap();
        let mut segment = vec![0xFF, 0xE1];
        let len = u16::try_from(tiff.get_ref().len() + 8).unwrap();
        segment.extend_from_slice(&len.to_be_bytes());
        segment.extend_from_slice(b"Exif\0\0");
        segment.extend_from_slice(tiff.get_ref());
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&segment);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    fn decoded(jpeg: &[u8]) -> DynamicImage {
        image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg).unwrap()
    }

    #[test]
    fn a_large_png_gives_a_1600_px_display_and_a_320_px_thumbnail() {
        let png = encoded(&gradient(2000, 1000), ImageFormat::Png);
        let d = derive(&png, ImageType::Png).unwrap();
        assert_eq!((d.width, d.height), (2000, 1000));
        assert_eq!(decoded(&d.display_jpeg).width(), 1600);
        assert_eq!(decoded(&d.thumbnail_jpeg).width(), 320);
        assert_eq!(decoded(&d.thumbnail_jpeg).height(), 160);
    }

    #[test]
    fn a_small_webp_is_not_enlarged() {
        let webp = encoded(&gradient(200, 100), ImageFormat::WebP);
        let d = derive(&webp, ImageType::Webp).unwrap();
        assert_eq!((d.width, d.height), (200, 100));
        assert_eq!(decoded(&d.display_jpeg).width(), 200);
        assert_eq!(decoded(&d.thumbnail_jpeg).width(), 200);
    }

    #[test]
    fn the_camera_rotation_is_applied_and_the_exif_is_gone() {
        let jpeg = encoded(
            &DynamicImage::ImageRgb8(gradient(40, 20).to_rgb8()),
            ImageFormat::Jpeg,
        );
        let rotated = with_exif_orientation(&jpeg, 6);
        assert!(rotated.windows(6).any(|w| w == b"Exif\0\0"));
        let d = derive(&rotated, ImageType::Jpeg).unwrap();
        assert_eq!((d.width, d.height), (20, 40));
        let shown = decoded(&d.display_jpeg);
        assert_eq!((shown.width(), shown.height()), (20, 40));
        for served in [&d.display_jpeg, &d.thumbnail_jpeg] {
            assert!(!served.windows(4).any(|w| w == b"Exif"));
        }
    }

    #[test]
    fn transparent_parts_become_white() {
        let clear = DynamicImage::ImageRgba8(RgbaImage::from_pixel(8, 8, Rgba([0, 0, 0, 0])));
        let d = derive(&encoded(&clear, ImageFormat::Png), ImageType::Png).unwrap();
        let px = decoded(&d.display_jpeg).to_rgb8().get_pixel(4, 4).0;
        assert!(px.iter().all(|c| *c > 250), "{px:?}");
    }

    #[test]
    fn a_header_promising_billions_of_pixels_is_refused_before_decoding() {
        let mut jpeg = encoded(
            &DynamicImage::ImageRgb8(gradient(16, 16).to_rgb8()),
            ImageFormat::Jpeg,
        );
        // SOF0: FF C0, length (2), precision (1), height (2), width (2).
        let sof = jpeg.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        jpeg[sof + 5..sof + 9].copy_from_slice(&[0xFF, 0xF0, 0xFF, 0xF0]);
        assert!(matches!(
            derive(&jpeg, ImageType::Jpeg),
            Err(Rejection::TooLarge)
        ));
    }

    #[test]
    fn garbage_after_a_valid_signature_is_unreadable() {
        let mut junk = vec![0xFF, 0xD8, 0xFF, 0xE0];
        junk.extend((0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
        assert!(matches!(
            derive(&junk, ImageType::Jpeg),
            Err(Rejection::Unreadable)
        ));
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(b"definitely not chunks");
        assert!(matches!(
            derive(&png, ImageType::Png),
            Err(Rejection::Unreadable)
        ));
    }
}
