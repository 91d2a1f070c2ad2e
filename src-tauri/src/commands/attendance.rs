//! Meeting night and its records: members, check-ins, counts, chips, reports, attendance
//! slips and their keys (mirrors the CLI's attendance.rs).

use chrono::NaiveDate;
use homegroup_core::{
    night::{attendance, chips, members, slips},
    program::exceptions,
    program::groups,
    program::occurrences,
};
use tauri::{AppHandle, State};

use crate::documents;
use crate::state::AppState;

use super::{read, today, write, Json, Reply};

#[tauri::command(async)]
pub fn list_members(
    state: State<'_, AppState>,
    group_id: Option<i64>,
) -> Reply<Vec<members::Member>> {
    read(&state, |c| members::list(c, group_id))
}

/// One page of the Members table, found and counted by the core.
#[tauri::command(async)]
pub fn search_members(
    state: State<'_, AppState>,
    query: Json<members::MemberQuery>,
) -> Reply<members::MemberPage> {
    let query = query.0;
    read(&state, |c| members::page(c, &query))
}

#[tauri::command(async)]
pub fn create_member(
    state: State<'_, AppState>,
    input: Json<members::MemberInput>,
) -> Reply<members::Member> {
    let input = input.0;
    write(&state, |tx| members::create(tx, &input, today()))
}

#[tauri::command(async)]
pub fn update_member(
    state: State<'_, AppState>,
    id: i64,
    input: Json<members::MemberInput>,
) -> Reply<members::Member> {
    let input = input.0;
    write(&state, |tx| members::update(tx, id, &input, today()))
}

#[tauri::command(async)]
pub fn record_relapse(
    state: State<'_, AppState>,
    id: i64,
    clean_date: NaiveDate,
) -> Reply<members::Member> {
    write(&state, |tx| members::relapse(tx, id, clean_date, today()))
}

#[tauri::command(async)]
pub fn forget_member(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| members::forget(tx, id))
}

/// Tonight's meetings for meeting night's picker, nearest first.
#[tauri::command(async)]
pub fn tonight_meetings(state: State<'_, AppState>) -> Reply<attendance::Tonight> {
    read(&state, |c| {
        attendance::tonight(c, homegroup_core::clock::now(), 30)
    })
}

#[tauri::command(async)]
pub fn nearest_occurrence(state: State<'_, AppState>) -> Reply<Option<occurrences::Occurrence>> {
    read(&state, |c| {
        attendance::nearest(c, homegroup_core::clock::now())
    })
}

#[tauri::command(async)]
pub fn meeting_night(
    state: State<'_, AppState>,
    meeting_id: i64,
    occurrence: String,
) -> Reply<attendance::Night> {
    read(&state, |c| {
        attendance::night(c, meeting_id, &occurrence, today())
    })
}

/// The nicknames meeting night's type-ahead offers: the group's members and those of
/// no group. Read when the night opens and after a newcomer joins, not on every
/// check-in.
#[tauri::command(async)]
pub fn member_names(
    state: State<'_, AppState>,
    group_id: Option<i64>,
) -> Reply<Vec<members::Name>> {
    read(&state, |c| members::names(c, group_id))
}

#[tauri::command(async)]
pub fn check_in(
    state: State<'_, AppState>,
    meeting_id: i64,
    occurrence: String,
    member_id: i64,
) -> Reply<attendance::Night> {
    write(&state, |tx| {
        attendance::check_in(tx, meeting_id, &occurrence, member_id, today())?;
        attendance::night(tx, meeting_id, &occurrence, today())
    })
}

#[tauri::command(async)]
pub fn undo_check_in(
    state: State<'_, AppState>,
    meeting_id: i64,
    occurrence: String,
    member_id: i64,
) -> Reply<attendance::Night> {
    write(&state, |tx| {
        attendance::undo_check_in(tx, meeting_id, &occurrence, member_id)?;
        attendance::night(tx, meeting_id, &occurrence, today())
    })
}

#[tauri::command(async)]
pub fn add_newcomer(
    state: State<'_, AppState>,
    meeting_id: i64,
    occurrence: String,
    nickname: String,
    clean_date: Option<NaiveDate>,
) -> Reply<attendance::Night> {
    write(&state, |tx| {
        attendance::add_newcomer(tx, meeting_id, &occurrence, &nickname, clean_date, today())?;
        attendance::night(tx, meeting_id, &occurrence, today())
    })
}

#[tauri::command(async)]
pub fn set_counts(
    state: State<'_, AppState>,
    meeting_id: i64,
    occurrence: String,
    counts: Json<attendance::CountsInput>,
) -> Reply<attendance::Night> {
    let counts = counts.0;
    write(&state, |tx| {
        attendance::set_counts(tx, meeting_id, &occurrence, &counts, today())?;
        attendance::night(tx, meeting_id, &occurrence, today())
    })
}

#[tauri::command(async)]
pub fn award_chip(
    state: State<'_, AppState>,
    meeting_id: i64,
    occurrence: String,
    member_id: i64,
    milestone_id: i64,
    nth: u32,
) -> Reply<attendance::Night> {
    write(&state, |tx| {
        let on = exceptions::parse_occurrence_key(&occurrence)?.date();
        chips::award(
            tx,
            member_id,
            milestone_id,
            nth,
            Some((meeting_id, &occurrence)),
            on,
        )?;
        attendance::night(tx, meeting_id, &occurrence, today())
    })
}

#[tauri::command(async)]
pub fn undo_award(
    state: State<'_, AppState>,
    meeting_id: i64,
    occurrence: String,
    award_id: i64,
) -> Reply<attendance::Night> {
    write(&state, |tx| {
        chips::unaward(tx, award_id)?;
        attendance::night(tx, meeting_id, &occurrence, today())
    })
}

#[tauri::command(async)]
pub fn attendance_report(
    state: State<'_, AppState>,
    meeting_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Reply<Vec<attendance::ReportRow>> {
    read(&state, |c| {
        attendance::report(c, meeting_id, from, to, today())
    })
}

/// The report as CSV where the person chooses; `None` when they cancel.
#[tauri::command]
pub async fn save_attendance_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    saved: State<'_, documents::Saved>,
    meeting_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Reply<Option<String>> {
    let rows = read(&state, |c| {
        attendance::report(c, meeting_id, from, to, today())
    })?;
    let name = format!("homegroup-attendance-{meeting_id}-{from}-{to}.csv");
    let Some(path) = documents::ask_where(&app, &name, documents::Kind::Csv).await else {
        return Ok(None);
    };
    documents::write(&saved, path, attendance::report_csv(&rows).as_bytes()).map(Some)
}

#[tauri::command(async)]
pub fn attendance_trends(
    state: State<'_, AppState>,
    meeting_id: i64,
    weeks: u32,
) -> Reply<Vec<attendance::WeekPoint>> {
    read(&state, |c| {
        attendance::trends(c, meeting_id, weeks, today())
    })
}

#[tauri::command(async)]
pub fn chip_schemes(state: State<'_, AppState>) -> Reply<Vec<chips::Scheme>> {
    read(&state, |c| chips::in_use(c))
}

#[tauri::command(async)]
pub fn customise_chips(state: State<'_, AppState>, group_id: i64) -> Reply<Vec<chips::Scheme>> {
    write(&state, |tx| chips::customise(tx, group_id))
}

#[tauri::command(async)]
pub fn add_milestone(
    state: State<'_, AppState>,
    scheme_id: i64,
    input: Json<chips::MilestoneInput>,
) -> Reply<chips::Milestone> {
    let input = input.0;
    write(&state, |tx| chips::add_milestone(tx, scheme_id, &input))
}

#[tauri::command(async)]
pub fn remove_milestone(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| chips::remove_milestone(tx, id))
}

#[tauri::command(async)]
pub fn chip_inventory(state: State<'_, AppState>) -> Reply<Vec<chips::Stock>> {
    read(&state, |c| chips::inventory(c, today()))
}

#[tauri::command(async)]
pub fn set_chip_stock(
    state: State<'_, AppState>,
    milestone_id: i64,
    on_hand: i64,
    reorder_at: i64,
) -> Reply<()> {
    write(&state, |tx| {
        chips::set_stock(tx, milestone_id, on_hand, reorder_at)
    })
}

#[tauri::command(async)]
pub fn birthdays(
    state: State<'_, AppState>,
    group_id: Option<i64>,
    year: i32,
    month: u32,
) -> Reply<Vec<chips::Birthday>> {
    read(&state, |c| chips::birthdays(c, group_id, year, month))
}

#[tauri::command(async)]
pub fn member_awards(state: State<'_, AppState>, member_id: i64) -> Reply<Vec<chips::Award>> {
    read(&state, |c| chips::awards(c, None, Some(member_id)))
}

/// Issues a slip and saves it as PDF where the person chooses; nothing is issued when
/// they cancel the dialog.
#[tauri::command]
pub async fn issue_slip(
    app: AppHandle,
    state: State<'_, AppState>,
    saved: State<'_, documents::Saved>,
    group_id: i64,
    member_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    language: String,
) -> Reply<Option<slips::Issued>> {
    let member = read(&state, |c| members::get(c, member_id))?;
    let name = format!("slip-{}-{from}-{to}.pdf", member.nickname);
    let Some(path) = documents::ask_where(&app, &name, documents::Kind::Pdf).await else {
        return Ok(None);
    };
    let slip = write(&state, |tx| {
        slips::issue(tx, group_id, member_id, from, to, today())
    })?;
    let lang =
        homegroup_core::i18n::Lang::parse(&language).unwrap_or(homegroup_core::i18n::Lang::EN);
    let pdf = slips::pdf(&slip, lang).map_err(|e| e.payload())?;
    let path = documents::write(&saved, path, &pdf)?;
    Ok(Some(slips::Issued { slip, path }))
}

#[tauri::command(async)]
pub fn verify_slip(state: State<'_, AppState>, text: String) -> Reply<slips::Slip> {
    read(&state, |c| slips::verify(c, &text))
}

/// The group's public key and instructions, as a text file where the person chooses.
#[tauri::command]
pub async fn export_group_key(
    app: AppHandle,
    state: State<'_, AppState>,
    saved: State<'_, documents::Saved>,
    group_id: i64,
) -> Reply<Option<String>> {
    let (name, text) = write(&state, |tx| {
        let text = slips::export_public(tx, group_id)?;
        let group = groups::get(tx, group_id)?;
        Ok((format!("{}-verification-key.txt", group.name), text))
    })?;
    let Some(path) = documents::ask_where(&app, &name, documents::Kind::Text).await else {
        return Ok(None);
    };
    documents::write(&saved, path, text.as_bytes()).map(Some)
}

#[tauri::command(async)]
pub fn trust_keys(state: State<'_, AppState>, text: String) -> Reply<u32> {
    write(&state, |tx| slips::trust(tx, &text))
}

#[tauri::command(async)]
pub fn revoke_group_key(state: State<'_, AppState>, group_id: i64) -> Reply<()> {
    write(&state, |tx| slips::revoke(tx, group_id))
}
