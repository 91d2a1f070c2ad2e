//! The TypeScript types the front end imports, generated from the Rust types so the
//! two cannot drift. `bindings_are_fresh` fails when ui/src/lib/bindings.ts is stale;
//! `UPDATE_BINDINGS=1 cargo test -p homegroup-core bindings` rewrites it. The types
//! are every `pub` struct and enum deriving `TS`, found by build.rs: no list to keep.

use ts_rs::{Config, TS};

macro_rules! declare {
    ($cfg:expr, $($t:ty),* $(,)?) => {{
        let mut out = Vec::new();
        $( out.push(format!("export {}", <$t as TS>::decl($cfg))); )*
        out
    }};
}

pub fn typescript() -> String {
    // Row ids and counts fit comfortably in a JS number.
    let cfg = Config::new().with_large_int("number");
    // Every `pub` type that derives TS, listed by build.rs from the sources.
    let decls: Vec<String> = include!(concat!(env!("OUT_DIR"), "/exported_types.rs"));
    let mut s = String::from(
        "// Generated from the Rust types in src-tauri/core by `UPDATE_BINDINGS=1 cargo test -p homegroup-core bindings`.\n// Do not edit by hand.\n\n",
    );
    for d in decls {
        s.push_str(&d);
        s.push_str("\n\n");
    }
    s.truncate(s.trim_end().len());
    s.push('\n');
    s
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::PathBuf;

    /// A file the window imports that is generated from the Rust side (`rel` under the
    /// repository's root): rewritten under UPDATE_BINDINGS=1, else it must match.
    pub(crate) fn fresh(rel: &str, expected: &str, filter: &str) {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(rel);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, expected).unwrap();
            return;
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "{rel} is stale: run `UPDATE_BINDINGS=1 cargo test -p homegroup-core {filter}` and commit it"
        );
    }

    #[test]
    fn bindings_are_fresh() {
        fresh("ui/src/lib/bindings.ts", &super::typescript(), "bindings");
    }
}
