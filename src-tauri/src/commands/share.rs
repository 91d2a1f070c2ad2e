//! A program shared through a CalDAV calendar: link, sync, conflicts (mirrors the CLI's
//! share.rs).

use homegroup_core::share;
use tauri::State;

use crate::state::AppState;

use super::{off_the_runtime, read, write, Json, Reply};

/// Sharing: the linked calendars, what waits to go up, the open conflicts.
#[tauri::command(async)]
pub fn share_status(state: State<'_, AppState>) -> Reply<share::ShareStatus> {
    read(&state, |c| share::status(c))
}

/// Links the program to a shared calendar (a new trusted servant joining, or the first
/// one sharing) and syncs at once.
#[tauri::command]
pub async fn share_link(
    state: State<'_, AppState>,
    input: Json<share::LinkInput>,
) -> Reply<share::SyncReport> {
    let store = state.store()?;
    share::join(&store, &input.0, &share::Options::default())
        .await
        .map_err(|e| e.payload())
}

#[tauri::command]
pub async fn share_sync_now(state: State<'_, AppState>, id: i64) -> Reply<share::SyncReport> {
    let store = state.store()?;
    share::sync(&store, id, &share::Options::default())
        .await
        .map_err(|e| e.payload())
}

#[tauri::command(async)]
pub fn share_unlink(state: State<'_, AppState>, id: i64) -> Reply<()> {
    let store = state.store()?;
    off_the_runtime(|| share::unlink(&store, id)).map_err(|e| e.payload())
}

#[tauri::command(async)]
pub fn share_resolve(state: State<'_, AppState>, id: i64, keep: Json<share::Keep>) -> Reply<()> {
    let keep = keep.0;
    write(&state, |tx| share::resolve(tx, id, keep))
}
