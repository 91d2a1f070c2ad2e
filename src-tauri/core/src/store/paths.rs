//! Where the database lives: `--db PATH`, else `HOMEGROUP_DB`, else the user's data
//! directory (`$XDG_DATA_HOME/homegroup/homegroup.sqlite3` on Linux). The desktop app
//! and the CLI resolve it the same way so they always share one file.

use std::path::PathBuf;

use crate::error::{Error, Result};

pub const ENV_VAR: &str = "HOMEGROUP_DB";
pub const FILE_NAME: &str = "homegroup.sqlite3";

pub fn resolve(explicit: Option<PathBuf>) -> Result<PathBuf> {
    resolve_with(
        explicit,
        std::env::var_os(ENV_VAR).map(PathBuf::from),
        dirs::data_dir(),
    )
}

fn resolve_with(
    explicit: Option<PathBuf>,
    env: Option<PathBuf>,
    data_dir: Option<PathBuf>,
) -> Result<PathBuf> {
    if let Some(p) = explicit.filter(|p| !p.as_os_str().is_empty()) {
        return Ok(p);
    }
    if let Some(p) = env.filter(|p| !p.as_os_str().is_empty()) {
        return Ok(p);
    }
    data_dir
        .map(|d| d.join("homegroup").join(FILE_NAME))
        .ok_or(Error::NoDataDir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_environment_beats_data_dir() {
        let flag = Some(PathBuf::from("/a.db"));
        let env = Some(PathBuf::from("/b.db"));
        let data = Some(PathBuf::from("/home/u/.local/share"));
        assert_eq!(
            resolve_with(flag, env.clone(), data.clone()).unwrap(),
            PathBuf::from("/a.db")
        );
        assert_eq!(
            resolve_with(None, env, data.clone()).unwrap(),
            PathBuf::from("/b.db")
        );
        assert_eq!(
            resolve_with(None, Some(PathBuf::new()), data).unwrap(),
            PathBuf::from("/home/u/.local/share/homegroup/homegroup.sqlite3")
        );
        assert_eq!(
            resolve_with(None, None, None).unwrap_err().code(),
            "database.no_data_dir"
        );
    }
}
