// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

// The shipped programs allocate with mimalloc: an import or export makes hundreds of
// thousands of small strings, and mimalloc cut the import benchmark by 15-20 % over
// glibc's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::ffi::OsString;
use std::process::ExitCode;

/// One binary, two names: run as `homegroup` (a link of that name) or with `--cli`
/// first (the .deb's /usr/bin/homegroup script), it is the command line; otherwise
/// the app. Two binaries each carried the core, SQLCipher and the network stack: the
/// package was twice the size for the same code.
fn main() -> ExitCode {
    let mut args: Vec<OsString> = std::env::args_os().collect();
    let called = args
        .first()
        .and_then(|a| std::path::Path::new(a).file_name())
        .map(|n| n.to_owned());
    if args.get(1).is_some_and(|a| a == "--cli") {
        args.remove(1);
        args[0] = "homegroup".into();
        return homegroup_cli::main(args);
    }
    if called.as_deref() == Some("homegroup".as_ref()) {
        return homegroup_cli::main(args);
    }
    homegroup_desktop::run();
    ExitCode::SUCCESS
}
