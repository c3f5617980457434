//! 村（社区）安全员、组级安全联络员名册: the form the townships sent the
//! county office by 05-25 (names and phones of every officer and liaison),
//! per village and group, with the day each took the post and the posts
//! nobody holds. The rows are what `submitRoster` freezes for the county
//! (`leaders::rosters::snapshot`), as of today; phones masked as the API
//! masks them for this caller.
use super::context::ExportContext;
use super::labels;
use super::places::{code_at, Places};
use super::table::{column, too_many_rows, Book, Cell, Column, Sheet, MAX_ROWS};
use crate::error::AppResult;
use crate::grid::code::{GridCode, Level};
use crate::leaders::rosters;
use crate::people::appointment_role::AppointmentRole;
use crate::people::schema::shown_phone;
use entity::grid_node;
use sea_orm::{ActiveEnum, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// One line of the form: a held post, or an empty one.
struct Line {
    code: GridCode,
    role: String,
    name: String,
    phone: String,
    since: Option<chrono::NaiveDate>,
    vacant: bool,
}

pub async fn book(ctx: &ExportContext<'_>) -> AppResult<Book> {
    let db = &ctx.state.db;
    // A line per village and group: counted before they are all read.
    let range = ctx.code()?.subtree();
    let places_below = grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .filter(grid_node::Column::Level.is_in([Level::Village.number(), Level::Group.number()]))
        .count(db)
        .await?;
    if places_below > MAX_ROWS {
        return Err(too_many_rows());
    }
    let (entries, missing) = rosters::snapshot(db, &ctx.node, ctx.today()).await?;
    let mut lines: Vec<Line> = entries
        .into_iter()
        .map(|e| Line {
            code: code_at(e.node_code),
            role: e.role,
            phone: shown_phone(ctx.scope, &e.phone),
            name: e.name,
            since: e.start_date,
            vacant: false,
        })
        .chain(missing.into_iter().map(|m| Line {
            code: code_at(m.node_code),
            role: m.role,
            name: String::new(),
            phone: String::new(),
            since: None,
            vacant: true,
        }))
        .collect();
    lines.sort_by_key(|l| l.code.code);

    let here = ctx.code()?;
    let places = Places::load(db, here, lines.iter().map(|l| l.code)).await?;
    let with_township = here.level < Level::Township;
    let mut columns: Vec<Column> = vec![column("序号", 6.0)];
    if with_township {
        columns.push(column("乡镇（街道）", 16.0));
    }
    columns.extend([
        column("村（社区）", 16.0),
        column("村民组", 16.0),
        column("岗位", 16.0),
        column("姓名", 10.0),
        column("联系电话", 14.0),
        column("任职日期", 12.0),
        column("备注", 8.0),
    ]);
    let rows = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut cells = vec![Cell::count(i as u64 + 1)];
            if with_township {
                cells.push(Cell::text(places.at(l.code, Level::Township)));
            }
            cells.extend([
                Cell::text(places.at(l.code, Level::Village)),
                Cell::text(if l.code.level == Level::Group {
                    places.at(l.code, Level::Group)
                } else {
                    String::new()
                }),
                Cell::text(labels::stored(&l.role, |r| {
                    AppointmentRole::try_from_value(&r.to_string())
                        .ok()
                        .map(labels::post)
                })),
                Cell::text(l.name.as_str()),
                Cell::text(l.phone.as_str()),
                Cell::date(l.since),
                Cell::text(if l.vacant { "空缺" } else { "" }),
            ]);
            cells
        })
        .collect();
    let held = |role: AppointmentRole| {
        lines
            .iter()
            .filter(|l| !l.vacant && l.role == role.to_value())
            .count()
    };
    let summary = format!(
        "村级安全员 {} 人；组级安全联络员 {} 人；空缺 {} 个",
        held(AppointmentRole::VillageOfficer),
        held(AppointmentRole::GroupLiaison),
        lines.iter().filter(|l| l.vacant).count(),
    );
    Ok(Book {
        file_stem: format!("安全员名册-{}-{}", ctx.node.name, ctx.today()),
        sheets: vec![Sheet {
            name: "名册".into(),
            title: format!("{}村（社区）安全员、组级安全联络员名册", ctx.place),
            subtitle: format!("截至 {}", ctx.today()),
            columns,
            rows,
            totals: Some(vec![Cell::text("合计"), Cell::text(summary)]),
            signed: true,
        }],
    })
}
