//! Test fixtures made through the server's own code paths: a root
//! administrator at the province (what `safegrid create-admin` makes), and
//! node ids by division code.
use super::app::TestApp;
use super::session::Session;
use entity::grid_node;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub const ROOT_USERNAME: &str = "root-admin";
pub const ROOT_PASSWORD: &str = "correct horse battery staple";

/// 15-digit grid code of a division code of 2, 4, 6, 9, 12 or 15 digits.
pub fn grid_code(division_code: &str) -> i64 {
    let value: i64 = division_code.parse().expect("a division code is digits");
    value * 10_i64.pow(15 - division_code.len() as u32)
}

impl TestApp {
    /// An administrator at the node with this division code, made as the
    /// `create-admin` command makes one, then logged in.
    pub async fn create_admin(&self, username: &str, division_code: &str) -> Session {
        api::accounts::cli::create_admin(
            &self.state.db,
            username,
            division_code,
            ROOT_PASSWORD.to_string(),
        )
        .await
        .expect("create-admin");
        self.login(username, ROOT_PASSWORD).await
    }

    /// An administrator of the whole province (贵州省, 52) for setting up
    /// fixtures anywhere.
    pub async fn root(&self) -> Session {
        self.create_admin(ROOT_USERNAME, "52").await
    }

    /// The node with this division code, read straight from the database
    /// (fixtures only: tests of visibility go through the API).
    pub async fn node_id(&self, division_code: &str) -> String {
        self.find_node(division_code)
            .await
            .unwrap_or_else(|| panic!("no node with division code {division_code}"))
            .id
            .to_string()
    }

    pub async fn find_node(&self, division_code: &str) -> Option<grid_node::Model> {
        grid_node::Entity::find()
            .filter(grid_node::Column::Code.eq(grid_code(division_code)))
            .one(&self.state.db)
            .await
            .expect("read grid_nodes")
    }
}
