//! What the app process gives back to the system once its start has settled.

/// Hands the C heap's free pages back to the system a few seconds after the first
/// screen was asked for, and once more a little later. A start leaves megabytes freed
/// but kept by glibc's malloc, which SQLite, GTK and the web view's process side
/// allocate from (the Rust side runs on mimalloc, which returns its own): in the idle
/// app, `malloc_trim` took 2.1 MB off the app process's PSS (called through gdb,
/// session 47). The same call in WebKit's web process freed nothing (WebKit allocates
/// with its own allocator there), so it is not asked for.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn trim_after_start() {
    let spawned = std::thread::Builder::new()
        .name("heap-trim".into())
        .spawn(|| {
            // The first screen's data and the Calendar drawn out of sight at idle
            // (ui/src/App.svelte) are done within the first; a slow disk's, by the second.
            for wait in [3, 12] {
                std::thread::sleep(std::time::Duration::from_secs(wait));
                // SAFETY: malloc_trim takes each arena's lock and only gives back pages
                // no allocation holds; it may be called from any thread at any time.
                unsafe { libc::malloc_trim(0) };
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "memory.trim_not_started");
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn trim_after_start() {}
