// The list of Rust types the window's TypeScript (ui/src/lib/bindings.ts) declares,
// read from the sources: every `pub` struct or enum that derives `TS`, named by the
// module path its file gives it. Nobody keeps that list by hand, so a new type the
// window needs only has to derive `TS`. Written to `OUT_DIR/exported_types.rs` as
// the arguments of bindings.rs's `declare!`.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file is, as path segments under the crate (`program/meetings.rs` →
/// `["program", "meetings"]`, `share/mod.rs` → `["share"]`).
fn module_of(rel: &Path) -> Vec<String> {
    let mut segments: Vec<String> = rel
        .iter()
        .map(|s| s.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if matches!(segments.last().map(String::as_str), Some("mod" | "lib")) {
        segments.pop();
    }
    segments
}

/// Whether the module `segments` is declared `pub mod` by its parent's file.
fn is_public(src: &Path, segments: &[String]) -> bool {
    let (name, parent) = segments.split_last().expect("a module has a name");
    let parent_file = if parent.is_empty() {
        src.join("lib.rs")
    } else {
        let dir = src.join(parent.join("/"));
        if dir.join("mod.rs").exists() {
            dir.join("mod.rs")
        } else {
            dir.with_extension("rs")
        }
    };
    let text = std::fs::read_to_string(parent_file).unwrap_or_default();
    text.lines()
        .any(|l| l.trim() == format!("pub mod {name};") || l.trim() == format!("pub mod {name} {{"))
}

/// The `pub` types after a `#[derive(…, TS, …)]` in `code`.
fn exported(code: &str) -> Vec<String> {
    let mut out = vec![];
    let mut wanted = false;
    for line in code.lines() {
        let line = line.trim();
        if line.starts_with("#[derive(") {
            let inside = line.trim_start_matches("#[derive(").trim_end_matches(")]");
            wanted = inside
                .split(',')
                .any(|d| d.trim().rsplit("::").next() == Some("TS"));
            continue;
        }
        if !wanted || line.starts_with("#[") || line.starts_with("//") {
            continue;
        }
        for kind in ["pub struct ", "pub enum "] {
            if let Some(rest) = line.strip_prefix(kind) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.push(name);
            }
        }
        wanted = false;
    }
    out
}

fn main() {
    let src = PathBuf::from("src");
    println!("cargo:rerun-if-changed=src");
    let mut files = vec![];
    rust_files(&src, &mut files);
    let mut paths = vec![];
    for file in files {
        let rel = file.strip_prefix(&src).expect("under src/");
        if rel.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a source file is readable");
        // A file's tests come last and export nothing.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let module = module_of(rel);
        // A private module's types are reached where its parent re-exports them.
        let mut reachable = vec![];
        for (i, segment) in module.iter().enumerate() {
            if is_public(&src, &module[..=i]) {
                reachable.push(segment.clone());
            }
        }
        for name in exported(code) {
            let mut path = vec!["crate".to_owned()];
            path.extend(reachable.iter().cloned());
            path.push(name);
            paths.push(path.join("::"));
        }
    }
    paths.sort();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let body = format!("declare!(&cfg, {})\n", paths.join(",\n    "));
    std::fs::write(out.join("exported_types.rs"), body).expect("OUT_DIR is writable");
    catalog(&out);
}

/// Every language of the translation catalog, one `locales/<tag>.ftl` file each, English
/// first: a translator adds a language by adding its file, with no list to edit.
fn catalog(out: &Path) {
    let dir = PathBuf::from("../../locales")
        .canonicalize()
        .expect("locales/ is beside src-tauri/");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut tags: Vec<String> = std::fs::read_dir(&dir)
        .expect("locales/ is readable")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".ftl").map(str::to_owned)
        })
        .collect();
    tags.sort_by_key(|t| (t != "en", t.clone()));
    assert_eq!(
        tags.first().map(String::as_str),
        Some("en"),
        "locales/en.ftl is the source language"
    );
    let entries: Vec<String> = tags
        .iter()
        .map(|t| {
            let path = dir.join(format!("{t}.ftl"));
            println!("cargo:rerun-if-changed={}", path.display());
            format!("({t:?}, include_str!({:?}))", path.display().to_string())
        })
        .collect();
    std::fs::write(
        out.join("catalog.rs"),
        format!("&[\n    {}\n]\n", entries.join(",\n    ")),
    )
    .expect("OUT_DIR is writable");
}
