// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

// The shipped programs allocate with mimalloc: an import or export makes hundreds of
// thousands of small strings, and mimalloc cut the import benchmark by 15-20 % over
// glibc's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    homegroup_desktop::run();
}
