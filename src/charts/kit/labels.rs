//! Label and mark placement without overlaps: a greedy first-fit into rows.

/// For spans `(start, end)` on one axis, the lowest row where each fits without touching an
/// earlier span in that row (keeping `gap` between them). Spans are placed in the given order.
pub fn rows(spans: &[(f64, f64)], gap: f64) -> Vec<usize> {
    let mut row_ends: Vec<Vec<(f64, f64)>> = Vec::new();
    spans
        .iter()
        .map(|&(s, e)| {
            let free = |row: &Vec<(f64, f64)>| row.iter().all(|&(a, b)| e + gap <= a || s >= b + gap);
            match row_ends.iter().position(free) {
                Some(i) => {
                    row_ends[i].push((s, e));
                    i
                }
                None => {
                    row_ends.push(vec![(s, e)]);
                    row_ends.len() - 1
                }
            }
        })
        .collect()
}

/// Row `i` as an offset from a centre line: 0, −1, +1, −2, +2, …
pub fn centred_offset(row: usize) -> f64 {
    let k = row.div_ceil(2) as f64;
    if row % 2 == 1 {
        -k
    } else {
        k
    }
}

/// An axis-aligned box in CSS px (y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// True when the boxes overlap, or side by side come closer than `gap` (rows of labels are
    /// already spaced vertically).
    pub fn touches(&self, other: &Rect, gap: f64) -> bool {
        self.x0 < other.x1 + gap && other.x0 < self.x1 + gap && self.y0 < other.y1 && other.y0 < self.y1
    }
}

/// Where labels stack: rows `row_h` tall going up from `base` (the bottom of the lowest row)
/// to no higher than `ceiling`, between `left` and `right`.
#[derive(Debug, Clone, Copy)]
pub struct Stack {
    pub base: f64,
    pub row_h: f64,
    pub ceiling: f64,
    pub left: f64,
    pub right: f64,
    pub gap: f64,
}

/// Places labels `(centre x, width)`, most important first, each in the lowest row where it
/// touches no placed label and no obstacle, shifted inside the sides. A label that fits in no
/// row is left out (`None`): the chart's tooltips still carry it. So is a less important label
/// in the column of one left out, where it would read as that one's.
pub fn stack(labels: &[(f64, f64)], at: Stack, obstacles: &[Rect]) -> Vec<Option<Rect>> {
    let rows = ((at.base - at.ceiling) / at.row_h).floor().max(0.0) as usize;
    let mut placed: Vec<Rect> = Vec::new();
    let mut left_out: Vec<(f64, f64)> = Vec::new();
    labels
        .iter()
        .map(|&(cx, w)| {
            let x0 = (cx - w / 2.0).min(at.right - w).max(at.left);
            if left_out.iter().any(|&(a, b)| x0 < b + at.gap && a < x0 + w + at.gap) {
                return None;
            }
            let spot = (0..rows)
                .map(|row| {
                    let y1 = at.base - row as f64 * at.row_h;
                    Rect {
                        x0,
                        y0: y1 - at.row_h + 1.0,
                        x1: x0 + w,
                        y1,
                    }
                })
                .find(|r| !placed.iter().chain(obstacles).any(|o| r.touches(o, at.gap)));
            match spot {
                Some(r) => placed.push(r),
                None => left_out.push((x0, x0 + w)),
            }
            spot
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_spans_go_to_new_rows_and_free_space_is_reused() {
        let spans = [(0.0, 10.0), (5.0, 15.0), (12.0, 20.0), (30.0, 40.0)];
        assert_eq!(rows(&spans, 1.0), vec![0, 1, 0, 0]);
    }

    #[test]
    fn offsets_alternate_around_the_centre() {
        let offsets: Vec<f64> = (0..5).map(centred_offset).collect();
        assert_eq!(offsets, vec![0.0, -1.0, 1.0, -2.0, 2.0]);
    }

    const AT: Stack = Stack {
        base: 50.0,
        row_h: 11.0,
        ceiling: 20.0,
        left: 0.0,
        right: 100.0,
        gap: 2.0,
    };

    #[test]
    fn stacked_labels_never_touch_each_other_or_an_obstacle() {
        // A dense cluster, like the releases of 2024-25 on a phone.
        let labels = [
            (80.0, 12.0),
            (84.0, 12.0),
            (78.0, 6.0),
            (88.0, 12.0),
            (90.0, 6.0),
            (10.0, 6.0),
        ];
        let title = Rect {
            x0: 0.0,
            y0: 20.0,
            x1: 30.0,
            y1: 34.0,
        };
        let placed = stack(&labels, AT, &[title]);
        let shown: Vec<Rect> = placed.iter().flatten().copied().collect();
        for (i, a) in shown.iter().enumerate() {
            assert!(!a.touches(&title, AT.gap), "{a:?} on the title");
            assert!(
                a.y0 >= AT.ceiling && a.x0 >= AT.left && a.x1 <= AT.right,
                "{a:?} outside"
            );
            for b in &shown[i + 1..] {
                assert!(!a.touches(b, AT.gap), "{a:?} touches {b:?}");
            }
        }
        assert!(
            placed[0].is_some() && placed[1].is_some(),
            "the most important labels are placed"
        );
        assert!(
            placed.iter().any(Option::is_none),
            "two rows cannot hold the whole cluster"
        );
        assert_eq!(
            placed[5].map(|r| r.y1),
            Some(AT.base),
            "a lone label sits in the lowest row, past the title"
        );
    }

    #[test]
    fn a_smaller_label_never_stands_in_for_a_bigger_one_left_out() {
        // The biggest is blocked by the title; the next, at almost the same place, is not placed
        // in its stead; one further along is.
        let title = Rect {
            x0: 0.0,
            y0: 20.0,
            x1: 40.0,
            y1: 50.0,
        };
        let placed = stack(&[(30.0, 12.0), (34.0, 6.0), (70.0, 6.0)], AT, &[title]);
        assert_eq!(placed[0], None);
        assert_eq!(placed[1], None);
        assert!(placed[2].is_some());
    }

    #[test]
    fn a_label_at_the_edge_is_moved_inside() {
        let placed = stack(&[(99.0, 12.0), (1.0, 12.0)], AT, &[]);
        assert_eq!(placed[0].map(|r| r.x1), Some(100.0));
        assert_eq!(placed[1].map(|r| r.x0), Some(0.0));
    }
}
