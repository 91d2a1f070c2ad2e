//! Tauri commands: parse, call the core, map the error. No rules live here.

use homegroup_core::{about::AppInfo, meetings, schedule::zones, venues, ErrorPayload};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tauri::State;

use crate::state::AppState;

type Reply<T> = Result<T, ErrorPayload>;

/// Arguments arrive as JSON; a shape error becomes a typed error like any other.
fn parse<T: DeserializeOwned>(value: Value) -> Reply<T> {
    serde_json::from_value(value).map_err(|e| ErrorPayload {
        code: "input.malformed".into(),
        message: format!("the form sent something Homegroup cannot read: {e}"),
        field: None,
    })
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo::new(state.db_path.as_deref(), state.open_error())
}

#[tauri::command]
pub fn list_meetings(state: State<'_, AppState>) -> Reply<Vec<meetings::Meeting>> {
    let store = state.store()?;
    let list = meetings::list(&store.conn()).map_err(|e| e.payload())?;
    Ok(list)
}

#[tauri::command]
pub fn get_meeting(state: State<'_, AppState>, id: i64) -> Reply<meetings::Meeting> {
    let store = state.store()?;
    let meeting = meetings::get(&store.conn(), id).map_err(|e| e.payload())?;
    Ok(meeting)
}

#[tauri::command]
pub fn create_meeting(state: State<'_, AppState>, input: Value) -> Reply<meetings::Meeting> {
    let input: meetings::MeetingInput = parse(input)?;
    state
        .store()?
        .write(|tx| meetings::create(tx, &input))
        .map_err(|e| e.payload())
}

#[tauri::command]
pub fn update_meeting(
    state: State<'_, AppState>,
    id: i64,
    input: Value,
) -> Reply<meetings::Meeting> {
    let input: meetings::MeetingInput = parse(input)?;
    state
        .store()?
        .write(|tx| meetings::update(tx, id, &input))
        .map_err(|e| e.payload())
}

#[tauri::command]
pub fn delete_meeting(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state
        .store()?
        .write(|tx| meetings::delete(tx, id))
        .map_err(|e| e.payload())
}

#[tauri::command]
pub fn list_venues(state: State<'_, AppState>) -> Reply<Vec<venues::Venue>> {
    let store = state.store()?;
    let list = venues::list(&store.conn()).map_err(|e| e.payload())?;
    Ok(list)
}

#[tauri::command]
pub fn list_timezones() -> Vec<&'static str> {
    zones::all()
}
