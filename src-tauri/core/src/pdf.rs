//! Printable documents (the wall flyer, attendance slips, house reports) laid out as
//! real text: parley shapes each paragraph (HarfRust), breaks its lines and orders
//! right-to-left runs (a Persian name inside an English list, a whole Persian sheet);
//! krilla writes the PDF with the fonts embedded and subsetted, each glyph mapped back
//! to its text so a reader (pdftotext, a screen reader, copy and paste) gets the words.
//! The fonts ship inside the app (`fonts/`, Noto Sans and Noto Sans Arabic, SIL OFL
//! 1.1): Latin, Greek, Cyrillic, Vietnamese, Arabic and Persian. QR codes are drawn as
//! squares.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use parley::fontique::Blob;
use parley::{
    Alignment, AlignmentOptions, FontContext, FontFamily, FontWeight, Layout, LayoutContext,
    PositionedLayoutItem, StyleProperty,
};
use qrcode::{Color, EcLevel, QrCode};

use crate::error::{Error, Result};

/// US Letter; A4 printers fit it without cutting anything (margins are generous).
const PAGE_W: f32 = 612.0;
const PAGE_H: f32 = 792.0;
const MARGIN: f32 = 54.0;

/// The fonts every sheet is set in, compiled into the app: a sheet prints the same on
/// every computer, whatever fonts it has.
const FONTS: [&[u8]; 4] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
];
/// Latin, Greek, Cyrillic and Vietnamese first; Arabic script where Noto Sans has no glyph.
const FAMILIES: &str = "Noto Sans, Noto Sans Arabic";

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

/// Parley's font database (the embedded fonts only: a sheet must not depend on the
/// computer's fonts) and its scratch space, built once per thread.
struct Typesetter {
    fonts: FontContext,
    layouts: LayoutContext<()>,
}

thread_local! {
    static TYPESETTER: RefCell<Typesetter> = RefCell::new(Typesetter::new());
}

impl Typesetter {
    fn new() -> Typesetter {
        let mut fonts = FontContext::new();
        for data in FONTS {
            fonts
                .collection
                .register_fonts(Blob::new(Arc::new(data)), None);
        }
        Typesetter {
            fonts,
            layouts: LayoutContext::new(),
        }
    }

    /// One paragraph shaped and broken into lines `width` points wide.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, width: f32) -> Layout<()> {
        let mut b = self
            .layouts
            .ranged_builder(&mut self.fonts, text, 1.0, false);
        b.push_default(StyleProperty::FontFamily(FontFamily::Source(
            Cow::Borrowed(FAMILIES),
        )));
        b.push_default(StyleProperty::FontSize(size));
        b.push_default(StyleProperty::LineHeight(
            parley::LineHeight::FontSizeRelative(1.3),
        ));
        if bold {
            b.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        let mut layout = b.build(text);
        layout.break_all_lines(Some(width));
        layout.align(Alignment::Start, AlignmentOptions::default());
        layout
    }
}

/// A block's text, size, weight and indent.
fn style(b: &Block) -> Option<(&str, f32, bool, f32)> {
    Some(match b {
        Block::Title(t) => (t, 24.0, true, 0.0),
        Block::Heading(t) => (t, 15.0, true, 0.0),
        Block::Text(t) => (t, 12.0, false, 0.0),
        Block::Strong(t) => (t, 12.0, true, 0.0),
        Block::Item(t) => (t, 11.5, false, 18.0),
        Block::Small(t) => (t, 9.0, false, 0.0),
        Block::Qr { .. } | Block::Gap(_) => return None,
    })
}

/// What goes on a page: paragraphs (laid out, with their top-left corner) and QR codes.
enum Placed {
    Text {
        layout: Layout<()>,
        text: String,
        x: f32,
        top: f32,
    },
    Qr {
        data: String,
        x: f32,
        top: f32,
        size: f32,
    },
}

/// Lays `blocks` out on pages: a paragraph moves to the next page by lines, a QR code
/// whole. Coordinates are from the page's top-left corner, as krilla draws.
fn paginate(blocks: &[Block]) -> Result<Vec<Vec<Placed>>> {
    TYPESETTER.with(|t| {
        let mut t = t.borrow_mut();
        let width = PAGE_W - 2.0 * MARGIN;
        let bottom = PAGE_H - MARGIN;
        let mut pages: Vec<Vec<Placed>> = vec![vec![]];
        let mut y = MARGIN;
        for b in blocks {
            match b {
                Block::Gap(g) => y += g,
                Block::Qr { data, size } => {
                    qr_modules(data)?;
                    if y + size > bottom {
                        pages.push(vec![]);
                        y = MARGIN;
                    }
                    pages.last_mut().expect("a page").push(Placed::Qr {
                        data: data.clone(),
                        x: (PAGE_W - size) / 2.0,
                        top: y,
                        size: *size,
                    });
                    y += size;
                }
                _ => {
                    let (text, size, bold, indent) = style(b).expect("a text block");
                    // Line by line, so a long paragraph continues on the next page.
                    let whole = t.paragraph(text, size, bold, width - indent);
                    for line in whole.lines() {
                        let range = line.text_range();
                        let part = text[range].trim_end_matches('\n').to_owned();
                        let layout = t.paragraph(&part, size, bold, width - indent);
                        let h = layout.height();
                        // An item is set in from the side its text starts on.
                        let x = if layout.is_rtl() {
                            MARGIN
                        } else {
                            MARGIN + indent
                        };
                        if y + h > bottom && !pages.last().expect("a page").is_empty() {
                            pages.push(vec![]);
                            y = MARGIN;
                        }
                        pages.last_mut().expect("a page").push(Placed::Text {
                            layout,
                            text: part,
                            x,
                            top: y,
                        });
                        y += h;
                    }
                }
            }
        }
        Ok(pages)
    })
}

/// How many pages `blocks` take (a wall flyer must take one).
pub fn page_count(blocks: &[Block]) -> Result<usize> {
    Ok(paginate(blocks)?.len())
}

pub fn render(blocks: &[Block]) -> Result<Vec<u8>> {
    let pages = paginate(blocks)?;
    let mut doc = Document::new();
    // One krilla font per embedded font file, found by the data parley shaped with.
    let mut fonts: HashMap<(u64, u32), Font> = HashMap::new();
    for placed in pages {
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H).expect("a positive page size");
        let mut page = doc.start_page_with(settings);
        let mut surface = page.surface();
        surface.set_fill(Some(Fill {
            paint: krilla::color::rgb::Color::black().into(),
            opacity: NormalizedF32::ONE,
            rule: FillRule::NonZero,
        }));
        for p in placed {
            match p {
                Placed::Qr { data, x, top, size } => {
                    let (w, dark) = qr_modules(&data)?;
                    let m = size / (w as f32 + 8.0);
                    let mut path = PathBuilder::new();
                    for (i, d) in dark.iter().enumerate() {
                        if *d {
                            let (cx, cy) = ((i % w) as f32 + 4.0, (i / w) as f32 + 4.0);
                            if let Some(r) = Rect::from_xywh(x + cx * m, top + cy * m, m, m) {
                                path.push_rect(r);
                            }
                        }
                    }
                    if let Some(path) = path.finish() {
                        surface.draw_path(&path);
                    }
                }
                Placed::Text {
                    layout,
                    text,
                    x,
                    top,
                } => {
                    for line in layout.lines() {
                        for item in line.items() {
                            let PositionedLayoutItem::GlyphRun(run) = item else {
                                continue;
                            };
                            let font_data = run.run().font();
                            let key = (font_data.data.id(), font_data.index);
                            let font = match fonts.get(&key) {
                                Some(f) => f.clone(),
                                None => {
                                    let bytes: Vec<u8> = font_data.data.data().to_vec();
                                    let f = Font::new(bytes.into(), font_data.index).ok_or_else(
                                        || {
                                            Error::invalid(
                                                crate::error::Code::Io,
                                                "font",
                                                "an embedded font does not read",
                                            )
                                        },
                                    )?;
                                    fonts.insert(key, f.clone());
                                    f
                                }
                            };
                            let size = run.run().font_size();
                            // A ligature ("fi") is one glyph for the text of several
                            // clusters: its glyph carries all of it, or a reader gets
                            // "fnd" for "find".
                            let mut whole: HashMap<usize, std::ops::Range<usize>> = HashMap::new();
                            let mut start = None;
                            for cluster in run.run().clusters() {
                                let r = cluster.text_range();
                                match start {
                                    Some(s) if cluster.is_ligature_continuation() => {
                                        if let Some(w) = whole.get_mut(&s) {
                                            w.end = w.end.max(r.end);
                                        }
                                    }
                                    _ => {
                                        start = Some(r.start);
                                        whole.insert(r.start, r);
                                    }
                                }
                            }
                            // Each glyph with the text of its cluster, in visual order.
                            let mut glyphs = vec![];
                            for cluster in run.run().visual_clusters() {
                                let range = whole
                                    .get(&cluster.text_range().start)
                                    .cloned()
                                    .unwrap_or_else(|| cluster.text_range());
                                for g in cluster.glyphs() {
                                    glyphs.push(KrillaGlyph::new(
                                        GlyphId::new(g.id),
                                        g.advance / size,
                                        g.x / size,
                                        -g.y / size,
                                        0.0,
                                        range.clone(),
                                        None,
                                    ));
                                }
                            }
                            surface.draw_glyphs(
                                Point::from_xy(x + run.offset(), top + run.baseline()),
                                &glyphs,
                                font,
                                &text,
                                size,
                                false,
                            );
                        }
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| {
        Error::invalid(
            crate::error::Code::Io,
            "pdf",
            format!("the PDF could not be written: {e:?}"),
        )
    })
}

/// A PDF's text as poppler's pdftotext reads it, lines joined: what a person (or a
/// screen reader) gets from the sheet. pdftotext marks right-to-left text with
/// embedding controls and may move a zero-width non-joiner; both are left out so a
/// test compares the words.
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
        .replace(
            [
                '\u{200c}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}',
            ],
            "",
        )
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_prints_with_embedded_fonts_and_reads_back() {
        let pdf = render(&[
            Block::Title("Grupo Esperanza".into()),
            Block::Qr {
                data: "webcal://192.168.1.5:8737/feeds/abc.ics".into(),
                size: 200.0,
            },
            Block::Text("Martes 19:00 — Reunión abierta".into()),
            Block::Item("Надежда · Ελπίδα · Hy vọng mới".into()),
            Block::Item("جلسهٔ امید · 19:00".into()),
            // "fi" is a ligature in Noto Sans: one glyph, two letters.
            Block::Small("Scan to find a meeting in Springfield".into()),
        ])
        .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = text_of(&pdf);
        for words in [
            "Grupo Esperanza",
            "Reunión abierta",
            "Надежда",
            "Ελπίδα",
            "Hy vọng mới",
            "Scan to find a meeting in Springfield",
        ] {
            assert!(text.contains(words), "{words} in {text}");
        }
        assert!(text.contains("امید"), "{text}");
    }

    #[test]
    fn a_long_text_continues_on_the_next_page() {
        let blocks: Vec<Block> = (0..120)
            .map(|i| Block::Item(format!("Meeting {i}, a long line of text")))
            .collect();
        assert!(page_count(&blocks).unwrap() >= 2);
    }
}
