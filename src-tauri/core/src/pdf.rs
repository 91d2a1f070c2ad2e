//! Small printable documents (the wall flyer, attendance slips): text in the PDF base
//! fonts, which every reader has, so nothing is embedded and files stay tiny; QR codes
//! drawn as squares. Text is WinAnsi-encoded, which covers Spanish and most of Western
//! Europe; anything else prints as "?".

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};
use qrcode::{Color, EcLevel, QrCode};

use crate::error::{Error, Result};

/// US Letter; A4 printers fit it without cutting anything (margins are generous).
const PAGE_W: f32 = 612.0;
const PAGE_H: f32 = 792.0;
const MARGIN: f32 = 54.0;

#[derive(Debug, Clone)]
pub enum Block {
    Title(String),
    Heading(String),
    Text(String),
    /// Bold body text (a day heading in a list).
    Strong(String),
    /// Body text set in from the margin (an item under a `Strong`).
    Item(String),
    Small(String),
    /// A QR code of `data`, `size` points wide, centred.
    Qr {
        data: String,
        size: f32,
    },
    Gap(f32),
}

/// The language a sheet is printed in: `lang`, where the standard PDF fonts can write
/// it. They write Western European scripts only, so a language in another script
/// (Persian) prints in English until sheets embed their own fonts.
pub fn printable(lang: crate::i18n::Lang) -> crate::i18n::Lang {
    let sample = [
        "flyer-scan-calendar",
        "flyer-updates",
        "slip-scan",
        "report-presence",
    ]
    .map(|id| crate::i18n::message(lang, id, &[]))
    .join(" ");
    if writes(&sample) {
        lang
    } else {
        crate::i18n::Lang::EN
    }
}

/// Whether the standard fonts can write `text` (every character is in WinAnsi).
pub fn writes(text: &str) -> bool {
    text.chars()
        .all(|c| c == '?' || winansi(&c.to_string()) != b"?")
}

fn winansi(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            ' '..='~' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '…' => 0x85,
            '•' => 0x95,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '–' => 0x96,
            '—' => 0x97,
            _ => b'?',
        })
        .collect()
}

/// Helvetica is about half an em wide on average; wrap a little early to be safe.
fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let per_line = ((width / (size * 0.53)) as usize).max(10);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > per_line {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

pub fn qr_modules(data: &str) -> Result<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).map_err(|_| {
        Error::invalid(
            crate::error::Code::QrTooLong,
            "url",
            "this address is too long for a QR code",
        )
    })?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Ok((code.width(), dark))
}

/// An SVG of the QR code (for the screen); a quiet zone of four modules around it.
pub fn qr_svg(data: &str) -> Result<String> {
    let (w, dark) = qr_modules(data)?;
    let n = w + 8;
    let mut path = String::new();
    for (i, d) in dark.iter().enumerate() {
        if *d {
            path.push_str(&format!("M{},{}h1v1h-1z", i % w + 4, i / w + 4));
        }
    }
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" shape-rendering=\"crispEdges\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");

/// How many pages `blocks` take (a wall flyer must take one).
pub fn page_count(blocks: &[Block]) -> Result<usize> {
    Ok(draw(blocks)?.len())
}

pub fn render(blocks: &[Block]) -> Result<Vec<u8>> {
    let pages = draw(blocks)?;
    assemble(pages)
}

/// Lays `blocks` out and draws them, a page's content each.
fn draw(blocks: &[Block]) -> Result<Vec<Content>> {
    let (regular, bold) = (REGULAR, BOLD);
    let mut pages: Vec<Content> = vec![Content::new()];
    let mut y = PAGE_H - MARGIN;
    let width = PAGE_W - 2.0 * MARGIN;
    for b in blocks {
        let indent = if matches!(b, Block::Item(_)) {
            18.0
        } else {
            0.0
        };
        let (font, size, lines, lead): (Name, f32, Vec<String>, f32) = match b {
            Block::Title(t) => (bold, 26.0, wrap(t, 26.0, width), 32.0),
            Block::Heading(t) => (bold, 15.0, wrap(t, 15.0, width), 20.0),
            Block::Text(t) => (regular, 12.0, wrap(t, 12.0, width), 16.0),
            Block::Strong(t) => (bold, 12.0, wrap(t, 12.0, width), 16.0),
            Block::Item(t) => (regular, 12.0, wrap(t, 12.0, width - indent), 16.0),
            Block::Small(t) => (regular, 9.0, wrap(t, 9.0, width), 12.0),
            Block::Gap(g) => {
                y -= g;
                continue;
            }
            Block::Qr { data, size } => {
                if y - size < MARGIN {
                    pages.push(Content::new());
                    y = PAGE_H - MARGIN;
                }
                let (w, dark) = qr_modules(data)?;
                let m = size / (w as f32 + 8.0);
                let x0 = (PAGE_W - size) / 2.0 + 4.0 * m;
                let top = y - 4.0 * m;
                let c = pages.last_mut().expect("a page");
                c.set_fill_gray(0.0);
                for (i, d) in dark.iter().enumerate() {
                    if *d {
                        let (cx, cy) = ((i % w) as f32, (i / w) as f32);
                        c.rect(x0 + cx * m, top - (cy + 1.0) * m, m, m);
                    }
                }
                c.fill_nonzero();
                y -= size;
                continue;
            }
        };
        for line in lines {
            if y - lead < MARGIN {
                pages.push(Content::new());
                y = PAGE_H - MARGIN;
            }
            y -= lead;
            let c = pages.last_mut().expect("a page");
            c.begin_text();
            c.set_font(font, size);
            c.next_line(MARGIN + indent, y);
            c.show(Str(&winansi(&line)));
            c.end_text();
        }
    }
    Ok(pages)
}

fn assemble(pages: Vec<Content>) -> Result<Vec<u8>> {
    let (regular, bold) = (REGULAR, BOLD);
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let f1 = Ref::new(3);
    let f2 = Ref::new(4);
    let first_page = 10;
    let page_ids: Vec<Ref> = (0..pages.len())
        .map(|i| Ref::new(first_page + 2 * i as i32))
        .collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(pages.len() as i32);
    for (font, base) in [(f1, &b"Helvetica"[..]), (f2, &b"Helvetica-Bold"[..])] {
        pdf.type1_font(font)
            .base_font(Name(base))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (i, content) in pages.into_iter().enumerate() {
        let id = page_ids[i];
        let content_id = Ref::new(id.get() + 1);
        let mut page = pdf.page(id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
        page.parent(tree);
        page.contents(content_id);
        let mut res = page.resources();
        res.fonts().pair(regular, f1).pair(bold, f2);
        res.finish();
        page.finish();
        pdf.stream(content_id, &content.finish());
    }
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_text_is_winansi_and_a_pdf_comes_out() {
        assert_eq!(winansi("Reunión ¿año?"), b"Reuni\xf3n \xbfa\xf1o?".to_vec());
        assert_eq!(winansi("日本"), b"??".to_vec());
        let pdf = render(&[
            Block::Title("Grupo Esperanza".into()),
            Block::Qr {
                data: "webcal://192.168.1.5:8737/feeds/abc.ics".into(),
                size: 200.0,
            },
            Block::Text("Martes 19:00 — Reunión abierta".into()),
        ])
        .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.windows(14).any(|w| w == b"Helvetica-Bold"));
    }

    #[test]
    fn long_programs_flow_onto_more_pages() {
        let blocks: Vec<Block> = (0..120).map(|i| Block::Text(format!("Line {i}"))).collect();
        let pdf = render(&blocks).unwrap();
        let count = pdf.windows(10).filter(|w| *w == b"/Type /Pag").count();
        assert!(count >= 3, "{count}");
    }

    #[test]
    fn qr_svg_is_square_with_a_quiet_zone() {
        let svg = qr_svg("webcal://example.org/feeds/x.ics").unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(
            svg.contains("viewBox=\"0 0 33 33\"") || svg.contains("viewBox=\"0 0 37 37\""),
            "{svg}"
        );
    }
}

/// A PDF's text as poppler's pdftotext reads it, lines joined: what a person (or a
/// screen reader) gets from the sheet.
#[cfg(test)]
pub(crate) fn text_of(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
