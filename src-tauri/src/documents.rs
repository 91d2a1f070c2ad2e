//! Documents the desktop way: the system's Save dialog decides where a flyer, slip,
//! report or CSV goes (starting in Documents, with a name already filled in), the Open
//! dialog picks a meeting list to import, and a saved file opens in its usual program.
//!
//! The dialogs are asked for here, in the shell, not from the page: the page never
//! names a path to write, and it can open only files this session saved.

use std::path::PathBuf;
use std::sync::Mutex;

use homegroup_core::ErrorPayload;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

/// What is being saved, for the dialog's file-type filter.
#[derive(Clone, Copy)]
pub enum Kind {
    Pdf,
    Csv,
    Text,
}

impl Kind {
    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Kind::Pdf => ("PDF", &["pdf"]),
            Kind::Csv => ("CSV", &["csv"]),
            Kind::Text => ("Text", &["txt"]),
        }
    }
}

/// Files saved in this session: the only ones `open` will open.
#[derive(Default)]
pub struct Saved(Mutex<Vec<PathBuf>>);

/// `name` without characters a file name cannot hold on some system.
fn file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Asks where to save, suggesting `name` in the Documents folder; `None` when the
/// person cancels. Runs the dialog without blocking the window.
pub async fn ask_where(app: &AppHandle, name: &str, kind: Kind) -> Option<PathBuf> {
    let (filter_name, extensions) = kind.filter();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut dialog = app
        .dialog()
        .file()
        .set_file_name(file_name(name))
        .add_filter(filter_name, extensions);
    if let Some(dir) = dirs::document_dir().or_else(dirs::home_dir) {
        dialog = dialog.set_directory(dir);
    }
    dialog.save_file(move |chosen| {
        let _ = tx.send(chosen.and_then(|p| p.into_path().ok()));
    });
    rx.await.ok().flatten()
}

/// Asks for a meeting list to import; `None` when the person cancels.
pub async fn ask_import_file(app: &AppHandle) -> Option<PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut dialog = app
        .dialog()
        .file()
        .add_filter("Meeting lists", &["json", "ics", "csv", "txt"]);
    if let Some(dir) = dirs::download_dir().or_else(dirs::home_dir) {
        dialog = dialog.set_directory(dir);
    }
    dialog.pick_file(move |chosen| {
        let _ = tx.send(chosen.and_then(|p| p.into_path().ok()));
    });
    rx.await.ok().flatten()
}

/// Writes `bytes` where the person chose and remembers the file as openable.
pub fn write(saved: &Saved, path: PathBuf, bytes: &[u8]) -> Result<String, ErrorPayload> {
    std::fs::write(&path, bytes).map_err(|source| {
        homegroup_core::Error::Io {
            path: path.clone(),
            source,
        }
        .payload()
    })?;
    let shown = path.display().to_string();
    saved.0.lock().unwrap_or_else(|p| p.into_inner()).push(path);
    Ok(shown)
}

/// Opens a file saved in this session in the program the system uses for it.
pub fn open(app: &AppHandle, saved: &Saved, path: &str) -> Result<(), ErrorPayload> {
    let known = saved
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .any(|p| p.as_os_str() == path);
    if !known {
        return Err(homegroup_core::Error::invalid(
            homegroup_core::Code::DocumentNotSavedHere,
            "path",
            "only a document saved from this window can be opened from it",
        )
        .payload());
    }
    app.opener().open_path(path, None::<&str>).map_err(|e| {
        tracing::warn!(error = %e, "no program opened the document");
        homegroup_core::Error::invalid(
            homegroup_core::Code::DocumentCannotOpen,
            "path",
            "no program on this computer opened the file; open it from its folder",
        )
        .payload()
    })
}
