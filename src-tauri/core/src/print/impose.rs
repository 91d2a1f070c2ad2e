//! Where the frames of a meeting list go on paper: the page's columns, a folded sheet's
//! panels in the order a reader opens them, a booklet's pages in the order a plain
//! duplex printer needs (flip on the short edge) so the folded stack reads 1, 2, 3….

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::pdf::{Frame, Page, Panel};

/// How the list is set on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ListLayout {
    /// Pages in two columns, read in order.
    Full,
    /// One sheet on its side in three panels a side, folded in three like a letter.
    Trifold,
    /// One sheet on its side in four panels a side, folded like an accordion.
    Quadfold,
    /// Half-size pages two to a side, folded in half into a booklet.
    Booklet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    Letter,
    A4,
    Legal,
}

impl Paper {
    /// Width and height in points, upright.
    fn size(self) -> (f32, f32) {
        match self {
            Paper::Letter => (612.0, 792.0),
            Paper::A4 => (595.28, 841.89),
            Paper::Legal => (612.0, 1008.0),
        }
    }
}

impl ListLayout {
    /// The paper a layout is usually printed on: the four-panel fold on Legal, as
    /// service bodies print it, everything else on Letter.
    pub fn usual_paper(self) -> Paper {
        match self {
            ListLayout::Quadfold => Paper::Legal,
            _ => Paper::Letter,
        }
    }

    /// Frames on one side of a sheet (a booklet's: on one of its pages).
    fn per_page(self) -> usize {
        match self {
            ListLayout::Full => 2,
            ListLayout::Trifold => 3,
            ListLayout::Quadfold => 4,
            ListLayout::Booklet => 1,
        }
    }

    /// The list's first frame is a cover of its own (the folded layouts); a full page
    /// opens with it at the top of the first column.
    pub fn has_cover(self) -> bool {
        self != ListLayout::Full
    }

    /// Pages counted as a reader counts them: a booklet's half-size pages, otherwise
    /// the sides of paper.
    pub fn pages_for(self, frames: usize) -> usize {
        let pages = frames.div_ceil(self.per_page()).max(1);
        match self {
            ListLayout::Full => pages,
            ListLayout::Booklet => pages.div_ceil(4) * 4,
            // A folded sheet has two sides, both printed.
            ListLayout::Trifold | ListLayout::Quadfold => pages.div_ceil(2) * 2,
        }
    }
}

/// Margins, the space between columns, and room at the foot for the page number.
const EDGE: f32 = 30.0;
const GUTTER: f32 = 20.0;
const FOOT: f32 = 16.0;

/// The frame every column or panel of `layout` on `paper` has.
pub fn frame(layout: ListLayout, paper: Paper, scale: f32, rtl: bool) -> Frame {
    let (w, h) = paper.size();
    let (width, height) = match layout {
        ListLayout::Full => ((w - 2.0 * EDGE - GUTTER) / 2.0, h - 2.0 * EDGE - FOOT),
        // On its side: the sheet's height is the width of the panels together.
        ListLayout::Trifold => (h / 3.0 - 2.0 * (GUTTER / 2.0 + 6.0), w - 2.0 * EDGE),
        ListLayout::Quadfold => (h / 4.0 - 2.0 * (GUTTER / 2.0 + 4.0), w - 2.0 * EDGE),
        ListLayout::Booklet => (h / 2.0 - 2.0 * EDGE, w - 2.0 * EDGE - FOOT),
    };
    Frame {
        width,
        height,
        scale,
        rtl,
    }
}

/// Where reading position `k` of a folded sheet goes: (side, panel from the left).
fn fold_slot(layout: ListLayout, k: usize) -> (usize, usize) {
    match layout {
        // Outside: inner flap, back, cover; inside: the three panels a reader opens to.
        ListLayout::Trifold => [(0, 2), (1, 0), (1, 1), (1, 2), (0, 0), (0, 1)][k],
        // Accordion: the outside runs left to right from the cover, then the inside.
        _ => (k / 4, k % 4),
    }
}

/// The sheets of `frames`, imposed; `numbers` gives a page its number's frame (a
/// booklet's and a full page's). `rtl` mirrors the order: a right-to-left booklet is
/// bound on the right, its panels read from the right.
pub fn impose(
    layout: ListLayout,
    paper: Paper,
    frames: Vec<Panel>,
    pages: usize,
    rtl: bool,
    mut number: impl FnMut(usize, f32) -> crate::error::Result<Panel>,
) -> crate::error::Result<Vec<Page>> {
    let (w, h) = paper.size();
    let f = frame(layout, paper, 1.0, rtl);
    let mut frames = frames.into_iter().map(Some).collect::<Vec<_>>();
    let mut take = |i: usize| frames.get_mut(i).and_then(Option::take);
    let mut out = vec![];
    match layout {
        ListLayout::Full => {
            for p in 0..pages {
                let mut panels = vec![];
                for c in 0..2 {
                    if let Some(panel) = take(p * 2 + c) {
                        let col = if rtl { 1 - c } else { c };
                        panels.push((panel, EDGE + col as f32 * (f.width + GUTTER), EDGE));
                    }
                }
                panels.push((number(p + 1, w)?, 0.0, h - EDGE));
                out.push(Page {
                    width: w,
                    height: h,
                    panels,
                    marks: vec![],
                });
            }
        }
        ListLayout::Booklet => {
            // Sheet i: outside [n-2i | 2i+1], inside [2i+2 | n-2i-1] (pages from 1).
            let half = h / 2.0;
            for i in 0..pages / 4 {
                for (left, right) in [(pages - 2 * i, 2 * i + 1), (2 * i + 2, pages - 2 * i - 1)] {
                    let (left, right) = if rtl { (right, left) } else { (left, right) };
                    let mut panels = vec![];
                    for (n, x0) in [(left, 0.0), (right, half)] {
                        if let Some(panel) = take(n - 1) {
                            panels.push((panel, x0 + EDGE, EDGE));
                        }
                        panels.push((number(n, half)?, x0, w - EDGE));
                    }
                    out.push(Page {
                        width: h,
                        height: w,
                        panels,
                        marks: fold_marks(h, w, 2),
                    });
                }
            }
        }
        ListLayout::Trifold | ListLayout::Quadfold => {
            let n = layout.per_page();
            let panel_w = h / n as f32;
            for sheet in 0..pages / 2 {
                let mut sides: [Vec<(Panel, f32, f32)>; 2] = [vec![], vec![]];
                for k in 0..2 * n {
                    let (side, slot) = fold_slot(layout, k);
                    let slot = if rtl { n - 1 - slot } else { slot };
                    if let Some(panel) = take(sheet * 2 * n + k) {
                        let x = slot as f32 * panel_w + (panel_w - f.width) / 2.0;
                        sides[side].push((panel, x, EDGE));
                    }
                }
                for panels in sides {
                    out.push(Page {
                        width: h,
                        height: w,
                        panels,
                        marks: fold_marks(h, w, n),
                    });
                }
            }
        }
    }
    Ok(out)
}

/// Short ticks at the top and bottom edge where the sheet folds into `parts`.
fn fold_marks(w: f32, h: f32, parts: usize) -> Vec<[f32; 4]> {
    (1..parts)
        .flat_map(|i| {
            let x = w * i as f32 / parts as f32;
            [[x, 0.0, x, 12.0], [x, h - 12.0, x, h]]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_booklet_of_eight_pages_prints_in_folding_order() {
        // The order a saddle-stitched booklet needs: 8|1, 2|7, 6|3, 4|5.
        let mut order = vec![];
        let pages = impose(
            ListLayout::Booklet,
            Paper::Letter,
            vec![],
            8,
            false,
            |n, _| {
                order.push(n);
                Ok(
                    crate::pdf::flow(&[], frame(ListLayout::Booklet, Paper::Letter, 1.0, false))?
                        .remove(0),
                )
            },
        )
        .unwrap();
        assert_eq!(pages.len(), 4);
        assert_eq!(order, [8, 1, 2, 7, 6, 3, 4, 5]);
    }

    #[test]
    fn pages_are_counted_as_a_reader_counts_them() {
        assert_eq!(ListLayout::Booklet.pages_for(5), 8);
        assert_eq!(ListLayout::Trifold.pages_for(4), 2);
        assert_eq!(ListLayout::Trifold.pages_for(7), 4);
        assert_eq!(ListLayout::Full.pages_for(3), 2);
    }
}
