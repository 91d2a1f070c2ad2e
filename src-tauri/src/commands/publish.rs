//! Publishing feeds and the finder page to WebDAV hosts (mirrors the CLI's publish.rs).

use homegroup_core::publish;
use tauri::State;

use crate::state::AppState;

use super::{off_the_runtime, read, write, Json, Reply};

#[tauri::command(async)]
pub fn list_publish_targets(state: State<'_, AppState>) -> Reply<Vec<publish::Target>> {
    read(&state, |c| publish::targets(c))
}

#[tauri::command(async)]
pub fn add_publish_target(
    state: State<'_, AppState>,
    input: Json<publish::TargetInput>,
) -> Reply<publish::Target> {
    let input = input.0;
    let store = state.store()?;
    off_the_runtime(|| publish::add_target(&store, &input)).map_err(|e| e.payload())
}

#[tauri::command(async)]
pub fn remove_publish_target(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| publish::remove_target(tx, id))
}

#[tauri::command]
pub async fn publish_now(state: State<'_, AppState>, id: i64) -> Reply<publish::PublishReport> {
    let store = state.store()?;
    publish::publish(&store, id).await.map_err(|e| e.payload())
}
