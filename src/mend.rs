//! Words OCR spoilt, read as the known words they are one slip from.
//!
//! In: the words of a wording (folded: no marks, lower case) and a
//! vocabulary of known words (from `rules/`: the words indicator rules are
//! written in, the words unit names are made of). Out: which words to read
//! as which known word. A word is mended when it is no known word and is
//! one letter off one ("toin" → "toan", "trrn" → "tren"), when it and its
//! neighbour joined are a known word with the slip where they meet ("tu
//! ren" → "tuyen", "tu en" → "tuyen", "tri n" → "trien"), or when it lost
//! its only vowel or is three letters long and one known word fits it and
//! a neighbour ("dch vụ" → "dịch vụ", "đồn bộ" → "đồng bộ"), or when it is
//! two known words that follow each other run together ("tructuyen" →
//! "truc tuyen"). A slip two known words are equally near to is left alone.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::fold;

/// Known words, folded, each with how it is written.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    words: FxHashMap<String, String>,
    /// Vowel letters, folded (`rules/ocr.toml`, `[syllables]`).
    vowels: String,
    /// Known words that follow each other: each word, the words after it
    /// ("vu" → {"cong", …}).
    pairs: FxHashMap<String, FxHashSet<String>>,
    /// The known words under themselves and under each of their forms
    /// with one letter dropped: the words one slip from a word are among
    /// those under it and under its own such forms (symmetric deletion),
    /// found without reading every word of a length.
    dropped: FxHashMap<String, Vec<String>>,
    /// Which vocabulary this is, for the memo (0: an empty one).
    id: u64,
}

/// The ids vocabularies are given.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// How many lookups the memo keeps per thread and vocabulary before it
/// starts over: memory stays bounded however long the batch.
const MEMO_CAP: usize = 1 << 15;

/// Words (or two words, space-separated) and the known word each was
/// found one slip from, if any.
type Finds = FxHashMap<Box<str>, Option<Box<str>>>;

thread_local! {
    /// What a word ("tuen") or two words ("tu en") were found to be, by
    /// vocabulary: the same words (place names, unit names) come again
    /// down a table and through a batch, and each search reads a few
    /// dozen index entries.
    static MEMO: RefCell<FxHashMap<u64, Finds>> = RefCell::default();
}

/// Words `from..to` of a wording read as one known word (or two, where
/// one word was two run together).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mend<'a> {
    pub from: usize,
    pub to: usize,
    /// The folded known word (words, space-separated).
    pub key: Cow<'a, str>,
    /// How the vocabulary writes it.
    pub written: Cow<'a, str>,
}

impl Vocabulary {
    /// From phrases as written; words of two letters or more are kept,
    /// and which follow which. `vowels`: the folded vowel letters.
    pub fn new<'p>(phrases: impl IntoIterator<Item = &'p str>, vowels: &str) -> Vocabulary {
        let mut v = Vocabulary {
            vowels: vowels.to_string(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            ..Vocabulary::default()
        };
        for p in phrases {
            let words: Vec<&str> = p.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 2).collect();
            let keys: Vec<String> = words.iter().map(|w| fold(w)).collect();
            for (w, k) in words.iter().zip(&keys) {
                if k.bytes().all(|b| b.is_ascii_lowercase()) {
                    v.words.entry(k.clone()).or_insert_with(|| w.to_string());
                }
            }
            for k in keys.windows(2) {
                v.pairs.entry(k[0].clone()).or_default().insert(k[1].clone());
            }
        }
        for k in v.words.keys() {
            v.dropped.entry(k.clone()).or_default().push(k.clone());
            for_each_drop(k, |d| v.dropped.entry(d.to_string()).or_default().push(k.clone()));
        }
        v
    }

    /// The known word `find` gives for `key`, remembered (per thread) so
    /// that the search runs once per key.
    fn memo<'v>(&'v self, key: &str, find: impl FnOnce() -> Option<&'v str>) -> Option<&'v str> {
        let known = MEMO.with_borrow(|m| {
            let found = m.get(&self.id)?.get(key)?;
            Some(found.as_deref().and_then(|k| self.words.get_key_value(k)).map(|(k, _)| k.as_str()))
        });
        if let Some(k) = known {
            return k;
        }
        let found = find();
        MEMO.with_borrow_mut(|m| {
            let m = m.entry(self.id).or_default();
            if m.len() >= MEMO_CAP {
                m.clear();
            }
            m.insert(key.into(), found.map(Into::into));
        });
        found
    }

    /// The known words one slip from `w`, among a few more (the caller
    /// tests each).
    fn within_one_slip<'v>(&'v self, w: &str) -> impl Iterator<Item = &'v String> + 'v {
        let mut found: Vec<&String> = self.dropped.get(w).into_iter().flatten().collect();
        for_each_drop(w, |d| found.extend(self.dropped.get(d).into_iter().flatten()));
        // A word under two forms is one candidate (the order is the
        // words' places in memory: no caller depends on it).
        found.sort_unstable_by_key(|k| std::ptr::from_ref::<String>(k));
        found.dedup_by(|a, b| std::ptr::eq(*a, *b));
        found.into_iter()
    }

    /// Whether a folded word cannot be Vietnamese: two letters or more and
    /// no vowel (never, when no vowels are known).
    pub fn vowelless(&self, w: &str) -> bool {
        !self.vowels.is_empty() && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase() && !self.vowels.as_bytes().contains(&b))
    }

    /// Whether a folded word is known.
    pub fn contains(&self, key: &str) -> bool {
        self.words.contains_key(key)
    }

    /// The mends for folded words `keys`, left to right; empty when none.
    pub fn mend<'v>(&'v self, keys: &[&str]) -> Vec<Mend<'v>> {
        let known = |w: &str| self.contains(w) || w.bytes().any(|b| b.is_ascii_digit());
        let mut out = Vec::new();
        // Two words run together, looked up (one buffer for all).
        let mut pair = String::new();
        let mut key = String::new();
        let mut i = 0;
        while i < keys.len() {
            let w = keys[i];
            let before = i.checked_sub(1).map(|p| keys[p]);
            let next = keys.get(i + 1).copied().filter(|n| !known(w) || !known(n));
            let joined = next.and_then(|n| {
                pair.clear();
                pair.push_str(w);
                pair.push_str(n);
                self.words.get_key_value(pair.as_str()).map(|(k, _)| k.as_str()).or_else(|| {
                    key.clear();
                    key.push_str(w);
                    key.push(' ');
                    key.push_str(n);
                    self.memo(&key, || self.join(w, n))
                })
            });
            if let Some(k) = joined {
                out.push(self.mended(i, i + 2, k));
                i += 2;
            } else if let Some((a, b)) = (!known(w)).then(|| self.unrun(w)).flatten() {
                let written = |k: &'v str| self.words.get(k).map_or(k, String::as_str);
                out.push(Mend {
                    from: i,
                    to: i + 1,
                    key: Cow::Owned(format!("{a} {b}")),
                    written: Cow::Owned(format!("{} {}", written(a), written(b))),
                });
                i += 1;
            } else if let Some(k) = (!known(w)).then(|| self.near(w, before, keys.get(i + 1).copied())).flatten() {
                out.push(self.mended(i, i + 1, k));
                i += 1;
            } else {
                i += 1;
            }
        }
        out
    }

    fn mended<'v>(&'v self, from: usize, to: usize, key: &'v str) -> Mend<'v> {
        let written = self.words.get(key).map_or(key, String::as_str);
        Mend {
            from,
            to,
            key: Cow::Borrowed(key),
            written: Cow::Borrowed(written),
        }
    }

    /// `w` as two known words run together that are known to follow each
    /// other ("tructuyen" → "truc", "tuyen"), if it splits so one way only.
    fn unrun(&self, w: &str) -> Option<(&str, &str)> {
        let mut found = None;
        for k in (2..w.len().saturating_sub(1)).filter(|&k| w.is_char_boundary(k)) {
            let (a, b) = w.split_at(k);
            let Some((a, next)) = self.pairs.get_key_value(a) else { continue };
            if let Some(b) = next.get(b) {
                if found.is_some() {
                    return None;
                }
                found = Some((a.as_str(), b.as_str()));
            }
        }
        found
    }

    /// The one known word of four letters or more among `words` passing
    /// `ok`, preferring (when `by_len`) one of `len` letters.
    fn one<'v>(words: impl Iterator<Item = &'v String>, len: usize, by_len: bool, ok: &dyn Fn(&str) -> bool) -> Option<&'v str> {
        let mut best: Option<(bool, &str)> = None;
        let mut tied = false;
        for k in words.filter(|k| k.len() >= 4 && ok(k)) {
            let same = by_len && k.len() == len;
            match best {
                Some((b, _)) if b && !same => {}
                Some((b, _)) if b == same => tied = true,
                _ => {
                    best = Some((same, k.as_str()));
                    tied = false;
                }
            }
        }
        best.filter(|_| !tied).map(|(_, k)| k)
    }

    /// The known word `w` is one slip from.
    fn near(&self, w: &str, before: Option<&str>, after: Option<&str>) -> Option<&str> {
        if w.len() >= 4 {
            // One slip leaves the first or the last letter as it was.
            let (first, last) = (w.as_bytes()[0], w.as_bytes()[w.len() - 1]);
            let ends = |k: &str| k.as_bytes().first() == Some(&first) || k.as_bytes().last() == Some(&last);
            return self.memo(w, || Self::one(self.within_one_slip(w), w.len(), true, &|k: &str| ends(k) && one_edit(k, w)));
        }
        // A short word ("dch", "cng", "đồn bộ"): the known word a slip
        // from it that fits a neighbour, if only one does. (Two letters
        // with a vowel are too often words of their own.)
        if w.len() < 2 || (w.len() == 2 && !self.vowelless(w)) {
            return None;
        }
        let pair = |a: Option<&str>, b: Option<&str>| matches!((a, b), (Some(a), Some(b)) if self.pairs.get(a).is_some_and(|next| next.contains(b)));
        // A known word of two letters only where `w` is it with a vowel
        // read twice ("sếố hóa" for "số hóa").
        let fits: Vec<&String> = self
            .within_one_slip(w)
            .filter(|k| (k.len() >= 3 || k.len() == 2 && self.vowel_doubled(k, w)) && one_edit(k, w) && (pair(before, Some(k)) || pair(Some(k), after)))
            .collect();
        (fits.len() == 1).then(|| fits[0].as_str())
    }

    /// Whether `w` is `k` with one more vowel next to a vowel of `k`.
    fn vowel_doubled(&self, k: &str, w: &str) -> bool {
        let vowel = |b: u8| self.vowels.as_bytes().contains(&b);
        let (k, w) = (k.as_bytes(), w.as_bytes());
        if w.len() != k.len() + 1 {
            return false;
        }
        let at = k.iter().zip(w).take_while(|(x, y)| x == y).count();
        k[at..] == w[at + 1..] && vowel(w[at]) && (w.get(at + 1).is_some_and(|&b| vowel(b)) || at > 0 && vowel(w[at - 1]))
    }

    /// `a` and `b` as one known word: a letter lost where they meet, else
    /// one slip next to it.
    fn join(&self, a: &str, b: &str) -> Option<&str> {
        let n = a.len() + b.len();
        // First and last bytes compared before whole openings and endings.
        let opens = |k: &str, p: &str| p.as_bytes().first().is_none_or(|f| k.as_bytes().first() == Some(f)) && k.starts_with(p);
        let closes = |k: &str, s: &str| s.as_bytes().last().is_none_or(|l| k.as_bytes().last() == Some(l)) && k.ends_with(s);
        // A known word `a` and `b` come from with a letter lost is one
        // of those under "ab" with a letter dropped; one a slip from "ab"
        // is one of those within one slip of it.
        // (An empty word, a word of one sign: no join.)
        let (Some(head), Some(tail)) = (a.len().checked_sub(1).and_then(|e| a.get(..e)), b.get(1..)) else {
            return None;
        };
        let j = format!("{a}{b}");
        let lost = Self::one(self.dropped.get(&j).into_iter().flatten(), 0, false, &|k: &str| k.len() == n + 1 && opens(k, a) && closes(k, b));
        lost.or_else(|| Self::one(self.within_one_slip(&j), n, true, &|k: &str| opens(k, head) && closes(k, tail) && one_edit(k, &j)))
    }
}

/// Calls `f` with `w` with each of its letters dropped in turn (one
/// buffer for all).
fn for_each_drop(w: &str, mut f: impl FnMut(&str)) {
    let mut dropped = String::with_capacity(w.len());
    for (i, c) in w.char_indices() {
        dropped.clear();
        dropped.push_str(&w[..i]);
        dropped.push_str(&w[i + c.len_utf8()..]);
        f(&dropped);
    }
}

/// Whether `a` and `b` are one edit apart (a letter changed, added or
/// dropped): the test every candidate word goes through, in one pass
/// rather than a full edit distance.
pub fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = if a.len() <= b.len() { (a.as_bytes(), b.as_bytes()) } else { (b.as_bytes(), a.as_bytes()) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if a.len() == b.len() {
        head < a.len() && a[head + 1..] == b[head + 1..]
    } else {
        a[head..] == b[head + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    fn mended(v: &Vocabulary, s: &str) -> String {
        let k = keys(s);
        let mut out: Vec<&str> = Vec::new();
        let mends = v.mend(&k);
        let mut i = 0;
        while i < k.len() {
            match mends.iter().find(|m| m.from == i) {
                Some(m) => {
                    out.push(m.written.as_ref());
                    i = m.to;
                }
                None => {
                    out.push(k[i]);
                    i += 1;
                }
            }
        }
        out.join(" ")
    }

    #[test]
    fn one_edit_is_exactly_one() {
        for (a, b) in [("toin", "toan"), ("tuen", "tuyen"), ("tuyen", "tuen"), ("dch", "dich"), ("a", "")] {
            assert!(one_edit(a, b), "{a} {b}");
        }
        for (a, b) in [("toan", "toan"), ("toin", "tien"), ("tu", "tuyen"), ("ab", "ba"), ("", "")] {
            assert!(!one_edit(a, b), "{a} {b}");
        }
    }

    proptest::proptest! {
        // What the quick test in `near` relies on: one slip keeps the first
        // or the last letter.
        #[test]
        fn one_slip_keeps_an_end(a in "[a-e]{2,6}", b in "[a-e]{2,6}") {
            if one_edit(&a, &b) {
                proptest::prop_assert!(a.as_bytes()[0] == b.as_bytes()[0] || a.as_bytes()[a.len() - 1] == b.as_bytes()[b.len() - 1]);
            }
        }
    }

    #[test]
    fn slips_are_read_as_known_words() {
        let v = Vocabulary::new(["dịch vụ công trực tuyến toàn trình", "trên tổng số", "phát triển nông thôn", "tiếp nhận", "đồng bộ"], "aeiouy");
        // Known words stay as given; mended ones are as the vocabulary writes them.
        assert_eq!(mended(&v, "truc tu ren toin trinh trrn"), "truc tuyến toàn trinh trên");
        assert_eq!(mended(&v, "tu en"), "tuyến");
        assert_eq!(mended(&v, "phat tri n"), "phat triển");
        assert_eq!(mended(&v, "dch vu cng truc"), "dịch vu công truc");
        assert_eq!(mended(&v, "don bo tr n"), "đồng bo trên");
        // A short word with no neighbour to vouch for it stays.
        assert!(v.mend(&keys("don")).is_empty());
        // Known words and words far from any stay.
        assert!(v.mend(&keys("truc tuyen toan trinh")).is_empty());
        assert!(v.mend(&keys("can bo tap huan")).is_empty());
        // A two-letter word read with a letter more, between its two neighbours.
        let v = Vocabulary::new(["tỷ lệ số hóa kết quả"], "aeiouy");
        assert_eq!(mended(&v, "ty le seo hoa"), "ty le số hoa");
        assert_eq!(mended(&v, "seo hoa"), "số hoa");
        // A consonant more is no doubled vowel.
        assert_eq!(mended(&v, "sot hoa"), "sot hoa");
    }

    #[test]
    fn an_empty_word_beside_a_spoilt_one_is_no_panic() {
        // (OCR's debris folds to nothing: "tuyrn" then "" read together.)
        let v = Vocabulary::new(["trực tuyến"], "aeiouy");
        for keys in [&["tuyrn", ""][..], &["", "tuyrn"], &["", ""], &["x", ""]] {
            let _ = v.mend(keys);
            assert_eq!(v.join(keys[0], keys[1]), None);
        }
    }

    #[test]
    fn each_vocabulary_remembers_its_own_finds() {
        let a = Vocabulary::new(["trực tuyến", "toàn trình"], "aeiouy");
        let b = Vocabulary::new(["trực tiếp", "toàn diện"], "aeiouy");
        for _ in 0..2 {
            assert_eq!(mended(&a, "truc tuyrn toan trinh"), "truc tuyến toan trinh");
            assert_eq!(mended(&b, "truc tuyrn toan trinh"), "truc tuyrn toan trinh");
            assert_eq!(mended(&a, "truc tu en"), "truc tuyến");
            assert_eq!(mended(&b, "truc tu en"), "truc tu en");
        }
        // A clone reads as the vocabulary it copies.
        assert_eq!(mended(&a.clone(), "tuyrn"), "tuyến");
    }

    #[test]
    fn two_known_words_run_together_are_split() {
        let v = Vocabulary::new(["dịch vụ công trực tuyến toàn trình", "tiếp nhận"], "aeiouy");
        assert_eq!(mended(&v, "dich vu cong tructuyen"), "dich vu cong trực tuyến");
        assert_eq!(mended(&v, "tiepnhan ho so"), "tiếp nhận ho so");
        // Known words that never follow each other stay joined.
        assert_eq!(mended(&v, "tuyentruc"), "tuyentruc");
        // Two ways to split: left alone.
        let v = Vocabulary::new(["ab cdef", "abc def"], "aeiouy");
        assert_eq!(mended(&v, "abcdef"), "abcdef");
    }
}
