//! The program's commands: meetings, venues, groups, formats, the calendar, dates that
//! move or close, and the service roster (mirrors the CLI's program.rs).

use chrono::NaiveDate;
use homegroup_core::{
    program::calendar, program::conference, program::exceptions, program::fellowship::Fellowship,
    program::formats, program::groups, program::meetings, program::occurrences, program::roster,
    program::venues, schedule::zones,
};
use tauri::State;

use crate::state::AppState;

use super::{read, write, Json, Reply};

/// Each schedule in words, in the window's language (the core's one wording).
#[tauri::command]
pub fn schedule_words(
    language: String,
    schedules: Vec<homegroup_core::schedule::Schedule>,
) -> Vec<String> {
    let lang =
        homegroup_core::i18n::Lang::parse(&language).unwrap_or(homegroup_core::i18n::Lang::EN);
    schedules
        .iter()
        .map(|s| homegroup_core::schedule::words::describe(s, lang))
        .collect()
}

/// One page of meetings matching what was typed, with how many match in all.
#[tauri::command(async)]
pub fn search_meetings(
    state: State<'_, AppState>,
    query: Json<homegroup_core::program::search::MeetingQuery>,
) -> Reply<homegroup_core::program::search::MeetingPage> {
    let query = query.0;
    read(&state, |c| homegroup_core::program::search::page(c, &query))
}

#[tauri::command(async)]
pub fn get_meeting(state: State<'_, AppState>, id: i64) -> Reply<meetings::Meeting> {
    read(&state, |c| meetings::get(c, id))
}

#[tauri::command(async)]
pub fn create_meeting(
    state: State<'_, AppState>,
    input: Json<meetings::MeetingInput>,
) -> Reply<meetings::Meeting> {
    let input = input.0;
    write(&state, |tx| meetings::create(tx, &input))
}

#[tauri::command(async)]
pub fn update_meeting(
    state: State<'_, AppState>,
    id: i64,
    input: Json<meetings::MeetingInput>,
) -> Reply<meetings::Meeting> {
    let input = input.0;
    write(&state, |tx| meetings::update(tx, id, &input))
}

#[tauri::command(async)]
pub fn delete_meeting(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| meetings::delete(tx, id))
}

#[tauri::command(async)]
pub fn list_venues(state: State<'_, AppState>) -> Reply<Vec<venues::Venue>> {
    read(&state, |c| venues::list(c))
}

#[tauri::command]
pub fn list_timezones() -> Vec<&'static str> {
    zones::all()
}

#[tauri::command(async)]
pub fn list_groups(state: State<'_, AppState>) -> Reply<Vec<groups::Group>> {
    read(&state, |c| groups::list(c))
}

#[tauri::command(async)]
pub fn create_group(
    state: State<'_, AppState>,
    input: Json<groups::GroupInput>,
) -> Reply<groups::Group> {
    let input = input.0;
    write(&state, |tx| groups::create(tx, &input))
}

/// A group's settings after it was made: name, fellowship, verification, contact.
#[tauri::command(async)]
pub fn update_group(
    state: State<'_, AppState>,
    id: i64,
    input: Json<groups::GroupInput>,
) -> Reply<groups::Group> {
    let input = input.0;
    write(&state, |tx| groups::update(tx, id, &input))
}

#[tauri::command]
pub fn list_formats(fellowship: Json<Fellowship>) -> Reply<Vec<formats::Format>> {
    let fellowship = fellowship.0;
    Ok(formats::for_fellowship(fellowship).to_vec())
}

#[tauri::command]
pub fn preview_conference(
    url: String,
    dial_in: String,
    meeting_id: String,
    passcode: String,
) -> conference::ConferencePreview {
    conference::preview(&url, &dial_in, &meeting_id, &passcode)
}

#[tauri::command(async)]
pub fn calendar_view(
    state: State<'_, AppState>,
    query: Json<calendar::CalendarQuery>,
) -> Reply<calendar::CalendarView> {
    let query = query.0;
    read(&state, |c| {
        calendar::view(c, &query, homegroup_core::clock::now())
    })
}

#[tauri::command(async)]
pub fn meeting_dates(
    state: State<'_, AppState>,
    meeting_id: i64,
    from: Json<NaiveDate>,
    to: Json<NaiveDate>,
) -> Reply<Vec<String>> {
    let (from, to) = (from.0, to.0);
    read(&state, |c| occurrences::dates_of(c, meeting_id, from, to))
}

#[tauri::command(async)]
pub fn list_exceptions(
    state: State<'_, AppState>,
    meeting_id: i64,
) -> Reply<Vec<exceptions::Exception>> {
    read(&state, |c| exceptions::list(c, meeting_id))
}

#[tauri::command(async)]
pub fn set_exception(
    state: State<'_, AppState>,
    meeting_id: i64,
    exception: Json<exceptions::Exception>,
) -> Reply<()> {
    let exception = exception.0;
    write(&state, |tx| exceptions::set(tx, meeting_id, &exception))
}

#[tauri::command(async)]
pub fn clear_exception(
    state: State<'_, AppState>,
    meeting_id: i64,
    occurrence: String,
) -> Reply<()> {
    write(&state, |tx| exceptions::clear(tx, meeting_id, &occurrence))
}

#[tauri::command(async)]
pub fn list_closures(
    state: State<'_, AppState>,
    meeting_id: i64,
) -> Reply<Vec<exceptions::Closure>> {
    read(&state, |c| exceptions::closures(c, meeting_id))
}

#[tauri::command(async)]
pub fn add_closure(
    state: State<'_, AppState>,
    meeting_id: i64,
    from: Json<NaiveDate>,
    to: Json<NaiveDate>,
    reason: String,
) -> Reply<exceptions::Closure> {
    let (from, to) = (from.0, to.0);
    write(&state, |tx| {
        exceptions::add_closure(tx, meeting_id, from, to, &reason)
    })
}

#[tauri::command(async)]
pub fn remove_closure(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| exceptions::remove_closure(tx, id))
}

#[tauri::command(async)]
pub fn set_roster(
    state: State<'_, AppState>,
    meeting_id: i64,
    occurrence: String,
    role: Json<roster::Role>,
    person: String,
) -> Reply<()> {
    let role = role.0;
    write(&state, |tx| {
        roster::set(tx, meeting_id, &occurrence, role, &person)
    })
}
