//! `safegrid import-divisions`: a small national list in the real file
//! format (villages gzipped), imported into a fresh database, then read
//! through the API by an administrator the way `create-admin` makes one.
use crate::helpers::spawn_app;
use flate2::write::GzEncoder;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A folder of division CSVs, removed when dropped.
struct DivisionFiles(PathBuf);

impl DivisionFiles {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("safegrid-divisions-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        write_division_files(&dir);
        Self(dir)
    }
}

impl Drop for DivisionFiles {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn write_division_files(dir: &Path) {
    std::fs::write(
        dir.join("provinces.csv"),
        "code,name\n52,\"贵州省\"\n53,\"云南省\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("cities.csv"),
        "code,name,provinceCode\n5203,\"遵义市\",52\n5301,\"昆明市\",53\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("areas.csv"),
        "code,name,cityCode,provinceCode\n520327,\"凤冈县\",5203,52\n520328,\"湄潭县\",5203,52\n530102,\"五华区\",5301,53\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("streets.csv"),
        "code,name,areaCode,provinceCode,cityCode\n\
         520327001,\"龙泉街道\",520327,52,5203\n\
         520327002,\"何坝街道\",520327,52,5203\n\
         520328001,\"湄江街道\",520328,52,5203\n",
    )
    .unwrap();
    let villages = "code,name,streetCode,provinceCode,cityCode,areaCode\n\
        520327001001,\"和平路社区居民委员会\",520327001,52,5203,520327\n\
        520327002204,\"凌云村民委员会\",520327002,52,5203,520327\n\
        520328001001,\"湄江社区居民委员会\",520328001,52,5203,520328\n";
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(villages.as_bytes()).unwrap();
    std::fs::write(dir.join("villages.csv.gz"), gz.finish().unwrap()).unwrap();
}

#[tokio::test]
async fn importing_one_county_brings_its_subtree_and_ancestors_and_a_second_run_adds_nothing() {
    let app = spawn_app().await;
    let dir = DivisionFiles::new();

    let first = api::divisions::import_divisions(&app.state.db, &dir.0, Some(520327))
        .await
        .unwrap();
    // 贵州省, 遵义市, 凤冈县, two townships, two villages; not 湄潭县 or 云南省.
    assert_eq!(first.inserted, 7, "{first}");
    let again = api::divisions::import_divisions(&app.state.db, &dir.0, Some(520327))
        .await
        .unwrap();
    assert_eq!(again.inserted, 0, "{again}");

    let admin = app.create_admin("fenggang-admin", "520327").await;
    let answer = app
        .query(
            &admin.access_token,
            "{ nodes(level: VILLAGE) { totalCount edges { node { name divisionCode path { name } } } } }",
            json!({}),
        )
        .await;
    let nodes = &answer.data()["nodes"];
    assert_eq!(nodes["totalCount"], 2);
    let lingyun = &nodes["edges"][1]["node"];
    assert_eq!(lingyun["name"], "凌云村", "the committee suffix is dropped");
    assert_eq!(lingyun["divisionCode"], "520327002204");
    let path: Vec<&str> = lingyun["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(path, ["贵州省", "遵义市", "凤冈县", "何坝街道"]);
}

#[tokio::test]
async fn importing_everything_then_a_county_admin_sees_only_their_county() {
    let app = spawn_app().await;
    let dir = DivisionFiles::new();
    let stats = api::divisions::import_divisions(&app.state.db, &dir.0, None)
        .await
        .unwrap();
    assert_eq!(stats.inserted, 13, "{stats}");

    let admin = app.create_admin("meitan-admin", "520328").await;
    let answer = app
        .query(&admin.access_token, "{ nodes { totalCount } }", json!({}))
        .await;
    assert_eq!(
        answer.data()["nodes"]["totalCount"],
        3,
        "湄潭县, its township and village"
    );
}
