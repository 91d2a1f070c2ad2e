//! Tauri commands: parse, call the core, map the error. No rules live here.

use chrono::NaiveDate;
use homegroup_core::{
    about::AppInfo,
    feeds, houses, import,
    import::sources,
    night::{attendance, chips, members, slips},
    program::calendar,
    program::conference,
    program::exceptions,
    program::fellowship::Fellowship,
    program::formats,
    program::groups,
    program::meetings,
    program::occurrences,
    program::roster,
    program::venues,
    publish,
    schedule::zones,
    settings, share, ErrorPayload,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tauri::{AppHandle, Emitter, State};

use crate::documents;
use crate::state::AppState;

type Reply<T> = Result<T, ErrorPayload>;

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
            code: "input.invalid_value".into(),
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
            code: "input.invalid_value".into(),
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
    FIRST.call_once(|| tracing::info!("first screen: the window asked for app info"));
    AppInfo::new(state.db_path.as_deref(), state.open_error())
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

/// The base address subscribers use, from the running server.
async fn feed_base(state: &AppState) -> (Option<String>, bool) {
    match &*state.feed_server.lock().await {
        Some((h, lan)) => (Some(feeds::server::base_url(h.addr, *lan)), *lan),
        None => (None, false),
    }
}

#[tauri::command]
pub async fn feeds_overview(state: State<'_, AppState>) -> Reply<feeds::Overview> {
    let (base, lan) = feed_base(&state).await;
    write(&state, |tx| feeds::overview(tx, base.as_deref(), lan))
}

#[tauri::command]
pub async fn set_feed_sharing(state: State<'_, AppState>, lan: bool) -> Reply<feeds::Overview> {
    write(&state, |tx| {
        settings::set(tx, settings::FEEDS_LAN, if lan { "1" } else { "0" })
    })?;
    state.restart_feed_server().await;
    if let Some(e) = state
        .feed_server_error
        .lock()
        .expect("not poisoned")
        .clone()
    {
        return Err(e);
    }
    feeds_overview(state).await
}

#[tauri::command(async)]
pub fn create_feed(
    state: State<'_, AppState>,
    input: Json<feeds::FeedInput>,
) -> Reply<feeds::Feed> {
    let input = input.0;
    write(&state, |tx| feeds::create(tx, &input))
}

#[tauri::command(async)]
pub fn delete_feed(state: State<'_, AppState>, id: i64) -> Reply<()> {
    write(&state, |tx| feeds::delete(tx, id))
}

/// The wall flyer as PDF, where the person chooses; `None` when they cancel.
#[tauri::command]
pub async fn save_flyer(
    app: AppHandle,
    state: State<'_, AppState>,
    saved: State<'_, documents::Saved>,
    feed_id: i64,
    language: String,
) -> Reply<Option<String>> {
    let lang = if language == "es" {
        feeds::flyer::Language::Es
    } else {
        feeds::flyer::Language::En
    };
    let (base, lan) = feed_base(&state).await;
    let today = feeds::flyer::today(homegroup_core::clock::now());
    let (name, bytes) = read(&state, |c| {
        let feed = feeds::get(c, feed_id)?;
        let (url, reach) = feeds::flyer::address(c, &feed, base.as_deref(), lan)?;
        let bytes = feeds::flyer::flyer(c, &feed, (&url, reach), today, lang)?;
        Ok((format!("Homegroup flyer - {}.pdf", feed.name), bytes))
    })?;
    let Some(path) = documents::ask_where(&app, &name, documents::Kind::Pdf).await else {
        return Ok(None);
    };
    documents::write(&saved, path, &bytes).map(Some)
}

/// Opens a document saved from this window in its usual program.
#[tauri::command]
pub fn open_document(
    app: AppHandle,
    saved: State<'_, documents::Saved>,
    path: String,
) -> Reply<()> {
    documents::open(&app, &saved, &path)
}

/// The system's Open dialog for a meeting list; its path, or `None` when cancelled.
#[tauri::command]
pub async fn pick_import_file(app: AppHandle) -> Reply<Option<String>> {
    Ok(documents::ask_import_file(&app)
        .await
        .map(|p| p.display().to_string()))
}

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
    let input = input.0;
    let link = off_the_runtime(|| share::link(&store, &input)).map_err(|e| e.payload())?;
    share::sync(&store, link.id, &share::Options::default())
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

/// An import from the window: a file path (chosen in the Open dialog) or an address,
/// read by the core; progress goes to the window as events.
async fn run_import(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Json<import::ImportRequest>,
    dry_run: bool,
) -> Reply<import::ImportReport> {
    let req = request.0;
    let store = state.store()?;
    let _ = app.emit("import-progress", import::Progress { done: 0, total: 0 });
    let progress = move |p: import::Progress| {
        let _ = app.emit("import-progress", p);
    };
    import::run(store, req, dry_run, progress)
        .await
        .map_err(|e| e.payload())
}

#[tauri::command]
pub async fn import_preview(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Json<import::ImportRequest>,
) -> Reply<import::ImportReport> {
    run_import(app, state, request, true).await
}

#[tauri::command]
pub async fn import_apply(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Json<import::ImportRequest>,
) -> Reply<import::ImportReport> {
    run_import(app, state, request, false).await
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
pub async fn refresh_source(state: State<'_, AppState>, id: i64) -> Reply<import::ImportReport> {
    let store = state.store()?;
    let source = sources::get(&store.conn(), id).map_err(|e| e.payload())?;
    sources::refresh(store, &source, &zones::system_default())
        .await
        .map_err(|e| e.payload())
}

fn today() -> NaiveDate {
    homegroup_core::clock::today()
}

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
pub fn tonight_meetings(state: State<'_, AppState>) -> Reply<Vec<occurrences::Occurrence>> {
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
    kind: String,
) -> Reply<Option<String>> {
    let (name, bytes, kind) = read(&state, |conn| {
        let house = houses::get(conn, house_id)?;
        let lines = houses::report(conn, house_id, from, to)?;
        let name = format!("{}-attendance-{from}-{to}", house.name);
        Ok(match kind.as_str() {
            "csv" => (
                format!("{name}.csv"),
                houses::report_csv(&lines).into_bytes(),
                documents::Kind::Csv,
            ),
            _ => (
                format!("{name}.pdf"),
                houses::report_pdf(&house, from, to, &lines)?,
                documents::Kind::Pdf,
            ),
        })
    })?;
    let Some(path) = documents::ask_where(&app, &name, kind).await else {
        return Ok(None);
    };
    documents::write(&saved, path, &bytes).map(Some)
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
) -> Reply<Option<slips::Issued>> {
    let member = read(&state, |c| members::get(c, member_id))?;
    let name = format!("slip-{}-{from}-{to}.pdf", member.nickname);
    let Some(path) = documents::ask_where(&app, &name, documents::Kind::Pdf).await else {
        return Ok(None);
    };
    let slip = write(&state, |tx| {
        slips::issue(tx, group_id, member_id, from, to, today())
    })?;
    let pdf = slips::pdf(&slip).map_err(|e| e.payload())?;
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

#[tauri::command]
pub async fn unlock_database(state: State<'_, AppState>, passphrase: String) -> Reply<AppInfo> {
    state.unlock(&passphrase)?;
    state.restart_feed_server().await;
    Ok(AppInfo::new(state.db_path.as_deref(), state.open_error()))
}

/// Sets, changes or removes the passphrase; when the database is encrypted the current
/// passphrase must be given again.
#[tauri::command(async)]
pub fn set_passphrase(
    state: State<'_, AppState>,
    current: Option<String>,
    new: Option<String>,
    old_backups: Json<Option<homegroup_core::store::OldBackups>>,
) -> Reply<bool> {
    let old_backups = old_backups.0;
    let store = state.store()?;
    if store.encrypted() {
        let path = store.path().to_owned();
        let given = current.unwrap_or_default();
        // Checked on a second connection: the open store is not disturbed.
        homegroup_core::Store::check_passphrase(&path, &given).map_err(|e| e.payload())?;
    }
    let new = new.filter(|p| !p.is_empty());
    off_the_runtime(|| homegroup_core::logins::set_passphrase(&store, new.as_deref(), old_backups))
        .map_err(|e| e.payload())?;
    Ok(store.encrypted())
}

#[tauri::command]
pub async fn backup_now(
    state: State<'_, AppState>,
) -> Reply<homegroup_core::store::backup::BackupFile> {
    let store = state.store()?;
    tokio::task::spawn_blocking(move || store.backup_now())
        .await
        .map_err(|_| {
            homegroup_core::Error::invalid(
                homegroup_core::Code::BackupInterrupted,
                "file",
                "the backup stopped unexpectedly",
            )
            .payload()
        })?
        .map_err(|e| e.payload())
}

#[tauri::command(async)]
pub fn list_backups(
    state: State<'_, AppState>,
) -> Reply<Vec<homegroup_core::store::backup::BackupFile>> {
    let store = state.store()?;
    homegroup_core::store::backup::list(&homegroup_core::store::backup::dir_for(store.path()))
        .map_err(|e| e.payload())
}

#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, path: String) -> Reply<()> {
    let store = state.store()?;
    tokio::task::spawn_blocking(move || store.restore_from(std::path::Path::new(&path), None))
        .await
        .map_err(|_| {
            homegroup_core::Error::invalid(
                homegroup_core::Code::BackupInterrupted,
                "file",
                "the restore stopped unexpectedly",
            )
            .payload()
        })?
        .map_err(|e| e.payload())
}
