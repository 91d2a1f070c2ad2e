//! Importing meeting lists from files and web addresses, and the sources kept for
//! refreshing (mirrors the CLI's import.rs).

use homegroup_core::events::AppEvent;
use homegroup_core::i18n::Lang;
use homegroup_core::{import, import::sources, schedule::zones};
use tauri::{AppHandle, State};

use crate::documents;
use crate::state::AppState;

use super::{read, write, Json, Reply};

/// The system's Open dialog for a meeting list; its path, or `None` when cancelled.
#[tauri::command]
pub async fn pick_import_file(app: AppHandle) -> Reply<Option<String>> {
    Ok(documents::ask_import_file(&app)
        .await
        .map(|p| p.display().to_string()))
}

/// An import from the window: a file path (chosen in the Open dialog) or an address,
/// read by the core; progress goes to the window as events (`next_events`).
async fn run_import(
    state: State<'_, AppState>,
    request: Json<import::ImportRequest>,
    dry_run: bool,
    language: &str,
) -> Reply<import::ImportReport> {
    let req = request.0;
    let store = state.store()?;
    let events = state.events.clone();
    events.push(AppEvent::ImportProgress { done: 0, total: 0 });
    let progress = move |p: import::Progress| {
        events.push(AppEvent::ImportProgress {
            done: p.done,
            total: p.total,
        });
    };
    let mut report = import::run(store, req, dry_run, progress)
        .await
        .map_err(|e| e.payload())?;
    report.word(Lang::parse(language).unwrap_or(Lang::EN));
    Ok(report)
}

#[tauri::command]
pub async fn import_preview(
    state: State<'_, AppState>,
    request: Json<import::ImportRequest>,
    language: String,
) -> Reply<import::ImportReport> {
    run_import(state, request, true, &language).await
}

#[tauri::command]
pub async fn import_apply(
    state: State<'_, AppState>,
    request: Json<import::ImportRequest>,
    language: String,
) -> Reply<import::ImportReport> {
    run_import(state, request, false, &language).await
}

#[tauri::command(async)]
pub fn list_sources(state: State<'_, AppState>) -> Reply<Vec<sources::Source>> {
    read(&state, |c| sources::list(c))
}

#[tauri::command(async)]
pub fn source_runs(state: State<'_, AppState>, id: i64) -> Reply<Vec<sources::Run>> {
    read(&state, |c| sources::runs(c, id, 20))
}

#[tauri::command(async)]
pub fn set_source_refresh(state: State<'_, AppState>, id: i64, minutes: Option<u32>) -> Reply<()> {
    write(&state, |tx| sources::set_refresh(tx, id, minutes))
}

#[tauri::command(async)]
pub fn delete_source(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| sources::delete(tx, id))
}

#[tauri::command]
pub async fn refresh_source(
    state: State<'_, AppState>,
    id: i64,
    language: String,
) -> Reply<import::ImportReport> {
    let store = state.store()?;
    let source = sources::get(&store.conn(), id).map_err(|e| e.payload())?;
    let mut report = sources::refresh(store, &source, &zones::system_default())
        .await
        .map_err(|e| e.payload())?;
    report.word(Lang::parse(&language).unwrap_or(Lang::EN));
    Ok(report)
}
