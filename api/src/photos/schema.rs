//! The GraphQL `Photo`, built from a read proof of its row (inspections
//! and hazards list their own through `authz::loaders::photos_of`). The
//! image itself is fetched over HTTP with the bearer token.
use crate::authz::Authorized;
use crate::ids;
use async_graphql::{Object, ID};
use entity::photo;

pub struct Photo(pub Authorized<photo::Model>);

impl From<Authorized<photo::Model>> for Photo {
    fn from(proof: Authorized<photo::Model>) -> Self {
        Photo(proof)
    }
}

/// A photo attached to a record (served EXIF-free).
#[Object]
impl Photo {
    /// The photo's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The type of the original as uploaded; what is served is always JPEG.
    async fn mime(&self) -> &str {
        &self.0.mime
    }
    /// Pixels of the original, as it is meant to be seen (upright).
    async fn width(&self) -> i32 {
        self.0.width
    }
    /// Height in pixels of the served image.
    async fn height(&self) -> i32 {
        self.0.height
    }
    /// Bytes of the original as uploaded.
    async fn byte_size(&self) -> i64 {
        self.0.byte_size
    }
    /// The picture without its EXIF, longest side at most 1600 px
    /// (`GET` with `Authorization: Bearer …`).
    async fn url(&self) -> String {
        format!("/api/photos/{}", self.0.id)
    }
    /// Longest side at most 320 px, for lists.
    async fn thumbnail_url(&self) -> String {
        format!("/api/photos/{}/thumbnail", self.0.id)
    }
    /// Where the camera says it was taken (EXIF GPS), in degrees.
    async fn exif_latitude(&self) -> Option<f64> {
        self.0.exif_latitude
    }
    /// The longitude the camera recorded (WGS 84), if any.
    async fn exif_longitude(&self) -> Option<f64> {
        self.0.exif_longitude
    }
    /// When the camera says it was taken (EXIF DateTimeOriginal), by the
    /// camera's clock: `YYYY-MM-DDTHH:MM:SS`, with the offset when recorded.
    async fn exif_taken_at(&self) -> Option<&str> {
        self.0.exif_taken_at.as_deref()
    }
    /// When it was uploaded.
    async fn created_at(&self) -> chrono::DateTime<chrono::Utc> {
        self.0.created_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::{EmptyMutation, EmptySubscription, Schema};

    struct Query;

    #[Object]
    impl Query {
        async fn photo(&self) -> Option<Photo> {
            None
        }
    }

    /// The names dashboards and the web app rely on (the issue 3 contract).
    #[test]
    fn the_photo_type_has_the_contract_fields() {
        let sdl = Schema::new(Query, EmptyMutation, EmptySubscription).sdl();
        let start = sdl.find("type Photo {").unwrap_or(0);
        let photo = &sdl[start..start + sdl[start..].find('}').unwrap_or(0)];
        for field in [
            "id: ID!",
            "mime: String!",
            "width: Int!",
            "height: Int!",
            "byteSize: Int!",
            "url: String!",
            "thumbnailUrl: String!",
            "exifLatitude: Float\n",
            "exifLongitude: Float\n",
            "exifTakenAt: String\n",
            "createdAt: DateTime!",
        ] {
            assert!(photo.contains(field), "Photo lacks {field:?}:\n{photo}");
        }
    }
}
