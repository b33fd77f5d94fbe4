//! A set of patterns over folded text, answering which of them occur:
//! the patterns that are plain words ("thanh toan truc tuyen") are found
//! by one Aho-Corasick pass, the others each by its own regex.
//!
//! Indicator rules are mostly plain words; a `RegexSet` of all of them
//! ran an overlapping search whose automaton held every pattern, for each
//! header, label and phrase. The answer is the same: a plain pattern
//! occurs where its words occur, and a regex whose every match opens with
//! one of a few words ("so hoa (thanh phan )?ho so" opens with "so hoa ")
//! is tried only where the same pass found one of them.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;
use regex_syntax::hir::literal::{ExtractKind, Extractor};

/// Patterns in their given order; see [`PatternSet::matches`].
pub struct PatternSet {
    len: usize,
    /// The plain patterns and the openings of the others, in one automaton.
    words: AhoCorasick,
    /// What each of its words is.
    word_of: Vec<Word>,
    /// The patterns that are not plain: their index in the set, and the
    /// regex.
    regexes: Vec<(usize, Regex)>,
    /// The regexes (positions in `regexes`) tried on every text, their
    /// openings being unknown.
    ungated: Vec<usize>,
}

#[derive(Clone, Copy)]
enum Word {
    /// Plain pattern `i` of the set.
    Pattern(usize),
    /// An opening of regex `k` (of `PatternSet::regexes`).
    Opening(usize),
}

/// Which patterns of a [`PatternSet`] occur in one text.
pub struct Hits {
    hit: Vec<bool>,
    any: bool,
}

impl Hits {
    pub fn matched(&self, i: usize) -> bool {
        self.hit[i]
    }

    pub fn matched_any(&self) -> bool {
        self.any
    }
}

/// The words every match of regex `p` opens with, when there are a few
/// and none is empty.
fn openings(p: &str) -> Option<Vec<String>> {
    let hir = regex_syntax::Parser::new().parse(p).ok()?;
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    let lits = seq.literals()?;
    if lits.is_empty() || lits.len() > 16 || lits.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    lits.iter().map(|l| String::from_utf8(l.as_bytes().to_vec()).ok()).collect()
}

/// A pattern without regex syntax: letters, digits and spaces.
fn is_plain(p: &str) -> bool {
    !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ')
}

impl PatternSet {
    /// `Err` is the regex error of a pattern that does not compile.
    pub fn new(patterns: &[String]) -> Result<Self, String> {
        let (mut words, mut word_of, mut regexes, mut ungated) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (i, p) in patterns.iter().enumerate() {
            if is_plain(p) {
                words.push(p.clone());
                word_of.push(Word::Pattern(i));
                continue;
            }
            let k = regexes.len();
            regexes.push((i, Regex::new(p).map_err(|e| e.to_string())?));
            match openings(p) {
                Some(open) => {
                    word_of.extend(open.iter().map(|_| Word::Opening(k)));
                    words.extend(open);
                }
                None => ungated.push(k),
            }
        }
        let words = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .map_err(|e| e.to_string())?;
        Ok(PatternSet {
            len: patterns.len(),
            words,
            word_of,
            regexes,
            ungated,
        })
    }

    /// Which patterns occur (anywhere) in `text`.
    pub fn matches(&self, text: &str) -> Hits {
        let mut hits = Hits {
            hit: vec![false; self.len],
            any: false,
        };
        let mut tried = vec![false; self.regexes.len()];
        let mut try_regex = |k: usize, hits: &mut Hits| {
            if !std::mem::replace(&mut tried[k], true) {
                let (i, re) = &self.regexes[k];
                if re.is_match(text) {
                    hits.hit[*i] = true;
                    hits.any = true;
                }
            }
        };
        for m in self.words.find_overlapping_iter(text) {
            match self.word_of[m.pattern().as_usize()] {
                Word::Pattern(i) => {
                    hits.hit[i] = true;
                    hits.any = true;
                }
                Word::Opening(k) => try_regex(k, &mut hits),
            }
        }
        for &k in &self.ungated {
            try_regex(k, &mut hits);
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;

    fn patterns() -> Vec<String> {
        ["thanh toan", "truc tuyen", "ho so[a-z0-9 ]*truc tuyen", "so hoa (thanh phan )?ho so", "toan", "an t", "^ty le", "ho so"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn plain_and_regex_patterns_keep_their_indices() {
        let set = PatternSet::new(&patterns()).unwrap();
        let h = set.matches("ty le ho so nop truc tuyen");
        let got: Vec<usize> = (0..8).filter(|&i| h.matched(i)).collect();
        assert_eq!(got, vec![1, 2, 6, 7]);
        assert!(h.matched_any());
        assert!(!set.matches("khong co gi").matched_any());
        assert!(PatternSet::new(&["(".to_string()]).is_err());
    }

    #[test]
    fn a_regex_is_gated_by_its_openings_only_when_they_are_known() {
        assert_eq!(openings("so hoa (thanh phan )?ho so").unwrap(), vec!["so hoa thanh phan ho so", "so hoa ho so"]);
        assert!(openings("ho so[a-z0-9 ]*truc tuyen").unwrap().iter().all(|o| o.starts_with("ho so")));
        // An anchor takes no room: a match still opens with the words.
        assert_eq!(openings("^ty le").unwrap(), vec!["ty le"]);
        assert_eq!(openings("[a-z]*x"), None);
        let set = PatternSet::new(&["x".into(), "[a-z]*yz".into(), "^ab".into()]).unwrap();
        assert_eq!(set.ungated, vec![0]);
        let h = set.matches("ab yz");
        assert!(!h.matched(0) && h.matched(1) && h.matched(2));
        let h = set.matches("c ab");
        assert!(!h.matched(1) && !h.matched(2) && !h.matched_any());
    }

    /// Every pattern of `rules/metrics.toml`.
    fn metric_patterns() -> Vec<String> {
        let t: toml::Table = include_str!("../rules/metrics.toml").parse().unwrap();
        let rules = t["rule"].as_array().unwrap();
        let lists = rules.iter().flat_map(|r| ["all", "any", "none"].into_iter().filter_map(move |k| r.get(k)?.as_array()));
        lists.flatten().map(|p| p.as_str().unwrap().to_string()).collect()
    }

    proptest! {
        // The indicator rules' own patterns, on texts made of their words
        // and of texts each pattern matches.
        #[test]
        fn the_metric_rules_answer_as_one_regex_set(pieces in proptest::collection::vec((0usize..1000, proptest::bool::ANY, "[a-z ]{0,3}"), 0..8)) {
            let p = metric_patterns();
            let vocabulary: Vec<&str> = p.iter().flat_map(|x| x.split(|c: char| !c.is_ascii_alphanumeric())).filter(|w| !w.is_empty()).collect();
            let mut runner = proptest::test_runner::TestRunner::deterministic();
            let mut text = String::new();
            for (k, whole, glue) in pieces {
                if whole {
                    let matching = proptest::string::string_regex(&p[k % p.len()]).unwrap();
                    text.push_str(&matching.new_tree(&mut runner).unwrap().current());
                } else {
                    text.push_str(vocabulary[k % vocabulary.len()]);
                }
                text.push_str(&glue);
            }
            let set = PatternSet::new(&p).unwrap();
            let oracle = regex::RegexSet::new(&p).unwrap().matches(&text);
            let h = set.matches(&text);
            for (i, pattern) in p.iter().enumerate() {
                prop_assert_eq!(h.matched(i), oracle.matched(i), "pattern {} in {:?}", pattern, text);
            }
        }

        // Overlapping plain patterns ("thanh toan", "toan", "an t") are
        // each found, as one RegexSet of all the patterns finds them.
        #[test]
        fn answers_as_one_regex_set(text in "(thanh|toan|truc|tuyen|ho|so|hoa|an|ty|le|t| ){0,12}") {
            let p = patterns();
            let set = PatternSet::new(&p).unwrap();
            let oracle = regex::RegexSet::new(&p).unwrap().matches(&text);
            let h = set.matches(&text);
            for (i, pattern) in p.iter().enumerate() {
                prop_assert_eq!(h.matched(i), oracle.matched(i), "pattern {} in {:?}", pattern, text);
            }
            prop_assert_eq!(h.matched_any(), oracle.matched_any());
        }
    }
}
