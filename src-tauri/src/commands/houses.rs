//! Sober-living houses: rules, residents, outside meetings and the house report.

use chrono::NaiveDate;
use homegroup_core::houses;
use tauri::{AppHandle, State};

use crate::documents;
use crate::state::AppState;

use super::{read, today, write, Json, Reply};

#[tauri::command(async)]
pub fn list_houses(state: State<'_, AppState>) -> Reply<Vec<houses::House>> {
    read(&state, |c| houses::list(c))
}

#[tauri::command(async)]
pub fn create_house(
    state: State<'_, AppState>,
    name: String,
    notes: String,
) -> Reply<houses::House> {
    write(&state, |tx| houses::create(tx, &name, &notes))
}

#[tauri::command(async)]
pub fn delete_house(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| houses::delete(tx, id))
}

#[tauri::command(async)]
pub fn add_house_rule(
    state: State<'_, AppState>,
    house_id: i64,
    rule: Json<houses::RuleInput>,
) -> Reply<houses::Rule> {
    let rule = rule.0;
    write(&state, |tx| houses::add_rule(tx, house_id, &rule))
}

#[tauri::command(async)]
pub fn remove_house_rule(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| houses::remove_rule(tx, id))
}

#[tauri::command(async)]
pub fn add_resident(
    state: State<'_, AppState>,
    house_id: i64,
    input: Json<houses::ResidentInput>,
) -> Reply<houses::Resident> {
    let input = input.0;
    write(&state, |tx| {
        houses::add_resident(tx, house_id, &input, today())
    })
}

#[tauri::command(async)]
pub fn update_resident(
    state: State<'_, AppState>,
    id: i64,
    input: Json<houses::ResidentInput>,
) -> Reply<houses::Resident> {
    let input = input.0;
    write(&state, |tx| {
        houses::update_resident(tx, id, &input, today())
    })
}

#[tauri::command(async)]
pub fn remove_resident(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| houses::remove_resident(tx, id))
}

#[tauri::command(async)]
pub fn house_dashboard(
    state: State<'_, AppState>,
    house_id: i64,
) -> Reply<Vec<houses::ResidentStatus>> {
    read(&state, |c| houses::dashboard(c, house_id, today()))
}

#[tauri::command(async)]
pub fn log_outside(
    state: State<'_, AppState>,
    input: Json<houses::OutsideInput>,
) -> Reply<houses::Outside> {
    let input = input.0;
    write(&state, |tx| houses::log_outside(tx, &input, today()))
}

/// The house report for `from..=to` as "csv" or "pdf", where the person chooses.
#[tauri::command]
pub async fn save_house_report(
    app: AppHandle,
    state: State<'_, AppState>,
    saved: State<'_, documents::Saved>,
    house_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    kind: Json<houses::ReportFormat>,
    language: String,
) -> Reply<Option<String>> {
    let lang =
        homegroup_core::i18n::Lang::parse(&language).unwrap_or(homegroup_core::i18n::Lang::EN);
    let (name, bytes, kind) = read(&state, |conn| {
        let house = houses::get(conn, house_id)?;
        let lines = houses::report(conn, house_id, from, to)?;
        let name = format!("{}-attendance-{from}-{to}", house.name);
        Ok(match kind.0 {
            houses::ReportFormat::Csv => (
                format!("{name}.csv"),
                houses::report_csv(&lines).into_bytes(),
                documents::Kind::Csv,
            ),
            houses::ReportFormat::Pdf => (
                format!("{name}.pdf"),
                houses::report_pdf(&house, from, to, &lines, lang)?,
                documents::Kind::Pdf,
            ),
        })
    })?;
    let Some(path) = documents::ask_where(&app, &name, kind).await else {
        return Ok(None);
    };
    documents::write(&saved, path, &bytes).map(Some)
}
