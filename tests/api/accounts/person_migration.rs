//! `m20261202_000008_link_accounts_to_persons`: its `down` works, and its
//! `up` gives an account without a person one of its own; afterwards the
//! database refuses an account without a person.
use crate::helpers::spawn_demo_app;
use ::migration::{Migrator, MigratorTrait};
use entity::account;
use sea_orm::{ConnectionTrait, EntityTrait};

#[tokio::test]
async fn the_migration_goes_down_and_up_and_links_an_account_without_a_person() {
    let app = spawn_demo_app().await;
    app.root().await;
    let db = &app.state.db;
    // Down to before 000008 (000009 comes after it), then up again.
    let after_ours = Migrator::get_migration_files()
        .iter()
        .position(|m| m.name() == "m20261202_000008_link_accounts_to_persons")
        .expect("the migration is registered");
    let steps = (Migrator::migrations().len() - after_ours) as u32;
    Migrator::down(db, Some(steps)).await.expect("down");
    db.execute_unprepared("UPDATE accounts SET person_id = NULL")
        .await
        .expect("before the migration an account may lack a person");
    Migrator::up(db, None).await.expect("up again");
    let accounts = account::Entity::find().all(db).await.unwrap();
    assert_eq!(accounts.len(), 7, "six demo accounts and the root");
    for a in &accounts {
        let person_id = a.person_id.expect("linked to a person");
        let person = entity::person::Entity::find_by_id(person_id)
            .one(db)
            .await
            .unwrap()
            .expect("the person exists");
        assert_eq!(
            person.name, a.username,
            "a person of its own, named after it"
        );
        assert_eq!(person.node_code, a.node_code);
    }
    let refused = db
        .execute_unprepared("UPDATE accounts SET person_id = NULL")
        .await;
    assert!(refused.is_err(), "an account without a person was stored");
}
