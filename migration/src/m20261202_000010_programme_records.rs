use sea_orm_migration::{prelude::*, schema::*};

/// The notice's other duties (issue 8), part one: documents as evidence
/// (their kinds as data), the links from records to documents, the old
/// versions of corrected records, and the programme records of meetings,
/// training, drills, publicity, work plans and notebook checks.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DocumentKinds {
    Table,
    Code,
    NameZh,
    NameEn,
    SortOrder,
    Active,
}

#[derive(DeriveIden)]
enum Documents {
    Table,
    Id,
    NodeId,
    NodeCode,
    Kind,
    Title,
    Sha256,
    Mime,
    ByteSize,
    SupersedesId,
    Version,
    UploadedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RecordDocuments {
    Table,
    OwnerId,
    DocumentId,
    OwnerKind,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RecordVersions {
    Table,
    Id,
    RecordKind,
    RecordId,
    NodeCode,
    Version,
    Snapshot,
    Reason,
    CorrectedBy,
    CorrectedAt,
}

#[derive(DeriveIden)]
enum GridNodes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Common {
    Id,
    NodeId,
    NodeCode,
    AuthorId,
    IdempotencyKey,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Kind,
    HeldOn,
    Topics,
    CoversGridWork,
    AttendeeIds,
    AttendeeCount,
    Minutes,
}

#[derive(DeriveIden)]
enum Trainings {
    Table,
    HeldOn,
    Title,
    AttendeeAppointmentIds,
    AttendeeCount,
    Notes,
}

#[derive(DeriveIden)]
enum Drills {
    Table,
    HeldOn,
    Scenario,
    ParticipantCount,
    Notes,
}

#[derive(DeriveIden)]
enum PublicitySessions {
    Table,
    HeldOn,
    Topic,
    AudienceCount,
    Notes,
}

#[derive(DeriveIden)]
enum WorkPlans {
    Table,
    Year,
    AdoptedOn,
    Title,
    Content,
}

#[derive(DeriveIden)]
enum NotebookChecks {
    Table,
    AppointmentId,
    PersonId,
    CheckedOn,
    Kept,
    Note,
}

/// The notice's documents (and the scorecard's 组织领导 and 考核 items).
const DEFAULT_KINDS: &[(&str, &str, &str)] = &[
    ("LEADING_GROUP", "领导小组成立文件", "Leading group set-up"),
    ("IMPLEMENTATION_PLAN", "实施方案", "Implementation plan"),
    ("DEPLOYMENT", "动员部署文件", "Deployment notice"),
    ("VILLAGE_RULES", "村级管理制度", "Village management rules"),
    ("GROUP_RULES", "组级管理制度", "Group management rules"),
    (
        "APPOINTMENT_RULES",
        "安全员聘用制度",
        "Officers' appointment rules",
    ),
    (
        "ASSESSMENT_RULES",
        "安全员考核办法",
        "Officers' assessment rules",
    ),
    ("WORK_PLAN", "年度工作计划", "Annual work plan"),
    ("MINUTES", "会议记录", "Meeting minutes"),
    ("DUTY_REPORT", "履职报告", "Duty report"),
    ("DECISION", "决定或批复", "Decision"),
    ("OTHER", "其他", "Other"),
];

/// The columns every programme record has (see `api/src/programme`).
fn record_table(table: impl IntoIden, own: Vec<ColumnDef>) -> TableCreateStatement {
    let table = table.into_iden();
    let mut t = Table::create();
    t.table(table.clone())
        .col(pk_uuid(Common::Id))
        .col(uuid(Common::NodeId))
        .col(big_integer(Common::NodeCode));
    for mut c in own {
        t.col(&mut c);
    }
    t.col(uuid(Common::AuthorId))
        .col(string_len_uniq(Common::IdempotencyKey, 64))
        .col(integer(Common::Version).default(1))
        .col(timestamp_with_time_zone(Common::CreatedAt))
        .col(timestamp_with_time_zone(Common::UpdatedAt))
        .foreign_key(
            ForeignKey::create()
                .from(table, Common::NodeId)
                .to(GridNodes::Table, GridNodes::Id),
        )
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
        manager
            .create_table(
                Table::create()
                    .table(DocumentKinds::Table)
                    .col(string_len(DocumentKinds::Code, 40).primary_key())
                    .col(string_len(DocumentKinds::NameZh, 60))
                    .col(string_len(DocumentKinds::NameEn, 60))
                    .col(integer(DocumentKinds::SortOrder))
                    .col(boolean(DocumentKinds::Active).default(true))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(DocumentKinds::Table)
            .columns([
                DocumentKinds::Code,
                DocumentKinds::NameZh,
                DocumentKinds::NameEn,
                DocumentKinds::SortOrder,
                DocumentKinds::Active,
            ])
            .to_owned();
        for (i, (code, zh, en)) in DEFAULT_KINDS.iter().enumerate() {
            insert.values_panic([
                (*code).into(),
                (*zh).into(),
                (*en).into(),
                (i as i32 * 10).into(),
                true.into(),
            ]);
        }
        manager.exec_stmt(insert).await?;

        manager
            .create_table(
                Table::create()
                    .table(Documents::Table)
                    .col(pk_uuid(Documents::Id))
                    .col(uuid(Documents::NodeId))
                    .col(big_integer(Documents::NodeCode))
                    .col(string_len(Documents::Kind, 40))
                    .col(string_len(Documents::Title, 200))
                    .col(string_len(Documents::Sha256, 64))
                    .col(string_len(Documents::Mime, 32))
                    .col(big_integer(Documents::ByteSize))
                    .col(uuid_null(Documents::SupersedesId).unique_key())
                    .col(integer(Documents::Version).default(1))
                    .col(uuid(Documents::UploadedBy))
                    .col(timestamp_with_time_zone(Documents::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Documents::Table, Documents::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Documents::Table, Documents::SupersedesId)
                            .to(Documents::Table, Documents::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Documents::Table, Documents::Kind)
                            .to(DocumentKinds::Table, DocumentKinds::Code),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_documents_code_created",
            Documents::Table,
            vec![
                Documents::NodeCode.into_iden(),
                Documents::CreatedAt.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_documents_uploader_hash",
            Documents::Table,
            vec![
                Documents::UploadedBy.into_iden(),
                Documents::Sha256.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(RecordDocuments::Table)
                    .col(uuid(RecordDocuments::OwnerId))
                    .col(uuid(RecordDocuments::DocumentId))
                    .col(string_len(RecordDocuments::OwnerKind, 16))
                    .col(timestamp_with_time_zone(RecordDocuments::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(RecordDocuments::OwnerId)
                            .col(RecordDocuments::DocumentId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RecordDocuments::Table, RecordDocuments::DocumentId)
                            .to(Documents::Table, Documents::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RecordVersions::Table)
                    .col(pk_uuid(RecordVersions::Id))
                    .col(string_len(RecordVersions::RecordKind, 16))
                    .col(uuid(RecordVersions::RecordId))
                    .col(big_integer(RecordVersions::NodeCode))
                    .col(integer(RecordVersions::Version))
                    .col(text(RecordVersions::Snapshot))
                    .col(string_len(RecordVersions::Reason, 500))
                    .col(uuid(RecordVersions::CorrectedBy))
                    .col(timestamp_with_time_zone(RecordVersions::CorrectedAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_record_versions_record",
            RecordVersions::Table,
            vec![
                RecordVersions::RecordId.into_iden(),
                RecordVersions::Version.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(record_table(
                Meetings::Table,
                vec![
                    string_len(Meetings::Kind, 24),
                    date(Meetings::HeldOn),
                    text(Meetings::Topics),
                    boolean(Meetings::CoversGridWork),
                    text(Meetings::AttendeeIds),
                    integer(Meetings::AttendeeCount),
                    text(Meetings::Minutes),
                ],
            ))
            .await?;
        manager
            .create_table(record_table(
                Trainings::Table,
                vec![
                    date(Trainings::HeldOn),
                    string_len(Trainings::Title, 200),
                    text(Trainings::AttendeeAppointmentIds),
                    integer(Trainings::AttendeeCount),
                    text(Trainings::Notes),
                ],
            ))
            .await?;
        manager
            .create_table(record_table(
                Drills::Table,
                vec![
                    date(Drills::HeldOn),
                    string_len(Drills::Scenario, 200),
                    integer(Drills::ParticipantCount),
                    text(Drills::Notes),
                ],
            ))
            .await?;
        manager
            .create_table(record_table(
                PublicitySessions::Table,
                vec![
                    date(PublicitySessions::HeldOn),
                    string_len(PublicitySessions::Topic, 200),
                    integer(PublicitySessions::AudienceCount),
                    text(PublicitySessions::Notes),
                ],
            ))
            .await?;
        manager
            .create_table(record_table(
                WorkPlans::Table,
                vec![
                    integer(WorkPlans::Year),
                    date(WorkPlans::AdoptedOn),
                    string_len(WorkPlans::Title, 200),
                    text(WorkPlans::Content),
                ],
            ))
            .await?;
        manager
            .create_table(record_table(
                NotebookChecks::Table,
                vec![
                    uuid(NotebookChecks::AppointmentId),
                    uuid(NotebookChecks::PersonId),
                    date(NotebookChecks::CheckedOn),
                    boolean(NotebookChecks::Kept),
                    text(NotebookChecks::Note),
                ],
            ))
            .await?;
        // Every list and count is a subtree (a code range) and a period.
        for (name, table, day) in [
            (
                "idx_meetings_code_day",
                Meetings::Table.into_iden(),
                Meetings::HeldOn.into_iden(),
            ),
            (
                "idx_trainings_code_day",
                Trainings::Table.into_iden(),
                Trainings::HeldOn.into_iden(),
            ),
            (
                "idx_drills_code_day",
                Drills::Table.into_iden(),
                Drills::HeldOn.into_iden(),
            ),
            (
                "idx_publicity_code_day",
                PublicitySessions::Table.into_iden(),
                PublicitySessions::HeldOn.into_iden(),
            ),
            (
                "idx_work_plans_code_day",
                WorkPlans::Table.into_iden(),
                WorkPlans::AdoptedOn.into_iden(),
            ),
            (
                "idx_notebook_checks_code_day",
                NotebookChecks::Table.into_iden(),
                NotebookChecks::CheckedOn.into_iden(),
            ),
        ] {
            index(
                manager,
                name,
                table,
                vec![Common::NodeCode.into_iden(), day],
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            NotebookChecks::Table.into_iden(),
            WorkPlans::Table.into_iden(),
            PublicitySessions::Table.into_iden(),
            Drills::Table.into_iden(),
            Trainings::Table.into_iden(),
            Meetings::Table.into_iden(),
            RecordVersions::Table.into_iden(),
            RecordDocuments::Table.into_iden(),
            Documents::Table.into_iden(),
            DocumentKinds::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
