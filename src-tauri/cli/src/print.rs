//! `homegroup print list`: the area's meeting list as PDF (a full page, a three- or
//! four-panel fold, a booklet), and `homegroup resources`: the local resources every
//! list and flyer carries.

use std::path::PathBuf;

use homegroup_core::feeds;
use homegroup_core::print::{self, GroupBy, ListLayout, ListOptions, Paper};
use homegroup_core::program::resources::{self, ResourceInput};
use homegroup_core::schedule::Day;
use homegroup_core::Store;

use crate::error::CliError;
use crate::{say, table};

#[derive(clap::Subcommand)]
pub enum PrintCommand {
    /// The meeting list of the whole program or one feed, as PDF.
    List(ListArgs),
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum LayoutArg {
    Full,
    Trifold,
    Quadfold,
    Booklet,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum GroupArg {
    Day,
    City,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum PaperArg {
    Letter,
    A4,
    Legal,
}

#[derive(clap::Args)]
pub struct ListArgs {
    /// How the list goes on paper: full pages, a sheet folded in three or four, or a booklet
    #[arg(long, value_enum, default_value = "full")]
    layout: LayoutArg,
    /// Meetings grouped by weekday, or by city then weekday
    #[arg(long, value_enum, default_value = "day")]
    group_by: GroupArg,
    /// Paper size (default: Legal for quadfold, else Letter).
    #[arg(long, value_enum)]
    paper: Option<PaperArg>,
    /// A feed's meetings only (default: the whole program).
    #[arg(long, value_name = "NAME")]
    feed: Option<String>,
    /// Exactly this many pages: the type shrinks within readable limits to fit.
    #[arg(long, value_name = "N")]
    pages: Option<u32>,
    /// The day a list by day starts on: MO, TU… (default: SU).
    #[arg(long, value_name = "DAY", value_parser = parse_day)]
    first_day: Option<Day>,
    /// Cities first, in this order (a list by city), comma-separated.
    #[arg(long, value_name = "CITY,…", value_delimiter = ',')]
    cities: Vec<String>,
    /// Online meetings with a small QR code of their link instead of the link in words.
    #[arg(long)]
    link_qr: bool,
    /// Where the PDF is written
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,
}

fn parse_day(s: &str) -> Result<Day, String> {
    Day::from_code(s.trim()).ok_or_else(|| say("error-cli-day", &[("value", s.into())]))
}

pub fn print(store: &Store, command: PrintCommand) -> Result<(), CliError> {
    let PrintCommand::List(args) = command;
    let lang = crate::lang();
    let today = homegroup_core::feeds::flyer::today(homegroup_core::clock::now());
    let printed = store.write(|tx| {
        let feed = match &args.feed {
            Some(name) => Some(feeds::by_name(tx, name)?.id),
            None => None,
        };
        let options = ListOptions {
            layout: match args.layout {
                LayoutArg::Full => ListLayout::Full,
                LayoutArg::Trifold => ListLayout::Trifold,
                LayoutArg::Quadfold => ListLayout::Quadfold,
                LayoutArg::Booklet => ListLayout::Booklet,
            },
            group_by: match args.group_by {
                GroupArg::Day => GroupBy::Day,
                GroupArg::City => GroupBy::City,
            },
            paper: args.paper.map(|p| match p {
                PaperArg::Letter => Paper::Letter,
                PaperArg::A4 => Paper::A4,
                PaperArg::Legal => Paper::Legal,
            }),
            feed,
            pages: args.pages,
            first_day: args.first_day,
            cities: args.cities.clone(),
            link_qr: args.link_qr,
        };
        print::meeting_list(tx, &options, lang, today, false)
    })?;
    crate::write_file(&args.out, &printed.pdf)?;
    if !printed.unprintable.is_empty() {
        let chars: String = printed.unprintable.iter().collect();
        eprintln!(
            "homegroup: {}",
            say("print-unprintable", &[("chars", chars.into())])
        );
    }
    println!(
        "{}",
        say(
            "cli-list-printed",
            &[
                ("file", args.out.display().to_string().into()),
                ("meetings", (printed.meetings as i64).into()),
                ("pages", (printed.pages as i64).into()),
                ("percent", ((printed.scale * 100.0).round() as i64).into()),
            ]
        )
    );
    Ok(())
}

#[derive(clap::Subcommand)]
pub enum ResourcesCommand {
    /// The local resources, in the order they print.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Adds a resource at the end of the list.
    Add(ResourceArgs),
    /// Changes resource ID (every field is replaced by what is given).
    Edit {
        id: i64,
        #[command(flatten)]
        resource: ResourceArgs,
    },
    /// Removes resource ID.
    Remove { id: i64 },
    /// Moves resource ID one place up or down the list.
    Move {
        id: i64,
        #[arg(value_parser = ["up", "down"])]
        direction: String,
    },
}

#[derive(clap::Args)]
pub struct ResourceArgs {
    /// What people call it ("Crisis line", "NA helpline").
    #[arg(long)]
    name: String,
    /// The number to call or text, as it is dialled ("988", "1-800-GET-HELP").
    #[arg(long, default_value = "")]
    phone: String,
    /// Its web address (https://…).
    #[arg(long, default_value = "")]
    url: String,
    /// When someone answers ("24/7").
    #[arg(long, default_value = "")]
    hours: String,
    /// The language the service speaks (en, es…).
    #[arg(long, default_value = "")]
    language: String,
}

impl ResourceArgs {
    fn input(&self) -> ResourceInput {
        ResourceInput {
            name: self.name.clone(),
            phone: self.phone.clone(),
            url: self.url.clone(),
            hours: self.hours.clone(),
            language: self.language.clone(),
        }
    }
}

pub fn resources(store: &Store, command: ResourcesCommand) -> Result<(), CliError> {
    let list = match command {
        ResourcesCommand::List { json: true } => {
            let list = store.read(resources::list)?;
            println!(
                "{}",
                serde_json::to_string_pretty(&list).expect("JSON serialises")
            );
            return Ok(());
        }
        ResourcesCommand::List { json: false } => store.read(resources::list)?,
        ResourcesCommand::Add(r) => store.write(|tx| {
            resources::create(tx, &r.input())?;
            resources::list(tx)
        })?,
        ResourcesCommand::Edit { id, resource } => store.write(|tx| {
            resources::update(tx, id, &resource.input())?;
            resources::list(tx)
        })?,
        ResourcesCommand::Remove { id } => store.write(|tx| {
            resources::delete(tx, id)?;
            resources::list(tx)
        })?,
        ResourcesCommand::Move { id, direction } => {
            store.write(|tx| resources::reorder(tx, id, direction == "up"))?
        }
    };
    if list.is_empty() {
        println!("{}", say("cli-resources-none", &[]));
        return Ok(());
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.details.name.clone(),
                r.details.phone.clone(),
                r.details.hours.clone(),
                r.details.url.clone(),
            ]
        })
        .collect();
    let headers = [
        "ID",
        "cli-col-name",
        "cli-col-phone",
        "cli-col-hours",
        "URL",
    ]
    .map(|h| {
        if h.starts_with("cli-") {
            say(h, &[])
        } else {
            h.to_owned()
        }
    });
    print!("{}", table::render(&headers, &rows));
    Ok(())
}
