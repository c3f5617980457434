//! Why an upload was refused. Each is `BAD_USER_INPUT` (the client's to
//! fix), with a `reason` the web app shows in the person's words and the
//! HTTP status a plain HTTP client expects.
use actix_web::http::StatusCode;

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

    pub fn message(self, max_bytes: usize) -> String {
        match self {
            Rejection::UnsupportedType => {
                "只接受 JPEG、PNG、WebP 照片 (only JPEG, PNG and WebP photos are accepted)".into()
            }
            Rejection::TypeMismatch => {
                "文件内容与声明的类型不符 (the file is not the type it claims to be)".into()
            }
            Rejection::TooLarge => {
                let mib = max_bytes as f64 / (1024.0 * 1024.0);
                format!(
                    "照片太大，最大 {mib:.1} MB、{} 百万像素 (photo too large: at most {mib:.1} MiB and {} megapixels)",
                    super::derive::MAX_PIXELS / 1_000_000,
                    super::derive::MAX_PIXELS / 1_000_000
                )
            }
            Rejection::Unreadable => {
                "照片已损坏，无法读取 (the photo is damaged and cannot be read)".into()
            }
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
