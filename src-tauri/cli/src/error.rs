//! The CLI's own errors (arguments that do not fit, a file it cannot write), kept out
//! of the core's closed set of codes, beside every error of the core's.

use std::fmt;

use homegroup_core::i18n::Arg;

#[derive(Debug)]
pub enum CliError {
    Core(homegroup_core::Error),
    /// Something about the command line itself: `code` is `cli.…`, worded by the
    /// catalog's `error-cli-…` message with `args`.
    Usage {
        code: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
}

impl CliError {
    pub fn usage(code: &'static str, args: &[(&'static str, Arg)]) -> Self {
        CliError::Usage {
            code,
            args: args.to_vec(),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            CliError::Core(e) => e.code(),
            CliError::Usage { code, .. } => code,
        }
    }
}

impl CliError {
    /// The error as the person reads it: in English the core's own sentence, which
    /// names the file, the field or the server; in another language the catalog's
    /// sentence for its code, the window's words, and the file's path for a file that
    /// could not be used (a code the catalog lacks keeps the core's sentence).
    pub fn words(&self, lang: homegroup_core::i18n::Lang) -> String {
        use homegroup_core::i18n::{self, Lang};
        let e = match self {
            CliError::Core(e) => e,
            CliError::Usage { code, args } => {
                let id = format!("error-{}", code.replace('.', "-"));
                return i18n::message(lang, &id, args);
            }
        };
        if lang == Lang::EN {
            return self.to_string();
        }
        let id = homegroup_core::error::message_id(e.kind());
        let said = i18n::message(lang, &id, &[]);
        match e {
            _ if said == id => self.to_string(),
            // Which file: the catalog's sentence cannot know it.
            homegroup_core::Error::Io { path, .. } => format!("{said} ({})", path.display()),
            _ => said,
        }
    }
}

impl From<homegroup_core::Error> for CliError {
    fn from(e: homegroup_core::Error) -> Self {
        CliError::Core(e)
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Core(e) => e.fmt(f),
            CliError::Usage { .. } => f.write_str(&self.words(homegroup_core::i18n::Lang::EN)),
        }
    }
}
