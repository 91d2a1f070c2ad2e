//! The printed meeting list, previewed and saved, and the local resources every list
//! and flyer carries (mirrors the CLI's print.rs).

use homegroup_core::i18n::Lang;
use homegroup_core::print::{self, ListOptions, ListPreview};
use homegroup_core::program::resources::{self, Resource, ResourceInput};
use tauri::{AppHandle, State};

use crate::documents;
use crate::state::AppState;

use super::{read, write, Json, Reply};

fn today() -> chrono::NaiveDate {
    homegroup_core::feeds::flyer::today(homegroup_core::clock::now())
}

/// The list's first side of paper, as the dialog shows it before saving.
#[tauri::command(async)]
pub fn preview_meeting_list(
    state: State<'_, AppState>,
    options: Json<ListOptions>,
    language: String,
) -> Reply<ListPreview> {
    let lang = Lang::parse(&language).unwrap_or(Lang::EN);
    let options = options.0;
    let printed = write(&state, |tx| {
        print::meeting_list(tx, &options, lang, today(), true)
    })?;
    Ok(printed.preview().expect("asked for a preview"))
}

/// The meeting list as PDF, where the person chooses; `None` when they cancel.
#[tauri::command]
pub async fn save_meeting_list(
    app: AppHandle,
    state: State<'_, AppState>,
    saved: State<'_, documents::Saved>,
    options: Json<ListOptions>,
    language: String,
) -> Reply<Option<String>> {
    let lang = Lang::parse(&language).unwrap_or(Lang::EN);
    let options = options.0;
    let printed = write(&state, |tx| {
        print::meeting_list(tx, &options, lang, today(), false)
    })?;
    let name = homegroup_core::i18n::message(lang, "print-file_name", &[]);
    let Some(path) = documents::ask_where(&app, &format!("{name}.pdf"), documents::Kind::Pdf).await
    else {
        return Ok(None);
    };
    documents::write(&saved, path, &printed.pdf).map(Some)
}

#[tauri::command(async)]
pub fn list_resources(state: State<'_, AppState>) -> Reply<Vec<Resource>> {
    read(&state, resources::list)
}

/// Adds a resource (no `id`) or changes one; the list as it now prints.
#[tauri::command(async)]
pub fn save_resource(
    state: State<'_, AppState>,
    id: Option<i64>,
    input: Json<ResourceInput>,
) -> Reply<Vec<Resource>> {
    let input = input.0;
    write(&state, |tx| {
        match id {
            Some(id) => resources::update(tx, id, &input)?,
            None => resources::create(tx, &input)?,
        };
        resources::list(tx)
    })
}

#[tauri::command(async)]
pub fn delete_resource(state: State<'_, AppState>, id: i64) -> Reply<Vec<Resource>> {
    write(&state, |tx| {
        resources::delete(tx, id)?;
        resources::list(tx)
    })
}

#[tauri::command(async)]
pub fn move_resource(state: State<'_, AppState>, id: i64, up: bool) -> Reply<Vec<Resource>> {
    write(&state, |tx| resources::reorder(tx, id, up))
}
