//! `feeds` and `serve`: the feeds' addresses, the port the app serves them on, and a
//! headless feed server.

use crate::say;
use std::path::PathBuf;

use clap::Subcommand;
use homegroup_core::feeds::{self, server, FeedFormat};
use homegroup_core::{Error, Store};

use crate::error::CliError;
use crate::{open, table};

#[derive(Subcommand)]
pub enum FeedsCommand {
    /// Each feed's name and address (the whole-program feed is made if missing).
    List {
        #[arg(long)]
        json: bool,
        /// Base address the feed server is reached at.
        #[arg(long, value_name = "URL", default_value_t = format!("http://127.0.0.1:{}", server::DEFAULT_PORT))]
        base: String,
    },
    /// The port the app serves feeds on (8737 unless set). Subscribed calendars and
    /// printed flyers carry it, so change it only when another program needs it; 0
    /// takes any free port at the next start and keeps it.
    Port { port: Option<u16> },
}

#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address to listen on; 0.0.0.0 shares the feeds with the local network.
    #[arg(long, value_name = "ADDR", default_value_t = std::net::SocketAddr::from(([127, 0, 0, 1], server::DEFAULT_PORT)))]
    bind: std::net::SocketAddr,
}

pub fn feeds(db: Option<PathBuf>, command: FeedsCommand) -> Result<(), CliError> {
    match command {
        FeedsCommand::List { json, base } => {
            let store = open(db)?;
            let list = store.write(|tx| {
                feeds::ensure_default(tx)?;
                feeds::list(tx)
            })?;
            if json {
                let publish_of =
                    |store: &Store, id| store.read(|c| homegroup_core::feeds::public_url_of(c, id));
                let v: Vec<serde_json::Value> = list
                    .iter()
                    .map(|f| {
                        Ok(serde_json::json!({
                            "name": f.name,
                            "scope": f.scope,
                            // This computer's feed server (or the network's, with --base).
                            "url": feeds::url(&base, f, FeedFormat::Ics),
                            "json": feeds::url(&base, f, FeedFormat::Json),
                            // Where members subscribe from anywhere, once published.
                            "public_url": publish_of(&store, f.id)?,
                            // The meeting finder page beside it, once published to a folder.
                            "page_url": store.read(|c| feeds::page_url_of(c, f))?,
                        }))
                    })
                    .collect::<Result<_, Error>>()?;
                println!(
                    "{}",
                    serde_json::to_string_pretty(&v).expect("JSON serialises")
                );
            } else {
                let rows: Vec<Vec<String>> = list
                    .iter()
                    .map(|f| vec![f.name.clone(), feeds::url(&base, f, FeedFormat::Ics)])
                    .collect();
                print!(
                    "{}",
                    table::render(&[say("cli-col-feed", &[]), "URL".to_owned()], &rows)
                );
            }
        }
        FeedsCommand::Port { port } => {
            use homegroup_core::settings::{self, FEEDS_PORT};
            let store = open(db)?;
            match port {
                Some(p) => {
                    store.write(|tx| settings::set(tx, FEEDS_PORT, &p.to_string()))?;
                    println!(
                        "{}",
                        say("cli-feeds-port", &[("port", p.to_string().into())])
                    );
                }
                None => {
                    let p = settings::get(&store.conn(), FEEDS_PORT)?
                        .unwrap_or_else(|| server::DEFAULT_PORT.to_string());
                    println!("{p}");
                }
            }
        }
    }
    Ok(())
}

#[derive(clap::Args)]
pub struct PageArgs {
    /// The folder to write into (made if missing); its files are replaced.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The feed whose meetings the page shows (default: the whole program).
    #[arg(long, value_name = "NAME")]
    feed: Option<String>,
}

/// `page`: the meeting finder page, the feed's calendar and its Meeting Guide JSON, as
/// files for any static web host or a USB stick: the same files `publish` uploads.
pub fn page(db: Option<PathBuf>, args: PageArgs) -> Result<(), CliError> {
    let store = open(db)?;
    let files = store.write(|tx| {
        let feed = match &args.feed {
            None => feeds::ensure_default(tx)?,
            Some(name) => feeds::by_name(tx, name)?,
        };
        let stem = feeds::file_stem(&feed);
        feeds::folder_files(tx, &feed, &stem)
    })?;
    std::fs::create_dir_all(&args.out).map_err(|e| {
        CliError::usage(
            "cli.make",
            &[
                ("file", args.out.display().to_string().into()),
                ("error", e.to_string().into()),
            ],
        )
    })?;
    for f in &files {
        crate::write_file(&args.out.join(&f.name), f.body.as_bytes())?;
    }
    // The page is what a member opens: its name last, on a line of its own.
    let page = files
        .iter()
        .find(|f| f.name.ends_with(".html"))
        .map(|f| f.name.as_str())
        .unwrap_or_default();
    println!(
        "{}",
        say(
            "cli-page-written",
            &[
                ("n", files.len().into()),
                ("folder", args.out.display().to_string().into())
            ]
        )
    );
    println!("{}", args.out.join(page).display());
    Ok(())
}

pub fn serve(db: Option<PathBuf>, args: ServeArgs) -> Result<(), CliError> {
    let ServeArgs { bind } = args;
    let store = std::sync::Arc::new(open(db)?);
    let list = store.write(|tx| {
        feeds::ensure_default(tx)?;
        feeds::list(tx)
    })?;
    let serving = |source| Error::Io {
        path: format!("the feed server on {bind}").into(),
        source,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(serving)?;
    runtime.block_on(async move {
        let listener = server::bind(bind).await?;
        let addr = listener.local_addr().map_err(serving)?;
        let base = format!("http://{addr}");
        // Written without println!: a reader that stops reading (`| head -1`)
        // must not bring the server down.
        use std::io::Write;
        let mut out = std::io::stdout();
        for f in &list {
            let _ = writeln!(out, "{}", feeds::url(&base, f, FeedFormat::Ics));
            let _ = writeln!(out, "{}", feeds::url(&base, f, FeedFormat::Json));
        }
        // Then the meeting finder page: what a phone on the room's Wi-Fi opens.
        let _ = writeln!(out, "{base}/");
        let _ = out.flush();
        server::serve(listener, store, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(serving)
    })?;
    Ok(())
}
