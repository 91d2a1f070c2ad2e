//! The weekly and monthly reports of a house, as CSV (formula-safe cells) and PDF.

#[allow(unused_imports)]
use super::*;
use crate::i18n::Arg;

/// One resident over one period, for the weekly and monthly reports.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReportLine {
    pub nickname: String,
    pub phase: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub attended: u32,
    pub here: u32,
    pub verified: u32,
    pub self_reported: u32,
    /// Meetings the weekly rules asked for over the period.
    pub required: u32,
    pub met: bool,
}

/// Each resident's numbers for the period `from..=to` (a week or a month).
pub fn report(
    conn: &Connection,
    house_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<ReportLine>> {
    if to < from || (to - from).num_days() > 400 {
        return Err(Error::invalid(
            crate::error::Code::ReportInvalidRange,
            "to",
            "a report covers one day to a year",
        ));
    }
    let house = get(conn, house_id)?;
    let mut out = vec![];
    for res in residents(conn, house_id)? {
        let stay = (res.move_in, res.move_out.unwrap_or(NaiveDate::MAX));
        let Some(lived) = overlap((from, to), stay) else {
            continue;
        };
        let list = attended(conn, res.member_id, lived.0, lived.1)?;
        let mut required = 0u32;
        let mut monday = week_of(lived.0);
        while monday <= lived.1 {
            let part = overlap((monday, monday + Duration::days(6)), lived)
                .expect("the week meets the period");
            let whole =
                overlap((monday, monday + Duration::days(6)), stay).expect("lived there that week");
            for rule in house
                .rules
                .iter()
                .filter(|r| r.rule.kind == RuleKind::PerWeek)
            {
                if rule
                    .rule
                    .phase
                    .as_deref()
                    .is_none_or(|p| p.eq_ignore_ascii_case(&res.phase))
                {
                    // The week's requirement, shared over the days of it inside the period.
                    let week_required =
                        (rule.rule.count as u64 * days(whole) as u64).div_ceil(7) as i64;
                    required +=
                        ((week_required * days(part)) as f64 / days(whole) as f64).round() as u32;
                }
            }
            monday += Duration::weeks(1);
        }
        let n = |s: Source| list.iter().filter(|a| a.how == s).count() as u32;
        out.push(ReportLine {
            nickname: res.nickname.clone(),
            phase: res.phase.clone(),
            from: lived.0,
            to: lived.1,
            attended: list.len() as u32,
            here: n(Source::Here),
            verified: n(Source::Slip),
            self_reported: n(Source::SelfReported),
            required,
            met: list.len() as u32 >= required,
        });
    }
    Ok(out)
}

/// The two forms a house report is saved in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    /// A spreadsheet, one row per resident and week.
    Csv,
    /// A printable page for the house manager's binder.
    Pdf,
}

pub fn report_csv(lines: &[ReportLine]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut row = |cells: &[&str]| {
        let guarded: Vec<String> = cells.iter().map(|c| spreadsheet_safe(c)).collect();
        w.write_record(&guarded)
            .expect("writing to memory cannot fail");
    };
    row(&[
        "nickname",
        "phase",
        "from",
        "to",
        "attended",
        "at_our_meetings",
        "verified_by_slip",
        "self_reported",
        "required",
        "met",
    ]);
    for l in lines {
        row(&[
            &l.nickname,
            &l.phase,
            &l.from.to_string(),
            &l.to.to_string(),
            &l.attended.to_string(),
            &l.here.to_string(),
            &l.verified.to_string(),
            &l.self_reported.to_string(),
            &l.required.to_string(),
            if l.met { "yes" } else { "no" },
        ]);
    }
    let bytes = w.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("the cells are UTF-8")
}

/// A cell a spreadsheet will not run: one that would start a formula (`=`, `+`, `-`,
/// `@`, or a tab or carriage return before one) is kept as text with a leading `'`.
pub(super) fn spreadsheet_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The period's report as a printable page in `lang`.
pub fn report_pdf(
    house: &House,
    from: NaiveDate,
    to: NaiveDate,
    lines: &[ReportLine],
    lang: Lang,
) -> Result<Vec<u8>> {
    use crate::pdf::Block;
    let say = |id: &str, args: &[(&str, Arg)]| i18n::message(lang, id, args);
    let date = |d: NaiveDate| Arg::from(i18n::date(lang, d));
    let rules: Vec<String> = house
        .rules
        .iter()
        .map(|r| super::rule_words(&r.rule, lang))
        .collect();
    let mut blocks = vec![
        Block::Title(say("report-title", &[("house", (&house.name).into())])),
        Block::Text(say(
            "report-period",
            &[("from", date(from)), ("to", date(to))],
        )),
        Block::Small(if rules.is_empty() {
            say("report-no-rules", &[])
        } else {
            say("report-rules", &[("rules", rules.join("; ").into())])
        }),
        Block::Gap(8.0),
    ];
    for l in lines {
        let who = if l.phase.is_empty() {
            l.nickname.clone()
        } else {
            say(
                "report-who-phase",
                &[("name", (&l.nickname).into()), ("phase", (&l.phase).into())],
            )
        };
        blocks.push(Block::Strong(say(
            "report-line",
            &[
                ("who", who.into()),
                ("attended", l.attended.into()),
                ("required", l.required.into()),
                ("met", if l.met { "yes" } else { "no" }.into()),
            ],
        )));
        blocks.push(Block::Item(say(
            "report-detail",
            &[
                ("here", l.here.into()),
                ("verified", l.verified.into()),
                ("self", l.self_reported.into()),
                ("from", date(l.from)),
                ("to", date(l.to)),
            ],
        )));
    }
    blocks.push(Block::Gap(12.0));
    blocks.push(Block::Small(say("report-presence", &[])));
    crate::pdf::render(&blocks, lang.rtl())
}
