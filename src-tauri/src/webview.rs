//! The web view set up for a small local app rather than for browsing: every WebKit
//! default below trades memory for speed on sites the app never visits.

/// JavaScriptCore's optimizing compiler (DFG) held back for code that stays hot.
///
/// WebKit starts its web process with the app's environment, and JavaScriptCore reads
/// its options from `JSC_<name>` there; so this runs first thing, before any thread
/// exists to read the environment beside it. By default the DFG compiles a function
/// after about a thousand units of work, which the window's start reaches for dozens of
/// the framework's functions it then never runs hot again: the idle window kept 6 MB
/// more (the DFG's code and working memory, and its part of the engine's library) than
/// with the threshold a hundred times higher (10 times: 3 MB less; 30 times: 4 MB less).
/// Code that does run hot (a search typed over a region's list, the calendar drawn again
/// and again) still reaches it, and everything runs in the baseline JIT meanwhile. A
/// value already in the environment (someone measuring) is left as it is.
#[cfg(target_os = "linux")]
pub fn engine_options() {
    const OPTION: &str = "JSC_thresholdForOptimizeAfterWarmUp";
    if std::env::var_os(OPTION).is_none() {
        std::env::set_var(OPTION, "100000");
    }
}

#[cfg(not(target_os = "linux"))]
pub fn engine_options() {}

/// Shows the window once its page has loaded (or failed to: WebKit reports the end of
/// a load either way), so the first thing on screen is the app's first screen rather
/// than an empty window that WebKit then paints over (`"visible": false` in
/// tauri.conf.json). Under X without compositing those early paints also cost memory
/// for as long as the app runs: cairo hands each window image to the X server through
/// a shared pool whose pages stay, and a paint that came while the last was still
/// being copied took a second image's worth (3.8 MB, half of it counted to the app):
/// 7 of 20 launches shown at once held two; none of 36 shown after a load did (24 shown
/// when the first screen asked for its data, 12 from `on_page_load`, this function).
pub fn show_when_loaded<R: tauri::Runtime>(
    view: &tauri::Webview<R>,
    load: &tauri::webview::PageLoadPayload<'_>,
) {
    if load.event() != tauri::webview::PageLoadEvent::Finished {
        return;
    }
    // Shown even when the window says it is visible already: something else may have
    // raised it (a WebDriver resizing the window as the page loads does) without the
    // web view inside it, which then stays hidden at no size; showing is idempotent.
    if let Err(e) = view.window().show() {
        tracing::warn!(error = %e, "webview.show_failed");
    }
}

/// Run once the main window exists.
#[cfg(target_os = "linux")]
pub fn tune(window: &tauri::WebviewWindow) {
    let applied = window.with_webview(|view| {
        use webkit2gtk::{
            CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
        };
        let view = view.inner();
        // One local page, never navigated away from: no memory or page caches for
        // pages to come back to.
        if let Some(context) = view.context() {
            context.set_cache_model(CacheModel::DocumentViewer);
        }
        if let Some(settings) = WebViewExt::settings(&view) {
            settings.set_enable_page_cache(false);
            // Forms, lists and small SVG charts draw fast enough on the CPU; the GPU
            // path costs tens of MB per process and is the usual cause of blank
            // WebKitGTK windows on older drivers.
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            settings.set_enable_webgl(false);
        }
    });
    if let Err(e) = applied {
        tracing::warn!(error = %e, "webview.tune_failed");
    }
}

#[cfg(not(target_os = "linux"))]
pub fn tune(_window: &tauri::WebviewWindow) {}
