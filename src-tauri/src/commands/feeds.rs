//! Feeds: the subscription overview, sharing on the local network, feed filters and the
//! wall flyer (mirrors the CLI's feeds.rs).

use homegroup_core::{feeds, settings};
use tauri::{AppHandle, State};

use crate::documents;
use crate::state::AppState;

use super::{read, write, Json, Reply};

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
    let lang =
        homegroup_core::i18n::Lang::parse(&language).unwrap_or(homegroup_core::i18n::Lang::EN);
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
