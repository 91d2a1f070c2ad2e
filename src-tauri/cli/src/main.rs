//! The stand-alone `homegroup` binary (tests and cron use it as built; the .deb runs
//! the desktop binary under this name instead).

// The shipped programs allocate with mimalloc: an import or export makes hundreds of
// thousands of small strings, and mimalloc cut the import benchmark by 15-20 % over
// glibc's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    homegroup_cli::main(std::env::args_os())
}
