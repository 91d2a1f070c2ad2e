//! The database itself: unlocking, the passphrase, backups and restore (mirrors the CLI's
//! backups.rs).

use homegroup_core::about::AppInfo;
use tauri::State;

use crate::state::AppState;

use super::{off_the_runtime, Json, Reply};

#[tauri::command]
pub async fn unlock_database(state: State<'_, AppState>, passphrase: String) -> Reply<AppInfo> {
    state.unlock(&passphrase)?;
    state.restart_feed_server().await;
    Ok(AppInfo::new(state.db_path.as_deref(), state.open_error()))
}

/// Sets, changes or removes the passphrase; when the database is encrypted the current
/// passphrase must be given again.
#[tauri::command(async)]
pub fn set_passphrase(
    state: State<'_, AppState>,
    current: Option<String>,
    next: Option<String>,
    old_backups: Json<Option<homegroup_core::store::OldBackups>>,
) -> Reply<bool> {
    let old_backups = old_backups.0;
    let store = state.store()?;
    if store.encrypted() {
        let path = store.path().to_owned();
        let given = current.unwrap_or_default();
        // Checked on a second connection: the open store is not disturbed.
        homegroup_core::Store::check_passphrase(&path, &given).map_err(|e| e.payload())?;
    }
    let next = next.filter(|p| !p.is_empty());
    off_the_runtime(|| {
        homegroup_core::logins::set_passphrase(&store, next.as_deref(), old_backups)
    })
    .map_err(|e| e.payload())?;
    Ok(store.encrypted())
}

#[tauri::command]
pub async fn backup_now(
    state: State<'_, AppState>,
) -> Reply<homegroup_core::store::backup::BackupFile> {
    let store = state.store()?;
    tokio::task::spawn_blocking(move || store.backup_now())
        .await
        .map_err(|_| {
            homegroup_core::Error::invalid(
                homegroup_core::Code::BackupInterrupted,
                "file",
                "the backup stopped unexpectedly",
            )
            .payload()
        })?
        .map_err(|e| e.payload())
}

#[tauri::command(async)]
pub fn list_backups(
    state: State<'_, AppState>,
) -> Reply<Vec<homegroup_core::store::backup::BackupFile>> {
    let store = state.store()?;
    homegroup_core::store::backup::list(&homegroup_core::store::backup::dir_for(store.path()))
        .map_err(|e| e.payload())
}

#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, path: String) -> Reply<()> {
    let store = state.store()?;
    tokio::task::spawn_blocking(move || store.restore_from(std::path::Path::new(&path), None))
        .await
        .map_err(|_| {
            homegroup_core::Error::invalid(
                homegroup_core::Code::BackupInterrupted,
                "file",
                "the restore stopped unexpectedly",
            )
            .payload()
        })?
        .map_err(|e| e.payload())
}
