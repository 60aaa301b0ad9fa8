//! Hostile input never breaks the parsers: a seeded generator throws random and mutated query
//! strings and host messages at them (no dependency needed; the seed makes failures repeatable).

use minsk_explainer::address::{self, query_pairs};
use minsk_explainer::embed;

/// xorshift64*: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A string of random characters drawn from the kinds that break parsers.
    fn text(&mut self, max: usize) -> String {
        const PIECES: [&str; 24] = [
            "step",
            "=",
            "&",
            "%",
            "%2",
            "%zz",
            "%00",
            "+",
            "?",
            "#",
            "embed",
            "1",
            "9999999999999999999999",
            "-",
            "\u{202e}",
            "\u{0}",
            "\n",
            "é",
            "🇧🇾",
            "<script>",
            "javascript:",
            "pymxPYMx",
            "xPYMx",
            "width",
        ];
        let len = self.below(max + 1);
        let mut out = String::new();
        for _ in 0..len {
            match self.below(3) {
                0 => out.push_str(PIECES[self.below(PIECES.len())]),
                1 => out.push(char::from_u32(self.below(0x11_0000) as u32).unwrap_or('\u{fffd}')),
                _ => out.push((b' ' + self.below(95) as u8) as char),
            }
        }
        out
    }
}

const SLUGS: [&str; 4] = ["a-deal-in-minsk", "behind-bars", "ryanair", "what-happened-next"];

#[test]
fn random_queries_always_give_a_valid_state() {
    let mut rng = Rng(0x5eed_0001);
    for _ in 0..20_000 {
        let query = rng.text(40);
        let state = address::parse(&query, &SLUGS);
        assert!(state.step < SLUGS.len(), "{query:?}");
        let written = address::to_query(state, &SLUGS, &query);
        assert!(written.ends_with(&format!("step={}", SLUGS[state.step])));
        let host = embed::host_params(&query_pairs(&query));
        assert!(host.child_id.as_deref().is_none_or(embed::valid_id));
        assert!(host.parent_url.as_deref().is_none_or(|u| u.starts_with("http")));
    }
}

#[test]
fn huge_and_mutated_inputs_are_clamped() {
    let mut rng = Rng(0x5eed_0002);
    let big = "step=".to_string() + &"9".repeat(100_000);
    assert_eq!(address::parse(&big, &SLUGS).step, 0);
    let junk = "%".repeat(50_000) + &"&".repeat(50_000);
    assert_eq!(address::parse(&junk, &SLUGS).step, 0);
    // Valid queries with one random splice still parse to a valid state.
    for _ in 0..5_000 {
        let mut q = format!("?embed=1&step={}&theme=dark", SLUGS[rng.below(SLUGS.len())]);
        let at = rng.below(q.len() + 1);
        if q.is_char_boundary(at) {
            q.insert_str(at, &rng.text(6));
        }
        assert!(address::parse(&q, &SLUGS).step < SLUGS.len(), "{q:?}");
    }
}

#[test]
fn random_host_messages_are_ignored_unless_exactly_right() {
    let mut rng = Rng(0x5eed_0003);
    for _ in 0..20_000 {
        let message = rng.text(30);
        if let Some(embed::HostMessage::Width(px)) = embed::parse_host_message(&message, "story") {
            assert!(message.starts_with("pymxPYMxstoryxPYMxwidthxPYMx"), "{message:?}");
            assert!(px > 0 && px <= embed::MAX_PX);
        }
    }
    // Near-misses of the real message.
    let real = "pymxPYMxstoryxPYMxwidthxPYMx640";
    for i in 0..real.len() {
        let mut broken = real.to_string();
        broken.remove(i);
        if broken != real {
            let parsed = embed::parse_host_message(&broken, "story");
            assert!(
                parsed.is_none() || broken.starts_with("pymxPYMxstoryxPYMxwidthxPYMx"),
                "{broken:?}"
            );
        }
    }
}
