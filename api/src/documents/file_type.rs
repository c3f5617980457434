//! What a document file is, judged by its first bytes (a declared type is
//! only a claim to be checked): PDF, or one of the photo types.
use crate::photos::sniff::{self, ImageType};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DocType {
    Pdf,
    Image(ImageType),
}

impl DocType {
    pub fn mime(self) -> &'static str {
        match self {
            DocType::Pdf => "application/pdf",
            DocType::Image(i) => i.mime(),
        }
    }

    pub fn from_content_type(value: &str) -> Option<DocType> {
        let essence = value.split(';').next().unwrap_or("").trim();
        if essence.eq_ignore_ascii_case("application/pdf") {
            Some(DocType::Pdf)
        } else {
            ImageType::from_content_type(value).map(DocType::Image)
        }
    }
}

pub fn sniff(bytes: &[u8]) -> Option<DocType> {
    if bytes.starts_with(b"%PDF-") {
        Some(DocType::Pdf)
    } else {
        sniff::sniff(bytes).map(DocType::Image)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdfs_and_photos_are_told_by_their_bytes() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(DocType::Pdf));
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(DocType::Image(ImageType::Png))
        );
        assert_eq!(sniff(b"PK\x03\x04 a docx"), None);
        assert_eq!(sniff(b"<html>"), None);
        assert_eq!(
            DocType::from_content_type("application/PDF"),
            Some(DocType::Pdf)
        );
    }
}
