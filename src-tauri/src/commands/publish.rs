//! Publishing feeds and the finder page to WebDAV hosts (mirrors the CLI's publish.rs).

use homegroup_core::publish;
use tauri::State;

use crate::state::AppState;

use super::{off_the_runtime, read, Json, Reply};

#[tauri::command(async)]
pub fn list_publish_targets(state: State<'_, AppState>) -> Reply<Vec<publish::Target>> {
    read(&state, |c| publish::targets(c))
}

/// Saves a publish target (a new one, or `replacing` the one being edited) and
/// publishes to it at once; only what worked is kept.
#[tauri::command]
pub async fn save_publish_target(
    state: State<'_, AppState>,
    replacing: Option<i64>,
    input: Json<publish::TargetInput>,
) -> Reply<(publish::Target, publish::PublishReport)> {
    let input = input.0;
    let store = state.store()?;
    publish::save_and_publish(&store, replacing, &input)
        .await
        .map_err(|e| e.payload())
}

#[tauri::command(async)]
pub fn remove_publish_target(state: State<'_, AppState>, id: i64) -> Reply<()> {
    let store = state.store()?;
    off_the_runtime(|| publish::forget_target(&store, id)).map_err(|e| e.payload())
}

#[tauri::command]
pub async fn publish_now(state: State<'_, AppState>, id: i64) -> Reply<publish::PublishReport> {
    let store = state.store()?;
    publish::publish(&store, id).await.map_err(|e| e.payload())
}
