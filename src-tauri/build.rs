// Tauri's build step: reads tauri.conf.json beside the root Cargo.toml, and turns the
// app's own commands into permissions that src-tauri/capabilities/ may grant.
fn main() {
    let commands: &[&str] = &include!("src/command_names.in");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri build step");
}
