//! The desktop shell: window, state and thin commands over homegroup-core.

mod commands;
mod documents;
mod memory;
mod state;
mod webview;

use state::AppState;

pub fn run() {
    // Before anything starts a thread: it sets the environment WebKit passes on.
    webview::engine_options();
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
        .on_page_load(webview::show_when_loaded)
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
            // The program's schedules are read while the window draws its first screen.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn_blocking(move || {
                use tauri::Manager;
                if let Ok(store) = handle.state::<AppState>().store() {
                    if let Err(e) = store.read(homegroup_core::program::occurrences::prepare) {
                        tracing::warn!(code = e.code(), "schedules were not prepared ahead");
                    }
                }
            });
            // Imported lists refresh on their own schedule while the app is open.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(state::refresh_sources_forever(handle));
            tauri::async_runtime::spawn(state::backup_daily(app.handle().clone()));
            tauri::async_runtime::spawn(state::publish_when_changed(app.handle().clone()));
            tauri::async_runtime::spawn(state::share_when_changed(app.handle().clone()));
            Ok(())
        })
        // Every #[tauri::command] in commands/, listed by build.rs from the functions.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
        .run(tauri::generate_context!())
        .expect("the Homegroup window could not start");
}

#[cfg(test)]
mod tests {
    /// The window's TypeScript of the commands (ui/src/lib/api.ts) is the one build.rs wrote from them.
    #[test]
    fn api_ts_is_current() {
        let generated = include_str!(concat!(env!("OUT_DIR"), "/api.ts"));
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/ui/src/lib/api.ts");
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(path, generated).unwrap();
        }
        let checked_in = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            checked_in == generated,
            "ui/src/lib/api.ts is not what build.rs made from the commands; run UPDATE_BINDINGS=1 cargo test -p homegroup-desktop"
        );
    }
}
