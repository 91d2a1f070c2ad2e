//! The core's modules import each other in one direction only (ARCHITECTURE.md says so,
//! and a newcomer reads the house by it): this fails when any two of its top-level
//! modules reach each other, directly or through others, naming the circle, and when
//! one of the floors at the bottom imports anything above it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Folders that group modules a newcomer reads one by one: inside them each file is a
/// unit of its own (`program::meetings`), so a circle between two of them still shows.
const FOLDERS: &[&str] = &["program", "night", "export"];

/// The unit a path of the crate belongs to: its first segment, or its first two inside
/// one of the `FOLDERS`.
fn unit(path: &[String]) -> Option<String> {
    let first = path.first()?;
    match path.get(1) {
        Some(second) if FOLDERS.contains(&first.as_str()) => Some(format!("{first}::{second}")),
        _ => Some(first.clone()),
    }
}

/// Unit → the units its code (tests left out) names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let rel: Vec<String> = path
                .strip_prefix(&src)
                .unwrap()
                .components()
                .map(|c| {
                    c.as_os_str()
                        .to_string_lossy()
                        .trim_end_matches(".rs")
                        .to_owned()
                })
                .collect();
            // The crate root, the generator of the TypeScript types and a folder's own
            // list of modules name everything.
            if rel[0] == "lib" || rel[0] == "bindings" {
                continue;
            }
            if rel.len() == 2 && FOLDERS.contains(&rel[0].as_str()) && rel[1] == "mod" {
                continue;
            }
            let own = unit(&rel).unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            // A file's own tests may reach anywhere.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            // `super::x` in a file right inside a folder names its sibling `folder::x`.
            let parent = (rel.len() == 2).then(|| rel[0].clone());
            let deps = out.entry(own.clone()).or_default();
            for name in named(code, parent.as_deref()) {
                if name != own {
                    deps.insert(name);
                }
            }
        }
    }
    out
}

/// The paths one `use` tree names: `a::b`, `a::{b, c::d}`, `a::{self, b}`.
fn paths(tree: &str) -> Vec<Vec<String>> {
    let tree = tree.trim();
    let head_end = tree.find('{').unwrap_or(tree.len());
    let head: Vec<String> = tree[..head_end]
        .split("::")
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    if head_end == tree.len() {
        return vec![head];
    }
    let inner = &tree[head_end + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut out = vec![];
    let (mut depth, mut from) = (0, 0);
    let mut items = vec![];
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[from..]);
    for item in items {
        for tail in paths(item) {
            let mut p = head.clone();
            p.extend(tail.into_iter().filter(|s| s != "self"));
            out.push(p);
        }
    }
    out
}

/// The units `code` names as `crate::x…`, `crate::{x, y::z}`, `crate::Store` (the store)
/// or, inside a folder, `super::x`.
fn named(code: &str, folder: Option<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut prefixes = vec![("crate::".to_owned(), None)];
    if let Some(f) = folder {
        prefixes.push(("super::".to_owned(), Some(f.to_owned())));
    }
    for (prefix, base) in prefixes {
        let mut rest = code;
        while let Some(at) = rest.find(&prefix) {
            let before = &rest[..at];
            rest = &rest[at + prefix.len()..];
            // `$crate::` and `xsuper::` are not ours; `super::super` leaves the folder.
            if before.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            // The path runs to the end of its brace group, or to the first character
            // that cannot be in a path.
            let mut depth = 0usize;
            let mut end = rest.len();
            for (i, c) in rest.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        end = i;
                        break;
                    }
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i + 1;
                            break;
                        }
                    }
                    c if depth == 0 && !(c.is_alphanumeric() || c == '_' || c == ':') => {
                        end = i;
                        break;
                    }
                    _ => {}
                }
            }
            for mut p in paths(&rest[..end]) {
                if let Some(b) = &base {
                    p.insert(0, b.clone());
                }
                let Some(first) = p.first() else { continue };
                if first == "Store" {
                    out.insert("store".into());
                } else if first.starts_with(|c: char| c.is_ascii_lowercase()) {
                    // A type or function right under a folder is the folder's own.
                    let p: Vec<String> = p
                        .iter()
                        .take_while(|s| s.starts_with(|c: char| c.is_ascii_lowercase()))
                        .cloned()
                        .collect();
                    out.extend(unit(&p));
                }
            }
        }
    }
    out
}

/// The circles among the modules (Tarjan's strongly connected components of two or more).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on: BTreeSet<&'g str>,
        next: usize,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on.insert(v);
        for w in &s.graph[v] {
            let Some((w, _)) = s.graph.get_key_value(w) else {
                continue;
            };
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = vec![];
            loop {
                let w = s.stack.pop().unwrap();
                s.on.remove(w);
                component.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: vec![],
        on: BTreeSet::new(),
        next: 0,
        found: vec![],
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.found
}

#[test]
fn the_core_s_modules_import_each_other_in_no_circle() {
    let graph = imports();
    assert!(graph.contains_key("store") && graph.contains_key("program::occurrences"));
    let found = circles(&graph);
    let described: Vec<String> = found
        .iter()
        .map(|c| {
            c.iter()
                .map(|m| {
                    let inside: Vec<&String> = graph[m].iter().filter(|d| c.contains(d)).collect();
                    format!("{m} → {inside:?}")
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect();
    assert!(found.is_empty(), "modules in a circle: {described:#?}");
}

#[test]
fn the_floors_at_the_bottom_import_nothing_above_them() {
    let graph = imports();
    // Each leaf with what it may use (and nothing else of the crate's own).
    for (leaf, allowed) in [
        ("clock", &[][..]),
        ("error", &[][..]),
        ("digest", &[][..]),
        ("events", &[][..]),
        ("store", &["clock", "digest", "error"][..]),
        ("secrets", &["error"][..]),
    ] {
        let above: Vec<&String> = graph[leaf]
            .iter()
            .filter(|d| graph.contains_key(*d) && !allowed.contains(&d.as_str()))
            .collect();
        assert!(above.is_empty(), "{leaf} imports {above:?}");
    }
}

#[test]
fn the_program_s_floors_run_one_way() {
    let graph = imports();
    // ARCHITECTURE.md's direction, bottom first: no unit imports one on a floor above it.
    let floors: &[&[&str]] = &[
        &["clock", "error"],
        &["store"],
        &["program::venues", "program::resources"],
        &["program::meetings"],
        &["program::exceptions", "program::roster"],
        &["program::occurrences"],
        &["export::ics", "export::meeting_guide"],
        &["feeds"],
        &["publish", "share", "print"],
    ];
    for (i, floor) in floors.iter().enumerate() {
        for unit in *floor {
            assert!(graph.contains_key(*unit), "no unit {unit}");
            let above: Vec<&str> = floors[i + 1..]
                .iter()
                .flat_map(|f| f.iter().copied())
                .filter(|u| graph[*unit].contains(*u))
                .collect();
            assert!(
                above.is_empty(),
                "{unit} imports {above:?}, a floor above it"
            );
        }
    }
}

#[test]
fn the_reader_finds_every_form_of_import() {
    let found = named(
        "use crate::{clock::now_utc, store, program::{meetings::{self, Meeting}, venues}};\n\
         let x = crate::feeds::url(); use crate::Store; let y = $crate::page::x;\n\
         use super::roster; let z = crate::night::Night;",
        Some("program"),
    );
    assert_eq!(
        found.into_iter().collect::<Vec<_>>(),
        vec![
            "clock",
            "feeds",
            "night",
            "program::meetings",
            "program::roster",
            "program::venues",
            "store"
        ]
    );
}
