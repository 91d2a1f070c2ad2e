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
use std::rc::Rc;
use std::sync::Arc;

use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use parley::fontique::Blob;
use parley::{
    Alignment, AlignmentOptions, BaseDirection, FontContext, FontFamily, FontWeight, Layout,
    LayoutContext, OverflowWrap, PositionedLayoutItem, StyleProperty,
};
use qrcode::{Color, EcLevel, QrCode};

use crate::error::{Error, Result};

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
    /// A line of text centred in its frame (a cover's lines, a page number).
    Center {
        text: String,
        size: f32,
        bold: bool,
    },
    /// A meeting in a list, kept whole in one column: its time in a column of its own,
    /// its name in bold and its details small below, a QR code of its link beside.
    Entry {
        time: String,
        name: String,
        details: Vec<String>,
        qr: Option<String>,
    },
    /// What follows starts in the next frame.
    Break,
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

/// A paragraph's look: size, weight, alignment; `small` the size of the text after
/// `bold_to` (an entry's name is bold, its details small).
#[derive(Clone, Copy)]
struct Look {
    size: f32,
    bold: bool,
    center: bool,
    /// Bytes from the start set in bold, the rest in `small` (a list entry).
    bold_to: Option<(usize, f32)>,
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

    /// One paragraph shaped and broken into lines `width` points wide (`None`: one line
    /// as long as it takes, to measure). The sheet's direction is the paragraph's base
    /// direction, so a Persian name inside an English list stays in the English order
    /// (and the other way round), each run shaped and ordered in its own direction.
    fn paragraph(&mut self, text: &str, look: Look, width: Option<f32>, rtl: bool) -> Layout<()> {
        let mut b = self
            .layouts
            .ranged_builder(&mut self.fonts, text, 1.0, false);
        b.set_base_direction(if rtl {
            BaseDirection::Rtl
        } else {
            BaseDirection::Ltr
        });
        b.push_default(StyleProperty::FontFamily(FontFamily::Source(
            Cow::Borrowed(FAMILIES),
        )));
        b.push_default(StyleProperty::FontSize(look.size));
        b.push_default(StyleProperty::LineHeight(
            parley::LineHeight::FontSizeRelative(1.25),
        ));
        // A long web address breaks where it must instead of running off the column.
        b.push_default(StyleProperty::OverflowWrap(OverflowWrap::Anywhere));
        if look.bold {
            b.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        if let Some((end, small)) = look.bold_to {
            b.push(StyleProperty::FontWeight(FontWeight::BOLD), 0..end);
            b.push(StyleProperty::FontSize(small), end..text.len());
        }
        let mut layout = b.build(text);
        layout.break_all_lines(width);
        let align = if look.center {
            Alignment::Center
        } else {
            Alignment::Start
        };
        layout.align(align, AlignmentOptions::default());
        layout
    }
}

/// How list entries are set in a frame: their type size, the frame's width and the
/// time column's.
struct EntryGeometry {
    size: f32,
    scale: f32,
    width: f32,
    time_col: f32,
    rtl: bool,
}

/// A list entry laid out: its body (name, then details) and its time column, the text
/// the body was shaped from, and the room it takes.
struct EntryParts {
    body: Layout<()>,
    times: Layout<()>,
    text: String,
    height: f32,
    qr_size: f32,
}

impl Typesetter {
    fn entry(
        &mut self,
        name: &str,
        details: &[String],
        time: &str,
        qr: bool,
        g: &EntryGeometry,
    ) -> EntryParts {
        let qr_size = if qr { 44.0 * g.scale } else { 0.0 };
        let mut text = name.to_owned();
        for d in details {
            text.push('\n');
            text.push_str(d);
        }
        let look = Look {
            size: g.size,
            bold: false,
            center: false,
            bold_to: Some((name.len(), 8.5 * g.scale)),
        };
        let body_w = (g.width - g.time_col - qr_size - 4.0 * g.scale).max(20.0);
        let body = self.paragraph(&text, look, Some(body_w), g.rtl);
        let times = self.paragraph(
            time,
            Look { bold: true, ..look },
            Some(g.time_col.max(1.0)),
            g.rtl,
        );
        let height = body.height().max(times.height()).max(qr_size) + 3.0 * g.scale;
        EntryParts {
            body,
            times,
            text,
            height,
            qr_size,
        }
    }
}

/// A block's text and look, and how far it is set in from the side it starts on.
fn look_of(b: &Block, scale: f32) -> Option<(&str, Look, f32)> {
    let plain = |size: f32, bold: bool| Look {
        size: size * scale,
        bold,
        center: false,
        bold_to: None,
    };
    Some(match b {
        Block::Title(t) => (t, plain(24.0, true), 0.0),
        Block::Heading(t) => (t, plain(15.0, true), 0.0),
        Block::Text(t) => (t, plain(12.0, false), 0.0),
        Block::Strong(t) => (t, plain(12.0, true), 0.0),
        Block::Item(t) => (t, plain(11.5, false), 18.0 * scale),
        Block::Small(t) => (t, plain(9.0, false), 0.0),
        Block::Center { text, size, bold } => (
            text,
            Look {
                center: true,
                ..plain(*size, *bold)
            },
            0.0,
        ),
        _ => return None,
    })
}

/// The box text flows into: a page inside its margins, or one panel of a folded sheet.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    /// Every size times this (1.0 as designed; a list fitted to fewer pages shrinks it).
    pub scale: f32,
    /// The sheet's language reads right to left.
    pub rtl: bool,
}

/// What one frame holds once laid out; coordinates from the frame's top-left corner.
pub struct Panel {
    placed: Vec<Placed>,
    /// How far down the frame the content reaches.
    pub used: f32,
}

impl Panel {
    pub fn is_empty(&self) -> bool {
        self.placed.is_empty()
    }
}

/// What goes in a frame: lines of a laid-out paragraph, QR codes, lines drawn.
enum Placed {
    /// `lines` of `layout`, the first one's top at `top`.
    Lines {
        layout: Rc<Layout<()>>,
        text: Rc<str>,
        lines: std::ops::Range<usize>,
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

impl Placed {
    /// Every line of `layout`, its top-left corner at (`x`, `top`).
    fn whole(layout: Layout<()>, text: &str, x: f32, top: f32) -> Placed {
        Placed::Lines {
            lines: 0..layout.len(),
            layout: Rc::new(layout),
            text: Rc::from(text),
            x,
            top,
        }
    }
}

/// The top of line `i` of a layout, in the layout's coordinates.
fn line_top(layout: &Layout<()>, i: usize) -> f32 {
    layout
        .get(i)
        .map_or(layout.height(), |l| l.metrics().block_min_coord)
}

/// Lays `blocks` out into frames of one size, as many as they take: a paragraph moves
/// on by lines, a heading keeps with what follows it, a list entry and a QR code stay
/// whole; `Break` starts the next frame.
pub fn flow(blocks: &[Block], frame: Frame) -> Result<Vec<Panel>> {
    TYPESETTER.with(|t| {
        let mut t = t.borrow_mut();
        let t = &mut *t;
        let Frame {
            width,
            height,
            scale,
            rtl,
        } = frame;
        let mut panels = vec![Panel {
            placed: vec![],
            used: 0.0,
        }];
        let mut y = 0.0f32;
        // The time column of list entries: as wide as the widest time.
        let entry_size = 9.5 * scale;
        let mut time_w = 0.0f32;
        for b in blocks {
            if let Block::Entry { time, .. } = b {
                let look = Look {
                    size: entry_size,
                    bold: true,
                    center: false,
                    bold_to: None,
                };
                for part in time.lines() {
                    time_w = time_w.max(t.paragraph(part, look, None, rtl).width());
                }
            }
        }
        let time_col = if time_w > 0.0 {
            time_w + 6.0 * scale
        } else {
            0.0
        };
        let geometry = EntryGeometry {
            size: entry_size,
            scale,
            width,
            time_col,
            rtl,
        };
        let next_frame = |panels: &mut Vec<Panel>, y: &mut f32| {
            if let Some(p) = panels.last_mut() {
                p.used = *y;
            }
            if panels.last().is_some_and(|p| !p.placed.is_empty()) {
                panels.push(Panel {
                    placed: vec![],
                    used: 0.0,
                });
            }
            *y = 0.0;
        };
        for (i, b) in blocks.iter().enumerate() {
            match b {
                Block::Break => next_frame(&mut panels, &mut y),
                Block::Gap(g) => {
                    // A gap at the top of a frame is no gap.
                    if !panels.last().expect("a frame").placed.is_empty() {
                        y += g * scale;
                    }
                }
                Block::Qr { data, size } => {
                    qr_modules(data)?;
                    let size = size * scale;
                    if y + size > height {
                        next_frame(&mut panels, &mut y);
                    }
                    panels.last_mut().expect("a frame").placed.push(Placed::Qr {
                        data: data.clone(),
                        x: (width - size) / 2.0,
                        top: y,
                        size,
                    });
                    y += size;
                }
                Block::Entry {
                    time,
                    name,
                    details,
                    qr,
                } => {
                    if let Some(q) = qr {
                        qr_modules(q)?;
                    }
                    let EntryParts {
                        body,
                        times,
                        text,
                        height: h,
                        qr_size,
                    } = t.entry(name, details, time, qr.is_some(), &geometry);
                    if y + h > height {
                        next_frame(&mut panels, &mut y);
                    }
                    // The time column on the side the sheet's lines start on.
                    let (time_x, body_x, qr_x) = if rtl {
                        (width - time_col, qr_size + 4.0 * scale, 0.0)
                    } else {
                        (0.0, time_col, width - qr_size)
                    };
                    let p = panels.last_mut().expect("a frame");
                    p.placed.push(Placed::whole(times, time, time_x, y));
                    p.placed.push(Placed::whole(body, &text, body_x, y));
                    if let Some(q) = qr {
                        p.placed.push(Placed::Qr {
                            data: q.clone(),
                            x: qr_x,
                            top: y,
                            size: qr_size,
                        });
                    }
                    y += h;
                }
                _ => {
                    let (text, look, indent) = look_of(b, scale).expect("a text block");
                    let layout = Rc::new(t.paragraph(text, look, Some(width - indent), rtl));
                    let text: Rc<str> = Rc::from(text);
                    // An item is set in from the side its lines start on.
                    let x = if rtl { 0.0 } else { indent };
                    // A heading keeps with the first lines of what follows it.
                    let keep = match b {
                        Block::Heading(_) | Block::Strong(_) => {
                            keep_with(&blocks[i + 1..], scale, |name, details, time, qr| {
                                t.entry(name, details, time, qr, &geometry).height
                            })
                        }
                        _ => 0.0,
                    };
                    let mut first = 0;
                    while first < layout.len() {
                        let top = line_top(&layout, first);
                        // As many of the remaining lines as fit here.
                        let mut last = first;
                        while last < layout.len() && y + line_top(&layout, last + 1) - top <= height
                        {
                            last += 1;
                        }
                        let whole = last == layout.len();
                        let empty = panels.last().expect("a frame").placed.is_empty();
                        if (last == first
                            || (whole && y + line_top(&layout, last) - top + keep > height))
                            && !empty
                        {
                            next_frame(&mut panels, &mut y);
                            continue;
                        }
                        // A frame that cannot hold even one line takes it anyway.
                        let last = last.max(first + 1);
                        panels
                            .last_mut()
                            .expect("a frame")
                            .placed
                            .push(Placed::Lines {
                                layout: layout.clone(),
                                text: text.clone(),
                                lines: first..last,
                                x,
                                top: y,
                            });
                        y += line_top(&layout, last) - top;
                        first = last;
                        if first < layout.len() {
                            next_frame(&mut panels, &mut y);
                        }
                    }
                }
            }
        }
        if let Some(p) = panels.last_mut() {
            p.used = y;
        }
        if panels.len() > 1 && panels.last().is_some_and(|p| p.placed.is_empty()) {
            panels.pop();
        }
        Ok(panels)
    })
}

/// Room for what a heading keeps with: the headings and gaps right after it, and the
/// first lines of what they head (an orphaned "Online" at a column's foot helps nobody).
fn keep_with(
    next: &[Block],
    scale: f32,
    mut entry_height: impl FnMut(&str, &[String], &str, bool) -> f32,
) -> f32 {
    let mut room = 0.0;
    for b in next {
        match b {
            Block::Gap(g) => room += g * scale,
            Block::Heading(_) => room += 15.0 * 1.25 * scale,
            Block::Strong(_) => room += 12.0 * 1.25 * scale,
            // An entry is never split: all of it, or the heading waits for the next frame.
            Block::Entry {
                time,
                name,
                details,
                qr,
            } => return room + entry_height(name, details, time, qr.is_some()),
            Block::Text(_) | Block::Item(_) | Block::Small(_) => {
                return room + 2.0 * 12.0 * 1.25 * scale
            }
            _ => return room,
        }
    }
    room
}

/// One side of a sheet of paper: frames placed on it and lines drawn (fold marks).
pub struct Page {
    pub width: f32,
    pub height: f32,
    /// Each frame with its top-left corner on the page.
    pub panels: Vec<(Panel, f32, f32)>,
    /// Thin lines from (x1, y1) to (x2, y2).
    pub marks: Vec<[f32; 4]>,
}

/// US Letter, the size of the flyer, slips and reports; A4 printers fit it without
/// cutting anything (margins are generous).
fn letter(blocks: &[Block], rtl: bool) -> Result<Vec<Panel>> {
    flow(
        blocks,
        Frame {
            width: PAGE_W - 2.0 * MARGIN,
            height: PAGE_H - 2.0 * MARGIN,
            scale: 1.0,
            rtl,
        },
    )
}

/// How many pages `blocks` take (a wall flyer must take one).
pub fn page_count(blocks: &[Block], rtl: bool) -> Result<usize> {
    Ok(letter(blocks, rtl)?.len())
}

/// `blocks` on Letter pages, one after another.
pub fn render(blocks: &[Block], rtl: bool) -> Result<Vec<u8>> {
    let pages: Vec<Page> = letter(blocks, rtl)?
        .into_iter()
        .map(|p| Page {
            width: PAGE_W,
            height: PAGE_H,
            panels: vec![(p, MARGIN, MARGIN)],
            marks: vec![],
        })
        .collect();
    write(&pages)
}

/// The PDF of `pages`, fonts embedded and subsetted.
pub fn write(pages: &[Page]) -> Result<Vec<u8>> {
    let mut doc = Document::new();
    // One krilla font per embedded font file, found by the data parley shaped with.
    let mut fonts: HashMap<(u64, u32), Font> = HashMap::new();
    for sheet in pages {
        let settings =
            PageSettings::from_wh(sheet.width, sheet.height).expect("a positive page size");
        let mut page = doc.start_page_with(settings);
        let mut surface = page.surface();
        let black = || Fill {
            paint: krilla::color::rgb::Color::black().into(),
            opacity: NormalizedF32::ONE,
            rule: FillRule::NonZero,
        };
        surface.set_fill(Some(black()));
        if !sheet.marks.is_empty() {
            // A hairline: fold marks guide the hand, they are not to be read.
            let mut path = PathBuilder::new();
            for [x1, y1, x2, y2] in &sheet.marks {
                path.move_to(*x1, *y1);
                path.line_to(*x2, *y2);
            }
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(krilla::paint::Stroke {
                    width: 0.5,
                    ..Default::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
                surface.set_fill(Some(black()));
            }
        }
        for (panel, px, py) in &sheet.panels {
            let (px, py) = (*px, *py);
            for p in &panel.placed {
                match p {
                    Placed::Qr { data, x, top, size } => {
                        let (x, top, size) = (*x, *top, *size);
                        let (w, dark) = qr_modules(data)?;
                        let m = size / (w as f32 + 8.0);
                        let mut path = PathBuilder::new();
                        for (i, d) in dark.iter().enumerate() {
                            if *d {
                                let (cx, cy) = ((i % w) as f32 + 4.0, (i / w) as f32 + 4.0);
                                if let Some(r) =
                                    Rect::from_xywh(px + x + cx * m, py + top + cy * m, m, m)
                                {
                                    path.push_rect(r);
                                }
                            }
                        }
                        if let Some(path) = path.finish() {
                            surface.draw_path(&path);
                        }
                    }
                    Placed::Lines { .. } => {}
                }
            }
        }
        each_run(sheet, |run, origin, text| {
            let font = font_of(&mut fonts, run)?;
            surface.draw_glyphs(
                Point::from_xy(origin.0, origin.1),
                &glyphs_of(run, text),
                font,
                text,
                run.run().font_size(),
                false,
            );
            Ok(())
        })?;
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

/// Every glyph run on a page, with where its baseline starts on the page and the text
/// its glyphs map back to: what the PDF draws and the preview's picture shows.
fn each_run(
    page: &Page,
    mut f: impl FnMut(&parley::GlyphRun<'_, ()>, (f32, f32), &str) -> Result<()>,
) -> Result<()> {
    for (panel, px, py) in &page.panels {
        for p in &panel.placed {
            let Placed::Lines {
                layout,
                text,
                lines,
                x,
                top,
            } = p
            else {
                continue;
            };
            let shift = py + top - line_top(layout, lines.start);
            for i in lines.clone() {
                let Some(line) = layout.get(i) else { continue };
                for item in line.items() {
                    if let PositionedLayoutItem::GlyphRun(run) = item {
                        f(&run, (px + x + run.offset(), shift + run.baseline()), text)?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// The characters on `pages` that no font shipped with the app draws (a name in Chinese,
/// an emoji): they print as empty boxes, so the person printing is told which.
pub fn unprintable(pages: &[Page]) -> Result<std::collections::BTreeSet<char>> {
    let mut missing = std::collections::BTreeSet::new();
    for page in pages {
        each_run(page, |run, _, text| {
            for cluster in run.run().clusters() {
                if cluster.glyphs().any(|g| g.id == 0) {
                    if let Some(t) = text.get(cluster.text_range()) {
                        missing.extend(
                            t.chars()
                                .filter(|c| !c.is_whitespace() && !is_direction_control(*c)),
                        );
                    }
                }
            }
            Ok(())
        })?;
    }
    Ok(missing)
}

/// A picture of `page` as SVG, for a preview on screen: the same layout the PDF is
/// written from, each glyph drawn from its outline in the embedded fonts (defined once,
/// then placed), so what the window shows is what prints.
pub fn svg(page: &Page) -> Result<String> {
    use skrifa::instance::{LocationRef, Size};
    use skrifa::outline::{DrawSettings, OutlinePen};
    use skrifa::MetadataProvider;
    use std::fmt::Write;

    /// SVG path data of an outline at size 1, its y axis turned down.
    struct Path(String);
    impl OutlinePen for Path {
        fn move_to(&mut self, x: f32, y: f32) {
            let _ = write!(self.0, "M{x:.4} {:.4}", -y);
        }
        fn line_to(&mut self, x: f32, y: f32) {
            let _ = write!(self.0, "L{x:.4} {:.4}", -y);
        }
        fn quad_to(&mut self, cx: f32, cy: f32, x: f32, y: f32) {
            let _ = write!(self.0, "Q{cx:.4} {:.4} {x:.4} {:.4}", -cy, -y);
        }
        fn curve_to(&mut self, ax: f32, ay: f32, bx: f32, by: f32, x: f32, y: f32) {
            let _ = write!(
                self.0,
                "C{ax:.4} {:.4} {bx:.4} {:.4} {x:.4} {:.4}",
                -ay, -by, -y
            );
        }
        fn close(&mut self) {
            self.0.push('Z');
        }
    }

    let mut defs = String::new();
    let mut uses = String::new();
    // Each glyph's id in the picture, once drawn; none for a glyph with no outline (a space).
    let mut known: HashMap<(u64, u32, u32), Option<usize>> = HashMap::new();
    let mut defined = 0;
    each_run(page, |run, (ox, oy), _| {
        let data = run.run().font();
        let size = run.run().font_size();
        let font = skrifa::FontRef::from_index(data.data.data(), data.index).map_err(|_| {
            Error::invalid(
                crate::error::Code::Io,
                "font",
                "an embedded font does not read",
            )
        })?;
        let outlines = font.outline_glyphs();
        let mut pen_x = ox;
        for cluster in run.run().visual_clusters() {
            for g in cluster.glyphs() {
                let id = *known
                    .entry((data.data.id(), data.index, g.id))
                    .or_insert_with(|| {
                        let mut path = Path(String::new());
                        if let Some(glyph) = outlines.get(skrifa::GlyphId::new(g.id)) {
                            let _ = glyph.draw(
                                DrawSettings::unhinted(Size::new(1.0), LocationRef::default()),
                                &mut path,
                            );
                        }
                        if path.0.is_empty() {
                            return None;
                        }
                        let _ = write!(defs, "<path id=\"g{defined}\" d=\"{}\"/>", path.0);
                        defined += 1;
                        Some(defined - 1)
                    });
                if let Some(id) = id {
                    let _ = write!(
                        uses,
                        "<use href=\"#g{id}\" transform=\"translate({:.2} {:.2}) scale({size:.2})\"/>",
                        pen_x + g.x,
                        oy - g.y
                    );
                }
                pen_x += g.advance;
            }
        }
        Ok(())
    })?;
    let mut shapes = String::new();
    for (panel, px, py) in &page.panels {
        for p in &panel.placed {
            if let Placed::Qr { data, x, top, size } = p {
                let (w, dark) = qr_modules(data)?;
                let m = size / (w as f32 + 8.0);
                let _ = write!(shapes, "<path d=\"");
                for (i, d) in dark.iter().enumerate() {
                    if *d {
                        let (cx, cy) = ((i % w) as f32 + 4.0, (i / w) as f32 + 4.0);
                        let _ = write!(
                            shapes,
                            "M{:.2} {:.2}h{m:.2}v{m:.2}h-{m:.2}z",
                            px + x + cx * m,
                            py + top + cy * m
                        );
                    }
                }
                shapes.push_str("\"/>");
            }
        }
    }
    for [x1, y1, x2, y2] in &page.marks {
        let _ = write!(
            shapes,
            "<path d=\"M{x1} {y1}L{x2} {y2}\" stroke=\"#000\" stroke-width=\"0.5\"/>"
        );
    }
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\"><rect width=\"{w}\" height=\"{h}\" fill=\"#fff\"/><defs>{defs}</defs><g fill=\"#000\">{uses}{shapes}</g></svg>",
        w = page.width,
        h = page.height
    ))
}

/// The krilla font of the file parley shaped `run` with, read once per document.
fn font_of(fonts: &mut HashMap<(u64, u32), Font>, run: &parley::GlyphRun<'_, ()>) -> Result<Font> {
    let font_data = run.run().font();
    let key = (font_data.data.id(), font_data.index);
    if let Some(f) = fonts.get(&key) {
        return Ok(f.clone());
    }
    let bytes: Vec<u8> = font_data.data.data().to_vec();
    let f = Font::new(bytes.into(), font_data.index).ok_or_else(|| {
        Error::invalid(
            crate::error::Code::Io,
            "font",
            "an embedded font does not read",
        )
    })?;
    fonts.insert(key, f.clone());
    Ok(f)
}

/// The invisible marks that set a run's direction (LRM, RLM, embeddings, isolates).
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A run's glyphs in visual order, each with the text of its cluster. A ligature ("fi")
/// is one glyph for the text of several clusters: its glyph carries all of it, or a
/// reader gets "fnd" for "find".
fn glyphs_of(run: &parley::GlyphRun<'_, ()>, text: &str) -> Vec<KrillaGlyph> {
    let size = run.run().font_size();
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
    let mut glyphs = vec![];
    for cluster in run.run().visual_clusters() {
        let range = whole
            .get(&cluster.text_range().start)
            .cloned()
            .unwrap_or_else(|| cluster.text_range());
        // Direction controls (an isolate around a phone number, Fluent's around its
        // arguments) order the line and draw nothing: given a glyph of their own, they
        // land among the words a reader copies and scramble poppler's order.
        if text
            .get(range.clone())
            .is_some_and(|t| t.chars().all(is_direction_control))
            && cluster.advance() == 0.0
        {
            continue;
        }
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
    glyphs
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
    words_of(&String::from_utf8_lossy(&out.stdout))
}

/// pdftotext's output as words: its direction marks and moved zero-width non-joiners
/// left out, runs of white space one space.
#[cfg(test)]
pub(crate) fn words_of(poppler: &str) -> String {
    poppler
        .replace(
            [
                '\u{200c}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}',
                '\u{2067}', '\u{2068}', '\u{2069}',
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
        let pdf = render(
            &[
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
            ],
            false,
        )
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
        assert!(page_count(&blocks, false).unwrap() >= 2);
    }

    /// Which frame holds the paragraph whose text starts with `start`.
    fn frame_of(panels: &[Panel], start: &str) -> usize {
        panels
            .iter()
            .position(|p| {
                p.placed
                    .iter()
                    .any(|x| matches!(x, Placed::Lines { text, .. } if text.starts_with(start)))
            })
            .unwrap_or_else(|| panic!("{start} in no frame"))
    }

    #[test]
    fn a_heading_moves_on_with_an_entry_taller_than_three_lines() {
        let frame = Frame {
            width: 220.0,
            height: 300.0,
            scale: 1.0,
            rtl: false,
        };
        let entry = Block::Entry {
            time: "7:30 PM".into(),
            name: "Reunión de Esperanza".into(),
            details: (0..7).map(|i| format!("detail line {i}")).collect(),
            qr: None,
        };
        // Filled until a three-line entry would fit below the heading, a ten-line one not.
        for n in 10..20 {
            let mut blocks: Vec<Block> = (0..n)
                .map(|i| Block::Small(format!("filler {i}")))
                .collect();
            blocks.push(Block::Strong("Thursday".into()));
            blocks.push(entry.clone());
            let panels = flow(&blocks, frame).unwrap();
            assert_eq!(
                frame_of(&panels, "Thursday"),
                frame_of(&panels, "Reunión"),
                "{n} fillers"
            );
        }
    }
}
