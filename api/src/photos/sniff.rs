//! What a file is, judged by its first bytes, never by its name or by what
//! the client says: a declared type is only a claim to be checked.

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ImageType {
    Jpeg,
    Png,
    Webp,
}

impl ImageType {
    pub fn mime(self) -> &'static str {
        match self {
            ImageType::Jpeg => "image/jpeg",
            ImageType::Png => "image/png",
            ImageType::Webp => "image/webp",
        }
    }

    /// The type a `Content-Type` header names, parameters and case ignored;
    /// `None` for anything but the three accepted types.
    pub fn from_content_type(value: &str) -> Option<Self> {
        let essence = value.split(';').next().unwrap_or("").trim();
        // `image/jpg` is not registered, but some Android galleries send it.
        if essence.eq_ignore_ascii_case("image/jpeg") || essence.eq_ignore_ascii_case("image/jpg") {
            Some(ImageType::Jpeg)
        } else if essence.eq_ignore_ascii_case("image/png") {
            Some(ImageType::Png)
        } else if essence.eq_ignore_ascii_case("image/webp") {
            Some(ImageType::Webp)
        } else {
            None
        }
    }

    pub fn format(self) -> image::ImageFormat {
        match self {
            ImageType::Jpeg => image::ImageFormat::Jpeg,
            ImageType::Png => image::ImageFormat::Png,
            ImageType::Webp => image::ImageFormat::WebP,
        }
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The type the magic bytes say, or `None` (GIF, PDF, HEIC, text, …).
pub fn sniff(bytes: &[u8]) -> Option<ImageType> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageType::Jpeg)
    } else if bytes.starts_with(PNG_SIGNATURE) {
        Some(ImageType::Png)
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(ImageType::Webp)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_accepted_types_are_recognised_by_their_magic_bytes() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), Some(ImageType::Jpeg));
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(ImageType::Png)
        );
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 "), Some(ImageType::Webp));
    }

    #[test]
    fn other_files_are_not_images_we_accept() {
        for bytes in [
            &b"GIF89a\x01\0\x01\0"[..],
            b"%PDF-1.7\n",
            b"\0\0\0\x18ftypheic",
            b"RIFF\x24\0\0\0WAVEfmt ",
            b"just some text",
            b"\xFF\xD8",
            b"",
        ] {
            assert_eq!(sniff(bytes), None, "{bytes:?}");
        }
    }

    #[test]
    fn a_declared_type_is_read_without_its_parameters_or_case() {
        assert_eq!(
            ImageType::from_content_type("Image/JPEG; charset=binary"),
            Some(ImageType::Jpeg)
        );
        assert_eq!(
            ImageType::from_content_type("image/webp"),
            Some(ImageType::Webp)
        );
        assert_eq!(ImageType::from_content_type("image/gif"), None);
        assert_eq!(ImageType::from_content_type("application/pdf"), None);
        assert_eq!(ImageType::from_content_type(""), None);
    }
}
