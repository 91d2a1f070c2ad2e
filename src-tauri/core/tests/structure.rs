//! The core's modules import each other in one direction only (ARCHITECTURE.md says so,
//! and a newcomer reads the house by it): this fails when any two of its top-level
//! modules reach each other, directly or through others, naming the circle, and when
//! one of the floors at the bottom imports anything above it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module → the top-level modules its code (tests left out) names.
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
            let rel = path.strip_prefix(&src).unwrap();
            let top = rel
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_owned();
            // The crate root and the generator of the TypeScript types name everything.
            if top == "lib" || top == "bindings" {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // A file's own tests may reach anywhere.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let deps = out.entry(top.clone()).or_default();
            for name in named(code) {
                if name != top {
                    deps.insert(name);
                }
            }
        }
    }
    out
}

/// The modules `code` names as `crate::x…`, `crate::{x, y::z}` or `crate::Store`.
fn named(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let word: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if !word.is_empty() {
                    out.insert(word);
                }
                if item.trim().starts_with("Store") {
                    out.insert("store".into());
                }
            }
            continue;
        }
        let word: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
            .collect();
        if !word.is_empty() {
            out.insert(word);
        } else if rest.starts_with("Store") {
            out.insert("store".into());
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
    assert!(graph.contains_key("store") && graph.contains_key("occurrences"));
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
fn the_reader_finds_every_form_of_import() {
    let found = named(
        "use crate::{clock::now_utc, store};\nlet x = crate::feeds::url(); use crate::Store;",
    );
    assert_eq!(
        found.into_iter().collect::<Vec<_>>(),
        vec!["clock", "feeds", "store"]
    );
}
