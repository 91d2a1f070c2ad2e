//! The app's refresh loop survives a database that is not open yet (encrypted and
//! waiting for its passphrase): once it opens, due sources are refreshed.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use homegroup_core::import::{self, sources, ImportRequest};
use homegroup_core::program::fellowship::Fellowship;
use homegroup_core::{program::meetings, Store};

const LIST: &str = r#"[{"name":"Sunday Serenity","slug":"sunday","day":0,"time":"18:00","timezone":"America/New_York","address":"1 Main St","city":"Anytown"}]"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_locked_start_does_not_end_the_refresh_loop() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("list.json");
    std::fs::write(&file, LIST).unwrap();
    let store = Arc::new(Store::open(&dir.path().join("r.sqlite3")).unwrap());
    let req = ImportRequest::new(file.to_str().unwrap(), Fellowship::Na, "America/New_York");
    import::run(store.clone(), req, false, |_| {})
        .await
        .unwrap();
    let source = sources::list(&store.conn()).unwrap().remove(0);
    store
        .write(|tx| {
            sources::set_refresh(tx, source.id, Some(60))?;
            tx.execute(
                "UPDATE import_sources SET last_run_at = '2000-01-01T00:00:00Z'",
                [],
            )?;
            Ok(())
        })
        .unwrap();
    // The list changed since: the refresh brings the new name in.
    std::fs::write(
        &file,
        LIST.replace("Sunday Serenity", "Sunday Serenity Group"),
    )
    .unwrap();

    let asked = Arc::new(AtomicUsize::new(0));
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let looping = {
        let (asked, store) = (asked.clone(), store.clone());
        tokio::spawn(sources::refresh_forever(
            Duration::from_millis(10),
            // Locked for the first three looks, as before the person types the passphrase.
            move || (asked.fetch_add(1, Ordering::SeqCst) >= 3).then(|| store.clone()),
            || "America/New_York".to_owned(),
            move |ran| {
                let _ = tx.send(ran.len());
            },
        ))
    };
    let ran = tokio::time::timeout(Duration::from_secs(20), rx.recv())
        .await
        .expect("the due source was refreshed once the database opened")
        .unwrap();
    looping.abort();
    assert_eq!(ran, 1);
    assert!(asked.load(Ordering::SeqCst) >= 4);
    let names: Vec<String> = meetings::list(&store.conn())
        .unwrap()
        .into_iter()
        .map(|m| m.name)
        .collect();
    assert_eq!(names, ["Sunday Serenity Group"]);
}
