//! Words that OCR ran together: "Têncơ quan", "chínhtối", "SởCông". A
//! Vietnamese word is one syllable — (onset) vowels (coda) — so a letter
//! run that is no syllable but splits into syllables is several words.
//!
//! In: one line of OCR'd text and the syllable inventory of
//! `rules/ocr.toml` (`[syllables]`). Out: the line with such runs split,
//! and what was split, for the `ocr_repaired` warning. Runs in capitals
//! (abbreviations: UBND, TTHC), with digits, or that no split explains
//! ("Kicn") are left as they are.

use crate::text::fold_char;

/// The inventory a syllable is built from, in folded letters (no marks,
/// đ as d).
#[derive(Debug, Clone, Default)]
pub struct Syllables {
    /// Onsets, longest first ("ngh", "ng", "n", …).
    onsets: Vec<String>,
    /// Codas ("", "c", "ch", "m", "n", "ng", "nh", "p", "t").
    codas: Vec<String>,
    /// Vowel letters.
    vowels: String,
    /// Longest vowel cluster ("uye", "ieu": 3).
    max_vowels: usize,
    /// Codas that close a syllable with a stop ("c", "ch", "p", "t").
    stop_codas: Vec<String>,
    /// The tone marks (combining, as in NFD).
    tone_marks: Vec<char>,
    /// The tone marks a stop-closed syllable may carry.
    stop_tones: Vec<char>,
}

impl Syllables {
    /// From the lists in the rules file; `Err` names what is wrong.
    pub fn new(onsets: &[String], codas: &[String], vowels: &str, max_vowels: usize) -> Result<Syllables, String> {
        let bad = |s: &String| !s.bytes().all(|b| b.is_ascii_lowercase());
        if let Some(s) = onsets.iter().chain(codas).find(|s| bad(s)) {
            return Err(format!("{s:?}: onsets and codas are folded lower-case letters"));
        }
        if vowels.is_empty() || !vowels.bytes().all(|b| b.is_ascii_lowercase()) || max_vowels == 0 {
            return Err("vowels must be folded lower-case letters, max_vowels at least 1".into());
        }
        let mut onsets = onsets.to_vec();
        if !onsets.iter().any(String::is_empty) {
            onsets.push(String::new());
        }
        onsets.sort_by_key(|o| std::cmp::Reverse(o.len()));
        let mut codas = codas.to_vec();
        if !codas.iter().any(String::is_empty) {
            codas.push(String::new());
        }
        Ok(Syllables {
            onsets,
            codas,
            vowels: vowels.to_string(),
            max_vowels,
            stop_codas: Vec::new(),
            tone_marks: Vec::new(),
            stop_tones: Vec::new(),
        })
    }

    /// With the tone marks, the codas that close a syllable with a stop
    /// and the tone marks such a syllable may carry (a cut that leaves
    /// another mark on one is no cut).
    pub fn with_stops(mut self, tone_marks: &str, codas: &[String], tones: &str) -> Syllables {
        self.tone_marks = tone_marks.chars().collect();
        self.stop_codas = codas.to_vec();
        self.stop_tones = tones.chars().collect();
        self
    }

    /// The tone mark a letter carries, if any.
    fn tone_of(&self, c: char) -> Option<char> {
        use unicode_normalization::UnicodeNormalization;
        std::iter::once(c).nfd().find(|m| self.tone_marks.contains(m))
    }

    /// Whether folded letters `s`, whose tone marks are `tones`, fit the
    /// rule of stops: a syllable closed by a stop has no grave, hook or
    /// tilde.
    fn tone_fits(&self, s: &[u8], tones: &[Option<char>]) -> bool {
        let vowel = |b: u8| self.vowels.as_bytes().contains(&b);
        let stopped = self.stop_codas.iter().any(|c| s.ends_with(c.as_bytes()) && s.len() > c.len() && vowel(s[s.len() - c.len() - 1]));
        !stopped || tones.iter().flatten().all(|t| self.stop_tones.contains(t))
    }

    /// The vowel letters, folded ("aeiouy"); empty when no inventory is
    /// loaded.
    pub fn vowels(&self) -> &str {
        &self.vowels
    }

    /// Whether a folded word (no marks, lower case) can be one Vietnamese
    /// syllable; always true when no inventory is loaded.
    pub fn is_word(&self, folded: &str) -> bool {
        self.vowels.is_empty() || self.is_syllable(folded.as_bytes())
    }

    /// Whether folded letters `s` make one syllable.
    fn is_syllable(&self, s: &[u8]) -> bool {
        let vowel = |b: &u8| self.vowels.as_bytes().contains(b);
        self.onsets.iter().any(|o| {
            let Some(rest) = s.strip_prefix(o.as_bytes()) else { return false };
            let v = rest.iter().take_while(|b| vowel(b)).count();
            (1..=self.max_vowels).contains(&v) && self.codas.iter().any(|c| c.as_bytes() == &rest[v..])
        })
    }

    /// Where to cut folded letters `s` into the fewest syllables of two
    /// letters or more — among those, the fewest that open on a vowel
    /// ("lệcấp" is "lệ cấp", not "lệc ấp"), then the fewest closed by a
    /// consonant (a consonant between vowels opens the next syllable:
    /// "vịchủ" is "vị chủ"), then the first as long as it can be; no
    /// syllable breaking the rule of stops. The cut offsets, or `None` when
    /// `s` is one syllable or no cut explains it.
    fn cuts(&self, s: &[u8], tones: &[Option<char>]) -> Option<Vec<usize>> {
        if s.len() < 4 || self.is_syllable(s) {
            return None;
        }
        let vowel = |b: u8| self.vowels.as_bytes().contains(&b);
        // best[i]: (syllables, vowel openings) for s[i..], and the end of
        // the first syllable.
        let n = s.len();
        type Best = Option<((usize, usize, usize), usize)>;
        let mut best: Vec<Best> = vec![None; n + 1];
        best[n] = Some(((0, 0, 0), n));
        for i in (0..n.saturating_sub(1)).rev() {
            let opens = usize::from(vowel(s[i]));
            for end in (i + 2..=n).rev() {
                if let Some(((k, v, c), _)) = best[end] {
                    let cost = (k + 1, v + opens, c + usize::from(!vowel(s[end - 1])));
                    if self.is_syllable(&s[i..end]) && self.tone_fits(&s[i..end], &tones[i..end]) && best[i].is_none_or(|(b, _)| cost < b) {
                        best[i] = Some((cost, end));
                    }
                }
            }
        }
        let ((count, _, _), _) = best[0]?;
        if count < 2 {
            return None;
        }
        let mut cuts = Vec::new();
        let mut i = 0;
        while let Some((_, end)) = best[i].filter(|_| i < n) {
            if end < n {
                cuts.push(end);
            }
            i = end;
        }
        Some(cuts)
    }

    /// `line` with run-together words split, and each split made as
    /// (was, now); `None` when nothing was split.
    pub fn split_line(&self, line: &str) -> Option<(String, Vec<(String, String)>)> {
        if self.vowels.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(line.len() + 8);
        let mut done = Vec::new();
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            if !c.is_alphabetic() {
                out.push(c);
                rest = &rest[c.len_utf8()..];
                continue;
            }
            let end = rest.char_indices().find(|(_, c)| !c.is_alphanumeric()).map_or(rest.len(), |(k, _)| k);
            let word = &rest[..end];
            rest = &rest[end..];
            match self.split_word(word) {
                Some(split) => {
                    done.push((word.to_string(), split.clone()));
                    out.push_str(&split);
                }
                None => out.push_str(word),
            }
        }
        (!done.is_empty()).then_some((out, done))
    }

    fn split_word(&self, word: &str) -> Option<String> {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 3 || chars.iter().all(|c| !c.is_lowercase()) {
            return None;
        }
        let folded: Vec<u8> = chars.iter().map(|&c| fold_char(c).filter(char::is_ascii_lowercase).map(|f| f as u8)).collect::<Option<_>>()?;
        let tones: Vec<Option<char>> = chars.iter().map(|&c| self.tone_of(c)).collect();
        // A capital after a small letter opens a word ("SởCông"); each
        // part is then cut into syllables where it is not one.
        let mut cuts: Vec<usize> = (1..chars.len()).filter(|&k| chars[k].is_uppercase() && chars[k - 1].is_lowercase()).collect();
        // Capitals run into a small word to the end ("TTHCcó"): the
        // abbreviation ends where the small letters begin.
        let k = (2..chars.len()).find(|&k| chars[k].is_lowercase() && chars[k - 1].is_uppercase() && chars[k - 2].is_uppercase());
        if let Some(k) = k.filter(|&k| chars[k..].iter().all(|c| c.is_lowercase())) {
            if std::str::from_utf8(&folded[k..]).is_ok_and(|w| self.is_word(w)) {
                cuts.push(k);
            }
        }
        // Three letters: only a capital after a word, both parts words
        // ("SởY tế"; not "iOS", "ThS").
        if chars.len() == 3 {
            let word_at = |a: usize, b: usize| std::str::from_utf8(&folded[a..b]).is_ok_and(|w| self.is_word(w));
            if !(cuts.len() == 1 && cuts[0] == 2 && word_at(0, 2) && word_at(2, 3)) {
                return None;
            }
        }
        let mut starts = vec![0];
        starts.extend(&cuts);
        starts.push(chars.len());
        for w in starts.windows(2) {
            if let Some(inner) = self.cuts(&folded[w[0]..w[1]], &tones[w[0]..w[1]]) {
                cuts.extend(inner.iter().map(|k| k + w[0]));
            }
        }
        if cuts.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(word.len() + cuts.len());
        for (k, c) in chars.iter().enumerate() {
            if cuts.contains(&k) {
                out.push(' ');
            }
            out.push(*c);
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syl() -> Syllables {
        let v = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        Syllables::new(&v("b c ch d g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x"), &v("c ch m n ng nh p t"), "aeiouy", 3)
            .unwrap()
            .with_stops("\u{300}\u{301}\u{303}\u{309}\u{323}", &v("c ch p t"), "\u{301}\u{323}")
    }

    #[test]
    fn run_together_words_are_split() {
        let s = syl();
        let (line, done) = s
            .split_line("Têncơ quan, thủ tục hành chínhcó đủ; SởCông Thương; Ủy ban dânnhân; Tỷ lệcấp kếtquả; TTHCcó phát sinh; Đơn vịchủtrì; SởY tế")
            .unwrap();
        assert_eq!(
            line,
            "Tên cơ quan, thủ tục hành chính có đủ; Sở Công Thương; Ủy ban dân nhân; Tỷ lệ cấp kết quả; TTHC có phát sinh; Đơn vị chủ trì; Sở Y tế"
        );
        assert_eq!(done.len(), 9);
        assert_eq!(done[0], ("Têncơ".to_string(), "Tên cơ".to_string()));
    }

    #[test]
    fn words_and_abbreviations_stay() {
        let s = syl();
        for line in [
            "Tỷ lệ hồ sơ trực tuyến",
            "UBND TTHC DVCTT",
            "Kicn Xương",
            "nghiêng khuyến Nguyễn",
            "email 38/38 xã",
            "HĐNDx",
            "iOS ThS TTg VNe Ông",
            "cáC",
        ] {
            assert_eq!(s.split_line(line), None, "{line}");
        }
    }
}
