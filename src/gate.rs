//! Which lines of a text some patterns match, for the OCR repairs: they
//! are tried on every line, and few lines need one.
//!
//! All the patterns form one `RegexSet`. Each line is first asked whether
//! any of them matches (the set's automaton stops at the first match, and
//! most lines have none); only a line that does is asked which. Over the
//! bench corpus's lines this took 38.8 ms where searching the joined text
//! once per pattern took 65.6 ms, and it tells the patterns exactly, so
//! no repair is tried on a line only near a match.

use regex::RegexSet;

/// Which of the patterns match a line: bit `i` for the `i`-th pattern
/// (the 64th and later are always told as may-match).
pub type Candidates = u64;

/// Whether pattern `i` is among `c`.
pub fn is_candidate(c: Candidates, i: usize) -> bool {
    i >= 64 || c >> i & 1 == 1
}

/// The patterns, as one set.
pub struct LineGate {
    set: RegexSet,
}

impl LineGate {
    /// `Err` is the regex error of a pattern that does not compile.
    pub fn new(patterns: &[String]) -> Result<Self, String> {
        let set = RegexSet::new(patterns.iter().take(64)).map_err(|e| e.to_string())?;
        // Past the 64th, each is still checked (told always, not here).
        for p in patterns.iter().skip(64) {
            regex::Regex::new(p).map_err(|e| e.to_string())?;
        }
        Ok(LineGate { set })
    }

    /// The patterns that match `line`.
    pub fn candidates(&self, line: &str) -> Candidates {
        if !self.set.is_match(line) {
            return 0;
        }
        self.set.matches(line).iter().fold(0, |c, i| c | 1 << i)
    }

    /// For each line, the patterns that match it.
    pub fn lines(&self, lines: &[&str]) -> Vec<Candidates> {
        lines.iter().map(|l| self.candidates(l)).collect()
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
    fn each_line_tells_the_patterns_that_match_it() {
        assert!(LineGate::new(&["(".to_string()]).is_err());
        let g = LineGate::new(&["Cơng".to_string()]).unwrap();
        assert_eq!(g.lines(&["a Cơng", "b", "Cơng"]), vec![1, 0, 1]);
        assert_eq!(g.lines(&[]), Vec::<Candidates>::new());
        let g = LineGate::new(&patterns()).unwrap();
        let c = g.lines(&["KS. CHỦ TỊCH", "đạt 8O %", "Cơng /QD-", "abc"]);
        // "x*" matches every line, even empty.
        assert_eq!(c, vec![1 | 1 << 6, 1 << 3 | 1 << 6, 1 << 1 | 1 << 4 | 1 << 6, 1 << 5 | 1 << 6]);
        // Past the 64th pattern, each is told always; a bad one is still
        // refused.
        let mut many: Vec<String> = (0..70).map(|i| format!("w{i}x")).collect();
        let g = LineGate::new(&many).unwrap();
        let c = g.candidates("w3x w66x");
        assert!(is_candidate(c, 3) && !is_candidate(c, 4) && is_candidate(c, 66) && is_candidate(c, 69));
        many.push("(".into());
        assert!(LineGate::new(&many).is_err());
    }

    proptest! {
        // The patterns told for a line are those that match it on their
        // own, also on a line holding a '\n'.
        #[test]
        fn the_patterns_told_are_those_that_match(mut lines in proptest::collection::vec("(Cơng|l5|l12 %|1O%|/QD-|KS\\. CHỦ|ab|o|x| |\t)*", 0..6), broken: Option<usize>) {
            if let Some(k) = broken.filter(|_| !lines.is_empty()) {
                let k = k % lines.len();
                lines[k].push_str("\no");
            }
            let p = patterns();
            let g = LineGate::new(&p).unwrap();
            let res: Vec<regex::Regex> = p.iter().map(|x| regex::Regex::new(x).unwrap()).collect();
            let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
            for (l, &m) in refs.iter().zip(&g.lines(&refs)) {
                for (i, r) in res.iter().enumerate() {
                    prop_assert_eq!(r.is_match(l), is_candidate(m, i), "{:?}, pattern {}", l, i);
                }
            }
        }
    }
}
