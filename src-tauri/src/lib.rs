//! The desktop shell: window, state and thin commands over homegroup-core.

mod commands;
mod documents;
mod state;
mod webview;

use state::AppState;

pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("HOMEGROUP_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();

    let state = AppState::open_default();
    tauri::Builder::default()
        .manage(state)
        .manage(documents::Saved::default())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            use tauri::Manager;
            if let Some(window) = app.get_webview_window("main") {
                webview::tune(&window);
            }
            // Feeds are served while the app is open, so subscribed calendars refresh.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                use tauri::Manager;
                handle.state::<AppState>().restart_feed_server().await;
            });
            // Imported lists refresh on their own schedule while the app is open.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(state::refresh_sources_forever(handle));
            tauri::async_runtime::spawn(state::backup_daily(app.handle().clone()));
            tauri::async_runtime::spawn(state::publish_when_changed(app.handle().clone()));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::search_meetings,
            commands::get_meeting,
            commands::create_meeting,
            commands::update_meeting,
            commands::delete_meeting,
            commands::list_venues,
            commands::list_timezones,
            commands::list_groups,
            commands::create_group,
            commands::list_formats,
            commands::preview_conference,
            commands::calendar_view,
            commands::meeting_dates,
            commands::list_exceptions,
            commands::set_exception,
            commands::clear_exception,
            commands::list_closures,
            commands::add_closure,
            commands::remove_closure,
            commands::set_roster,
            commands::feeds_overview,
            commands::set_feed_sharing,
            commands::create_feed,
            commands::delete_feed,
            commands::save_flyer,
            commands::open_document,
            commands::pick_import_file,
            commands::list_publish_targets,
            commands::add_publish_target,
            commands::remove_publish_target,
            commands::publish_now,
            commands::import_preview,
            commands::import_apply,
            commands::list_sources,
            commands::source_runs,
            commands::set_source_refresh,
            commands::delete_source,
            commands::refresh_source,
            commands::list_members,
            commands::create_member,
            commands::update_member,
            commands::record_relapse,
            commands::forget_member,
            commands::tonight_meetings,
            commands::nearest_occurrence,
            commands::meeting_night,
            commands::check_in,
            commands::undo_check_in,
            commands::add_newcomer,
            commands::set_counts,
            commands::award_chip,
            commands::undo_award,
            commands::attendance_report,
            commands::save_attendance_csv,
            commands::attendance_trends,
            commands::chip_schemes,
            commands::customise_chips,
            commands::add_milestone,
            commands::remove_milestone,
            commands::chip_inventory,
            commands::set_chip_stock,
            commands::birthdays,
            commands::member_awards,
            commands::list_houses,
            commands::create_house,
            commands::delete_house,
            commands::add_house_rule,
            commands::remove_house_rule,
            commands::add_resident,
            commands::update_resident,
            commands::remove_resident,
            commands::house_dashboard,
            commands::log_outside,
            commands::save_house_report,
            commands::issue_slip,
            commands::verify_slip,
            commands::export_group_key,
            commands::trust_keys,
            commands::revoke_group_key,
            commands::unlock_database,
            commands::set_passphrase,
            commands::backup_now,
            commands::list_backups,
            commands::restore_backup,
        ])
        .run(tauri::generate_context!())
        .expect("the Homegroup window could not start");
}

#[cfg(test)]
mod tests {
    /// Every registered command has a permission, and only those do.
    #[test]
    fn command_list_matches_handler() {
        let names: Vec<&str> = include!("command_names.in").to_vec();
        let source = include_str!("lib.rs");
        let handler = source
            .split("generate_handler![")
            .nth(1)
            .unwrap()
            .split(']')
            .next()
            .unwrap();
        let registered: Vec<&str> = handler
            .split(',')
            .map(|s| s.trim().trim_start_matches("commands::"))
            .filter(|s| !s.is_empty())
            .collect();
        assert_eq!(registered, names);
        let caps = include_str!("../capabilities/default.json");
        for n in &names {
            assert!(
                caps.contains(&format!("\"allow-{}\"", n.replace('_', "-"))),
                "capability misses {n}"
            );
        }
    }
}
