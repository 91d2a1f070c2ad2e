//! Tauri commands: parse, call the core, map the error. No rules live here. One file
//! per feature, as the CLI has; build.rs reads this folder for the handler list, the
//! permissions and the window's TypeScript.

pub mod attendance;
pub mod backups;
pub mod feeds;
pub mod houses;
pub mod import;
pub mod print;
pub mod program;
pub mod publish;
pub mod share;

use chrono::NaiveDate;
use homegroup_core::{about::AppInfo, Code, ErrorPayload};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tauri::State;

use crate::state::AppState;

pub(crate) type Reply<T> = Result<T, ErrorPayload>;

// Commands that touch the database are `#[tauri::command(async)]`: Tauri runs them off
// the main thread, so the window keeps painting and answering while a region's 35,000
// meetings are read. The work itself is marked as blocking (`off_the_runtime`), so the
// async workers the feed server shares are handed on meanwhile.

/// Runs `f` as blocking work: on a multi-threaded runtime its worker hands its other
/// tasks on first (tokio's block_in_place); anywhere else it simply runs.
fn off_the_runtime<T>(f: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(f),
        _ => f(),
    }
}

/// Runs `f` in one transaction on the open store; errors go to the window typed.
fn write<T>(
    state: &State<'_, AppState>,
    f: impl FnOnce(&homegroup_core::store::Transaction<'_>) -> homegroup_core::Result<T>,
) -> Reply<T> {
    let store = state.store()?;
    off_the_runtime(|| store.write(f)).map_err(|e| e.payload())
}

/// Reads through the open store's connection.
fn read<T>(
    state: &State<'_, AppState>,
    f: impl FnOnce(&homegroup_core::store::StoreConnection) -> homegroup_core::Result<T>,
) -> Reply<T> {
    let store = state.store()?;
    // A connection of its own: a slow read does not hold up a quick one.
    off_the_runtime(|| store.read(f)).map_err(|e| e.payload())
}

/// A command's argument read from the window's JSON. Every structured input comes in
/// this way: a value of the wrong kind (a negative length, text where a number goes)
/// becomes a typed error placed by its field, never serde's own words, which is what
/// Tauri would answer for a plain argument. (build.rs writes it in TypeScript as `T`.)
pub struct Json<T>(pub T);

impl<'de, T: DeserializeOwned, R: tauri::Runtime> tauri::ipc::CommandArg<'de, R> for Json<T> {
    fn from_command(
        command: tauri::ipc::CommandItem<'de, R>,
    ) -> Result<Self, tauri::ipc::InvokeError> {
        use serde::Deserialize;
        let key = command.key;
        let value = Value::deserialize(command).map_err(|_| ErrorPayload {
            code: Code::InputInvalidValue,
            message: format!("the window did not send {key}"),
            field: Some(key.into()),
        })?;
        parse(value).map(Json).map_err(Into::into)
    }
}

fn parse<T: DeserializeOwned>(value: Value) -> Reply<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let field = e.path().iter().rev().find_map(|segment| match segment {
            serde_path_to_error::Segment::Map { key } => Some(key.clone()),
            _ => None,
        });
        tracing::debug!(path = %e.path(), "a command's argument did not read");
        ErrorPayload {
            code: Code::InputInvalidValue,
            message: "this value is not one Homegroup can use here; check it and try again".into(),
            field,
        }
    })
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    // The front end's first call: the moment the first screen is on its way (measured
    // by scripts/bench/app_start.py with HOMEGROUP_LOG=info).
    static FIRST: std::sync::Once = std::sync::Once::new();
    FIRST.call_once(|| {
        tracing::info!("first screen: the window asked for app info");
        crate::memory::trim_after_start();
    });
    AppInfo::new(state.db_path.as_deref(), state.open_error())
}

/// The events after `after` (see `homegroup_core::events`), waiting up to 25 s for
/// one: the window asks again as each answer comes, so it hears of a change as it
/// happens without Tauri's event listeners.
#[tauri::command]
pub async fn next_events(
    state: State<'_, AppState>,
    after: Option<u64>,
) -> Reply<homegroup_core::events::EventsSince> {
    Ok(state
        .events
        .next(after, std::time::Duration::from_secs(25))
        .await)
}

fn today() -> NaiveDate {
    homegroup_core::clock::today()
}
