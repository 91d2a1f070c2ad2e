//! The web view set up for a small local app rather than for browsing: every WebKit
//! default below trades memory for speed on sites the app never visits.

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
