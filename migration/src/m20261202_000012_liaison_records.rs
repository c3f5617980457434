use sea_orm_migration::{prelude::*, schema::*};

/// The group liaison's own records (附件3): ceremony notices (红白喜事打招呼)
/// and the on-site reminders given at them (跟场提醒), the group's motor
/// vehicle register (机动车排查登记) with the persuasion talks held with
/// drivers (劝导), and seasonal warnings. Each row keeps its grid code for
/// scope, its author, the client's idempotency key and a version; none is
/// ever deleted (a vehicle that left the group is retired, not removed).
/// Kinds and topics are checked by the database itself (CHECK at creation,
/// which SQLite supports too), so every value read back parses.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CeremonyNotices {
    Table,
    Id,
    NodeId,
    NodeCode,
    Kind,
    HostName,
    /// The day the family told the liaison (the record's day).
    NoticedOn,
    /// The day of the ceremony itself (often ahead).
    HeldOn,
    Place,
    ExpectedGuests,
    Notes,
}

#[derive(DeriveIden)]
enum OnSiteReminders {
    Table,
    Id,
    CeremonyNoticeId,
    NodeId,
    NodeCode,
    RemindedAt,
    RemindedOn,
    Topics,
    Notes,
}

#[derive(DeriveIden)]
enum Vehicles {
    Table,
    Id,
    NodeId,
    NodeCode,
    Plate,
    Kind,
    OwnerName,
    OwnerPhone,
    Licensed,
    RegisteredOn,
    RetiredOn,
    RetiredReason,
}

#[derive(DeriveIden)]
enum Persuasions {
    Table,
    Id,
    NodeId,
    NodeCode,
    VehicleId,
    DriverName,
    TalkedAt,
    TalkedOn,
    Reason,
    Notes,
}

#[derive(DeriveIden)]
enum SeasonalWarnings {
    Table,
    Id,
    NodeId,
    NodeCode,
    Topic,
    GivenAt,
    GivenOn,
    Households,
    Notes,
}

/// The columns every liaison record ends with.
#[derive(DeriveIden)]
enum Common {
    AuthorId,
    IdempotencyKey,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum GridNodes {
    Table,
    Id,
}

// This migration's own copies of the stored values; a later value comes
// with a later migration.
const CEREMONY_KINDS: &[&str] = &["WEDDING", "FUNERAL", "OTHER"];
const VEHICLE_KINDS: &[&str] = &[
    "CAR",
    "VAN",
    "TRUCK",
    "MOTORCYCLE",
    "TRICYCLE",
    "TRACTOR",
    "OTHER",
];
const PERSUASION_REASONS: &[&str] = &[
    "DRUNK_DRIVING",
    "NO_HELMET",
    "OVERLOADING",
    "PASSENGERS_ON_CARGO",
    "UNLICENSED",
    "SPEEDING",
    "FATIGUE",
    "OTHER",
];
const WARNING_TOPICS: &[&str] = &[
    "FIREWOOD_STRAW",
    "UNSAFE_SWIMMING",
    "WILD_MUSHROOMS",
    "WASP_NESTS",
    "ROAD_TRAFFIC",
    "FIRE",
];

fn one_of(column: impl IntoIden, values: &[&str]) -> SimpleExpr {
    Expr::col(column.into_iden()).is_in(values.iter().copied())
}

/// Id, node, grid code first; then the record's own columns.
fn table(
    name: impl IntoIden,
    id: impl IntoIden,
    node: impl IntoIden,
    code: impl IntoIden,
) -> TableCreateStatement {
    let (name, node) = (name.into_iden(), node.into_iden());
    Table::create()
        .table(name.clone())
        .col(pk_uuid(id))
        .col(uuid(node.clone()))
        .col(big_integer(code))
        .foreign_key(
            ForeignKey::create()
                .from(name, node)
                .to(GridNodes::Table, GridNodes::Id),
        )
        .to_owned()
}

/// Author, key, version and stamps, the same on every table.
fn finish(mut t: TableCreateStatement) -> TableCreateStatement {
    t.col(uuid(Common::AuthorId))
        .col(string_len_uniq(Common::IdempotencyKey, 64))
        .col(integer(Common::Version).default(1))
        .col(timestamp_with_time_zone(Common::CreatedAt))
        .col(timestamp_with_time_zone(Common::UpdatedAt))
        .to_owned()
}

async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    cols: Vec<DynIden>,
) -> Result<(), DbErr> {
    let mut index = Index::create().name(name).table(table).to_owned();
    for c in cols {
        index.col(c);
    }
    manager.create_index(index).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use CeremonyNotices as C;
        let mut t = table(C::Table, C::Id, C::NodeId, C::NodeCode);
        t.col(string_len(C::Kind, 16).check(one_of(C::Kind, CEREMONY_KINDS)))
            .col(string_len(C::HostName, 40))
            .col(date(C::NoticedOn))
            .col(date(C::HeldOn))
            .col(string_len(C::Place, 100))
            .col(integer(C::ExpectedGuests))
            .col(text(C::Notes));
        manager.create_table(finish(t)).await?;
        // Lists are a subtree (a code range) and a period.
        index(
            manager,
            "idx_ceremony_notices_code_day",
            C::Table,
            vec![C::NodeCode.into_iden(), C::NoticedOn.into_iden()],
        )
        .await?;

        use OnSiteReminders as R;
        let mut t = table(R::Table, R::Id, R::NodeId, R::NodeCode);
        t.col(uuid(R::CeremonyNoticeId))
            .col(timestamp_with_time_zone(R::RemindedAt))
            .col(date(R::RemindedOn))
            // A JSON array of reminder topics.
            .col(text(R::Topics))
            .col(text(R::Notes))
            .foreign_key(
                ForeignKey::create()
                    .from(R::Table, R::CeremonyNoticeId)
                    .to(C::Table, C::Id),
            );
        manager.create_table(finish(t)).await?;
        index(
            manager,
            "idx_on_site_reminders_code_day",
            R::Table,
            vec![R::NodeCode.into_iden(), R::RemindedOn.into_iden()],
        )
        .await?;
        index(
            manager,
            "idx_on_site_reminders_notice",
            R::Table,
            vec![R::CeremonyNoticeId.into_iden()],
        )
        .await?;

        use Vehicles as V;
        let mut t = table(V::Table, V::Id, V::NodeId, V::NodeCode);
        t.col(string_len(V::Plate, 10))
            .col(string_len(V::Kind, 16).check(one_of(V::Kind, VEHICLE_KINDS)))
            .col(string_len(V::OwnerName, 40))
            .col(string_len(V::OwnerPhone, 11))
            .col(boolean(V::Licensed))
            .col(date(V::RegisteredOn))
            .col(date_null(V::RetiredOn))
            .col(text_null(V::RetiredReason));
        manager.create_table(finish(t)).await?;
        index(
            manager,
            "idx_vehicles_code_day",
            V::Table,
            vec![V::NodeCode.into_iden(), V::RegisteredOn.into_iden()],
        )
        .await?;
        index(
            manager,
            "idx_vehicles_code_plate",
            V::Table,
            vec![V::NodeCode.into_iden(), V::Plate.into_iden()],
        )
        .await?;

        use Persuasions as P;
        let mut t = table(P::Table, P::Id, P::NodeId, P::NodeCode);
        t.col(uuid_null(P::VehicleId))
            .col(string_len(P::DriverName, 40))
            .col(timestamp_with_time_zone(P::TalkedAt))
            .col(date(P::TalkedOn))
            .col(string_len(P::Reason, 24).check(one_of(P::Reason, PERSUASION_REASONS)))
            .col(text(P::Notes))
            .foreign_key(
                ForeignKey::create()
                    .from(P::Table, P::VehicleId)
                    .to(V::Table, V::Id),
            );
        manager.create_table(finish(t)).await?;
        index(
            manager,
            "idx_persuasions_code_day",
            P::Table,
            vec![P::NodeCode.into_iden(), P::TalkedOn.into_iden()],
        )
        .await?;

        use SeasonalWarnings as W;
        let mut t = table(W::Table, W::Id, W::NodeId, W::NodeCode);
        t.col(string_len(W::Topic, 24).check(one_of(W::Topic, WARNING_TOPICS)))
            .col(timestamp_with_time_zone(W::GivenAt))
            .col(date(W::GivenOn))
            .col(integer(W::Households))
            .col(text(W::Notes));
        manager.create_table(finish(t)).await?;
        index(
            manager,
            "idx_seasonal_warnings_code_day",
            W::Table,
            vec![W::NodeCode.into_iden(), W::GivenOn.into_iden()],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SeasonalWarnings::Table.into_iden(),
            Persuasions::Table.into_iden(),
            Vehicles::Table.into_iden(),
            OnSiteReminders::Table.into_iden(),
            CeremonyNotices::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
