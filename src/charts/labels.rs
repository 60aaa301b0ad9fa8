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
}
