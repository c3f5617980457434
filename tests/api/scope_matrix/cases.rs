//! One test per demo role: each runs that role's rows of the table.
use super::runner::run_matrix_for;
use super::table::User;

#[tokio::test]
async fn a_city_viewer_reads_its_subtree_and_may_change_nothing() {
    run_matrix_for(User::CityViewer).await;
}

#[tokio::test]
async fn a_county_administrator_reads_and_writes_its_county_only() {
    run_matrix_for(User::CountyAdmin).await;
}

#[tokio::test]
async fn a_township_administrator_reads_and_writes_its_township_only() {
    run_matrix_for(User::TownshipAdmin).await;
}

#[tokio::test]
async fn a_village_officer_manages_its_groups_but_not_its_own_village() {
    run_matrix_for(User::VillageOfficer).await;
}

#[tokio::test]
async fn a_group_liaison_reads_its_group_and_records_field_work_there() {
    run_matrix_for(User::GroupLiaison).await;
}

#[tokio::test]
async fn an_anonymous_caller_is_unauthenticated_for_every_scoped_field() {
    run_matrix_for(User::Anonymous).await;
}
