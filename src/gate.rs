//! Which lines of a text some patterns may match, for the OCR repairs:
//! they are tried on every line, and few lines need one.
//!
//! One regex of all the repairs, run on each line, read every byte with
//! its automaton (a third of the time spent normalising). Here a pattern
//! that can match anywhere in a line is searched for once in the whole
//! text, lines joined by '\n', where its literal part ("/QD-", "Cơng", the
//! "%" of "(\d)[Oo](\s?%)") is found at memchr speed; a match marks the
//! lines it touches. The patterns anchored at a line's start are tried on
//! each line, where they stop after a few bytes.
//!
//! The answer is a superset of the lines a pattern matches on its own: a
//! match in a line is a match in the joined text (`^` and `$` read as a
//! line's ends, a word boundary the same at a '\n' as at a text's end), and
//! a search that passes over it does so only for a match touching its line.

use regex::Regex;
use regex_syntax::hir::Look;

/// Which of the patterns may match a line: bit `i` for the `i`-th pattern
/// (the 64th and later are always told as may-match).
pub type Candidates = u64;

/// Whether pattern `i` is among `c`.
pub fn is_candidate(c: Candidates, i: usize) -> bool {
    i >= 64 || c >> i & 1 == 1
}

/// The bit of pattern `i` (none past the 64th: those are always tried).
fn bit(i: usize) -> Candidates {
    if i < 64 {
        1 << i
    } else {
        0
    }
}

/// The patterns, sorted by how they are looked for.
pub struct LineGate {
    /// Those anchored at the start, and those that cannot be searched for
    /// in the joined text (an empty match, a text's own start or end), as
    /// one regex tried on each line.
    per_line: Option<Regex>,
    /// The bits of the patterns in `per_line`: a line it matches may be
    /// matched by any of them.
    per_line_bits: Candidates,
    /// The others, in multi-line mode, each searched for in the joined
    /// text, with its bit.
    joined: Vec<(Candidates, Regex)>,
}

impl LineGate {
    /// `Err` is the regex error of a pattern that does not compile.
    pub fn new(patterns: &[String]) -> Result<Self, String> {
        let (mut per_line, mut joined) = (Vec::new(), Vec::new());
        let mut per_line_bits = 0;
        for (i, p) in patterns.iter().enumerate() {
            let multi = format!("(?m:{p})");
            let hir = regex_syntax::Parser::new().parse(&multi).map_err(|e| e.to_string())?;
            let props = hir.properties();
            let line_start = props.look_set_prefix().contains(Look::StartLF);
            let text_ends = props.look_set().contains(Look::Start) || props.look_set().contains(Look::End);
            if line_start || text_ends || props.minimum_len().is_none_or(|n| n == 0) {
                per_line.push(format!("(?:{p})"));
                per_line_bits |= bit(i);
            } else {
                joined.push((bit(i), Regex::new(&multi).map_err(|e| e.to_string())?));
            }
        }
        let per_line = if per_line.is_empty() {
            None
        } else {
            Some(Regex::new(&per_line.join("|")).map_err(|e| e.to_string())?)
        };
        Ok(LineGate { per_line, per_line_bits, joined })
    }

    /// The patterns that may match `line`: none of the others does.
    pub fn candidates(&self, line: &str) -> Candidates {
        self.per_line_candidates(line) | self.joined.iter().filter(|(_, r)| r.is_match(line)).fold(0, |c, (b, _)| c | b)
    }

    /// The patterns tried on each line, if their regex matches `line`.
    fn per_line_candidates(&self, line: &str) -> Candidates {
        if self.per_line.as_ref().is_some_and(|r| r.is_match(line)) {
            self.per_line_bits
        } else {
            0
        }
    }

    /// For each line, the patterns that may match it: none of the others
    /// does.
    pub fn lines(&self, lines: &[&str]) -> Vec<Candidates> {
        if self.joined.is_empty() || lines.is_empty() {
            return lines.iter().map(|l| self.per_line_candidates(l)).collect();
        }
        let mut text = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
        let mut starts = Vec::with_capacity(lines.len());
        for l in lines {
            starts.push(text.len());
            text.push_str(l);
            text.push('\n');
        }
        // A line holding '\n' would read as two: each is tried on its own.
        // (The joined text has one '\n' a line unless some line holds one:
        // counted in one pass, not searched for line by line.)
        if crate::text::count_bytes(text.as_bytes(), |b| b == b'\n') != lines.len() {
            return lines.iter().map(|l| self.candidates(l)).collect();
        }
        let mut may: Vec<Candidates> = lines.iter().map(|l| self.per_line_candidates(l)).collect();
        let line_of = |i: usize| starts.partition_point(|&s| s <= i) - 1;
        for (b, r) in &self.joined {
            for m in r.find_iter(&text) {
                let (first, last) = (line_of(m.start()), line_of(m.end().max(m.start() + 1) - 1));
                may[first..=last].iter_mut().for_each(|x| *x |= b);
            }
        }
        may
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn patterns() -> Vec<String> {
        [
            r"^(\s*)K[S5]\.\s*(CHỦ|GIÁM)",
            r"(?-u:\b)(C)ơng($|[^\p{L}\p{N}])",
            r"(^|[\s\t])[lI|](\d{2})(\s?%)",
            r"(\d)[Oo](\s?%)",
            "/QD-",
            r"\Aab",
            r"x*",
            r"o\s+o",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    #[test]
    fn patterns_are_sorted_by_how_they_are_looked_for() {
        let g = LineGate::new(&patterns()).unwrap();
        // Anchored at the start, at the text's start, or matching empty.
        assert_eq!(g.joined.len(), 5);
        assert!(LineGate::new(&["(".to_string()]).is_err());
        let g = LineGate::new(&["Cơng".to_string()]).unwrap();
        assert_eq!(g.lines(&["a Cơng", "b", "Cơng"]), vec![1, 0, 1]);
        assert_eq!(g.lines(&[]), Vec::<Candidates>::new());
        // Each line tells the patterns that may match it.
        let g = LineGate::new(&patterns()).unwrap();
        let c = g.lines(&["KS. CHỦ TỊCH", "đạt 8O %", "Cơng /QD-"]);
        assert!(is_candidate(c[0], 0) && !is_candidate(c[0], 3) && !is_candidate(c[0], 4));
        assert!(is_candidate(c[1], 3) && !is_candidate(c[1], 1) && !is_candidate(c[1], 4));
        assert!(is_candidate(c[2], 1) && is_candidate(c[2], 4) && !is_candidate(c[2], 3));
    }

    proptest! {
        // Every line a pattern matches on its own is told (the answer may
        // hold more: a match across lines marks the lines it touches).
        #[test]
        fn no_line_a_pattern_matches_is_passed_over(mut lines in proptest::collection::vec("(Cơng|l5|l12 %|1O%|/QD-|KS\\. CHỦ|ab|o|x| |\t)*", 0..6), broken: Option<usize>) {
            // Now and then a line holding a '\n'.
            if let Some(k) = broken.filter(|_| !lines.is_empty()) {
                let k = k % lines.len();
                lines[k].push_str("\no");
            }
            let p = patterns()[..6].iter().chain(&patterns()[7..]).cloned().collect::<Vec<_>>();
            let g = LineGate::new(&p).unwrap();
            let res: Vec<Regex> = p.iter().map(|x| Regex::new(x).unwrap()).collect();
            let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
            let may = g.lines(&refs);
            for (l, &m) in refs.iter().zip(&may) {
                for (i, r) in res.iter().enumerate() {
                    let hit = r.is_match(l);
                    prop_assert!(!hit || is_candidate(m, i), "{:?} matched by {} but passed over", l, i);
                    prop_assert!(!hit || is_candidate(g.candidates(l), i));
                }
                // On a line of its own, a line no pattern matches has none.
                let any = res.iter().any(|r| r.is_match(l));
                if !l.contains('\n') && !any {
                    prop_assert_eq!(g.candidates(l), 0);
                }
            }
        }
    }
}
