//! Work notebooks in the demo county: every post still without one is
//! issued it the day after its township's first training, and each
//! township spot-checks four notebooks over the autumn, one in three not
//! kept properly.
use super::trainings::day;
use super::Demo;
use crate::grid::code::{GridCode, Level};
use entity::notebook_check;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

const CHECKS_PER_TOWNSHIP: usize = 4;

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = notebook_check::Entity::find()
        .filter(notebook_check::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let today = demo.clock.today();
    let now = demo.clock.now();
    for township in demo.at(Level::Township) {
        let range = GridCode::new(township.code, Level::Township).subtree();
        let Some(author) = demo
            .accounts
            .iter()
            .find(|a| a.node_code == township.code && a.role == entity::account::Role::Admin)
            .or_else(|| demo.clerk())
            .map(|a| a.id)
        else {
            continue;
        };
        let issued_on = day(today, 299 - (township.code / 1_000_000 % 7) * 9);
        let mut posts = Vec::new();
        for post in demo
            .appointments
            .iter()
            .filter(|a| range.contains(a.node_code))
        {
            let mut post = post.clone();
            if post.notebook_issued_date.is_none() && post.start_date <= issued_on {
                let mut active = post.clone().into_active_model();
                active.notebook_issued_date = Set(Some(issued_on));
                post = active.update(demo.db).await?;
            }
            posts.push(post);
        }
        let issued: Vec<_> = posts
            .iter()
            .filter(|p| p.notebook_issued_date.is_some())
            .collect();
        if issued.is_empty() {
            continue;
        }
        let step = (issued.len() / CHECKS_PER_TOWNSHIP).max(1);
        for (i, post) in issued
            .iter()
            .step_by(step)
            .take(CHECKS_PER_TOWNSHIP)
            .enumerate()
        {
            let checked_on = day(today, 75 - 15 * i as i64);
            let Some(node) = demo.nodes.iter().find(|n| n.id == post.node_id) else {
                continue;
            };
            let kept = i % 3 != 2;
            let note = if kept {
                "记录完整，每次巡查均有记载"
            } else {
                "近两个月未记录巡查情况，已要求补记"
            };
            notebook_check::ActiveModel {
                id: Set(Uuid::new_v4()),
                node_id: Set(node.id),
                node_code: Set(node.code),
                appointment_id: Set(post.id),
                person_id: Set(post.person_id),
                checked_on: Set(checked_on),
                kept: Set(kept),
                note: Set(note.into()),
                author_id: Set(author),
                idempotency_key: Set(format!("demo-notebook-{}-{i}", township.code)),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(demo.db)
            .await?;
        }
    }
    Ok(())
}
