//! Why an upload was refused. Each is `BAD_USER_INPUT` (the client's to
//! fix), with a `reason` the web app shows in the person's words and the
//! HTTP status a plain HTTP client expects.
use crate::error::{Key, Params};
use actix_web::http::StatusCode;

/// Pixels beyond this are refused before decoding: a few kilobytes of PNG
/// can declare a 100,000 × 100,000 image (a decompression bomb). 40 MP is
/// above any phone camera's default mode.
pub const MAX_PIXELS: u64 = 40_000_000;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// Not a JPEG, PNG or WebP (by its bytes, or by what the client declared).
    UnsupportedType,
    /// A supported image, but not the type the client declared.
    TypeMismatch,
    /// Over the byte cap, or too many pixels to decode safely.
    TooLarge,
    /// Looks like an image but does not decode.
    Unreadable,
}

impl Rejection {
    pub fn reason(self) -> &'static str {
        match self {
            Rejection::UnsupportedType => "UNSUPPORTED_TYPE",
            Rejection::TypeMismatch => "TYPE_MISMATCH",
            Rejection::TooLarge => "TOO_LARGE",
            Rejection::Unreadable => "UNREADABLE",
        }
    }

    pub fn status(self) -> StatusCode {
        match self {
            Rejection::UnsupportedType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Rejection::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Rejection::TypeMismatch | Rejection::Unreadable => StatusCode::BAD_REQUEST,
        }
    }

    /// The catalog key of the message.
    pub fn key(self) -> Key {
        match self {
            Rejection::UnsupportedType => Key::PhotoUnsupportedType,
            Rejection::TypeMismatch => Key::PhotoTypeMismatch,
            Rejection::TooLarge => Key::PhotoTooLarge,
            Rejection::Unreadable => Key::PhotoUnreadable,
        }
    }

    /// The values the message uses: the limits, for a photo too large.
    pub fn params(self, max_bytes: usize) -> Params {
        match self {
            Rejection::TooLarge => {
                let mib = max_bytes as f64 / (1024.0 * 1024.0);
                Params::default()
                    .with("maxMib", format!("{mib:.1}"))
                    .with("maxMegapixels", MAX_PIXELS / 1_000_000)
            }
            _ => Params::default(),
        }
    }
}

/// What can go wrong with an upload: the client's fault, or ours.
#[derive(Debug)]
pub enum UploadError {
    Rejected(Rejection),
    App(crate::error::AppError),
}

impl From<Rejection> for UploadError {
    fn from(r: Rejection) -> Self {
        UploadError::Rejected(r)
    }
}

impl From<crate::error::AppError> for UploadError {
    fn from(e: crate::error::AppError) -> Self {
        UploadError::App(e)
    }
}

impl From<sea_orm::DbErr> for UploadError {
    fn from(e: sea_orm::DbErr) -> Self {
        UploadError::App(e.into())
    }
}
