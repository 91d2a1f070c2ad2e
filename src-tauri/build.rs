// Tauri's build step, and the one place the window's contract is read from: the
// `#[tauri::command]` functions in src/commands/ (one file per feature). From them this
// makes
//
// - the handler list lib.rs registers (`OUT_DIR/handler.rs`),
// - one `allow-…` permission per command and the main window's capability granting
//   exactly those (`OUT_DIR/capabilities/`), so no list of commands is written by hand,
// - the TypeScript of every command's name, arguments (by the names Tauri reads them
//   under) and result, and the `api` function the window calls it by
//   (`OUT_DIR/api.ts`; the shell's tests keep ui/src/lib/api.ts equal to it), so a
//   renamed argument or a changed result fails to compile in the window.
//
// Arguments the shell injects (State, AppHandle, Window) are not the window's to send.

use std::fmt::Write as _;
use std::path::PathBuf;

struct Command {
    /// The file under src/commands/ it lives in (`mod` for mod.rs).
    module: String,
    name: String,
    args: Vec<(String, String)>,
    result: String,
}

/// Tauri reads a command's arguments under their camelCase names.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

const INJECTED: &[&str] = &["State", "AppHandle", "Window", "WebviewWindow", "Webview"];

fn last_segment(ty: &syn::Type) -> Option<&syn::PathSegment> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last(),
        _ => None,
    }
}

fn generic(seg: &syn::PathSegment, i: usize) -> Option<&syn::Type> {
    match &seg.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|g| match g {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .nth(i),
        _ => None,
    }
}

/// The TypeScript of a Rust type as serde writes it; names not built in are the types
/// ts-rs exports to bindings.ts, collected in `used`.
fn ts(ty: &syn::Type, used: &mut std::collections::BTreeSet<String>) -> String {
    match ty {
        syn::Type::Reference(r) => ts(&r.elem, used),
        syn::Type::Tuple(t) if t.elems.is_empty() => "null".into(),
        syn::Type::Tuple(t) => format!(
            "[{}]",
            t.elems
                .iter()
                .map(|e| ts(e, used))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        syn::Type::Path(_) => {
            let seg = last_segment(ty).expect("a path has a last segment");
            let name = seg.ident.to_string();
            let inner = |used: &mut _| ts(generic(seg, 0).expect("a type argument"), used);
            match name.as_str() {
                "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize"
                | "f32" | "f64" => "number".into(),
                "String" | "str" | "NaiveDate" | "NaiveTime" | "NaiveDateTime" | "DateTime"
                | "PathBuf" => "string".into(),
                "bool" => "boolean".into(),
                "Value" => "unknown".into(),
                "Option" => format!("{} | null", inner(used)),
                "Vec" => {
                    let t = inner(used);
                    if t.contains(' ') {
                        format!("({t})[]")
                    } else {
                        format!("{t}[]")
                    }
                }
                // `Json<T>` is read as T; `Reply<T>` answers T or throws an ErrorPayload.
                "Json" | "Reply" | "Result" | "Box" => inner(used),
                _ => {
                    used.insert(name.clone());
                    name
                }
            }
        }
        other => panic!(
            "build.rs cannot write a TypeScript type for {}",
            quote_type(other)
        ),
    }
}

fn quote_type(ty: &syn::Type) -> String {
    use quote::ToTokens;
    ty.to_token_stream().to_string()
}

fn commands(module: &str, source: &str) -> Vec<Command> {
    let file = syn::parse_file(source).expect("src/commands/*.rs parse");
    let mut out = vec![];
    for item in file.items {
        let syn::Item::Fn(f) = item else { continue };
        let is_command = f.attrs.iter().any(|a| {
            let p = a.path();
            p.segments.len() == 2
                && p.segments[0].ident == "tauri"
                && p.segments[1].ident == "command"
        });
        if !is_command {
            continue;
        }
        let mut args = vec![];
        for input in &f.sig.inputs {
            let syn::FnArg::Typed(pt) = input else {
                continue;
            };
            let syn::Pat::Ident(id) = &*pt.pat else {
                panic!("{}: command arguments are plain names", f.sig.ident)
            };
            if last_segment(&pt.ty).is_some_and(|s| INJECTED.iter().any(|i| s.ident == i)) {
                continue;
            }
            args.push((id.ident.to_string(), quote_type(&pt.ty)));
        }
        let result = match &f.sig.output {
            syn::ReturnType::Default => "()".into(),
            syn::ReturnType::Type(_, t) => quote_type(t),
        };
        out.push(Command {
            module: module.to_owned(),
            name: f.sig.ident.to_string(),
            args,
            result,
        });
    }
    out
}

fn typescript(commands: &[Command]) -> String {
    let mut used = std::collections::BTreeSet::new();
    let mut interface = String::new();
    let mut api = String::new();
    for c in commands {
        let mut params = vec![];
        let mut names = vec![];
        for (n, t) in &c.args {
            let ty: syn::Type = syn::parse_str(t).expect("a type");
            params.push(format!("{}: {}", camel(n), ts(&ty, &mut used)));
            names.push(camel(n));
        }
        let result: syn::Type = syn::parse_str(&c.result).expect("a type");
        let _ = writeln!(
            interface,
            "  {}: {{ args: {{ {} }}; result: {} }};",
            c.name,
            params.join("; "),
            ts(&result, &mut used)
        );
        let passed = if names.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", names.join(", "))
        };
        let _ = writeln!(
            api,
            "  {}: ({}) => call('{}'{passed}),",
            camel(&c.name),
            params.join(", "),
            c.name,
        );
    }
    let interface = interface.replace("{  }", "{}");
    let mut out = String::from(
        "// Generated by src-tauri/build.rs from the #[tauri::command] functions in\n\
         // src-tauri/src/commands/; do not edit. `UPDATE_BINDINGS=1 cargo test -p\n\
         // homegroup-desktop` rewrites it, and the shell's tests fail while it differs.\n",
    );
    if !used.is_empty() {
        let names: Vec<&str> = used.iter().map(String::as_str).collect();
        let _ = writeln!(
            out,
            "import type {{ {} }} from './bindings';",
            names.join(", ")
        );
    }
    out.push_str(
        "import { invokeCommand } from './call';\n\
         export { asError, isErrorPayload } from './call';\n\
         \n/** Every command the window may call: its arguments by the names the shell reads\n \
         *  them under, and what it answers (a failure throws an ErrorPayload). */\n\
         export interface Commands {\n",
    );
    out.push_str(&interface);
    out.push_str(
        "}\n\n/** Calls a command with exactly the arguments the shell reads: a renamed\n \
         *  argument does not compile. */\n\
         function call<K extends keyof Commands>(\n  \
           cmd: K,\n  \
           ...args: keyof Commands[K]['args'] extends never ? [] : [Commands[K]['args']]\n\
         ): Promise<Commands[K]['result']> {\n  \
           return invokeCommand<Commands[K]['result']>(cmd, args[0]);\n\
         }\n\n\
         /** One function per command, taking the Rust function's arguments in order. */\n\
         export const api = {\n",
    );
    out.push_str(&api);
    out.push_str("};\n");
    out
}

/// Rust links x86_64 Linux programs with its own LLD from 1.90 on; the ordering file
/// below is an LLD option (GNU ld would refuse it).
fn links_with_lld() -> bool {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let target = std::env::var("TARGET").unwrap_or_default();
    let version = std::process::Command::new(rustc).arg("--version").output();
    let minor = version
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|v| {
            v.split(['.', ' '])
                .nth(2)
                .and_then(|m| m.parse::<u32>().ok())
        });
    target == "x86_64-unknown-linux-gnu" && minor.is_some_and(|m| m >= 90)
}

/// How the app's binary is linked, for its memory (README, "Memory"; both measured
/// with /proc/PID/smaps on the idle app):
/// - relative relocations packed (DT_RELR, glibc 2.36 and later): the loader read 2 MB
///   of RELA entries at every start and they stayed resident; packed they take kB;
/// - in a release build, the functions a start and the first screen run laid side by
///   side (`startup.order`): the kernel maps a program's file in pieces around each page
///   touched, so 2.5 MB of code spread over a 21 MB .text kept 13 MB of it resident.
fn link_settings() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("linux") {
        return;
    }
    println!("cargo:rustc-link-arg=-Wl,-z,pack-relative-relocs");
    // scripts/startup-order asks for the linker's map of the binary it runs, to name the
    // functions it saw run (a stripped build: a build with symbols names them differently).
    println!("cargo:rerun-if-env-changed=HOMEGROUP_LINK_MAP");
    if let Ok(map) = std::env::var("HOMEGROUP_LINK_MAP") {
        // Names as the ordering file wants them (LLD writes its map demangled).
        println!("cargo:rustc-link-arg-bin=homegroup-desktop=-Wl,-Map={map},--no-demangle");
    }
    let order = "src-tauri/startup.order";
    println!("cargo:rerun-if-changed={order}");
    if std::env::var("PROFILE").as_deref() == Ok("release") && links_with_lld() {
        let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
        let path = PathBuf::from(dir).join(order);
        println!(
            "cargo:rustc-link-arg-bin=homegroup-desktop=-Wl,--symbol-ordering-file={}",
            path.display()
        );
        // The linker reads it through scripts/resolve-order (.cargo/config.toml), which
        // finds again the functions ThinLTO renamed since it was written; names a later
        // build no longer has (a changed function) are skipped quietly.
        println!("cargo:rustc-link-arg-bin=homegroup-desktop=-Wl,--no-warn-symbol-ordering");
    }
}

fn main() {
    link_settings();
    let folder = "src-tauri/src/commands";
    println!("cargo:rerun-if-changed={folder}");
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("src/commands/ is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    // mod.rs first, then the features by name: the generated lists keep one order.
    files.sort_by_key(|p| (p.file_stem() != Some("mod".as_ref()), p.clone()));
    let mut commands = vec![];
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(path).expect("src/commands/*.rs are readable");
        let module = path.file_stem().unwrap().to_string_lossy().into_owned();
        commands.extend(self::commands(&module, &source));
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));

    let handler = format!(
        "tauri::generate_handler![{}]",
        commands
            .iter()
            .map(|c| match c.module.as_str() {
                "mod" => format!("crate::commands::{}", c.name),
                m => format!("crate::commands::{m}::{}", c.name),
            })
            .collect::<Vec<_>>()
            .join(", ")
    );
    std::fs::write(out.join("handler.rs"), handler).expect("OUT_DIR is writable");
    std::fs::write(out.join("api.ts"), typescript(&commands)).expect("OUT_DIR is writable");

    // The main window may call these commands, nothing else (not even Tauri's event
    // listeners: the window hears of changes through `next_events`).
    let capabilities = out.join("capabilities");
    std::fs::create_dir_all(&capabilities).expect("OUT_DIR is writable");
    let permissions: Vec<String> = commands
        .iter()
        .map(|c| format!("allow-{}", c.name.replace('_', "-")))
        .collect();
    let capability = serde_json::json!({
        "identifier": "default",
        "description": "The main window may call Homegroup's own commands and nothing else.",
        "windows": ["main"],
        "permissions": permissions,
    });
    std::fs::write(
        capabilities.join("default.json"),
        serde_json::to_string_pretty(&capability).expect("JSON serialises"),
    )
    .expect("OUT_DIR is writable");

    // tauri-build writes permissions/autogenerated/<command>.toml for each command but
    // never removes one: a removed command's file would stay in the tree, granting
    // nothing but misleading whoever reads it.
    if let Ok(entries) = std::fs::read_dir("permissions/autogenerated") {
        for entry in entries.flatten() {
            let path = entry.path();
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            if path.extension().is_some_and(|e| e == "toml")
                && !commands.iter().any(|c| Some(&c.name) == stem.as_ref())
            {
                let _ = std::fs::remove_file(&path);
            }
        }
    }

    let names: &'static [&'static str] = Vec::leak(
        commands
            .iter()
            .map(|c| &*String::leak(c.name.clone()))
            .collect(),
    );
    let pattern: &'static str = String::leak(format!("{}/**/*", capabilities.display()));
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern(pattern)
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("tauri build step");
}
