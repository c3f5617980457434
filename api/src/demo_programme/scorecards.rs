//! The demo county's township scorecards for this year: the item the
//! records cannot fill yet (assessments done by the rules) entered by the
//! county office with a note, then the year locked and ranked, so the
//! ranking and every township's card (with why each point was lost) show
//! on first start. Written directly, like the other demo records, through
//! the same card computation the API serves.
use super::Demo;
use crate::grid::code::Level;
use crate::scorecards::{card, service};
use chrono::Datelike;
use entity::{scorecard, scorecard_entry};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

/// (points of 5, note) for "认真按照考核细则开展考核工作", township by township.
const ASSESSED: [(i32, &str); 3] = [
    (5, "按考核细则完成上、下半年考核，考核结果与补贴挂钩"),
    (3, "仅完成上半年考核，下半年考核未开展"),
    (4, "完成年度考核，个别村考核记录不全"),
];

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let db = demo.db;
    let exists = scorecard::Entity::find()
        .filter(scorecard::Column::CountyCode.eq(demo.county.lo))
        .count(db)
        .await?;
    let Some(clerk) = demo.clerk() else {
        return Ok(());
    };
    if exists > 0 {
        return Ok(());
    }
    let year = demo.clock.today().year();
    let now = demo.clock.now();
    let townships: Vec<_> = demo.at(Level::Township).cloned().collect();
    for (i, t) in townships.iter().enumerate() {
        let (points, note) = ASSESSED[i % ASSESSED.len()];
        scorecard_entry::ActiveModel {
            id: Set(Uuid::from_u64_pair(t.code as u64, 19_000 + year as u64)),
            county_code: Set(demo.county.lo),
            township_id: Set(t.id),
            township_code: Set(t.code),
            year: Set(year),
            item_key: Set("assessments_done".into()),
            points: Set(points),
            note: Set(note.into()),
            document_ids: Set("[]".into()),
            version: Set(1),
            entered_by: Set(clerk.id),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    let cards = card::compute(
        db,
        demo.county.lo,
        demo.county,
        townships,
        year,
        demo.clock.today(),
    )
    .await?;
    for (rank, c) in service::ranked(cards.iter().collect::<Vec<_>>()) {
        scorecard::ActiveModel {
            id: Set(c.id),
            county_code: Set(demo.county.lo),
            township_id: Set(c.township.id),
            township_code: Set(c.township.code),
            year: Set(year),
            total: Set(c.total),
            rank: Set(rank),
            parts: Set(serde_json::to_string(&c.parts)?),
            locked_by: Set(clerk.id),
            locked_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
