//! The floor for idle memory: a Tauri window on a blank page and nothing else (no front
//! end, no database, no feed server), with the crates and build settings the app uses.
//! `scripts/bench/app_start.py` measures it beside Homegroup, so the figure for the app
//! can be read as "WebKit's floor plus what Homegroup adds".
//!
//! Given `HOMEGROUP_BLANK_PAGE` (a file), it shows that page instead: the bench gives it
//! the app's first screen saved as HTML with its styles and without its script, to tell
//! what WebKit takes to draw that screen from what the front end's script adds.

fn main() {
    let mut context = tauri::generate_context!("tauri.conf.json");
    // Not the app's window (which would load the front end): one blank page.
    context.config_mut().app.windows.clear();
    tauri::Builder::default()
        // A one-line page of its own, so WebKit starts a web process as for any real
        // page (about:blank is drawn without one).
        .register_uri_scheme_protocol("blank", |_, _| {
            let page = std::env::var_os("HOMEGROUP_BLANK_PAGE")
                .map(|path| std::fs::read(path).expect("HOMEGROUP_BLANK_PAGE is readable"))
                .unwrap_or_else(|| b"<!doctype html><title>blank</title><p>blank</p>".to_vec());
            tauri::http::Response::builder()
                .header("content-type", "text/html")
                .body(page)
                .expect("a valid response")
        })
        .setup(|app| {
            let blank = "blank://localhost/".parse().expect("a valid URL");
            tauri::WebviewWindowBuilder::new(app, "main", tauri::WebviewUrl::External(blank))
                .title("blank")
                .inner_size(1200.0, 800.0)
                .build()?;
            Ok(())
        })
        .run(context)
        .expect("the blank window runs");
}
