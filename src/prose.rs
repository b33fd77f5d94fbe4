//! Prose targets: values assigned in running text — "Tỷ lệ … 80% trở lên,
//! tỷ lệ … 70% trở lên", "- Tỷ lệ … tối thiểu 50%", "Giao chỉ tiêu tối
//! thiểu 45% hồ sơ … đối với các Sở: Công Thương, …", "- UBND các huyện A,
//! B: Tối thiểu 35% hồ sơ …". Figures that report what was achieved are
//! left out.
//!
//! In: one line of body text. Out: its targets, one per unit.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::record::{Provenance, Target, Warning};
use crate::rules::Rules;
use crate::text::{fold, fold_head, fold_with_map, folded_words, parse_number, same_letter, squash, strip_prefix_loose, strip_prefix_lower, strip_suffix_loose, word_positions};
use crate::units;

static PERCENT: Lazy<Regex> = Lazy::new(|| Regex::new(r"(\d+(?:[.,]\d+)?)\s*%").unwrap());
/// (A dash and a letter's mark after it, "- a) Cấp tỉnh: …" of a nested
/// markdown list, are one mark.)
static LIST_MARK: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?:[-+•–](?:\s*[a-zđ]\)\s)?|[a-zđ]\)|\d+(?:\.\d+)*[.)]|[IVX]+\.)\s*").unwrap());
/// The words before "năm 2025" that make it a target's time.
const YEAR_LEAD: &str = "(?:trong|đến|vào|cuối)";
static TARGET_YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"{YEAR_LEAD}\s+năm\s+((?:19|20)\d{{2}})(?-u:\b)")).unwrap());
/// A year written right after a value ("55% năm 2026", "100% ngay từ
/// quý I năm 2026", "80% vào cuối năm 2025").
static YEAR_AFTER: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?:(?:ngay )?(?:vào|trong|từ) )?(?:(?:cuối|đầu|giữa) |(?:quý [IV]+|tháng \d{1,2}) )?năm\s+((?:19|20)\d{2})(?-u:\b)").unwrap());
/// Years named before a value: "năm 2025", "năm 2025 và năm 2026",
/// "năm 2025, 2026".
static YEAR_RUN: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i:năm)\s+(?:19|20)\d{2}(?:\s*(?:,|và)\s*(?:(?i:năm)\s+)?(?:19|20)\d{2})*(?-u:\b)").unwrap());
/// The words before a date's year, as written or folded: "ngày 5 tháng 3 "
/// (before "năm 2024"), "tháng 3 năm " or "5/3/" (before "2024").
static DATE_BEFORE: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?:(?i:th[aá]ng)\s*\d{1,2}\s*(?:(?i:n[aă]m)\s*)?|\d{1,2}\s*/\s*\d{1,2}\s*/\s*)$").unwrap());
static TRAILING_YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"\s+(?:{YEAR_LEAD}\s+)?năm\s+(?:19|20)\d{{2}}\.?$")).unwrap());
static ANY_YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?-u:\b)((?:19|20)\d{2})(?-u:\b)").unwrap());

/// Targets and warnings from one line.
#[derive(Debug, Default)]
pub struct ProseTargets {
    /// Targets read.
    pub targets: Vec<Target>,
    /// Problems met.
    pub warnings: Vec<Warning>,
}

/// Whether a line is not body text (legal basis, subject, captions …).
pub fn is_skipped(rules: &Rules, line: &str) -> bool {
    let line = line.trim_start_matches(['-', '+', '•', ' ', '(']);
    let f = match rules.prose.skip_reach {
        Some(n) => crate::text::fold_head(line, n),
        None => fold(line),
    };
    rules.prose.skip_lines.is_match(&f)
}

/// Drops value words from either end of a phrase.
fn trim_value_words(rules: &Rules, phrase: &str) -> String {
    squash(value_words_trimmed(rules, phrase))
}

/// [`trim_value_words`] as a slice of `phrase`, white space kept inside.
fn value_words_trimmed<'a>(rules: &Rules, phrase: &'a str) -> &'a str {
    let edge = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '(' | ')');
    let mut p: &str = phrase.trim_matches(edge);
    'again: loop {
        // A word is tried at an end only if that end's char can open
        // (close) it: most phrases end in no value word.
        // (Hats off: a vowel's hat OCR lost is no other word, "tói thiểu".)
        let lower = |c: Option<char>| c.map(|c| crate::text::unhat(c.to_lowercase().next().unwrap_or(c)));
        let (first, last) = (lower(p.chars().next()), lower(p.chars().next_back()));
        for w in &rules.prose.value_words {
            // ("mức độ hài lòng" keeps its "mức": a wording opens so.)
            let opens_wording = || {
                rules
                    .prose
                    .wording_openers
                    .iter()
                    .any(|o| strip_prefix_lower(p, o).is_some_and(|r| !r.starts_with(char::is_alphanumeric)))
            };
            let rest = (first == w.chars().next().map(crate::text::unhat)).then(|| strip_prefix_loose(p, w)).flatten();
            if let Some(rest) = rest.filter(|r| !r.starts_with(char::is_alphanumeric) && !opens_wording()) {
                p = rest.trim_start_matches(edge);
                continue 'again;
            }
            let rest = (last == w.chars().next_back().map(crate::text::unhat)).then(|| strip_suffix_loose(p, w)).flatten();
            if let Some(rest) = rest.filter(|r| !r.ends_with(char::is_alphanumeric)) {
                p = rest.trim_end_matches(edge);
                continue 'again;
            }
        }
        break;
    }
    p
}

/// Cuts a right-hand phrase at the first stop word (folded match).
fn cut_right(rules: &Rules, s: &str) -> String {
    let s = &without_abbreviations(s);
    let s = s.split(['(', ';']).next().unwrap_or(s);
    let s = match s.find(". ") {
        Some(i) => &s[..i],
        None => s.trim_end_matches('.'),
    };
    let (f, map) = fold_with_map(s);
    // Stops count only after the phrase has begun.
    let start = f.find(|c: char| c.is_alphabetic()).unwrap_or(0);
    let mut cut = s.len();
    for m in rules.prose.phrase_stops.find_iter(&f) {
        if m.start() > start + 2 {
            cut = cut.min(map[m.start()]);
            break;
        }
    }
    s[..cut].to_string()
}

/// `s` without the short names it gives in brackets ("dịch vụ công trực
/// tuyến (DVCTT) toàn trình"): the words go on after them.
fn without_abbreviations(s: &str) -> std::borrow::Cow<'_, str> {
    let is_abbreviation = |inner: &str| {
        let inner = inner.trim();
        (2..=12).contains(&inner.chars().count()) && inner.chars().any(char::is_uppercase) && inner.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '-' | '.'))
    };
    if !s.contains('(') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else { break };
        if is_abbreviation(&rest[open + 1..close]) {
            out.push_str(rest[..open].trim_end());
            rest = &rest[close + 1..];
        } else {
            out.push_str(&rest[..=close]);
            rest = &rest[close + 1..];
        }
    }
    out.push_str(rest);
    out.into()
}

static HEADING: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?:(?P<roman>[IVX]{1,5})\.|(?P<num>\d{1,2})(?:\)|\.(?P<sub>\d{1,2}\.?)?)|(?P<letter>[a-zđ])\))\s+").unwrap());

/// A numbered heading of a document's body ("II. NHIỆM VỤ", "1. Sở Thông
/// tin và Truyền thông", "b) Đối với các huyện").
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// 0 for a Roman numeral, 1 for a figure, 2 for a figure under one
    /// ("3.1."), 3 for a letter.
    pub level: u8,
    /// The units it names, when it names nothing else: the tasks under it
    /// are theirs.
    pub units: Vec<String>,
    /// It heads a report of results ("1. Kết quả năm 2023"): the figures
    /// under it are no targets.
    pub past: bool,
    /// The one year it names, when it heads no results ("II. PHƯƠNG
    /// HƯỚNG, NHIỆM VỤ NĂM 2022"): the year of the targets under it.
    pub year: Option<i32>,
}

/// The heading a line is, if it is one: a mark and a few words, no figure
/// of a target, no sentence.
pub fn heading(rules: &Rules, text: &str) -> Option<Heading> {
    let (level, rest) = marked(text)?;
    heading_after(rules, text, level, rest)
}

/// [`heading`] of a line whose mark [`marked`] read: its level, and the
/// words after it.
pub fn heading_after(rules: &Rules, text: &str, level: u8, rest: &str) -> Option<Heading> {
    if text.len() > 200 && text.chars().count() > 200 || text.contains('%') {
        return None;
    }
    let rest = rest.trim().trim_end_matches(':').trim_end();
    // A heading is a few words, unless it lists units (checked below).
    let words = rest.split_whitespace().count();
    if rest.ends_with(['.', ';', ',']) || words > 40 {
        return None;
    }
    let rest = strip_leads(rest, &rules.prose.item_leads);
    // ("1. Thủ trưởng các sở, ban, ngành tỉnh": the body heads the part.)
    let rest = units::without_title(rules, rest);
    // "a) Nhóm 1: UBND thị trấn A và UBND các xã: B, C": a label, then
    // the units.
    let rest = match rest.split_once(':') {
        Some((label, after)) if !units::names_units(rules, label) && units::names_units(rules, after.trim_start()) => after.trim_start(),
        _ => rest,
    };
    let folded = fold(rest);
    let only_units = units::names_units(rules, rest) && names_no_more(rules, rest, &folded);
    // ("2. Đối với UBND các huyện, thị xã, thành phố (tính chung cho các
    // thủ tục …):" a remark of more than a name's words in brackets at its
    // end is no part of the heading's units nor of its words.)
    let named = match rest.strip_suffix(')').and_then(|r| r.rfind('(')) {
        Some(open) if only_units && rest[open..].split_whitespace().count() > 5 => rest[..open].trim_end(),
        _ => rest,
    };
    let units = if only_units { units::expand(rules, named) } else { Vec::new() };
    let words = if named.len() < rest.len() { named.split_whitespace().count() } else { words };
    if words > 12 && units.len() <= 1 {
        return None;
    }
    let past = !only_units && tells_results(rules, &folded);
    let mut years = ANY_YEAR.captures_iter(rest).filter_map(|c| c[1].parse::<i32>().ok());
    let year = match (years.next(), years.next()) {
        (Some(y), None) if !past => Some(y),
        _ => None,
    };
    Some(Heading { level, units, past, year })
}

/// Whether folded words tell results and set no target ("ket qua thuc
/// hien nam 2024"), as a heading of a report of them does.
fn tells_results(rules: &Rules, folded: &str) -> bool {
    rules.prose.past_markers.is_match(folded) && !rules.prose.sets_target(folded)
}

/// The level of the mark a line opens with (0 for a Roman numeral, 1
/// for a figure, 2 for a letter: "II.", "2.", "b)") and the words after it.
pub fn marked(text: &str) -> Option<(u8, &str)> {
    // Most lines open with a word: told before the regex runs.
    let t = text.trim_start().as_bytes();
    let marked = match t.first() {
        Some(b'0'..=b'9' | b'I' | b'V' | b'X') => true,
        Some(b'a'..=b'z') => t.get(1) == Some(&b')'),
        Some(0xC4) => t.get(2) == Some(&b')'), // "đ)"
        _ => false,
    };
    if !marked {
        return None;
    }
    let c = HEADING.captures(text)?;
    let level = if c.name("roman").is_some() {
        0
    } else if c.name("sub").is_some() {
        // ("3.1. Đối với …", not a figure "1.5 triệu" opening a line.)
        if !text[c.get(0)?.end()..].starts_with(char::is_uppercase) {
            return None;
        }
        2
    } else if c.name("num").is_some() {
        1
    } else {
        3
    };
    // Words after the mark, or (a mark and only white space) its last char.
    let end = c.get(0)?.end();
    let rest = if end < text.len() {
        &text[end..]
    } else {
        let gap = &text[text.trim_end().len()..];
        let last = gap.char_indices().last()?.0;
        (last > 0).then(|| &gap[last..])?
    };
    // (The words run to the line's end: a mark before a line break opens
    // no heading of the words after it.)
    (!rest.contains('\n')).then_some((level, rest))
}

/// Where a paragraph stands among the headings above it: under a heading
/// that names units ("1. Sở Thông tin và Truyền thông"), the targets that
/// name none are theirs; under a heading of results ("1. Kết quả năm
/// 2023"), figures are no targets; each up to the next heading of its
/// level or above.
#[derive(Debug, Default)]
pub struct Outline {
    /// The headings above that name units, outermost first.
    units: Vec<Heading>,
    results: Option<u8>,
    /// The year the nearest heading above naming one names, and its level.
    year: Option<(u8, i32)>,
}

impl Outline {
    /// Takes in the next heading.
    pub fn enter(&mut self, h: Heading) {
        self.leave(h.level);
        // (A part of results inside one, "2. Kết quả tiếp nhận …" under
        // "I. KẾT QUẢ THỰC HIỆN …", leaves the outer one the part.)
        if h.past && self.results.is_none() {
            self.results = Some(h.level);
        }
        if let Some(y) = h.year {
            self.year = Some((h.level, y));
        }
        if !h.units.is_empty() {
            self.units.push(h);
        }
    }

    /// Ends what the headings of `level` and below head: a line with a
    /// mark of that level opens a new part ("d) Chỉ tiêu chung …: 2%"
    /// after "c) Nhóm 3: UBND các xã …"), where the heading above them
    /// leads again.
    pub fn leave(&mut self, level: u8) {
        if self.results.is_some_and(|l| l >= level) {
            self.results = None;
        }
        if self.year.is_some_and(|(l, _)| l >= level) {
            self.year = None;
        }
        while self.units.last().is_some_and(|s| s.level >= level) {
            self.units.pop();
        }
    }

    /// The year the headings above name for the targets here.
    pub fn year(&self) -> Option<i32> {
        self.year.map(|(_, y)| y)
    }

    /// Whether the text here reports results.
    pub fn in_results(&self) -> bool {
        self.results.is_some()
    }

    /// The units the nearest heading above that names units names.
    pub fn units(&self) -> &[String] {
        self.units.last().map_or(&[], |h| &h.units)
    }
}

/// A target that names no unit, given to `units` (one target each); one
/// that names its unit stays as it is.
pub fn assign(rules: &Rules, t: Target, units: &[String]) -> Vec<Target> {
    // (A level named as the indicator's owner, "tỷ lệ … của cấp huyện",
    // is the heading's units under a heading that names them.)
    let bare_level = t
        .unit
        .as_deref()
        .is_some_and(|u| fold(u).strip_prefix("cap ").is_some_and(|lv| rules.units.levels.iter().any(|l| l == lv)));
    if t.unit.is_some() && !bare_level || units.is_empty() {
        return vec![t];
    }
    units
        .iter()
        .map(|u| Target {
            unit: Some(u.clone()),
            unit_key: Some(units::unit_key(u)),
            ..t.clone()
        })
        .collect()
}

/// Reads the prose targets of one line (`line_no` 1-based).
pub fn read(rules: &Rules, text: &str, line_no: usize, page: Option<u32>, doc_year: Option<i32>) -> ProseTargets {
    read_at(rules, text, &|_| line_no, page, (doc_year, None), None, false)
}

/// An indicator and its wording, as a line that leads in a list names it.
pub type Lead = (String, String);

/// The indicator a line that leads in a list names ("a) Tỷ lệ hồ sơ trực
/// tuyến trên tổng số hồ sơ:"), for the items under it that give values
/// and their units but not the indicator ("- UBND thị trấn X đạt 60%;").
/// The year a line leading in a list sets its items' targets for
/// ("Phấn đấu đến năm 2026, … đạt các chỉ tiêu sau:"), when it names one
/// and no value.
pub fn lead_in_year(line: &str) -> Option<i32> {
    let head = line.trim_end().strip_suffix(':')?;
    if head.contains('%') {
        return None;
    }
    one_year(TARGET_YEAR.captures_iter(head).filter_map(|c| c[1].parse::<i32>().ok()))
}

/// The year all of `years` are, if there is one.
fn one_year(mut years: impl Iterator<Item = i32>) -> Option<i32> {
    let year = years.next()?;
    years.all(|y| y == year).then_some(year)
}

/// The one year a line leading in a table of targets names: "… đến năm
/// 2026 như sau:", or "năm 2026" after a target's word ("- Chỉ tiêu năm
/// 2026 đối với các sở, ngành …:").
pub fn table_lead_year(rules: &Rules, line: &str) -> Option<i32> {
    lead_in_year(line).or_else(|| {
        let head = line.trim_end().strip_suffix(':')?;
        if head.contains('%') || !rules.prose.sets_target(&fold(head)) {
            return None;
        }
        one_year(YEAR_RUN.find_iter(head).flat_map(|m| ANY_YEAR.captures_iter(m.as_str()).filter_map(|c| c[1].parse::<i32>().ok())))
    })
}

pub fn lead_in(rules: &Rules, line: &str) -> Option<Lead> {
    let line = line.trim_end();
    // ("1. Tỷ lệ thanh toán trực tuyến … (năm 2023 toàn tỉnh đạt 38,6%):":
    // a result in brackets is no value of the head's.)
    let line = without_figures_in_parentheses(line);
    let head = line.strip_suffix(':')?.trim_end();
    // "a) Tỷ lệ hồ sơ trực tuyến: Nâng … lên 60%. Trong đó:": the item's
    // head before its values names the indicator of the items under it.
    // ("- Phấn đấu tỷ lệ hồ sơ trực tuyến năm 2026 đạt 70%, …, trong
    // đó:": the words before its first value; a sentence of results
    // before "… yêu cầu:" leads nothing.)
    let head = match head.find('%') {
        Some(p) => match head[..p].split_once(':') {
            Some((h, _)) => h,
            None if fold(head).ends_with("trong do") => &head[..p],
            // ("1. Phấn đấu … tỷ lệ hồ sơ trực tuyến … đạt 60%. Giao chỉ
            // tiêu cụ thể … như sau:": so too a target's sentence before
            // one that gives it out.)
            // (Its wording: the words before the value, less its verb.)
            None if head.rfind('%').is_some_and(|q| rules.prose.sets_target(&fold(&head[q..]))) && !rules.prose.past_markers.is_match(&fold(&head[..p])) => {
                let before = PERCENT.find(head).map_or(p, |m| m.start());
                return ty_le_at(&head[..before]).and_then(|at| indicator_of(rules, trim_value_words(rules, &head[at..before]).trim()));
            }
            None => return None,
        },
        None => head,
    };
    let head = head[LIST_MARK.find(head).map_or(0, |m| m.end())..].trim();
    // "2. Điều chỉnh chỉ tiêu tỷ lệ hồ sơ thanh toán trực tuyến …:": the
    // wording from its "tỷ lệ".
    match ty_le_at(head) {
        Some(at) => indicator_of(rules, head[at..].trim()),
        // "1. Chỉ tiêu thanh toán trực tuyến trên tổng số hồ sơ có thu
        // phí:", "2. Hồ sơ trực tuyến toàn trình:": a head that is all the
        // indicator's words.
        None => {
            let head = strip_leads(head, &rules.prose.indicator_leads);
            (!head.is_empty() && head.len() < 200).then(|| indicator_of(rules, head)).flatten()
        }
    }
}

/// The indicator a marked heading names with no colon, as a lead-in
/// names it for the items under it ("1. Tỷ lệ hồ sơ trực tuyến toàn
/// trình" over "a) … 75% …", "b) Tối thiểu 65% đối với các Sở: …").
pub fn heading_lead(rules: &Rules, line: &str) -> Option<Lead> {
    let line = line.trim().trim_start_matches('#').trim_start();
    if line.ends_with(':') || line.contains('%') || line.split_whitespace().count() > 40 {
        return None;
    }
    lead_in(rules, &format!("{line}:"))
}

/// The indicator a table's title names, with or without a colon ("2. Tỷ
/// lệ hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí"
/// above a table of units and years): a title gives no value.
pub fn caption(rules: &Rules, line: &str) -> Option<Lead> {
    // ("… (%)": the unit of its figures, no value.)
    let line = line.trim_end().trim_end_matches(':').trim_end();
    let line = line.strip_suffix("(%)").unwrap_or(line).trim_end();
    if line.contains('%') || line.len() > 300 {
        return None;
    }
    indicator_of(rules, line[ty_le_at(line)?..].trim())
}

/// Where in `text` its first "tỷ lệ" (or "tỉ lệ") opens.
fn ty_le_at(text: &str) -> Option<usize> {
    let (f, map) = fold_with_map(text);
    let at = crate::text::word_positions(&f, "ty le").next()?;
    Some(map[at])
}

/// Where the first indicator's wording in `text` opens: "tỷ lệ", or a head
/// of `indicator_heads` ("Chỉ số phục vụ …").
fn indicator_at(rules: &Rules, text: &str) -> Option<usize> {
    let (f, map) = fold_with_map(text);
    std::iter::once("ty le")
        .chain(rules.prose.indicator_heads.iter().map(String::as_str))
        .filter_map(|h| crate::text::word_positions(&f, h).next())
        .min()
        .map(|p| map[p])
}

/// The indicator a wording names, with the wording.
fn indicator_of(rules: &Rules, wording: &str) -> Option<Lead> {
    rules.match_metric(wording).map(|m| (m.to_string(), wording.to_string()))
}

/// Reads the prose targets of a paragraph broken over lines (hard-wrapped
/// text): `parts` are its lines, (1-based number, text), read as one text
/// joined with spaces; each target keeps the line its value is on.
pub fn read_paragraph(rules: &Rules, parts: &[(usize, &str)], page: Option<u32>, doc_year: Option<i32>) -> ProseTargets {
    read_under(rules, parts, page, doc_year, None, None)
}

/// [`read_paragraph`] of an item under a line that leads it in naming an
/// indicator (`lead`, from [`lead_in`]): a value no words beside it name
/// the indicator of is that one's.
pub fn read_under(rules: &Rules, parts: &[(usize, &str)], page: Option<u32>, doc_year: Option<i32>, for_year: Option<i32>, lead: Option<&Lead>) -> ProseTargets {
    read_parts(rules, parts, page, (doc_year, for_year), lead, false)
}

/// [`read_paragraph`] of a paragraph under a heading of results ("1. Kết
/// quả năm 2023"): only a value its clause sets as a target is one
/// ("Trên cơ sở kết quả đạt được, phấn đấu đến hết năm 2025 đạt … 70%").
pub fn read_in_results(rules: &Rules, parts: &[(usize, &str)], page: Option<u32>, doc_year: Option<i32>) -> ProseTargets {
    read_parts(rules, parts, page, (doc_year, None), None, true)
}

/// [`read_under`], or [`read_in_results`] (`results`); `years`: the
/// document's and the one a lead-in names.
fn read_parts(rules: &Rules, parts: &[(usize, &str)], page: Option<u32>, years: (Option<i32>, Option<i32>), lead: Option<&Lead>, results: bool) -> ProseTargets {
    let (doc_year, for_year) = years;
    match parts {
        [] => ProseTargets::default(),
        [(n, text)] => read_at(rules, text, &|_| *n, page, (doc_year, for_year), lead, results),
        _ => {
            let mut text = String::with_capacity(parts.iter().map(|p| p.1.len() + 1).sum());
            let mut starts = Vec::with_capacity(parts.len());
            for (n, t) in parts {
                let t = t.trim();
                // "trực tuy-" / "ến": a word a scan's line broke with a
                // hyphen is one word again.
                let broken = text.strip_suffix('-').is_some_and(|h| h.ends_with(char::is_alphabetic)) && t.starts_with(char::is_lowercase);
                if broken {
                    text.pop();
                } else if !text.is_empty() {
                    text.push(' ');
                }
                starts.push((text.len(), *n));
                text.push_str(t);
            }
            let line_of = |at: usize| starts.iter().rev().find(|s| s.0 <= at).map_or(parts[0].0, |s| s.1);
            read_at(rules, &text, &line_of, page, (doc_year, for_year), lead, results)
        }
    }
}

/// Reads the prose targets of `text`; `line_of` gives the 1-based line of
/// a byte offset.
/// (`for_year`: the year a value naming none is for, where a line leading
/// it in names one; else `doc_year`, the year the document is read in,
/// before which a year tells results.)
/// (`results`: the paragraph is under a heading of results: a value is a
/// target only where its clause sets one.)
fn read_at(rules: &Rules, text: &str, line_of: &dyn Fn(usize) -> usize, page: Option<u32>, years: (Option<i32>, Option<i32>), lead: Option<&Lead>, results: bool) -> ProseTargets {
    let (doc_year, for_year) = years;
    let mut out = ProseTargets::default();
    // (Whether the text may hold a score, "90 điểm".)
    let scored = rules.prose.score_units.iter().any(|u| text.contains(u.as_str()));
    if !(text.contains('%') || scored) || is_skipped(rules, text) {
        return out;
    }
    // (How much of a phrase's head tells an indicator's wording: "tỷ lệ" or
    // the longest of `indicator_heads`, and the space after it.)
    let heads_len = rules.prose.indicator_heads.iter().map(String::len).chain(["ty le".len()]).max().unwrap_or(0) + 1;
    let mut text = text.replace('\t', " ");
    // "\"a) Các sở, ban, ngành: … 85%.\"": the quotes an amendment sets
    // its new wording in, its first and last chars, are spaces (of their
    // length: each value keeps its line).
    for (at, q) in [text.char_indices().find(|(_, c)| !c.is_whitespace()), text.char_indices().rev().find(|(_, c)| !c.is_whitespace())]
        .into_iter()
        .flatten()
    {
        if QUOTES.contains(&q) {
            text.replace_range(at..at + q.len_utf8(), &" ".repeat(q.len_utf8()));
        }
    }
    let text = text;
    let mut hits: Vec<(usize, usize, f64)> = PERCENT
        .captures_iter(&text)
        .filter_map(|c| {
            let m = c.get(0).unwrap();
            Some((m.start(), m.end(), parse_number(&c[1])?))
        })
        .collect();
    // Scores ("90 điểm"): a figure and a unit of `score_units`, which a
    // stop, the text's end or a word of `score_then` follows.
    if scored {
        let points = rules.prose.score.captures_iter(&text).filter_map(|c| {
            let m = c.get(0).unwrap();
            let after = text[m.end()..].trim_start();
            let ends = after.is_empty()
                || after.starts_with(|c: char| !c.is_alphanumeric()) && !text[m.end()..].starts_with(char::is_alphanumeric)
                || rules.prose.score_then.iter().any(|w| after.starts_with(w.as_str()));
            (ends && !text[..m.start()].ends_with(|c: char| c.is_ascii_digit() || c == ',' || c == '.')).then_some(())?;
            Some((m.start(), m.end(), parse_number(&c[1])?))
        });
        hits.extend(points);
        hits.sort_unstable_by_key(|h| h.0);
    }
    // "- <units>: … 35% …": a list item whose head names its assignees
    // (its mark may be lost to OCR: a paragraph opening so reads the same).
    // A "mark" that runs into the first value is that value's figure
    // ("0.0%": "0." marks no item).
    let first_value = hits.first().map_or(text.len(), |h| h.0);
    let item_start = mark_end(rules, &text).filter(|&e| e <= first_value).unwrap_or(0);
    // "- Tỷ lệ hồ sơ trực tuyến …: năm 2023 đạt 27,6%; năm 2024 đạt 40%":
    // the item's head names the indicator of the values after its colon.
    let item_colon = text[item_start..first_value].find(':').map(|c| item_start + c);
    // ("1. Kết quả 4 tháng đầu năm 2024: toàn tỉnh … đạt 48,3%; …": a head
    // a heading of results would be opens a report of them; one naming
    // units, "UBND các huyện Chiêm Hóa, …:", does not.)
    let results = results
        || item_colon.is_some_and(|c| {
            let head = text[item_start..c].trim();
            let folded = fold(head);
            head.split_whitespace().count() <= 12 && tells_results(rules, &folded) && !units::names_units(rules, head)
        });
    // (So too a head its lead words tell is an indicator's: "Giao chỉ
    // tiêu hồ sơ được tiếp nhận, giải quyết trực tuyến: UBND các xã …".)
    // (The head, and whether it opens with "tỷ lệ".)
    let item_head: Option<(&str, bool)> = item_colon.and_then(|c| {
        let whole = text[item_start..c].trim();
        let head = strip_leads(whole, &rules.prose.indicator_leads);
        // (Or after a topic's word inside it: "… Điều 1 về tỷ lệ …", "về
        // tỉ lệ", folded.)
        let head = if rules.prose.indicator_topics.is_empty() {
            head
        } else {
            let (f, map) = fold_with_map(head);
            match rules
                .prose
                .indicator_topics
                .iter()
                .filter_map(|t| word_positions(&f, &format!("{t} ty le")).next().map(|p| p + t.len() + 1))
                .min()
            {
                Some(p) => &head[map[p]..],
                None => head,
            }
        };
        let ty_le = fold_head(head, "ty le".len()).starts_with("ty le");
        (head.len() < whole.len() || ty_le).then_some((head, ty_le))
    });
    let item_metric: Option<Lead> = item_head.and_then(|(head, _)| indicator_of(rules, head));
    // ("d) Tỷ lệ hồ sơ giải quyết quá hạn: UBND các xã không quá 2%": an
    // indicator's wording no rule knows heads the item: its values are
    // kept, unmapped.)
    let item_unmapped: Option<String> = item_head.filter(|&(_, ty_le)| ty_le && item_metric.is_none()).map(|(head, _)| squash(head));
    // "b) Tỷ lệ …: UBND thị trấn X và UBND các xã A, B đạt 40%": after an
    // indicator's head, a clause's subject opens past the colon.
    let item_metric_named = item_metric.is_some();
    let item_metric = item_metric.or_else(|| lead.cloned());
    // (With where an enumeration the head opens ends: "UBND các xã: A,
    // B; thị trấn C: tối thiểu 45%" names its units past a semicolon.)
    let enumeration_end = std::cell::Cell::new(0);
    let item_units: Option<Vec<String>> = (|| {
        let rest = &text[item_start..];
        let Some(colon) = rest.find(':').filter(|&c| item_start + c <= hits.first().map_or(0, |h| h.0)) else {
            return subject_units(rules, &text[item_start..hits.first()?.0]);
        };
        // "- Đối với các sở, ban, ngành: …"
        // ("… 32 xã còn lại (không có tên tại Phụ lục):": the remark is no
        // part of the name.)
        let bare_head = crate::rules::strip_parentheses(rest[..colon].trim());
        let head = strip_leads(bare_head.trim(), &rules.prose.item_leads);
        // "1. Các Sở: Tư pháp, Công Thương bảo đảm tỷ lệ … 75%": the colon
        // opens an enumeration, which runs on to the indicator's words.
        // ("Đối với các địa bàn …, UBND các xã: A, B, C": the
        // enumeration opens in the head's last clause.)
        let enumerates = |h: &str| units::opens_enumeration(rules, h) || units::without_qualifier(&rules.units, h).is_some();
        let mut cut = head.rfind([',', ';']).map_or(0, |p| p + 1);
        // ("UBND các quận A, B và UBND các huyện: C, D": so it does after
        // the last "và".)
        if let Some(p) = head[cut..].rfind(" và ").filter(|&p| enumerates(head[cut + p + 4..].trim())) {
            cut += p + 4;
        }
        let last_clause = head[cut..].trim();
        if enumerates(head) || enumerates(last_clause) {
            // (From the head's start where only the whole head enumerates:
            // "UBND các xã đồng bằng, ven biển: A, B".)
            let from = if enumerates(last_clause) { last_clause } else { head };
            let head_at = item_start + rest[..colon].find(from).unwrap_or(0);
            let upto = &text[head_at..hits.first()?.0];
            let (f, map) = fold_with_map(upto);
            let end = f.find("ty le").map_or(upto.len(), |p| map[p]);
            // ("Các phòng: A, B và C: rà soát …, bảo đảm tỷ lệ …": the
            // enumeration ends at the colon after it.)
            let opened = (item_start + colon + 1).saturating_sub(head_at);
            // (Not at one after a level's plural: "UBND các phường: A, B và
            // các xã: C, D".)
            let end = upto
                .get(opened..)
                .and_then(|r| r.match_indices(':').map(|(c, _)| opened + c).find(|&c| !units::ends_with_plural_level(&rules.units, &upto[..c])))
                .map_or(end, |c| end.min(c));
            let list = units::expand(rules, &upto[..end]);
            if list.len() > 1 {
                enumeration_end.set(head_at + end);
                // "Văn phòng HĐND và UBND xã, các phòng: Kinh tế, Văn hóa -
                // Xã hội: …": a unit named before the enumeration's
                // clause is one of the item's too.
                let before = head[..cut].trim_end_matches([',', ';', ' ']);
                let before = before.strip_suffix(" và").unwrap_or(before);
                if enumerates(last_clause) && !before.is_empty() && units::names_units(rules, before) {
                    return Some(units::expand(rules, before).into_iter().chain(list).collect());
                }
                return Some(list);
            }
        }
        // ("Chỉ tiêu chung áp dụng đối với UBND các xã, thị trấn: …": the
        // units after "đối với" in the head.)
        let head = after_doi_voi(head).filter(|h| !h.is_empty()).unwrap_or_else(|| head.to_string());
        // ("Đề nghị các cơ quan, đơn vị chỉ đạo thực hiện đạt các chỉ
        // tiêu:": a head that says more than its units' names names none.)
        // ("Sở X đề nghị UBND các xã, phường phấn đấu trong năm 2026:
        // …": the units a speaker's request names.)
        // ("Các cơ quan, đơn vị, địa phương phấn đấu đến ngày 31/12/2022:":
        // the names end at the verb.)
        units_alone(rules, before_subject_verb(rules, &head)).or_else(|| after_speaker(rules, &head).and_then(|rest| subject_units(rules, rest)))
    })();
    // So too after a topic's head that names no units ("2. Về thanh toán
    // trực tuyến: UBND thị trấn X bảo đảm … 50%").
    let subject_floor = item_colon.filter(|_| item_metric_named || item_units.is_none()).map_or(0, |c| c + 1);
    // The indicator of the last value read, for an exception after it.
    let mut last_named: Option<(Option<String>, String)> = None;
    // The units an exception named for the last value read.
    let mut last_excepted: Option<Vec<String>> = None;
    // The last clause read: its bounds, target year and whether it tells a
    // past result (values of one clause share them).
    // (Its bounds, year, whether past, whether mixed.)
    type Clause = ((usize, usize), Option<i32>, bool, bool);
    let mut last_clause: Option<Clause> = None;
    // Where the clause of the last value read ends, and its year.
    let mut last_year: Option<(usize, Option<i32>)> = None;
    // The value before was one a target changed from ("từ 45% xuống").
    let mut changed_before = false;
    // The value before was a range's floor ("từ 50% đến 60%"): this one
    // is its top.
    let mut range_before = false;
    // Where the last value read as a result stands, none once a target
    // is read.
    let mut last_past: Option<usize> = None;
    // The indicator the last result read names, if any.
    let mut past_named: Option<(Option<String>, String)> = None;
    // Whether the paragraph names a part of the year ("quý II"), asked
    // once.
    let periods = rules.prose.periods.is_match(&text);
    // Where the paragraph's example cues ("ví dụ") stand, found once.
    let examples: Vec<(usize, usize)> = rules
        .prose
        .example_cues
        .find_iter(&text)
        .filter(|m| !text[..m.start()].ends_with(char::is_alphanumeric) && !text[m.end()..].starts_with(char::is_alphanumeric))
        .map(|m| (m.start(), m.end()))
        .collect();
    // What a run of values after "lần lượt" gives each.
    let each = respectively(rules, &text, &hits);
    // An enumeration's head before a colon the first value follows, its
    // names each with a value after it: the colon and the head.
    let enumerated: Option<(usize, &str)> = hits.first().and_then(|first| enumeration_head(rules, &text[..first.0]));
    for (k, &(start, end, value)) in hits.iter().enumerate() {
        let after_change = std::mem::take(&mut changed_before);
        // "đạt từ 50% đến 60%": the range's top is no target of its own;
        // its floor is one, noted with the range.
        if std::mem::take(&mut range_before) {
            continue;
        }
        // "Tỷ lệ số hóa hồ sơ = b/a × 100%": a formula's factor.
        let pre = text[..start].trim_end();
        if pre.ends_with(['×', '*']) || pre.ends_with(" x") && pre.contains('=') {
            continue;
        }
        // "(ví dụ: xã tiếp nhận 400 hồ sơ, … thì tỷ lệ là 25%)": an
        // example's figure, the cue's sentence, clause or parenthesis
        // not closed before it.
        if examples.iter().rev().find(|&&(_, e)| e <= start).is_some_and(|&(_, e)| {
            let since = &text[e..start];
            !since.contains(". ") && !since.contains([';', ')'])
        }) {
            continue;
        }
        // "đạt 30% (thay cho mức 40% đã giao …)": a value in the
        // parenthesis after another is that one's note, no target.
        // ("… 60% (riêng Sở A đạt 75%)": not one that opens with an
        // exception, a target of its own.)
        let open = text[..start].rfind('(').filter(|&o| !text[o..start].contains(')'));
        let excepts = || open.is_some_and(|o| rules.prose.exception_cues.iter().any(|c| fold_head(&text[o + 1..start], 12).trim_start().starts_with(c.as_str())));
        if k > 0 && text[hits[k - 1].1..start].trim_start().starts_with('(') && !text[hits[k - 1].1..start].contains(')') && !excepts() {
            continue;
        }
        // ("… đạt 45% (năm 2024: 57,45% và 33,3%)": so is every value in
        // that parenthesis.)
        if let Some(open) = open {
            if hits[..k].iter().any(|h| h.1 <= open && text[h.1..open].trim().is_empty()) && !excepts() {
                continue;
            }
        }
        // The clause the value sits in, for the achieved/assigned decision.
        let clause_start = text[..start].rfind([';', '.']).map_or(0, |i| i + 1);
        let clause_start = if text[clause_start..start].trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            0
        } else {
            clause_start
        };
        let clause_end = clause_end(&text, end);
        // (`mixed`: the clause holds a past cue and a target cue; a value
        // in it may be told past by its own words.)
        let (year_here, past, mixed) = match last_clause {
            Some((bounds, year, past, mixed)) if bounds == (clause_start, clause_end) => (year, past, mixed),
            _ => {
                // (Results in parentheses after a value, "đạt 40% (năm 2024
                // đạt 33,9%)", tell nothing of the clause: they are no targets
                // of their own already.)
                let clause = without_figures_in_parentheses(&text[clause_start..clause_end]);
                let (year, past_cue, target_cue) = clause_cues(rules, &clause, doc_year);
                let mut past = if results {
                    !(target_cue && rules.prose.aims_in_results.is_match(&fold(&clause)))
                } else {
                    // ("Năm 2024: hồ sơ trực tuyến 62,4%" in a text of
                    // 2025: a year before the document's, no target set.)
                    let named = || year.or_else(|| years_before(rules, &text[clause_start..start]).and_then(|(ys, _)| ys.last().copied()));
                    !target_cue && (past_cue || named().zip(doc_year).is_some_and(|(y, d)| y < d))
                };
                // "Năm 2024, A đạt 38,5%; B đạt 31,2%": a clause after a
                // semicolon that names no year and sets no target tells of
                // the time its sentence opened with.
                let clause = &text[clause_start..clause_end];
                if !past && year.is_none() && text[..clause_start].ends_with(';') && !rules.prose.sets_target(&fold(clause)) {
                    let sentence_start = text[..clause_start]
                        .match_indices('.')
                        .rfind(|(i, _)| !text[i + 1..].starts_with(|c: char| c.is_ascii_digit()))
                        .map_or(0, |(i, _)| i + 1);
                    past = read_clause(rules, &text[sentence_start..clause_end], doc_year).1;
                }
                last_clause = Some(((clause_start, clause_end), year, past, past_cue && target_cue));
                (year, past, past_cue && target_cue)
            }
        };
        // "trên cơ sở kết quả năm 2023 (tỷ lệ … đạt 71,4%), tham mưu điều
        // chỉnh chỉ tiêu": a value in parentheses is read with the words
        // up to them, not with the clause's later target words.
        // "… như sau (năm 2019, tỷ lệ … đạt 12,6%):": so too with its own
        // words alone.
        // ("kết quả năm 2023 (tỷ lệ A đạt 38,6%; tỷ lệ B đạt 21,4%)": a
        // parenthesis holds its semicolons' clauses; its words before it
        // are those of the clause it opens in.)
        let past = past || {
            let open = text[..start].rfind('(').filter(|&o| !text[o..start].contains(')'));
            let close = text[end..clause_end].find(')').or_else(|| open.filter(|&o| o < clause_start).and_then(|_| text[end..].find(')')));
            open.zip(close).is_some_and(|(o, c)| {
                let head = if o < clause_start { text[..o].rfind([';', '.']).map_or(0, |i| i + 1) } else { clause_start };
                // ("… trên cơ sở kết quả thực hiện năm 2023 (tỷ lệ … đạt
                // 38,6%, …)": so too with the few words before them.)
                let words_before = {
                    let before = text[head..o].trim_end();
                    let from = before.char_indices().rev().filter(|&(_, c)| c == ' ').nth(7).map_or(0, |(i, _)| i + 1);
                    fold(&before[from..])
                };
                read_clause(rules, &text[head..end + c + 1], doc_year).1
                    || read_clause(rules, &text[o..end + c + 1], doc_year).1
                    || rules.prose.past_markers.is_match(&words_before) && !rules.prose.sets_target(&words_before)
            })
        };
        // "… năm 2024 chỉ đạt từ 8% đến 15%, gồm …, phấn đấu … đạt 30%":
        // a value its own words tell past, up to the comma after it, though
        // its clause goes on to a target.
        // ("Điều chỉnh chỉ tiêu … từ 60% xuống 50%, do 6 tháng đầu năm
        // 2024 tỷ lệ này mới đạt 21,4% và …": so too by the words from the
        // comma before it, a reason given after the target.)
        let past = past
            || mixed && {
                let upto = text[end..clause_end].find(',').map_or(clause_end, |c| end + c);
                let from = text[clause_start..start].rfind(',').map(|c| clause_start + c + 1);
                upto < clause_end && read_clause(rules, &text[clause_start..upto], doc_year).1 || from.is_some_and(|f| read_clause(rules, &text[f..upto], doc_year).1)
            };
        // "Trong quý I, … đạt 24,4%. Một số địa phương có tỷ lệ … cao như
        // X đạt 31,5%": a sentence after one of results, naming no year
        // and setting no target, tells of results too.
        let past = past || {
            let sentence_start = if text[..clause_start].ends_with('.') {
                clause_start
            } else {
                text[..clause_start].rfind(". ").map_or(0, |i| i + 2)
            };
            last_past.is_some_and(|p| p < sentence_start) && year_here.is_none() && !rules.prose.sets_target(&fold(&text[sentence_start..clause_end]))
        };
        // "Rà soát, tái cấu trúc quy trình đối với 100% thủ tục …": a task's
        // share of things, no target.
        // (The clause up to the value, folded once for this test and the
        // change's below.)
        let folded_before = fold(&text[clause_start..start]);
        if rules.prose.task_before.is_match(&folded_before) {
            continue;
        }
        if past || replaced(rules, &text[clause_start..start], &text[end..clause_end]) {
            last_past = Some(start);
            // ("Năm 2025, tỷ lệ … đạt 42,5%; phấn đấu năm 2026 đạt từ 60%
            // trở lên": the indicator a result names is the one of a bare
            // target after it, whose own clause sets it.)
            let before = &text[clause_start..start];
            if let Some(at) = indicator_at(rules, before) {
                let wording = trim_value_words(rules, &before[at..]);
                past_named = Some((rules.match_metric(&wording).map(str::to_string), wording));
            }
            continue;
        }
        last_past = None;
        // Left phrase: back to the previous value or a clause mark, and from
        // the last "tỷ lệ" if there is one.
        let prev_end = if k > 0 { hits[k - 1].1 } else { 0 };
        let mut left_start = text[prev_end..start].rfind([':', ';']).map_or(prev_end, |i| prev_end + i + 1);
        // "Tỷ lệ hồ sơ trực tuyến: 50%": the phrase stands before the colon.
        // So it does before "…: Quý I/2026 đạt 40%", a part of the year.
        let mut left_end = start;
        if left_start > prev_end && text[..left_start].ends_with(':') {
            let words = trim_value_words(rules, &text[left_start..start]);
            if words.is_empty() || only_period(rules, &words) {
                let before = left_start - 1;
                if !words.is_empty() {
                    left_end = before;
                }
                left_start = text[prev_end..before].rfind([':', ';']).map_or(prev_end, |i| prev_end + i + 1);
            }
        }
        let mut left = &text[left_start..left_end];
        {
            let (f, map) = fold_with_map(left);
            // (Not a "tỷ lệ" in a remark closed before the value: "riêng
            // huyện A (tỷ lệ đồng bào dân tộc cao) đạt 60%".)
            let in_remark = |p: usize| {
                let after = &left.as_bytes()[map[p]..];
                after.iter().filter(|&&b| b == b')').count() > after.iter().filter(|&&b| b == b'(').count()
            };
            if let Some(p) = f.match_indices("ty le").map(|(p, _)| p).filter(|&p| !in_remark(p)).last() {
                left = &left[map[p]..];
            } else {
                // ". Năm 2026, mức độ hài lòng đạt …": from the sentence's
                // start, past the year it opens with.
                if let Some(i) = left.match_indices(". ").map(|(i, _)| i + 2).filter(|&i| left[i..].trim_start().starts_with(char::is_uppercase)).last() {
                    left = &left[i..];
                }
                // "Bộ phận Tiếp nhận và Trả kết quả huyện thực hiện số hóa
                // hồ sơ đạt 50%": the subject and its verb are no part of
                // the wording.
                if let Some(rest) = past_subject_verb(rules, left) {
                    left = rest;
                }
            }
        }
        let left_phrase = trim_value_words(rules, left);
        // "… trực tuyến quý I/2026 đạt 40%": the part of the year is no
        // part of the wording.
        let left_phrase = match periods.then(|| rules.prose.periods.find_iter(&left_phrase).last()).flatten().filter(|m| m.end() == left_phrase.len()) {
            Some(m) => trim_value_words(rules, &left_phrase[..m.start()]),
            None => left_phrase,
        };
        // "(Phấn đấu) năm 2026, mức độ hài lòng": the year is no part of
        // the wording.
        let left_phrase = match YEAR_RUN.find(&left_phrase).filter(|m| m.start() == 0 && left_phrase[m.end()..].starts_with(',')) {
            Some(m) => trim_value_words(rules, &left_phrase[m.end() + 1..]),
            None => left_phrase,
        };
        let next_start = hits.get(k + 1).map_or(text.len(), |h| h.0);
        let right_raw = &text[end..next_start.max(end)];
        // (Up to the clause's end: the words after a semicolon are another's.)
        let right_clause = &right_raw[..right_raw.find(';').unwrap_or(right_raw.len())];
        let right_phrase = trim_value_words(rules, &cut_right(rules, trim_value_words(rules, right_clause).as_str()));
        // As written first; read through OCR slips only when neither side
        // names an indicator (most phrases beside a figure name none).
        let (left_wording, right_wording) = (rules.wording(&left_phrase), rules.wording(&right_phrase));
        let (mut left_metric, mut right_metric) = (rules.match_wording_as_written(&left_wording), rules.match_wording_as_written(&right_wording));
        if left_metric.is_none() && right_metric.is_none() {
            (left_metric, right_metric) = (rules.match_wording_mended(&left_wording), rules.match_wording_mended(&right_wording));
        }
        let left_named = {
            let head = fold_head(&left_phrase, heads_len);
            head.starts_with("ty le") || rules.prose.indicator_heads.iter().any(|h| head.strip_prefix(h.as_str()).is_some_and(|r| r.starts_with(' ')))
        };
        // "… số hóa hồ sơ đạt 50%, số hóa kết quả … đạt 70%": words after a
        // comma that lead to the next value are that one's.
        // (So past value words: "từ 70% trở lên, thanh toán trực tuyến từ 45%".)
        let right_is_next = hits.get(k + 1).is_some() && {
            let to_stop = right_raw.find([',', ';']).map_or(right_raw, |c| &right_raw[..c]);
            to_stop.len() < right_raw.len() && value_words_trimmed(rules, to_stop).trim().is_empty()
        };
        // "- 100% văn bản đi … được ký số": a share of things to be done,
        // in words no rule knows: kept, unmapped. (No words before the
        // value but a list's mark: "đ) 100% thủ tục …".)
        let own_share = || (left_phrase.is_empty() || LIST_MARK.find(left.trim()).is_some_and(|m| m.end() == left.trim().len())) && crate::text::word_positions(right_raw, "được").next().is_some();
        let share = || (None, squash(crate::rules::strip_parentheses(right_raw).trim().trim_end_matches(['.', ';'])), None);
        let (mut metric, metric_text, excepted) = match (left_metric, right_metric) {
            (Some(m), _) if left_named || right_metric.is_none() || right_is_next => (Some(m.to_string()), left_phrase.clone(), None),
            (_, Some(m)) => (Some(m.to_string()), right_phrase.clone(), None),
            // ("…; phấn đấu đến năm 2025 tỷ lệ này đạt 80%": the one before.)
            _ if left_named && rules.prose.same_indicator.contains(&fold(&left_phrase)) && last_named.as_ref().is_some_and(|(m, _)| m.is_some()) => {
                let (m, t) = last_named.clone().unwrap_or_default();
                (m, t, None)
            }
            _ if left_named => (None, left_phrase.clone(), None),
            // "…; riêng Sở Y tế đạt 60%": the indicator just named.
            // Or, before any value, the indicator named before the cue
            // ("Giao chỉ tiêu tỷ lệ … tại Phụ lục; riêng Văn phòng … đạt 100%").
            _ => match (split_wording(rules, &left_phrase, &right_phrase), excepted_units(rules, &text[prev_end..start])) {
                (Some((m, t)), _) => (Some(m), t, None),
                // ("…; 100% cán bộ … được cấp chữ ký số": a share of its own
                // after a semicolon, under a lead naming indicators too.)
                (None, None) if k > 0 && text[prev_end..start].contains(';') && own_share() => share(),
                // (A value joined to one an exception named by its year is
                // the exception's too.)
                (None, None) if item_metric.is_some() => {
                    let excepted = last_excepted.clone().filter(|_| k > 0 && joins_values(rules, &text[prev_end..start]));
                    // (An indicator the item names itself goes on before a
                    // lead-in's: "- Tỷ lệ số hóa hồ sơ … 80%, năm 2027 đạt 90%"
                    // under "c) Về số hóa hồ sơ, kết quả …".)
                    match last_named.clone().filter(|(m, _)| !item_metric_named && m.is_some()) {
                        Some((m, t)) => (m, t, excepted),
                        None => item_metric.clone().map_or((None, String::new(), None), |(m, t)| (Some(m), t, excepted)),
                    }
                }
                (None, None) if item_unmapped.is_some() && last_named.is_none() => (None, item_unmapped.clone().unwrap_or_default(), None),
                (None, None) if own_share() => share(),
                // ("Riêng các Sở: A, B đạt 50%" under a lead-in: its indicator.)
                (None, Some((cue, u))) => match last_named
                    .clone()
                    .or_else(|| named_before(rules, &text[..prev_end + cue]))
                    .or_else(|| item_metric.clone().map(|(m, t)| (Some(m), t)))
                {
                    Some((m, t)) => (m, t, Some(u)),
                    None => continue,
                },
                // "… đạt 45% năm 2025 và 55% năm 2026": a value joined to
                // the one before by its year is of the same indicator.
                (None, None) if after_change => match last_named.clone() {
                    // "…; đối với UBND các huyện A, B từ 45% xuống 40%": the
                    // units stand before the value changed from.
                    Some((m, t)) => (m, t, subject_alone(rules, &text[if k >= 2 { hits[k - 2].1 } else { 0 }..hits[k - 1].0])),
                    None => continue,
                },
                (None, None)
                    if k > 0
                        && last_named.is_none()
                        && past_named.is_some()
                        && names_coming_year(&text[clause_start..start], doc_year)
                        && rules.prose.sets_target(&fold(&text[clause_start..clause_end])) =>
                {
                    let (m, t) = past_named.clone().unwrap_or_default();
                    (m, t, None)
                }
                // ("… 60% tại Phòng Tư pháp …, thị xã, thành phố và tối
                // thiểu 40% tại UBND các xã": the units by place after the
                // value, not the tail of the list before it.)
                (None, None) if k > 0 && last_named.is_some() && placed_units(rules, right_clause).is_some() => {
                    let (m, t) = last_named.clone().unwrap_or_default();
                    (m, t, placed_units(rules, right_clause))
                }
                (None, None) if k > 0 => match (last_named.clone(), subject_alone(rules, &text[prev_end..start])) {
                    // "… 60%; các xã: A, B đạt tối thiểu 40%", "… 50%,
                    // UBND các xã đạt 35%": a subject and its value alone
                    // are of the indicator just named.
                    (Some((m, t)), Some(u)) => (m, t, Some(u)),
                    // "…; tối thiểu 30% đối với Phòng A, Phòng B": the units
                    // the value's clause names after it.
                    (Some((m, t)), None) => match named_after(rules, right_clause) {
                        Some(u) => (m, t, Some(u)),
                        // (The units excepted before it too: "riêng … Trung
                        // tâm …: năm 2025 đạt 35%, năm 2026 đạt 45%".)
                        None if joins_values(rules, &text[prev_end..start]) => (m, t, last_excepted.clone()),
                        None => continue,
                    },
                    _ => continue,
                },
                (None, None) => continue,
            },
        };
        // ("tỷ lệ A, tỷ lệ B … lần lượt là 60%, 70%": its own indicator.)
        let metric_text = match &each[k] {
            Some(Each::Indicator(phrase)) => {
                metric = rules.match_metric(phrase).map(str::to_string);
                phrase.clone()
            }
            _ => metric_text,
        };
        last_named = Some((metric.clone(), metric_text.clone()));
        last_excepted.clone_from(&excepted);
        // "… năm 2025 tăng 10% so với năm 2024", "hằng năm tăng ít nhất
        // 10%": a change, no target (its indicator goes on to a bare value
        // after it: "…, đến năm 2027 đạt 67%").
        if relative(rules, &folded_before, &text[end..clause_end]) {
            continue;
        }
        // "từ 45% xuống 30%": the value changed from is no target; the one
        // after is of the same indicator.
        let changed = hits.get(k + 1).is_some_and(|next| changes_to(rules, &text[..start], &text[end..next.0]));
        if changed {
            changed_before = true;
            continue;
        }
        // Comparator from the words next to the value.
        let before = fold(&text[left_start..start]);
        let before_tail: Vec<&str> = before.split(' ').rev().take(3).collect();
        let before_tail = before_tail.into_iter().rev().collect::<Vec<_>>().join(" ");
        let after_head = folded_words(right_raw, 2);
        let near = format!(" {before_tail} {after_head} ");
        let near = rules.prose.without_ceiling_not(&near);
        let ceiling = rules
            .prose
            .ceiling
            .iter()
            .any(|w| word_positions(&near, w).next().is_some() || text[left_start..start].contains(w.as_str()) && fold(w).is_empty());
        let comparator = if ceiling { "<=" } else { ">=" };
        // A parenthesis right after the value is a qualifier; so is the
        // part of the year its clause names before it ("quý II đạt 50%").
        let note = right_raw.trim_start().strip_prefix('(').and_then(|r| r.split(')').next()).map(squash);
        let period = periods
            .then(|| rules.prose.periods.find_iter(&text[prev_end.max(clause_start)..start]).last())
            .flatten()
            .map(|m| m.as_str());
        // Units: the list item's head, "đối với <units>" after the value,
        // or the owner the indicator's wording names ("… của Sở Y tế").
        let mut metric_text = metric_text;
        // (Up to the next value in the clause: the words after a value.)
        let next_value = hits.get(k + 1).map_or(clause_end, |h| h.0.min(clause_end)).max(end);
        let units: Vec<Option<String>> = if let Some(Each::Unit(u)) = &each[k] {
            // ("UBND các huyện A, B, C lần lượt là 55%, 58% và 52%".)
            vec![Some(u.clone())]
        } else if let Some(u) = excepted {
            u.into_iter().map(Some).collect()
        } else if let Some(u) = enumerated.and_then(|(colon, head)| named_in_enumeration(rules, head, &text[if k == 0 { colon + 1 } else { prev_end.max(colon + 1) }..start])) {
            // "… của các huyện: Mường Nhé (47%), Tủa Chùa (48%)": each
            // name its value follows, under the enumeration's head.
            vec![Some(u)]
        } else if owned_by_jurisdiction(rules, value_words_trimmed(rules, &text[prev_end.max(clause_start)..start])) {
            // ("Sở Tài chính chủ trì …, phấn đấu tỷ lệ hồ sơ … của toàn
            // tỉnh năm 2022 đạt 20%": the wording's owner is the whole
            // jurisdiction, not the item's subject.)
            vec![None]
        } else if let Some(u) = (enumeration_end.get() <= prev_end).then(|| colon_units(rules, &text[prev_end..start])).flatten() {
            // "Sở Y tế: 85%; Sở Giáo dục và Đào tạo: 80%".
            u.into_iter().map(Some).collect()
        } else if let Some(u) = (k > 0 && prev_end > clause_start.max(subject_floor).max(item_start) && !owned_before(rules, &text[prev_end..start]))
            .then(|| subject_units(rules, &text[prev_end..start]))
            .flatten()
        {
            // "…: UBND các thị trấn đạt 80%, UBND các xã đạt 70%": a subject
            // of its own after the value before.
            u.into_iter().map(Some).collect()
        } else if let Some(u) = (clause_start.max(subject_floor) > item_start && clause_start.max(subject_floor) >= enumeration_end.get())
            .then(|| subject_units(rules, &text[clause_start.max(subject_floor)..start]))
            .flatten()
        {
            // "…; chỉ đạo Văn phòng Đăng ký đất đai hoàn thành số hóa
            // 100% …": a later clause with a subject of its own.
            u.into_iter().map(Some).collect()
        } else if let Some(u) = item_units.as_ref().and_then(|_| named_after(rules, &text[end..next_value])) {
            // "…: các phòng A, B 50%; tối thiểu 30% đối với Phòng C": units
            // a clause names after its value are its own, not the item's.
            u.into_iter().map(Some).collect()
        } else if let Some(u) = item_units
            .as_ref()
            .filter(|_| clause_start <= item_start || !text[..clause_start].ends_with('.') || !names_owner(rules, &metric_text))
        {
            // ("A nâng tỷ lệ … 95%. Tỷ lệ hồ sơ quá hạn của các cơ quan,
            // đơn vị, địa phương tối đa 2%": a later sentence's wording
            // naming its own owner is not the item's.)
            u.iter().cloned().map(Some).collect()
        } else {
            // ("đạt 100% đối với Trung tâm X và tối thiểu 90% đối với UBND
            // các xã": up to the next value, its words and the "và" before it.)
            let after = &text[end..next_value];
            match after_doi_voi(after).or_else(|| at_place(rules, after)).map(|p| name_before_value(rules, &p)) {
                Some(phrase) if units::names_units(rules, &phrase) => {
                    let mut list = units::expand(rules, &phrase);
                    // ("… đối với các Sở: A, B; Ban Quản lý X.": names alone
                    // after the semicolon go on with the list.)
                    if next_value == clause_end {
                        // ("… đối với UBND các xã: A, B; thị trấn C": read
                        // with the list, they take its body.)
                        let more = clauses_after_semicolon(rules, &text[clause_end..hits.get(k + 1).map_or(text.len(), |h| h.0)]);
                        if !more.is_empty() {
                            let own: Vec<String> = more.iter().flat_map(|c| units::expand(rules, c)).collect();
                            let whole = units::expand(rules, &format!("{phrase}; {}", more.join("; ")));
                            // (Only where the list reads the same and each
                            // name after it only gains the body.)
                            if whole.len() == list.len() + own.len() && whole[..list.len()] == list[..] && whole[list.len()..].iter().zip(&own).all(|(w, o)| w.ends_with(o.as_str())) {
                                list = whole;
                            } else {
                                list.extend(own);
                            }
                        }
                    }
                    list.into_iter().map(Some).collect()
                }
                Some(_) => vec![None],
                None => match owner_units(rules, &metric_text) {
                    Some((wording, u)) => {
                        // (The owner's name is no part of the indicator's
                        // words: "số hóa hồ sơ … của Bộ phận Tiếp nhận và
                        // Trả kết quả" names no result.)
                        if let Some(m) = rules.match_wording_as_written(&rules.wording(&wording)) {
                            metric = Some(m.to_string());
                        }
                        metric_text = wording;
                        u.into_iter().map(Some).collect()
                    }
                    None => vec![None],
                },
            }
        };
        // "Tỷ lệ … của A, B, C lần lượt đạt 70%, 60% và 50%": the values go
        // to the units in turn.
        let turn = in_turn(&text, &hits, k, clause_end);
        let units = taken_in_turn(units, turn);
        let line_no = line_of(start);
        // ("95% trở lên năm 2025": past the value's own words.)
        let year_after = YEAR_AFTER
            .captures(right_raw)
            .or_else(|| YEAR_AFTER.captures(after_value_words(rules, right_raw)))
            .and_then(|c| c[1].parse::<i32>().ok());
        // "…, năm 2026 đạt 80%": the year named before the value in its
        // clause, nearest first; "năm 2025 và năm 2026 đều đạt 100%":
        // each year of a run that only value words part from the value.
        // (The clause from its start only when a value stands between.)
        // ("từ 12,4% năm 2021 lên tối thiểu 25%": the year before the word
        // of change is the value changed from's.)
        let from = if after_change {
            let between = &text[prev_end..start];
            let lower = between.to_lowercase();
            rules
                .prose
                .change_words
                .iter()
                .filter_map(|w| word_positions(&lower, w).last().map(|p| p + w.len()))
                .max()
                .filter(|_| lower.len() == between.len())
                .map_or(prev_end, |p| prev_end + p)
        } else {
            prev_end
        };
        let years_before =
            years_before(rules, &text[from.max(clause_start)..start]).or_else(|| (prev_end > clause_start && !after_change).then(|| years_before(rules, &text[clause_start..start])).flatten());
        let years: Vec<Option<i32>> = match (year_after, years_before) {
            (Some(y), _) => vec![Some(y)],
            (None, Some((ys, adjacent))) => match turn {
                // "năm 2025 và 2026 lần lượt đạt 50% và 60%".
                (i, n) if n > 1 && n == ys.len() => vec![Some(ys[i])],
                (_, 1) if adjacent => ys.into_iter().map(Some).collect(),
                _ => vec![ys.last().copied()],
            },
            // "Mục tiêu đến năm 2027: tỷ lệ A đạt 80%; tỷ lệ B đạt 70%": the
            // year the sentence's head names before its colon.
            // "… năm 2025 đạt tối thiểu 70%; riêng xã A đạt 50%": a clause
            // naming no year goes on in the year of the one before it.
            (None, None) => {
                let before = last_year.filter(|&(e, _)| e + 1 == clause_start && text[e..].starts_with(';')).and_then(|(_, y)| y);
                vec![year_here.or(before).or_else(|| head_year(rules, &text[..clause_start])).or(for_year).or(doc_year)]
            }
        };
        last_year = Some((clause_end, years.last().copied().flatten()));
        let range_end = hits.get(k + 1).and_then(|next| range_to(rules, &text[..start], &text[end..next.0]).then_some(next.1));
        let note = match range_end {
            Some(top_end) => {
                range_before = true;
                let from = text[..start].trim_end().rfind(' ').map_or(0, |p| p + 1);
                let range = squash(&text[from..top_end]);
                Some(match note {
                    Some(n) => format!("{range}; {n}"),
                    None => range,
                })
            }
            None => note,
        };
        let note = match (period, years.last().copied().flatten()) {
            (None, _) => note,
            (Some(p), y) => {
                // ("quý II/2026", "6 tháng đầu năm 2026": the year after a
                // numeral, or after a word.)
                let numeral = p.rsplit(' ').next().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || "IVXivx".contains(c)));
                let p = match y {
                    Some(y) if !p.contains('/') && !ANY_YEAR.is_match(p) => format!("{p}{}{y}", if numeral { '/' } else { ' ' }),
                    _ => p.to_string(),
                };
                Some(note.map_or(p.clone(), |n| format!("{p}; {n}")))
            }
        };
        if metric.is_none() {
            out.warnings.push(Warning::new("unmapped_metric", format!("no indicator rule matches {metric_text:?}"), Some(line_no)));
        }
        // "Tỷ lệ số hóa … và tỷ lệ cấp kết quả … điện tử đều đạt 100%":
        // the indicator joined to the one named is given the value too.
        // (Not one of values given in turn to the indicators listed.)
        let joined = metric
            .as_ref()
            .filter(|_| each[k].is_none())
            .and_then(|m| joined_wording(rules, &text[left_start..start]).filter(|(j, _)| j != m));
        let named: Vec<(Option<String>, String)> = joined.into_iter().map(|(m, t)| (Some(m), t)).chain([(metric, metric_text)]).collect();
        // "Tỷ lệ A và tỷ lệ B lần lượt tối thiểu 50% và 35%": the first
        // value is A's alone (the last is B's, the one named nearest).
        let named = taken_in_turn(named, turn);
        let each = named
            .iter()
            .flat_map(|n| units.iter().map(move |u| (n, u)))
            .flat_map(|(n, u)| years.iter().map(move |&y| (n.clone(), u.clone(), y)));
        for ((metric, metric_text), unit, year) in each {
            out.targets.push(Target {
                unit_key: unit.as_deref().map(units::unit_key),
                unit,
                unit_group: None,
                metric,
                metric_text,
                value,
                unit_of_measure: Some(if text[start..end].ends_with('%') {
                    "%".into()
                } else {
                    text[start..end].rsplit(char::is_whitespace).next().unwrap_or_default().to_string().into()
                }),
                comparator: comparator.into(),
                year,
                note: note.clone(),
                provenance: Provenance {
                    kind: "prose".into(),
                    table: None,
                    row: None,
                    column: None,
                    line: line_no,
                    page,
                },
            });
        }
    }
    out
}

/// Where the list mark `text` opens with ends ("- ", "a) ", "2. ", or
/// an article's "Điều 2. "): none without one.
fn mark_end(rules: &Rules, text: &str) -> Option<usize> {
    if let Some(m) = LIST_MARK.find(text) {
        return Some(m.end());
    }
    let trimmed = text.trim_start();
    let rest = rules.prose.article_marks.iter().find_map(|w| after_lead(trimmed, w))?.trim_start();
    let number = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest[number..].strip_prefix(['.', ':']).filter(|_| number > 0)?;
    Some(text.len() - after.trim_start().len())
}

/// The units named right before a value and its colon ("…: Sở Y tế: 85%",
/// "UBND các huyện, thị xã: tối thiểu 60%"): the words from the last
/// clause mark to the colon, when they name units and nothing more.
fn colon_units(rules: &Rules, before: &str) -> Option<Vec<String>> {
    let (head, after) = before.rsplit_once(':')?;
    if !trim_value_words(rules, after).is_empty() {
        return None;
    }
    let head = head[head.rfind([';', ':', '.']).map_or(0, |i| i + 1)..].trim();
    let head = head[LIST_MARK.find(head).map_or(0, |m| m.end())..].trim();
    if head.is_empty() || !units::names_units(rules, head) || !names_no_more(rules, head, &fold(head)) {
        return None;
    }
    Some(expand_past_remarks(rules, head))
}

/// The units `head` names, a remark in parentheses on a list's last name
/// left out ("UBND các xã A, B (xã điểm …)" → xã A, xã B; "UBND các xã A,
/// B (huyện X) và …"); a name whose parentheses are its own ("Văn phòng …
/// (Bộ phận Một cửa)") keeps them.
fn expand_past_remarks(rules: &Rules, head: &str) -> Vec<String> {
    // ("UBND các huyện (sau đây gọi chung là UBND cấp huyện)": the name
    // given for short is none of the units'.)
    if head.find('(').is_some_and(|o| {
        let remark = head[o..].to_lowercase();
        rules.prose.alias_cues.iter().any(|c| remark.contains(c.as_str()))
    }) {
        return units::expand(rules, &crate::rules::strip_parentheses(head));
    }
    let list = units::expand(rules, head);
    match crate::rules::strip_parentheses(head) {
        std::borrow::Cow::Owned(bare) => Some(units::expand(rules, &bare)).filter(|l| l.len() > 1 && l.len() >= list.len()).unwrap_or(list),
        std::borrow::Cow::Borrowed(_) => list,
    }
}

/// `text` without the parentheses that hold a figure with "%" ("(năm 2024
/// đạt 33,9%)"); borrowed when it has none.
fn without_figures_in_parentheses(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('(') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else { break };
        out.push_str(&rest[..open]);
        if !rest[open..close].contains('%') {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Whether a value is a range's floor: a word of `change_from` before it
/// (`before`: the text up to it) and only a word of `range_words` between
/// it and the next (`between`): "từ 50% đến 60%". (A dash alone between
/// them makes a range with no word before: "đạt 20% - 30%".)
fn range_to(rules: &Rules, before: &str, between: &str) -> bool {
    let between = between.trim().to_lowercase();
    let dash = matches!(between.as_str(), "-" | "–" | "—");
    !between.is_empty() && rules.prose.range_words.contains(&between) && (dash || ends_with_change_from(rules, before))
}

/// Whether the words before a value end with a word of `change_from`
/// ("… từ" before "45% xuống 30%", "50% đến 60%").
/// (So too quoted, value words between: "sửa cụm từ \"tối thiểu" before
/// "35%\" thành \"tối thiểu 45%\"".)
fn ends_with_change_from(rules: &Rules, before: &str) -> bool {
    let before = before.trim_end().trim_end_matches(QUOTES);
    let is_from = |w: &str| rules.prose.change_from.contains(&w.trim_end_matches(QUOTES).to_lowercase());
    if before.rsplit(' ').next().is_some_and(is_from) {
        return true;
    }
    let Some((head, quoted)) = before.rsplit_once(QUOTES) else { return false };
    value_words_trimmed(rules, quoted).is_empty() && head.trim_end().rsplit(' ').next().is_some_and(is_from)
}

/// The quotation marks around a wording an amendment quotes.
const QUOTES: [char; 3] = ['"', '“', '”'];

/// Whether a value is the one a target changes from: a word of
/// `change_from` before it (`before`: the text up to it) and only a change
/// word between it and the next (`between`): "từ 45% xuống 30%".
fn changes_to(rules: &Rules, before: &str, between: &str) -> bool {
    // "từ 45% (năm 2024) lên 60%": a note between is no word of it; nor
    // is the year of the value changed from, nor a value word after the
    // change ("từ 27,4% năm 2024 lên tối thiểu 45%").
    let bare = crate::rules::strip_parentheses(between).replace(QUOTES, " ");
    let bare = YEAR_RUN.replace_all(&bare, " ");
    let between = bare.trim();
    let (change, rest) = between.split_once(' ').unwrap_or((between, ""));
    if change.is_empty() || !rules.prose.change_words.contains(&change.to_lowercase()) || !trim_value_words(rules, rest).trim().is_empty() {
        return false;
    }
    before.trim_end().contains(' ') && ends_with_change_from(rules, before)
}

/// The years the last "năm YYYY" run of `before` (the words before a
/// value) names, and whether only value words stand between it and the
/// value; none when it names none. A date's year ("ngày 5 tháng 3 năm
/// 2024") is no target's.
fn years_before(rules: &Rules, before: &str) -> Option<(Vec<i32>, bool)> {
    // (Most phrases name no year: the regex is not run on them.)
    if !before.contains("năm") && !before.contains("Năm") && !before.contains("NĂM") {
        return None;
    }
    // ("UBND các xã A, B (các xã đã thí điểm năm 2023) đạt 70%": a year
    // in a remark closed before the value is the remark's.)
    let in_remark = |m: &regex::Match| {
        let open = before[..m.start()].rfind('(').filter(|&o| !before[o..m.start()].contains(')'));
        let close = before[m.end()..].find(')').map(|c| m.end() + c);
        open.zip(close)
            .is_some_and(|(o, c)| !before[o + 1..m.start()].trim().is_empty() || !before[m.end()..c].trim().is_empty())
    };
    let m = YEAR_RUN.find_iter(before).filter(|m| !DATE_BEFORE.is_match(&before[..m.start()]) && !in_remark(m)).last()?;
    let years = ANY_YEAR.captures_iter(m.as_str()).filter_map(|c| c[1].parse().ok()).collect();
    Some((years, trim_value_words(rules, &before[m.end()..]).is_empty()))
}

/// The indicator named before another and joined to it by "và" in the
/// words before a value (`before`: "Tỷ lệ A và tỷ lệ B năm 2025 đều
/// đạt"), with its wording: none unless a rule knows it.
fn joined_wording(rules: &Rules, before: &str) -> Option<(String, String)> {
    if !before.contains(" và ") {
        return None;
    }
    let (f, map) = fold_with_map(before);
    let last = f.rfind("ty le")?;
    let head = f[..last].trim_end().strip_suffix(" va")?;
    let first = head.rfind("ty le")?;
    let phrase = trim_value_words(rules, before[map[first]..map[head.len()]].trim_end_matches(','));
    let m = rules.match_metric(&phrase)?;
    Some((m.to_string(), phrase))
}

/// The year named in the head of the sentence `before` ends in, before
/// its colon ("Mục tiêu đến năm 2027: …; "): none without a colon.
fn head_year(rules: &Rules, before: &str) -> Option<i32> {
    let colon = before.rfind(':')?;
    let start = before[..colon].rfind(['.', ';']).map_or(0, |i| i + 1);
    years_before(rules, &before[start..colon]).and_then(|(ys, _)| ys.last().copied())
}

/// Value `k` of `hits` among the values of its clause that "và" or a
/// comma alone join ("… lần lượt đạt 50% và 60%"): its place, and how
/// many they are (1: none is joined to it).
fn in_turn(text: &str, hits: &[(usize, usize, f64)], k: usize, clause_end: usize) -> (usize, usize) {
    let joined = |a: usize, b: usize| matches!(text[hits[a].1..hits[b].0].trim(), "," | "và" | ", và");
    let first = (0..k).rev().take_while(|&a| joined(a, a + 1)).last().unwrap_or(k);
    let last = (k + 1..hits.len()).take_while(|&b| hits[b].0 < clause_end && joined(b - 1, b)).last().unwrap_or(k);
    (k - first, last - first + 1)
}

/// Of as many items as values joined in turn (`turn`, from [`in_turn`]),
/// the one the value's place gives; all of them otherwise.
fn taken_in_turn<T>(mut items: Vec<T>, (place, count): (usize, usize)) -> Vec<T> {
    if count > 1 && items.len() == count {
        vec![items.swap_remove(place)]
    } else {
        items
    }
}

/// Whether the words between two values only join them by their years
/// ("năm 2025 và", ", năm 2026:", "vào năm 2025 và").
fn joins_values(rules: &Rules, between: &str) -> bool {
    let year_word = |w: &str| rules.prose.year_words.iter().any(|y| y == w) || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    // (", quý II đạt": a part of the year is as a year.)
    let lower = rules.prose.periods.replace_all(between, " ").to_lowercase();
    // ", năm 2026 đạt": the years' words, and value words ("đạt", "tối
    // thiểu") around them.
    let rest: Vec<&str> = lower.split([' ', ',', ';', ':']).filter(|w| !w.is_empty() && !year_word(w)).collect();
    rest.is_empty() || trim_value_words(rules, &rest.join(" ")).is_empty()
}

/// Whether `words` are a part of the year alone ("Quý I/2026").
fn only_period(rules: &Rules, words: &str) -> bool {
    rules.prose.periods.find(words).is_some_and(|m| m.start() == 0 && m.end() == words.len())
}

/// Whether a line opens with an exception's cue ("Riêng các Sở: …").
pub fn opens_exception(rules: &Rules, line: &str) -> bool {
    let need = rules.prose.exception_cues.iter().map(String::len).max().unwrap_or(0) + 1;
    let head = fold_head(line.trim_start(), need);
    rules.prose.exception_cues.iter().any(|c| head.strip_prefix(c.as_str()).is_some_and(|r| r.starts_with(' ')))
}

/// Whether the words before a paragraph's first value name the units no
/// item before named ("UBND các xã, phường còn lại đạt tối thiểu 40%").
pub fn names_the_rest(rules: &Rules, text: &str) -> bool {
    let head = &text[..text.find('%').unwrap_or(text.len())];
    let folded = fold(head);
    rules.prose.remainder_words.iter().any(|w| word_positions(&folded, w).next().is_some())
}

/// Whether a value, between `before` and `after` in its clause, is the
/// target a newer one replaces ("thay thế chỉ tiêu tỷ lệ … (20%) đã giao
/// tại Quyết định số …").
/// (Or the clause says later that the value is replaced: "Chỉ tiêu … tối
/// thiểu 40% giao tại Văn bản số … được thay thế bằng …".)
fn replaced(rules: &Rules, before: &str, after: &str) -> bool {
    // "… thay thế Chỉ thị số 05/CT-UBND … (theo đó chỉ tiêu … năm 2023 là
    // 40%)": so too a value in a parenthesis opened after the cue.
    let in_parenthesis = || before.rfind('(').is_some_and(|o| !before[o..].contains(')') && rules.prose.replaced_cues.is_match(&fold(&before[..o])));
    rules.prose.replaced_after.is_match(&fold_head(after, 24)) && rules.prose.replaced_cues.is_match(&fold(before))
        || before.contains('(') && in_parenthesis()
        || rules.prose.replaced_later.is_match(&fold(after))
}

/// Whether the value between `before` (folded) and `after` is a change
/// against another figure ("tăng 10% so với năm 2024"), not a level to
/// reach.
fn relative(rules: &Rules, before: &str, after: &str) -> bool {
    rules.prose.relative_after.is_match(&fold_head(after, 16)) && rules.prose.relative_before.is_match(before) || rules.prose.relative_alone.is_match(before)
}

/// A clause's target year, if it names one, and whether it tells a past
/// result rather than a target ("năm 2023 đạt 45%").
fn read_clause(rules: &Rules, clause: &str, doc_year: Option<i32>) -> (Option<i32>, bool) {
    let (year, past_cue, target_cue) = clause_cues(rules, clause, doc_year);
    (year, past_cue && !target_cue)
}

/// A clause's target year, and whether it holds a past cue and a target
/// cue.
fn clause_cues(rules: &Rules, clause: &str, doc_year: Option<i32>) -> (Option<i32>, bool, bool) {
    let year_here = TARGET_YEAR.captures(clause).and_then(|c| c[1].parse::<i32>().ok());
    let folded = fold(clause);
    // "chưa đạt chỉ tiêu được giao" tells a result measured against a
    // target: a past cue, and no target cue.
    let measured = rules.prose.result_phrases.is_match(&folded);
    let target_cue = if measured {
        rules.prose.sets_target(&rules.prose.result_phrases.replace_all(&folded, " "))
    } else {
        rules.prose.sets_target(&folded)
    };
    let past_cue = measured
        || rules.prose.past_markers.is_match(&folded)
        // (So too "Năm 2025, toàn tỉnh có 58,2% hồ sơ …" in a plan for 2026.)
        || has_result_verb(rules, &folded)
            && doc_year.is_some_and(|y| {
                ANY_YEAR
                    .captures_iter(&folded)
                    .any(|c| c[1].parse::<i32>().is_ok_and(|v| v < y) && !DATE_BEFORE.is_match(&folded[..c.get(1).map_or(0, |m| m.start())]))
            });
    (year_here, past_cue, target_cue)
}

/// Whether `text` names a year before `year` ("… năm 2025" in a document
/// for 2026).
pub fn names_year_before(text: &str, year: i32) -> bool {
    ANY_YEAR.captures_iter(text).any(|c| c[1].parse::<i32>().is_ok_and(|v| v < year))
}

/// Whether `clause` names a year ("năm 2026") not before the document's
/// (`doc_year`, when known).
fn names_coming_year(clause: &str, doc_year: Option<i32>) -> bool {
    ANY_YEAR
        .captures_iter(clause)
        .any(|c| clause[..c.get(1).map_or(0, |m| m.start())].ends_with("năm ") && c[1].parse::<i32>().is_ok_and(|y| doc_year.is_none_or(|d| y >= d)))
}

/// Whether folded clause text holds one of the verbs telling what a value
/// was (`result_verbs`), with a word after it.
fn has_result_verb(rules: &Rules, folded: &str) -> bool {
    let mut words = crate::text::words(folded).peekable();
    while let Some(w) = words.next() {
        if words.peek().is_some() && rules.prose.result_verbs.iter().any(|v| v == w) {
            return true;
        }
    }
    false
}

/// The units an indicator's wording names as its owner after the last
/// owner cue ("Tỷ lệ hồ sơ trực tuyến của Sở Y tế" → Sở Y tế), with the
/// wording before the cue; none for the jurisdiction ("của tỉnh", "của
/// UBND tỉnh"), every state body ("của các cơ quan nhà nước") or words
/// that name no unit ("của người dân").
fn owner_units(rules: &Rules, phrase: &str) -> Option<(String, Vec<String>)> {
    // (An indicator's wording comes again with each unit's value: read once.)
    type Owner = Option<(String, Vec<String>)>;
    thread_local! {
        static OWNER_UNITS: std::cell::RefCell<crate::memo::Memo<Owner>> = std::cell::RefCell::default();
    }
    crate::memo::remembered(&OWNER_UNITS, rules.memo_id(), phrase, || owner_units_uncached(rules, phrase))
}

fn owner_units_uncached(rules: &Rules, phrase: &str) -> Option<(String, Vec<String>)> {
    let lower = phrase.to_lowercase();
    let (cue, after) = last_of(&lower, &rules.prose.owner_cues).filter(|_| lower.len() == phrase.len())?;
    let owner = without_year(phrase[after..].trim());
    // ("văn bản đi của UBND huyện được ký số": the name ends at "được".)
    let at = owner.as_ptr() as usize - phrase.as_ptr() as usize;
    let stop = rules.prose.owner_stops.iter().filter_map(|w| crate::text::word_positions(&lower[at..at + owner.len()], w).next()).min();
    let owner = stop.map_or(owner, |p| owner[..p].trim_end());
    let folded = fold(owner);
    if owner.is_empty() || rules.prose.jurisdiction_subjects.is_match(&folded) || !units::names_units(rules, owner) {
        return None;
    }
    let units = units::expand(rules, owner);
    // Every state body ("của các cơ quan nhà nước") owns nothing; the
    // units it enumerates would.
    let group = rules.prose.owner_groups.iter().any(|g| crate::text::opens_with(&folded, g));
    if group && units.iter().any(|u| u == owner) {
        return None;
    }
    let mut wording = phrase[..cue].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    // "… của các cơ quan chuyên môn thuộc UBND huyện và của UBND các xã,
    // thị trấn": two owners, named in turn.
    let mut units = units;
    if let Some(head) = wording.strip_suffix(" và").map(|h| h.trim_end_matches([' ', ','])) {
        if let Some((cue1, after1)) = last_of(&lower[..head.len()], &rules.prose.owner_cues) {
            let first = phrase[after1..head.len()].trim();
            let f = fold(first);
            let owned = !first.is_empty() && !rules.prose.jurisdiction_subjects.is_match(&f) && !rules.prose.owner_groups.iter().any(|g| crate::text::opens_with(&f, g));
            if owned && units::names_units(rules, first) {
                units = units::expand(rules, first).into_iter().chain(units).collect();
                wording = phrase[..cue1].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
            }
        }
    }
    if units.is_empty() || wording.is_empty() {
        return None;
    }
    // (The words after the owner's name are the wording's: "văn bản đi …
    // được ký số".)
    Some((stop.map_or_else(|| wording.to_string(), |p| format!("{wording} {}", &phrase[at + p..])), units))
}

/// Whether an indicator's wording names whose it is after an owner cue,
/// a unit, a group or the jurisdiction ("… quá hạn của các cơ quan, đơn
/// vị, địa phương").
fn names_owner(rules: &Rules, phrase: &str) -> bool {
    owner_after_cue(rules, phrase).is_some_and(|owner| {
        let folded = fold(owner);
        rules.prose.jurisdiction_subjects.is_match(&folded) || rules.prose.owner_groups.iter().any(|g| crate::text::opens_with(&folded, g)) || units::names_units(rules, owner)
    })
}

/// The words after the last owner cue of `phrase` ("của", "đối với").
fn owner_after_cue<'a>(rules: &Rules, phrase: &'a str) -> Option<&'a str> {
    let lower = phrase.to_lowercase();
    last_of(&lower, &rules.prose.owner_cues)
        .filter(|_| lower.len() == phrase.len())
        .map(|(_, after)| phrase[after..].trim())
}

/// Whether the words before a value end with the whole jurisdiction
/// named as the owner after an owner cue ("… trực tuyến của toàn tỉnh
/// năm 2022"): a word of `whole_jurisdiction` opens it ("của tỉnh" may
/// be a system's: "Hệ thống … của tỉnh").
fn owned_by_jurisdiction(rules: &Rules, before: &str) -> bool {
    owner_after_cue(rules, before).is_some_and(|owner| {
        let owner = fold(without_year(owner));
        rules.prose.whole_jurisdiction.iter().any(|w| crate::text::opens_with(&owner, w)) && rules.prose.jurisdiction_subjects.is_match(&owner)
    })
}

/// Whether the words after a value open with an owner cue ("100% đối
/// với Trung tâm X và 90% …"): the units they name are that value's.
fn owned_before(rules: &Rules, between: &str) -> bool {
    let lower = between.trim_start().to_lowercase();
    rules
        .prose
        .owner_cues
        .iter()
        .any(|c| lower.starts_with(c.as_str()) && !lower[c.len()..].starts_with(char::is_alphanumeric))
}

/// The units `text` names, if it says nothing more than their names
/// ("UBND các huyện A, B"; not "Đề nghị các cơ quan … chỉ đạo …").
fn units_alone(rules: &Rules, text: &str) -> Option<Vec<String>> {
    (units::names_units(rules, text) && names_no_more(rules, text, &fold(text))).then(|| units::expand(rules, text))
}

/// `head` up to its first subject verb, as written ("Các cơ quan, đơn vị
/// phấn đấu đến ngày 31/12" → "Các cơ quan, đơn vị"); the whole of it
/// with none (nor in a proper name: "phường Đạt Hiếu").
fn before_subject_verb<'t>(rules: &Rules, head: &'t str) -> &'t str {
    subject_verb_at(rules, head, 1).map_or(head, |p| head[..p].trim_end_matches(|c: char| c.is_whitespace() || c == ','))
}

/// Where in `text` its first subject verb stands, as written, from byte
/// `from` on ("đạt", not the "đất" of "Văn phòng Đăng ký đất đai"); not a
/// proper name's syllables ("phường Đạt Hiếu") nor in brackets.
fn subject_verb_at(rules: &Rules, text: &str, from: usize) -> Option<usize> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return None;
    }
    rules
        .prose
        .subject_verbs
        .iter()
        .filter_map(|w| word_positions(&lower, w).find(|&p| p >= from && !crate::text::in_proper_name(text, p, p + w.len()) && !in_brackets(text, p)))
        .min()
}

/// What "đối với" leads to after a value, to its clause's end ("… 30%
/// đối với Phòng Văn hóa và Thông tin, Phòng Y tế"), parentheses left out.
fn after_doi_voi(after: &str) -> Option<String> {
    let after = crate::rules::strip_parentheses(after);
    let (f, map) = fold_with_map(&after);
    let p = f.find("doi voi ")?;
    Some(after[map[p + "doi voi ".len()]..].trim().to_string())
}

/// `s` past the value words that open it ("trở lên năm 2025" → "năm
/// 2025").
fn after_value_words<'a>(rules: &Rules, s: &'a str) -> &'a str {
    let mut s = s.trim_start();
    'again: loop {
        for w in &rules.prose.value_words {
            if let Some(rest) = strip_prefix_lower(s, w).filter(|r| r.starts_with(char::is_whitespace)) {
                s = rest.trim_start();
                continue 'again;
            }
        }
        return s;
    }
}

/// A name running up to the next value, without the value's words and
/// the open word before them ("Trung tâm X và tối thiểu" → "Trung tâm X").
fn name_before_value(rules: &Rules, phrase: &str) -> String {
    let mut p = value_words_trimmed(rules, phrase);
    // ("… đối với cấp xã trong năm 2024": the year is no part of the name.)
    if let Some(m) = TRAILING_YEAR.find(p) {
        p = p[..m.start()].trim_end();
    }
    while let Some((rest, last)) = p.rsplit_once(' ') {
        if !rules.prose.open_words.iter().any(|w| w.eq_ignore_ascii_case(last)) {
            break;
        }
        p = rest.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    }
    squash(p)
}

/// The clauses after a list's semicolon that name units, while each names
/// units and no more ("; Ban Quản lý Khu kinh tế tỉnh."), up to a value.
fn clauses_after_semicolon<'t>(rules: &Rules, rest: &'t str) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut rest = rest;
    while let Some(after) = rest.strip_prefix(';') {
        let end = after.find(';').unwrap_or(after.len());
        let clause = after[..end].trim().trim_end_matches('.').trim_end();
        let folded = fold(clause);
        if clause.is_empty() || clause.contains(|c: char| c.is_ascii_digit()) || !units::names_units(rules, clause) || !names_no_more(rules, clause, &folded) {
            break;
        }
        out.push(clause);
        rest = &after[end..];
    }
    out
}

/// What a value in a run after a cue of `respectively_cues` is given: the
/// indicator listed in its place before the cue, or the unit.
#[derive(Clone)]
enum Each {
    Indicator(String),
    Unit(String),
}

/// For each value of `hits`, what a run of values after a cue of
/// `respectively_cues` ("lần lượt là 60%, 70% và 80%") gives it: the run's
/// values go one to each indicator its clause lists before the cue (each
/// opening with "tỷ lệ"), else to each unit its subject names, when they
/// are as many.
fn respectively(rules: &Rules, text: &str, hits: &[(usize, usize, f64)]) -> Vec<Option<Each>> {
    let mut out = vec![None; hits.len()];
    // (Asked first of the text folded, as it is remembered: few hold a cue.)
    if hits.len() < 2 || rules.prose.respectively_cues.is_empty() {
        return out;
    }
    let folded = fold(text);
    if !rules.prose.respectively_cues.iter().any(|c| folded.contains(c.as_str())) {
        return out;
    }
    let (f, map) = fold_with_map(text);
    for cue in &rules.prose.respectively_cues {
        for (at, _) in f.match_indices(cue.as_str()) {
            let (c0, c1) = (map[at], map[at + cue.len()]);
            // The run: the values right after the cue, joined by a comma or "và".
            let Some(first) = hits.iter().position(|h| h.0 >= c1) else { continue };
            if !value_words_trimmed(rules, &text[c1..hits[first].0]).is_empty() {
                continue;
            }
            let mut last = first;
            while last + 1 < hits.len() && matches!(text[hits[last].1..hits[last + 1].0].trim(), "," | "và" | ", và") {
                last += 1;
            }
            let n = last - first + 1;
            if n < 2 {
                continue;
            }
            let clause_start = text[..c0].rfind([';', ':']).map_or(0, |i| i + 1);
            let before = &text[clause_start..c0];
            let (bf, bmap) = fold_with_map(before);
            let starts: Vec<usize> = bf.match_indices("ty le").filter(|(i, _)| *i == 0 || bf.as_bytes()[i - 1] == b' ').map(|(i, _)| bmap[i]).collect();
            if starts.len() == n {
                for (j, &a) in starts.iter().enumerate() {
                    let b = starts.get(j + 1).copied().unwrap_or(before.len());
                    let phrase = before[a..b].trim_end_matches([' ', ',']);
                    let phrase = phrase.strip_suffix(" và").unwrap_or(phrase);
                    out[first + j] = Some(Each::Indicator(trim_value_words(rules, phrase)));
                }
            } else if let Some(units) = subject_units(rules, before)
                // (A subject alone before the cue: "UBND các huyện A, B, C lần lượt là …".)
                .or_else(|| units_alone(rules, before.trim()))
                // (Or the units "đối với" names: "Tỷ lệ … đối với cấp tỉnh,
                // cấp huyện và cấp xã lần lượt là 100%, 90% và 70%".)
                .or_else(|| after_doi_voi(before).map(|p| units::expand(rules, &p)))
                .filter(|u| u.len() == n)
            {
                for (j, u) in units.into_iter().enumerate() {
                    out[first + j] = Some(Each::Unit(u));
                }
            }
        }
    }
    out
}

/// The units [`after_doi_voi`] or [`at_place`] names, if it names units.
fn named_after(rules: &Rules, after: &str) -> Option<Vec<String>> {
    units_up_to_value(rules, &after_doi_voi(after).or_else(|| at_place(rules, after))?)
}

/// The units [`at_place`] names, if it names units.
fn placed_units(rules: &Rules, after: &str) -> Option<Vec<String>> {
    units_up_to_value(rules, &at_place(rules, after)?)
}

/// The units a phrase after a cue names up to the next value ("35% đối
/// với cấp huyện và 25% …": not the "và" before it), if it names units.
fn units_up_to_value(rules: &Rules, phrase: &str) -> Option<Vec<String>> {
    let phrase = name_before_value(rules, phrase);
    units::names_units(rules, &phrase).then(|| units::expand(rules, &phrase))
}

/// The words after a place cue that follows a value straight away ("đạt
/// 80% tại Phòng Tư pháp cấp huyện"; the cues are `place_cues`): not one
/// further on ("100% hồ sơ được số hóa tại Bộ phận Một cửa").
fn at_place(rules: &Rules, after: &str) -> Option<String> {
    let words = value_words_trimmed(rules, after);
    let lower = words.to_lowercase();
    // (Offsets into `lower` are offsets into `words` only when lower case
    // keeps every letter's length: "İ" does not.)
    if lower.len() != words.len() {
        return None;
    }
    rules
        .prose
        .place_cues
        .iter()
        .find_map(|c| lower.strip_prefix(c.as_str()).filter(|r| r.starts_with(' ')).map(|r| words[words.len() - r.len()..].trim().to_string()))
}

/// Where the last of `cues` (folded) stands as a word in `text`: its start,
/// and where the words after it start (offsets into `text`).
fn last_cue(text: &str, cues: &[String]) -> Option<(usize, usize)> {
    let (f, map) = fold_with_map(text);
    let (cue, after) = last_of(&f, cues)?;
    Some((map[cue], map[after]))
}

/// Where the last of `words` stands as a word in `hay`: its start and end.
fn last_of(hay: &str, words: &[String]) -> Option<(usize, usize)> {
    words.iter().filter_map(|c| word_positions(hay, c).last().map(|p| (p, p + c.len()))).max()
}

/// The units an exception cue names before a value ("riêng Sở Y tế đạt"
/// → Sở Y tế), when the words after the last cue name units; with where
/// the cue starts.
fn excepted_units(rules: &Rules, before: &str) -> Option<(usize, Vec<String>)> {
    let (cue, after) = last_cue(before, &rules.prose.exception_cues)?;
    // "riêng xã X năm 2025 đạt 30%": the year is no part of the name.
    // ("riêng thị trấn X (đơn vị điểm của huyện) đạt 50%": the remark is
    // no part of the name.)
    let named = crate::rules::strip_parentheses(&before[after..]);
    let named = named.as_ref();
    let named = ANY_YEAR.find(named).and_then(|y| named[..y.start()].trim_end().strip_suffix("năm")).unwrap_or(named);
    let phrase = trim_value_words(rules, named);
    if !phrase.is_empty() && units::names_units(rules, &phrase) {
        return Some((cue, units::expand(rules, &phrase)));
    }
    // "riêng các TTHC lĩnh vực việc làm do Trung tâm Dịch vụ việc làm
    // tỉnh tiếp nhận:": the things excepted named by who handles them.
    let lower = phrase.to_lowercase();
    let (_, from) = last_of(&lower, &rules.prose.agent_cues).filter(|_| lower.len() == phrase.len())?;
    let to = rules.prose.agent_verbs.iter().filter_map(|v| crate::text::word_positions(&lower[from..], v).next()).min()?;
    let agent = phrase[from..from + to].trim();
    (!agent.is_empty() && units::names_units(rules, agent)).then(|| (cue, units::expand(rules, agent)))
}

/// What follows `lead` at the start of `text` (its first letter also in
/// lower case: "chỉ đạo" after a semicolon), up from the space after it;
/// none when `text` does not open with it as a word.
///
/// A vowel's hat OCR lost still matches ("Đói với" for "Đối với"), its
/// tone does not ("Giao" is no "Giáo").
fn after_lead<'a>(text: &'a str, lead: &str) -> Option<&'a str> {
    let mut cs = lead.chars();
    let first = cs.next()?.to_lowercase().next()?;
    let mut t = text.chars();
    if !t.next().is_some_and(|c| same_letter(c, first)) {
        return None;
    }
    let rest = crate::text::strip_prefix_by(t.as_str(), cs.as_str(), |x, c| x == c || crate::text::unhat(x) == crate::text::unhat(c))?;
    rest.starts_with([' ', ',']).then_some(rest)
}

/// `text` past whoever speaks, named alone, and the request after the
/// name (`speaker_leads`): "Sở X đề nghị UBND các xã …", "Để hoàn thành chỉ
/// tiêu, Sở X yêu cầu các phòng …" → "UBND các xã …", "các phòng …".
fn after_speaker<'a>(rules: &Rules, text: &'a str) -> Option<&'a str> {
    let mut at: Vec<(usize, usize)> = rules
        .prose
        .speaker_leads
        .iter()
        .flat_map(|l| crate::text::word_positions(text, l).filter(|&p| p > 0).map(|p| (p, l.len())))
        .collect();
    at.sort_unstable();
    at.into_iter().find_map(|(p, n)| {
        let head = text[..p].trim();
        let last = head.rfind(',').map_or(head, |c| head[c + 1..].trim());
        // ("Các cơ quan … bảo đảm tỷ lệ TTHC có phát sinh giao dịch …": a
        // subject with its verb and indicator is no speaker named alone.)
        let says_more = || crate::text::word_positions(&fold(head), "ty le").next().is_some();
        (units_alone(rules, head).is_some() || units_alone(rules, last).is_some())
            .then(|| text[p + n..].trim_start())
            .filter(|_| !says_more())
    })
}

/// The head of an enumeration `before` ends with at a colon, "… của các
/// huyện:", "cho UBND các xã:", "các Sở:": the colon's place and the head
/// (from its "các", with the body before it).
fn enumeration_head<'a>(rules: &Rules, before: &'a str) -> Option<(usize, &'a str)> {
    let colon = before.rfind(':')?;
    let clause = &before[..colon];
    let cac = clause.rfind("các ")?;
    // (The body written before "các", a unit's head: "UBND các xã", "Ủy
    // ban nhân dân các xã"; not "cho", "của".)
    let pre = clause[..cac].trim_end();
    let folded_pre = fold(pre);
    let words: Vec<usize> = pre.split_whitespace().map(|w| w.as_ptr() as usize - pre.as_ptr() as usize).collect();
    let from = rules
        .units
        .heads
        .iter()
        .filter(|h| !h.starts_with("cac") && folded_pre.strip_suffix(h.as_str()).is_some_and(|p| p.is_empty() || p.ends_with(' ')))
        .filter_map(|h| words.len().checked_sub(h.split(' ').count()).map(|n| words[n]))
        .min()
        .unwrap_or(cac);
    let head = clause[from..].trim();
    (units::opens_enumeration(rules, head) && head.split_whitespace().count() <= 6).then_some((colon, head))
}

/// The unit a bare name before a value is under an enumeration's head:
/// "Mường Nhé (" under "các huyện" is "huyện Mường Nhé". None where the
/// words are no bare name (a level or a body of their own, a verb, none).
fn named_in_enumeration(rules: &Rules, head: &str, between: &str) -> Option<String> {
    let name = between.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ':'));
    let name = value_words_trimmed(rules, name);
    let name = name.trim();
    let words = name.split_whitespace().count();
    if words == 0 || words > 5 || !name.starts_with(char::is_uppercase) || units::names_units(rules, name) || name.contains(['(', ')', ':', ';']) {
        return None;
    }
    match units::expand(rules, &format!("{head} {name}"))[..] {
        [ref one] => Some(one.clone()),
        _ => None,
    }
}

/// `text` without the year it ends with ("UBND các xã, thị trấn năm
/// 2025" → "UBND các xã, thị trấn").
fn without_year(text: &str) -> &str {
    let digits = text.len() - text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let head = text[..text.len() - digits].trim_end();
    match head.strip_suffix("năm") {
        Some(h) if digits == 4 && h.ends_with(' ') => h.trim_end_matches(|c: char| c.is_whitespace() || c == ','),
        _ => text,
    }
}

/// `text` past the year it opens with ("năm 2025 UBND các xã …").
fn after_year(text: &str) -> Option<&str> {
    let rest = after_lead(text, "năm")?.trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    rest[digits..].starts_with([' ', ',']).then_some(&rest[digits..]).filter(|_| digits == 4)
}

/// `text` without the leads it opens with ("Đối với các huyện" → "các
/// huyện").
fn strip_leads<'a>(mut text: &'a str, leads: &[String]) -> &'a str {
    while let Some(rest) = leads.iter().find_map(|l| after_lead(text, l)) {
        text = rest.trim_start();
    }
    text
}

/// The units a sentence's subject names, before a subject verb or "tỷ
/// lệ" ("Sở Y tế phấn đấu tỷ lệ …"); none when the subject is the whole
/// jurisdiction ("UBND tỉnh"), a directive ("UBND tỉnh giao chỉ tiêu …"),
/// or names no unit.
fn subject_units(rules: &Rules, before: &str) -> Option<Vec<String>> {
    subject(rules, before).map(|(units, _)| units)
}

/// [`subject_units`], with where in `before` the subject's name ends.
fn subject(rules: &Rules, whole: &str) -> Option<(Vec<String>, usize)> {
    let mut before = whole.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    // "… đạt 60% và các xã C, D đạt 45%": the units after the "và" joining
    // a clause to the value before.
    if let Some(rest) = before.strip_prefix("và ") {
        before = rest.trim_start();
    }
    // "UBND thị xã giao tỷ lệ … năm 2024 như sau: UBND các phường A, B đạt
    // …": a colon the units' names open after opens the subject.
    if let Some(c) = before
        .rfind(':')
        .filter(|&c| units::names_units(rules, before[c + 1..].trim_start()) && !units::names_units(rules, before[..c].trim()))
    {
        before = before[c + 1..].trim_start();
    }
    // "Giao Sở Y tế bảo đảm …": the subject after the word handing it the task.
    // (After a semicolon, in lower case: "…; chỉ đạo Văn phòng …".) So
    // too after its year: "trong đó, năm 2025 UBND các xã: A, B …".
    let mut led = false;
    // (Led by a word directing a part of the speaker's own, "Chỉ đạo Bộ
    // phận Một cửa thực hiện …; bảo đảm tỷ lệ … 60%": the part does the
    // first clause only, a value after a semicolon is the speaker's.)
    let mut directed = false;
    // "UBND thành phố giao UBND các xã bảo đảm …": the jurisdiction
    // handing the task on is no subject; the lead after it opens one.
    if let Some(p) = rules
        .prose
        .subject_leads
        .iter()
        .filter_map(|l| crate::text::word_positions(before, &l.to_lowercase()).next())
        .filter(|&p| p > 0)
        .min()
    {
        if rules.prose.jurisdiction_subjects.is_match(&fold(before[..p].trim())) {
            before = &before[p..];
        }
    }
    // (So too a speaker named alone before a request: "Sở X đề nghị UBND
    // các xã …".)
    if let Some(rest) = after_speaker(rules, before) {
        before = rest;
        led = true;
    }
    while let Some((lead, rest)) = rules
        .prose
        .subject_leads
        .iter()
        .find_map(|l| after_lead(before, l).map(|r| (Some(l), r)))
        .or_else(|| after_year(before).map(|r| (None, r)))
    {
        before = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        led = true;
        directed |= lead.is_some_and(|l| rules.prose.clause_handoff.contains(l));
    }
    if directed && before.contains(';') {
        return None;
    }
    let offset = whole.len() - before.len();
    // Most sentences open with no unit's name.
    if !units::names_units(rules, before.trim_start()) {
        return None;
    }
    // "Chỉ đạo bộ phận tiếp nhận bảo đảm …": a part named in lower case,
    // no group, is the speaker's own, not a unit.
    if led && units::common_noun(rules, before) {
        return None;
    }
    // Verbs as written; "tỷ lệ" / "tỉ lệ" folded.
    let verb_at = subject_verb_at(rules, before, 0);
    let (f, map) = fold_with_map(before);
    // (Or, with neither, where the value words before the value open:
    // "các sở, ban, ngành tỉnh tối thiểu 20%".)
    // (Or, with none, a short name the value follows alone: "…: Sở Tư
    // pháp 47%, Sở Y tế 48%".)
    let end = crate::text::word_positions(&f, "ty le")
        .next()
        .map(|p| map[p])
        .into_iter()
        .chain(verb_at)
        .min()
        .or_else(|| {
            let kept = value_words_trimmed(rules, before);
            let end = kept.as_ptr() as usize - before.as_ptr() as usize + kept.len();
            (!kept.is_empty() && end < before.trim_end().len()).then_some(end)
        })
        .or_else(|| (before.split_whitespace().count() <= 8 && !before.contains([':', ';', '.'])).then(|| before.trim_end().len()))?;
    let mut head = before[..end].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    for tail in &rules.prose.subject_tails {
        if let Some(h) = head.strip_suffix(tail.as_str()).filter(|h| h.ends_with(' ')) {
            head = h.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        }
    }
    let head_start = head.len() - head.trim_start_matches(|c: char| c.is_whitespace() || c == ',').len();
    let mut head = &head[head_start..];
    // "UBND các xã chỉ đạo Bộ phận Một cửa thực hiện số hóa … đạt 100%":
    // a part of the units' own they direct (named with no level: no
    // place's) does the task for them; the value is theirs.
    if let Some((p, n)) = rules
        .prose
        .subject_handoff
        .iter()
        .filter_map(|v| crate::text::word_positions(head, v).find(|&p| p > 0).map(|p| (p, v.len())))
        .min()
    {
        let part = &head[p + n..];
        if units::names_units(rules, part) && !units::names_level(&rules.units, part) {
            head = head[..p].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        }
    }
    // "… thành phố Hòa Bình là địa phương điểm …, phấn đấu": the name
    // ends where a description of it opens.
    // (So too where a word handing on a task hands it to no unit: "UBND
    // các huyện chỉ đạo quyết liệt, bảo đảm …".)
    let described = rules
        .prose
        .subject_apposition
        .iter()
        .filter_map(|w| crate::text::word_positions(head, w).find(|&p| p > 0 && !in_brackets(head, p)))
        .chain(
            rules
                .prose
                .subject_handoff
                .iter()
                .filter_map(|w| crate::text::word_positions(head, w).find(|&p| p > 0 && !units::names_units(rules, head[p + w.len()..].trim_start()))),
        )
        .min();
    // (A description that hands the task on names whose it is: "… theo
    // dõi, chỉ đạo các xã bảo đảm" gives no unit.)
    // (Not a hand-off a semicolon closes before the verb: "Trung tâm X
    // chủ trì hướng dẫn các cơ quan …; phấn đấu tỷ lệ … đạt 85%".)
    let handed_on = |p: usize| {
        let tail = &head[p..];
        rules
            .prose
            .subject_handoff
            .iter()
            .any(|v| crate::text::word_positions(tail, v).any(|q| !tail[q..].contains(';') && units::names_units(rules, tail[q + v.len()..].trim_start())))
    };
    // (Unless a lead handed it the task: "Giao Sở Tư pháp chủ trì, hướng
    // dẫn Phòng Tư pháp … và UBND các xã …, phấn đấu tỷ lệ … 50%" is the
    // Sở's.)
    if !led && described.is_some_and(handed_on) {
        return None;
    }
    let head = described.map_or(head, |p| head[..p].trim_end());
    let folded = fold(head);
    let plain = !rules.prose.sets_target(&folded) && names_no_more(rules, head, &folded);
    if !plain || !units::names_units(rules, head) {
        return None;
    }
    // A subject is short, unless it lists units ("UBND các huyện A, B, C
    // và thị xã D"). (A remark in brackets is not counted: "Văn phòng Ủy
    // ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)".)
    let words = crate::rules::strip_parentheses(head).split_whitespace().count();
    // ("UBND các xã A, B (huyện X) và UBND các xã C, D (huyện Y)": the
    // district each list is in is no name of it; "Văn phòng … (Bộ phận
    // Một cửa)" keeps its own.)
    let list = expand_past_remarks(rules, head);
    (words <= 16 || words <= 40 && list.len() > 1).then_some((list, offset + head_start + head.len()))
}

/// Whether byte `at` of `text` stands inside brackets opened before it
/// ("UBND các huyện (sau đây gọi chung là UBND cấp huyện)": no verb).
fn in_brackets(text: &str, at: usize) -> bool {
    let before = &text.as_bytes()[..at];
    before.iter().filter(|&&b| b == b'(').count() > before.iter().filter(|&&b| b == b')').count()
}

/// `text` past the subject it opens with and the subject verb after it
/// ("Sở Y tế thực hiện số hóa …" → "số hóa …"); none when it opens so not.
fn past_subject_verb<'a>(rules: &Rules, text: &'a str) -> Option<&'a str> {
    let (_, end) = subject(rules, text)?;
    let rest = text[end..].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let lower = rest.to_lowercase();
    if lower.len() != rest.len() {
        return None;
    }
    let verb = rules
        .prose
        .subject_verbs
        .iter()
        .filter(|v| lower.starts_with(v.as_str()) && !lower[v.len()..].starts_with(char::is_alphanumeric))
        .map(String::len)
        .max()?;
    Some(rest[verb..].trim_start())
}

/// The units of a subject that stands alone before a value (`between`:
/// the text from the value before): "; các xã: A, B đạt tối thiểu " →
/// xã A, xã B; the subject may open after a comma ("… hồ sơ, UBND các xã
/// đạt "). None when more than a subject verb and value words follow it.
fn subject_alone(rules: &Rules, between: &str) -> Option<Vec<String>> {
    let opens = std::iter::once(0).chain(between.match_indices([',', ';', ':']).map(|(i, _)| i + 1));
    opens.into_iter().find_map(|at| {
        // ("100% đối với Trung tâm X và tối thiểu 90%": the units right
        // after the value before are its own.)
        if at == 0 && owned_before(rules, between) {
            return None;
        }
        let phrase = between[at..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.'));
        // "…; đối với UBND các huyện A, B từ 45% xuống 40%".
        let phrase = strip_leads(phrase, &rules.prose.item_leads);
        let (units, end) = subject(rules, phrase)?;
        let rest = phrase[end..].trim_start();
        let lower = rest.to_lowercase();
        let verb = rules.prose.subject_verbs.iter().filter(|v| lower.starts_with(v.as_str())).map(String::len).max().unwrap_or(0);
        let rest = if lower.len() == rest.len() { &rest[verb..] } else { rest };
        // (Units a semicolon parts from the value are the value's before:
        // "… 50% đối với Phòng Tư pháp; tối thiểu 30% …".)
        (trim_value_words(rules, rest).is_empty() && !rest.contains(';')).then_some(units)
    })
}

/// An indicator's wording the value stands inside of ("hoàn thành số
/// hóa 100% kết quả giải quyết TTHC"): the fewest last words of the left
/// phrase (up to four) that with the right phrase name an indicator, and
/// that wording.
fn split_wording(rules: &Rules, left: &str, right: &str) -> Option<(String, String)> {
    if left.is_empty() || right.is_empty() {
        return None;
    }
    let words: Vec<&str> = left.split_whitespace().collect();
    (1..=words.len().min(4)).find_map(|k| {
        let wording = format!("{} {right}", words[words.len() - k..].join(" "));
        rules.match_metric(&wording).map(|m| (m.to_string(), wording))
    })
}

/// Whether words that name units (`text`, and `folded` its fold) say no
/// more than names: not the jurisdiction ("UBND tỉnh"), and no verb that
/// makes them a sentence ("Các sở tổ chức triển khai …").
fn names_no_more(rules: &Rules, text: &str, folded: &str) -> bool {
    !rules.prose.jurisdiction_subjects.is_match(folded) && !rules.prose.subject_not.iter().any(|v| crate::text::word_positions(text, v).next().is_some())
}

/// The indicator the last "tỷ lệ …" phrase of `text` names, and the phrase.
fn named_before(rules: &Rules, text: &str) -> Option<(Option<String>, String)> {
    let (f, map) = fold_with_map(text);
    let phrase = cut_right(rules, text[map[f.rfind("ty le")?]..].trim_end_matches([';', ',', ' '])).trim().to_string();
    let m = rules.match_metric(&phrase)?;
    Some((Some(m.to_string()), phrase))
}

/// Where the clause a value ending at `from` sits in ends: at a semicolon,
/// or at a sentence's end (a full stop after a lower-case letter, a figure
/// or "%", then a capital: "… đạt 52%. Giao chỉ tiêu …", not "TP. Thủ
/// Đức" nor "1.000"), or at the text's end.
fn clause_end(text: &str, from: usize) -> usize {
    let semicolon = text[from..].find(';').map_or(text.len(), |i| from + i);
    let mut prev = text[..from].chars().next_back();
    for (i, c) in text[from..semicolon].char_indices() {
        if c == '.' && prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit() || p == '%') {
            let after = &text[from + i + 1..];
            let rest = after.trim_start();
            if rest.len() < after.len() && rest.starts_with(char::is_uppercase) {
                return from + i;
            }
        }
        prev = Some(c);
    }
    semicolon
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r() -> Rules {
        Rules::builtin().unwrap()
    }

    #[test]
    fn a_short_name_in_brackets_is_passed_over_and_a_remark_is_not() {
        assert_eq!(without_abbreviations("dịch vụ công trực tuyến (DVCTT) toàn trình"), "dịch vụ công trực tuyến toàn trình");
        assert_eq!(without_abbreviations("thủ tục (TTHC) và hồ sơ (HS)"), "thủ tục và hồ sơ");
        assert_eq!(without_abbreviations("hồ sơ (trừ lĩnh vực đất đai) đạt"), "hồ sơ (trừ lĩnh vực đất đai) đạt");
        assert_eq!(without_abbreviations("hồ sơ (X) mở ("), "hồ sơ (X) mở (");
    }

    #[test]
    fn values_in_turn_go_one_to_each_indicator_or_unit_listed_before_them() {
        let read = |s: &str| read_under(&r(), &[(1, s)], None, Some(2024), None, None).targets;
        let t = read("1. Đối với các sở, ban, ngành: tỷ lệ số hóa hồ sơ, tỷ lệ số hóa kết quả giải quyết thủ tục hành chính và tỷ lệ hồ sơ trực tuyến tối thiểu lần lượt là 60%, 70% và 80%; tỷ lệ thanh toán trực tuyến tối thiểu 50%.");
        let got: Vec<(Option<&str>, f64, &str)> = t.iter().map(|t| (t.metric.as_deref(), t.value, t.metric_text.as_str())).collect();
        assert_eq!(
            got,
            [
                (Some("dossier_digitization_rate"), 60.0, "tỷ lệ số hóa hồ sơ"),
                (Some("result_digitization_rate"), 70.0, "tỷ lệ số hóa kết quả giải quyết thủ tục hành chính"),
                (Some("online_dossier_rate"), 80.0, "tỷ lệ hồ sơ trực tuyến"),
                (Some("online_payment_rate"), 50.0, "tỷ lệ thanh toán trực tuyến"),
            ]
        );
        let t = read("a) Tỷ lệ hồ sơ trực tuyến: UBND thành phố Thanh Hóa tối thiểu 65%; UBND các huyện Thọ Xuân, Hoằng Hóa, Triệu Sơn lần lượt là 55%, 58% và 52%.");
        let got: Vec<(Option<&str>, f64)> = t.iter().map(|t| (t.unit.as_deref(), t.value)).collect();
        assert_eq!(
            got,
            [
                (Some("UBND thành phố Thanh Hóa"), 65.0),
                (Some("UBND huyện Thọ Xuân"), 55.0),
                (Some("UBND huyện Hoằng Hóa"), 58.0),
                (Some("UBND huyện Triệu Sơn"), 52.0)
            ]
        );
        // (As many values as neither: each read as it stands.)
        let t = read("Tỷ lệ hồ sơ trực tuyến của UBND các huyện A Lưới, Phong Điền lần lượt là 55%, 58% và 52%.");
        assert!(t.iter().all(|t| t.metric.as_deref() == Some("online_dossier_rate")), "{t:?}");
    }

    #[test]
    fn an_enumeration_runs_past_its_semicolon_and_lends_its_body() {
        let read = |s: &str| read_under(&r(), &[(1, s)], None, Some(2023), None, None).targets;
        for s in [
            "- UBND các xã: Ninh Quới, Ninh Hòa; thị trấn Ngan Dừa: tỷ lệ hồ sơ trực tuyến tối thiểu 45%;",
            "- Tỷ lệ hồ sơ trực tuyến tối thiểu 45% đối với UBND các xã: Ninh Quới, Ninh Hòa; thị trấn Ngan Dừa;",
        ] {
            let t = read(s);
            let units: Vec<Option<&str>> = t.iter().map(|t| t.unit.as_deref()).collect();
            assert_eq!(units, [Some("UBND xã Ninh Quới"), Some("UBND xã Ninh Hòa"), Some("UBND thị trấn Ngan Dừa")], "{s}");
        }
    }

    #[test]
    fn an_enumeration_head_may_qualify_its_level_in_lower_case() {
        let t = read_under(
            &r(),
            &[(
                1,
                "b) UBND các xã đồng bằng, ven biển: Duy Hải, Duy Nghĩa và UBND thị trấn Nam Phước: tỷ lệ hồ sơ trực tuyến tối thiểu 60%;",
            )],
            None,
            Some(2024),
            None,
            None,
        )
        .targets;
        let units: Vec<Option<&str>> = t.iter().map(|t| t.unit.as_deref()).collect();
        assert_eq!(units, [Some("UBND xã Duy Hải"), Some("UBND xã Duy Nghĩa"), Some("UBND thị trấn Nam Phước")]);
        let u = &r().units;
        assert_eq!(units::without_qualifier(u, "UBND các xã đồng bằng, ven biển"), Some("UBND các xã"));
        assert_eq!(units::without_qualifier(u, "UBND các xã Duy Hải, Duy Nghĩa"), None);
    }

    #[test]
    fn a_reason_after_a_target_tells_a_result() {
        let t = read_under(&r(), &[(1, "Điều 2. Điều chỉnh chỉ tiêu tỷ lệ số hóa kết quả giải quyết thủ tục hành chính năm 2024 của Ủy ban nhân dân huyện Bạch Thông từ 60% xuống 50%, do 6 tháng đầu năm 2024 tỷ lệ này của huyện mới đạt 21,4% và hệ thống chưa được đầu tư.")], None, Some(2024), None, None).targets;
        let values: Vec<f64> = t.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![50.0]);
    }

    #[test]
    fn a_unit_handed_the_task_keeps_it_while_guiding_others() {
        let t = read_under(&r(), &[(1, "2. Giao Sở Tư pháp chủ trì, hướng dẫn Phòng Tư pháp các huyện và Ủy ban nhân dân các xã triển khai chứng thực điện tử, phấn đấu tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính năm 2025 đạt tối thiểu 50%.")], None, Some(2025), None, None).targets;
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].unit.as_deref(), t[0].value), (Some("Sở Tư pháp"), 50.0));
    }

    #[test]
    fn a_lead_matches_with_its_marks_misread_but_not_a_letter_with_none() {
        assert_eq!(after_lead("Đối với các huyện", "Đối với"), Some(" các huyện"));
        assert_eq!(after_lead("đối với các huyện", "Đối với"), Some(" các huyện"));
        assert_eq!(after_lead("Đói vói các huyện", "Đối với"), Some(" các huyện"));
        assert_eq!(after_lead("Rieng huyện A", "Riêng"), Some(" huyện A"));
        assert_eq!(after_lead("Riéng huyện A", "Riêng"), None);
        assert_eq!(after_lead("nam 2025 UBND", "năm"), Some(" 2025 UBND"));
        assert_eq!(after_lead("Giáo dục", "Giao"), None);
        assert_eq!(after_lead("Giao Sở Y tế", "Giao"), Some(" Sở Y tế"));
        assert_eq!(after_lead("Đối với", "Đối với"), None);
        assert_eq!(after_lead("Đối vớii", "Đối với"), None);
        assert_eq!(after_lead("Đố", "Đối với"), None);
        let r = r();
        assert_eq!(strip_leads("Đói với các cơ quan chuyên môn", &r.prose.item_leads), "các cơ quan chuyên môn");
    }

    /// (unit, metric, value) of each target `read` finds in `text`.
    fn targets_of(rules: &Rules, text: &str) -> Vec<(Option<String>, Option<String>, f64)> {
        read(rules, text, 1, None, Some(2022)).targets.into_iter().map(|t| (t.unit, t.metric, t.value)).collect()
    }

    fn t(unit: Option<&str>, metric: Option<&str>, value: f64) -> (Option<String>, Option<String>, f64) {
        (unit.map(String::from), metric.map(String::from), value)
    }

    #[test]
    fn a_value_for_each_part_of_the_year_is_a_target_noting_its_part() {
        let r = r();
        let read = read(
            &r,
            "Phấn đấu tỷ lệ hồ sơ trực tuyến của toàn tỉnh theo lộ trình: Quý I/2026 đạt 40%, quý II đạt 50% và quý IV đạt 70%.",
            1,
            None,
            Some(2026),
        );
        type Got<'a> = (Option<&'a str>, Option<&'a str>, f64, Option<&'a str>, &'a str);
        let got: Vec<Got> = read
            .targets
            .iter()
            .map(|t| (t.unit.as_deref(), t.metric.as_deref(), t.value, t.note.as_deref(), t.metric_text.as_str()))
            .collect();
        let text = "tỷ lệ hồ sơ trực tuyến của toàn tỉnh";
        assert_eq!(
            got,
            [
                (None, Some("online_dossier_rate"), 40.0, Some("Quý I/2026"), text),
                (None, Some("online_dossier_rate"), 50.0, Some("quý II/2026"), text),
                (None, Some("online_dossier_rate"), 70.0, Some("quý IV/2026"), text),
            ]
        );
    }

    #[test]
    fn a_half_year_s_value_notes_its_part_and_the_whole_year_s_follows() {
        let r = r();
        type Got = (Option<String>, Option<String>, f64, Option<String>);
        let got = |text: &str| -> Vec<Got> { read(&r, text, 1, None, Some(2026)).targets.into_iter().map(|t| (t.unit, t.metric, t.value, t.note)).collect() };
        let half = |u: &str, v: f64, note: Option<&str>| (Some(u.to_string()), Some("online_dossier_rate".to_string()), v, note.map(String::from));
        assert_eq!(
            got("c) Ban điều hành các ấp: Chợ Cũ, Xóm Mới: tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm 2026 không thấp hơn 55%, cả năm 2026 tối thiểu 65%."),
            [
                half("Ban điều hành ấp Chợ Cũ", 55.0, Some("6 tháng đầu năm 2026")),
                half("Ban điều hành ấp Xóm Mới", 55.0, Some("6 tháng đầu năm 2026")),
                half("Ban điều hành ấp Chợ Cũ", 65.0, None),
                half("Ban điều hành ấp Xóm Mới", 65.0, None),
            ]
        );
        // (A part naming no year takes the target's, after a word.)
        let g = got("Tỷ lệ hồ sơ trực tuyến 6 tháng cuối năm đạt 60%.");
        assert_eq!(g[0].3.as_deref(), Some("6 tháng cuối năm 2026"));
        assert!(joins_values(&r, ", cả năm 2026 tối thiểu ") && !joins_values(&r, ", cả UBND xã tối thiểu "));
    }

    #[test]
    fn an_exception_named_by_who_handles_it_holds_the_values_its_years_join() {
        let r = r();
        type Got = (Option<String>, f64, Option<i32>);
        let got: Vec<Got> = read(
            &r,
            "a) Tỷ lệ hồ sơ trực tuyến toàn trình: năm 2025 đạt 50%, năm 2026 đạt 60%; riêng các TTHC lĩnh vực việc làm do Trung tâm Dịch vụ việc làm tỉnh tiếp nhận: năm 2025 đạt 35%, năm 2026 đạt 45%;",
            1,
            None,
            Some(2025),
        )
        .targets
        .into_iter()
        .map(|t| (t.unit, t.value, t.year))
        .collect();
        let centre = || Some("Trung tâm Dịch vụ việc làm tỉnh".to_string());
        assert_eq!(got, [(None, 50.0, Some(2025)), (None, 60.0, Some(2026)), (centre(), 35.0, Some(2025)), (centre(), 45.0, Some(2026))]);
        // (The enumeration of an item's head ends at its colon.)
        let units: Vec<Option<String>> = read(&r, "2. Các phòng: Kinh tế, Tư pháp: rà soát quy trình, bảo đảm tỷ lệ số hóa hồ sơ đạt 90%.", 1, None, Some(2025))
            .targets
            .into_iter()
            .map(|t| t.unit)
            .collect();
        assert_eq!(units, [Some("Phòng Kinh tế".to_string()), Some("Phòng Tư pháp".to_string())]);
    }

    #[test]
    fn a_change_against_another_figure_is_no_target() {
        let r = r();
        let got: Vec<f64> = read(
            &r,
            "Tỷ lệ hồ sơ trực tuyến tối thiểu 55%; tỷ lệ thanh toán trực tuyến năm 2025 tăng 10% so với năm 2024; tỷ lệ số hóa hồ sơ tăng lên 60%.",
            1,
            None,
            Some(2025),
        )
        .targets
        .iter()
        .map(|t| t.value)
        .collect();
        assert_eq!(got, [55.0, 60.0]);
    }

    #[test]
    fn a_line_leading_in_a_list_names_its_items_year() {
        assert_eq!(lead_in_year("Phấn đấu đến năm 2026, việc tiếp nhận, giải quyết TTHC đạt các chỉ tiêu sau:"), Some(2026));
        assert_eq!(lead_in_year("Phấn đấu đến năm 2026, việc tiếp nhận đạt các chỉ tiêu sau"), None);
        assert_eq!(lead_in_year("Đến năm 2026 tỷ lệ đạt 50%, trong đó:"), None);
        assert_eq!(lead_in_year("Phấn đấu trong năm 2025 và đến năm 2026:"), None);
        // Its items read with it: a year they name is theirs, a value
        // naming none is for it, and an earlier year is no result.
        let r = r();
        let t = read_under(
            &r,
            &[(3, "b) Tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 50%; năm 2025 đạt 40%;")],
            None,
            Some(2025),
            Some(2026),
            None,
        )
        .targets;
        assert_eq!(t.iter().map(|t| (t.value, t.year)).collect::<Vec<_>>(), [(50.0, Some(2026)), (40.0, Some(2025))]);
    }

    #[test]
    fn a_unit_named_before_an_enumeration_in_an_item_s_head_is_the_item_s_too() {
        let r = r();
        let units: Vec<Option<String>> = read(
            &r,
            "b) Văn phòng HĐND và UBND xã, các phòng: Kinh tế, Văn hóa - Xã hội: tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ không thấp hơn 80%.",
            1,
            None,
            Some(2026),
        )
        .targets
        .into_iter()
        .map(|t| t.unit)
        .collect();
        assert_eq!(
            units,
            [
                Some("Văn phòng HĐND và UBND xã".to_string()),
                Some("Phòng Kinh tế".to_string()),
                Some("Phòng Văn hóa - Xã hội".to_string())
            ]
        );
    }

    #[test]
    fn an_example_s_figure_is_no_target() {
        let r = r();
        assert_eq!(
            targets_of(
                &r,
                "Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 30% (ví dụ: xã tiếp nhận 400 hồ sơ, trong đó 100 hồ sơ trực tuyến thì tỷ lệ là 25%)."
            ),
            vec![t(None, Some("online_dossier_rate"), 30.0)]
        );
        // (The example closed, a later value is a target again.)
        assert_eq!(
            targets_of(&r, "Tỷ lệ được tính theo số hồ sơ, ví dụ 25%. Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 40%."),
            vec![t(None, Some("online_dossier_rate"), 40.0)]
        );
    }

    #[test]
    fn a_sentence_after_one_of_results_tells_results_too() {
        let r = r();
        let text = "Trong quý I, toàn tỉnh tiếp nhận 38.416 hồ sơ, trong đó có 9.372 hồ sơ trực tuyến, đạt 24,4%. \
                    Một số địa phương có tỷ lệ hồ sơ trực tuyến cao như thị xã Duy Tiên đạt 31,5%. Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50%.";
        assert_eq!(targets_of(&r, text), vec![t(None, Some("online_dossier_rate"), 50.0)]);
    }

    #[test]
    fn a_word_a_line_broke_with_a_hyphen_is_one_word() {
        let r = r();
        let read = read_under(&r, &[(1, "Phấn đấu tỷ lệ hồ sơ được giải quyết trực tuy-"), (2, "ến đạt 50%.")], None, Some(2022), None, None);
        assert_eq!(read.targets[0].metric_text, "tỷ lệ hồ sơ được giải quyết trực tuyến");
    }

    #[test]
    fn a_heading_naming_a_body_s_head_heads_the_body() {
        let r = r();
        let h = heading_after(&r, "## 1. Thủ trưởng các sở, ban, ngành tỉnh", 1, "Thủ trưởng các sở, ban, ngành tỉnh").unwrap();
        assert_eq!(h.units, ["các sở, ban, ngành tỉnh"]);
        let h = heading_after(&r, "3. Giám đốc Sở Thông tin và Truyền thông", 1, "Giám đốc Sở Thông tin và Truyền thông").unwrap();
        assert_eq!(h.units, ["Sở Thông tin và Truyền thông"]);
    }

    #[test]
    fn results_in_parentheses_after_their_words_and_a_change_s_years() {
        let r = r();
        let text = "Chỉ tiêu giao được xác định trên cơ sở kết quả thực hiện năm 2023 (tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 38,6%) và lộ trình của tỉnh.";
        assert_eq!(targets_of(&r, text), vec![]);
        let read = read(&r, "Nâng tỷ lệ hồ sơ thanh toán trực tuyến từ 12,4% năm 2021 lên tối thiểu 25%.", 1, None, Some(2022));
        let got: Vec<(f64, Option<i32>)> = read.targets.iter().map(|t| (t.value, t.year)).collect();
        assert_eq!(got, [(25.0, Some(2022))]);
    }

    #[test]
    fn the_target_of_a_document_replaced_is_none() {
        let r = r();
        assert_eq!(
            targets_of(
                &r,
                "Chỉ thị này thay thế Chỉ thị số 05/CT-UBND ngày 20/3/2023 (theo đó chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2023 là 40%)."
            ),
            vec![]
        );
    }

    #[test]
    fn the_bodies_addressed_all_together_are_no_unit() {
        let r = r();
        assert_eq!(
            targets_of(&r, "6. Các cơ quan, đơn vị bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%."),
            vec![t(None, Some("on_time_resolution_rate"), 98.0)]
        );
        assert_eq!(
            targets_of(&r, "6. Các cơ quan chuyên môn bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%."),
            vec![t(Some("Các cơ quan chuyên môn"), Some("on_time_resolution_rate"), 98.0)]
        );
    }

    #[test]
    fn an_items_head_names_its_units_up_to_its_verb() {
        let r = r();
        assert_eq!(
            targets_of(&r, "4. Các cơ quan, đơn vị, địa phương phấn đấu đến ngày 31/12/2022: tỷ lệ hồ sơ giải quyết đúng hạn ít nhất 95%."),
            vec![t(None, Some("on_time_resolution_rate"), 95.0)]
        );
        assert_eq!(
            targets_of(&r, "4. Sở Y tế phấn đấu đến ngày 31/12/2022: tỷ lệ hồ sơ giải quyết đúng hạn ít nhất 95%."),
            vec![t(Some("Sở Y tế"), Some("on_time_resolution_rate"), 95.0)]
        );
    }

    #[test]
    fn values_after_signs_each_with_its_year_are_each_a_target() {
        let r = r();
        let got = read(&r, "3. UBND các huyện: tỷ lệ thanh toán trực tuyến ≥ 30% năm 2022 và ≥ 50% năm 2023.", 1, None, None).targets;
        assert_eq!(
            got.iter().map(|t| (t.value, t.year, t.metric_text.as_str())).collect::<Vec<_>>(),
            [(30.0, Some(2022), "tỷ lệ thanh toán trực tuyến"), (50.0, Some(2023), "tỷ lệ thanh toán trực tuyến")]
        );
    }

    #[test]
    fn values_in_turn_go_to_the_levels_after_doi_voi() {
        let r = r();
        for cue in ["lần lượt là", "tương ứng là"] {
            let got = targets_of(
                &r,
                &format!("d) Tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận đối với cấp tỉnh, cấp huyện và cấp xã {cue} 100%, 90% và 70%."),
            );
            assert_eq!(
                got,
                vec![
                    t(Some("cấp tỉnh"), Some("dossier_digitization_rate"), 100.0),
                    t(Some("cấp huyện"), Some("dossier_digitization_rate"), 90.0),
                    t(Some("cấp xã"), Some("dossier_digitization_rate"), 70.0),
                ]
            );
        }
    }

    #[test]
    fn a_later_sentence_set_apart_by_rieng_doi_voi_names_its_own_units() {
        let r = r();
        assert_eq!(
            targets_of(
                &r,
                "5. Chỉ tiêu cụ thể: chi tiết tại Phụ lục. Riêng đối với các xã vùng cao: Hạnh Lâm, Thanh Sơn, giao chỉ tiêu tỷ lệ hồ sơ trực tuyến tối thiểu 25%."
            ),
            vec![t(Some("xã Hạnh Lâm"), Some("online_dossier_rate"), 25.0), t(Some("xã Thanh Sơn"), Some("online_dossier_rate"), 25.0)]
        );
    }

    #[test]
    fn a_title_names_its_tables_indicator_with_the_unit_of_its_figures() {
        let r = r();
        assert_eq!(caption(&r, "Bảng 1. Tỷ lệ hồ sơ trực tuyến toàn trình (%)").map(|l| l.0), Some("full_online_dossier_rate".to_string()));
        assert_eq!(caption(&r, "Bảng 1. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%"), None);
    }

    #[test]
    fn clauses_name_their_units_after_the_value_and_their_subject_before_it() {
        let r = r();
        // Units "đối với" names after a later clause's value are its own,
        // not those of the clause before.
        assert_eq!(
            targets_of(
                &r,
                "Tỷ lệ hồ sơ trực tuyến tối thiểu 50% đối với Phòng Tư pháp; tối thiểu 30% đối với Phòng Văn hóa và Thông tin, Phòng Y tế."
            ),
            vec![
                t(Some("Phòng Tư pháp"), Some("online_dossier_rate"), 50.0),
                t(Some("Phòng Văn hóa và Thông tin"), Some("online_dossier_rate"), 30.0),
                t(Some("Phòng Y tế"), Some("online_dossier_rate"), 30.0),
            ]
        );
        // A subject and its verb are no part of the wording ("Trả kết
        // quả" names no result); the words after a comma that lead to
        // the next value are that one's.
        assert_eq!(
            targets_of(
                &r,
                "Bộ phận Tiếp nhận và Trả kết quả huyện thực hiện số hóa hồ sơ đạt tối thiểu 50%, số hóa kết quả giải quyết thủ tục hành chính đạt tối thiểu 70%."
            ),
            vec![
                t(Some("Bộ phận Tiếp nhận và Trả kết quả huyện"), Some("dossier_digitization_rate"), 50.0),
                t(Some("Bộ phận Tiếp nhận và Trả kết quả huyện"), Some("result_digitization_rate"), 70.0),
            ]
        );
        // "số hóa" folds to a "Sở"'s opening and names no unit.
        assert_eq!(
            targets_of(&r, "Tỷ lệ hồ sơ trực tuyến đạt 50%, số hóa hồ sơ đạt tối thiểu 70%."),
            vec![t(None, Some("online_dossier_rate"), 50.0), t(None, Some("dossier_digitization_rate"), 70.0)]
        );
    }

    #[test]
    fn an_items_head_after_giao_chi_tieu_names_its_indicator_and_the_rest_is_a_group() {
        let r = r();
        assert_eq!(
            targets_of(
                &r,
                "Giao chỉ tiêu hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4: UBND các xã: Quỳnh Bá, Sơn Hải đạt tối thiểu 60%; UBND các xã còn lại đạt từ 40% trở lên."
            ),
            vec![
                t(Some("UBND xã Quỳnh Bá"), Some("online_dossier_rate"), 60.0),
                t(Some("UBND xã Sơn Hải"), Some("online_dossier_rate"), 60.0),
                t(Some("UBND các xã còn lại"), Some("online_dossier_rate"), 40.0),
            ]
        );
        // A head with no lead word and no "tỷ lệ" is no indicator's.
        assert!(targets_of(&r, "Hồ sơ năm nay: UBND các xã: Quỳnh Bá, Sơn Hải đạt tối thiểu 60%.").iter().all(|x| x.1.is_none()));
    }

    #[test]
    fn an_owners_name_ends_where_what_is_done_is_said() {
        let r = r();
        let got = read(&r, "- 100% văn bản đi của Sở Y tế được ký số.", 1, None, None).targets;
        assert_eq!((got[0].unit.as_deref(), got[0].metric_text.as_str()), (Some("Sở Y tế"), "văn bản đi được ký số"));
        // The issuer's own level is the jurisdiction: no unit.
        let got = read(&r, "- 100% văn bản đi của UBND huyện được ký số (trừ văn bản mật).", 1, None, None).targets;
        assert_eq!((got.len(), got[0].unit.as_deref(), got[0].value), (1, None, 100.0));
        // After a letter's mark, and after an indicator's clause and a
        // semicolon: a share of its own.
        let got = read(&r, "đ) 100% thủ tục hành chính được công khai đầy đủ;", 1, None, None).targets;
        assert_eq!(
            (got.len(), got[0].metric.as_deref(), got[0].metric_text.as_str()),
            (1, None, "thủ tục hành chính được công khai đầy đủ")
        );
        let got = read(&r, "Tỷ lệ hồ sơ trực tuyến đạt 40%; 100% cán bộ Một cửa được cấp chữ ký số.", 1, None, None).targets;
        assert_eq!(got.iter().map(|t| t.metric.as_deref()).collect::<Vec<_>>(), [Some("online_dossier_rate"), None]);
    }

    #[test]
    fn a_line_leading_in_a_list_names_the_indicator_of_its_items() {
        let rules = r();
        let lead = lead_in(&rules, "a) Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC:").unwrap();
        assert_eq!(lead.0, "online_dossier_rate");
        assert!(lead_in(&rules, "a) Tỷ lệ hồ sơ trực tuyến đạt 50%:").is_none());
        assert!(lead_in(&rules, "1. Giao chỉ tiêu năm 2025 như sau:").is_none());
        // A head of the indicator's words alone, with or without "Chỉ tiêu".
        let l = lead_in(&rules, "1. Chỉ tiêu thanh toán trực tuyến trên tổng số hồ sơ có thu phí:").unwrap();
        assert_eq!((l.0.as_str(), l.1.as_str()), ("online_payment_rate", "thanh toán trực tuyến trên tổng số hồ sơ có thu phí"));
        assert_eq!(lead_in(&rules, "2. Hồ sơ trực tuyến toàn trình:").unwrap().0, "full_online_dossier_rate");
        assert!(lead_in(&rules, "b) Đối với các sở, ban, ngành:").is_none());
        // A target's sentence, then one giving it out: its wording leads.
        let l = lead_in(&rules, "1. Phấn đấu năm 2025, tỷ lệ hồ sơ trực tuyến của toàn tỉnh đạt tối thiểu 60%. Giao chỉ tiêu cụ thể như sau:").unwrap();
        assert_eq!((l.0.as_str(), l.1.as_str()), ("online_dossier_rate", "tỷ lệ hồ sơ trực tuyến của toàn tỉnh"));
        // Results before it lead nothing.
        assert!(lead_in(&rules, "1. Năm 2024, tỷ lệ hồ sơ trực tuyến đã đạt 45%. Giao chỉ tiêu cụ thể như sau:").is_none());
        let t = read_under(&rules, &[(5, "- UBND các xã: Ẳng Tở, Búng Lao phấn đấu đạt tối thiểu 45%;")], None, Some(2025), None, Some(&lead)).targets;
        let got: Vec<(Option<&str>, Option<&str>, f64)> = t.iter().map(|t| (t.unit.as_deref(), t.metric.as_deref(), t.value)).collect();
        assert_eq!(
            got,
            vec![
                (Some("UBND xã Ẳng Tở"), Some("online_dossier_rate"), 45.0),
                (Some("UBND xã Búng Lao"), Some("online_dossier_rate"), 45.0)
            ]
        );
        // Without the lead the item names no indicator: nothing is read.
        assert!(read(&rules, "- UBND các xã: Ẳng Tở, Búng Lao phấn đấu đạt tối thiểu 45%;", 5, None, Some(2025)).targets.is_empty());
    }

    #[test]
    fn after_an_indicator_and_its_colon_a_clause_names_its_units() {
        let g = got("b) Tỷ lệ thanh toán trực tuyến: UBND thị trấn Mường Ảng và UBND các xã Ẳng Tở, Xuân Lao đạt từ 40% trở lên; các xã còn lại phấn đấu đạt 25%.");
        let units: Vec<Option<&str>> = g.iter().map(|t| t.0.as_deref()).collect();
        assert_eq!(units, vec![Some("UBND thị trấn Mường Ảng"), Some("UBND xã Ẳng Tở"), Some("UBND xã Xuân Lao"), Some("các xã còn lại")]);
        assert!(g.iter().all(|t| t.1.as_deref() == Some("online_payment_rate")));
        // The unit that leads a task.
        let g = got("3. Phòng Tư pháp chủ trì, phối hợp với Bộ phận Một cửa huyện, bảo đảm tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính đạt tối thiểu 30%.");
        assert_eq!(g[0].0.as_deref(), Some("Phòng Tư pháp"));
    }

    #[test]
    fn a_value_joined_by_its_year_is_of_the_indicator_before() {
        let t = read(
            &r(),
            "Chỉ tiêu chung: tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 45% năm 2025 và 55% năm 2026.",
            1,
            None,
            Some(2025),
        )
        .targets;
        let got: Vec<(Option<&str>, f64, Option<i32>)> = t.iter().map(|t| (t.metric.as_deref(), t.value, t.year)).collect();
        assert_eq!(got, vec![(Some("online_payment_rate"), 45.0, Some(2025)), (Some("online_payment_rate"), 55.0, Some(2026))]);
        assert!(joins_values(&r(), " năm 2025 và ") && joins_values(&r(), ", năm 2026 đạt tối thiểu ") && !joins_values(&r(), " và tỷ lệ "));
    }

    #[test]
    fn a_range_gives_its_floor_noted_with_the_range() {
        let t = read(&r(), "Phấn đấu tỷ lệ hồ sơ trực tuyến năm 2024 đạt từ 50% đến 60%.", 1, None, Some(2024)).targets;
        let got: Vec<(f64, &str, Option<&str>)> = t.iter().map(|t| (t.value, t.comparator.as_ref(), t.note.as_deref())).collect();
        assert_eq!(got, vec![(50.0, ">=", Some("từ 50% đến 60%"))]);
        // A change is no range: "từ 45% xuống 30%" gives 30.
        let t = read(&r(), "Điều chỉnh tỷ lệ hồ sơ trực tuyến từ 45% xuống 30%.", 1, None, Some(2024)).targets;
        assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), vec![30.0]);
        // A dash alone between two values is a range too.
        let t = read(&r(), "Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 20% - 30%.", 1, None, Some(2024)).targets;
        assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), vec![20.0]);
    }

    #[test]
    fn a_wording_owned_by_the_whole_jurisdiction_is_no_subject_s() {
        let g = got("5. Sở Tài chính chủ trì, hướng dẫn người dân nộp phí, phấn đấu tỷ lệ hồ sơ được thanh toán trực tuyến của toàn tỉnh năm 2025 đạt tối thiểu 30%.");
        assert_eq!(g, vec![(None, Some("online_payment_rate".to_string()), 30.0, ">=".to_string())]);
        let g = got("Không để tỷ lệ hồ sơ giải quyết quá hạn của UBND các xã vượt quá 2%.");
        assert_eq!(g.iter().map(|t| (t.0.as_deref(), t.3.as_str())).collect::<Vec<_>>(), vec![(Some("UBND các xã"), "<=")]);
    }

    #[test]
    fn a_part_directed_in_one_clause_owns_no_value_after_a_semicolon() {
        let lead = Some(("online_dossier_rate".to_string(), "Tỷ lệ hồ sơ trực tuyến".to_string()));
        let read_item = |line: &str| {
            read_under(&r(), &[(1, line)], None, Some(2024), None, lead.as_ref())
                .targets
                .into_iter()
                .map(|t| (t.unit, t.metric, t.value))
                .collect::<Vec<_>>()
        };
        // No unit of its own: the heading's units are the caller's.
        let g = read_item("a) Chỉ đạo Bộ phận Một cửa cấp huyện thực hiện số hóa ngay khi tiếp nhận; bảo đảm tỷ lệ số hóa hồ sơ thủ tục hành chính tối thiểu 60%.");
        assert_eq!(g, vec![(None, Some("dossier_digitization_rate".to_string()), 60.0)]);
        // In its own clause the part directed does own it.
        let g = read_item("a) Chỉ đạo Văn phòng Đăng ký đất đai hoàn thành số hóa 100% hồ sơ đất đai.");
        assert_eq!(g.iter().map(|t| t.0.as_deref()).collect::<Vec<_>>(), vec![Some("Văn phòng Đăng ký đất đai")]);
    }

    #[test]
    fn the_jurisdiction_handing_a_task_on_is_no_subject() {
        let g = got("UBND thành phố giao UBND các xã bảo đảm tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt từ 98% trở lên trong năm 2026.");
        assert_eq!(g, vec![(Some("UBND các xã".to_string()), Some("on_time_resolution_rate".to_string()), 98.0, ">=".to_string())]);
    }

    #[test]
    fn an_items_head_no_rule_knows_keeps_its_values_unmapped() {
        let out = read(
            &r(),
            "d) Tỷ lệ hồ sơ giải quyết quá hạn: UBND các xã, thị trấn không quá 2% trên tổng số hồ sơ tiếp nhận.",
            1,
            None,
            Some(2025),
        );
        let [t] = out.targets.as_slice() else { panic!("{:?}", out.targets) };
        assert_eq!(
            (t.unit.as_deref(), t.metric.as_deref(), t.metric_text.as_str()),
            (Some("UBND các xã, thị trấn"), None, "Tỷ lệ hồ sơ giải quyết quá hạn")
        );
        assert_eq!((t.value, t.comparator.as_ref()), (2.0, "<="));
        assert!(out.warnings.iter().any(|w| w.code == "unmapped_metric"));
    }

    #[test]
    fn units_before_a_colon_own_the_value_after_it() {
        let g = got("a) Tỷ lệ hồ sơ trực tuyến năm 2025 phải đạt như sau: Sở Y tế: 85%; Sở Giáo dục và Đào tạo: 80%. UBND các huyện, thị xã, thành phố: tối thiểu 60%.");
        let got: Vec<(Option<&str>, f64)> = g.iter().map(|t| (t.0.as_deref(), t.2)).collect();
        assert_eq!(
            got,
            vec![(Some("Sở Y tế"), 85.0), (Some("Sở Giáo dục và Đào tạo"), 80.0), (Some("UBND các huyện, thị xã, thành phố"), 60.0)]
        );
        assert!(g.iter().all(|t| t.1.as_deref() == Some("online_dossier_rate")));
    }

    #[test]
    fn a_result_in_brackets_in_a_lead_in_leaves_it_a_lead_in() {
        let lead = lead_in(&r(), "1. Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí (năm 2023 toàn tỉnh đạt 38,6%):").unwrap();
        assert_eq!(lead.0, "online_payment_rate");
        assert!(!lead.1.contains("38,6"), "{lead:?}");
    }

    #[test]
    fn a_value_in_the_note_of_another_is_no_target() {
        let lead = lead_in(&r(), "2. Điều chỉnh chỉ tiêu tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí:").unwrap();
        assert_eq!(lead.0, "online_payment_rate");
        let t = read_under(&r(), &[(9, "- UBND thị xã Nghi Sơn đạt 50% (chỉ tiêu đã giao là 60%).")], None, Some(2025), None, Some(&lead)).targets;
        assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), vec![50.0]);
    }

    fn got(line: &str) -> Vec<(Option<String>, Option<String>, f64, String)> {
        read(&r(), line, 1, None, Some(2023))
            .targets
            .into_iter()
            .map(|t| (t.unit, t.metric, t.value, t.comparator.into_owned()))
            .collect()
    }

    #[test]
    fn a_wrapped_paragraph_is_read_whole_and_each_value_keeps_its_line() {
        let parts = [
            (40, "Chỉ tiêu chung năm 2024: tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ"),
            (41, "tiếp nhận đạt tối thiểu 60%; tỷ lệ thanh toán trực"),
            (44, "tuyến đạt tối thiểu 45%."),
        ];
        let t = read_paragraph(&r(), &parts, None, Some(2024)).targets;
        let seen: Vec<(Option<&str>, f64, usize)> = t.iter().map(|t| (t.metric.as_deref(), t.value, t.provenance.line)).collect();
        assert_eq!(seen, vec![(Some("online_dossier_rate"), 60.0, 41), (Some("online_payment_rate"), 45.0, 44)]);
    }

    #[test]
    fn a_value_inside_its_indicator_s_wording_and_a_long_list_of_subjects() {
        let line = "- Sở Tài nguyên và Môi trường, Sở Kế hoạch và Đầu tư hoàn thành số hóa 100% kết quả giải quyết thủ tục hành chính trước ngày 30/11/2023.";
        let t = read(&r(), line, 1, None, Some(2023)).targets;
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].metric.as_deref(), Some("result_digitization_rate"));
        assert_eq!(t[0].metric_text, "số hóa kết quả giải quyết thủ tục hành chính");
        let line = "- UBND các huyện Long Phú, Cù Lao Dung, Trần Đề và thị xã Vĩnh Châu đạt tỷ lệ hồ sơ trực tuyến tối thiểu 60%.";
        let units: Vec<Option<String>> = got(line).into_iter().map(|t| t.0).collect();
        assert_eq!(units.len(), 4);
        assert_eq!(units[3].as_deref(), Some("UBND thị xã Vĩnh Châu"));
        let line = "- Chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn bảo đảm tỷ lệ hồ sơ trực tuyến tối thiểu 50%.";
        assert_eq!(got(line)[0].0.as_deref(), Some("Ủy ban nhân dân các xã, phường, thị trấn"));
    }

    #[test]
    fn headings_that_name_units_and_those_that_do_not() {
        let h = heading(&r(), "1. Sở Thông tin và Truyền thông").unwrap();
        assert_eq!((h.level, h.units), (1, vec!["Sở Thông tin và Truyền thông".to_string()]));
        let h = heading(&r(), "b) Đối với các huyện: Kế Sách, Mỹ Tú").unwrap();
        assert_eq!(h.level, 3);
        assert_eq!(h.units.len(), 2);
        // A figure under a figure is a level between.
        let h = heading(&r(), "3.1. Đối với các cơ quan chuyên môn thuộc UBND thị xã").unwrap();
        assert_eq!((h.level, h.units.len()), (2, 1));
        assert_eq!(heading(&r(), "3.2 UBND các xã, phường").map(|h| h.level), Some(2));
        let h = heading(&r(), "3. Chỉ tiêu đối với Ủy ban nhân dân các xã, thị trấn").unwrap();
        assert_eq!(h.units, ["Ủy ban nhân dân các xã, thị trấn"]);
        // A figure opening a sentence is no mark.
        assert_eq!(marked("1.5 triệu hồ sơ được số hóa"), None);
        assert_eq!(
            heading(&r(), "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
            Some(Heading {
                level: 0,
                units: Vec::new(),
                past: false,
                year: None,
            })
        );
        assert!(heading(&r(), "1. Kết quả năm 2023").unwrap().past);
        assert!(heading(&r(), "I. THỰC TRẠNG").unwrap().past);
        // A heading's one year is that of the targets under it; a heading
        // of results gives none.
        assert_eq!(heading(&r(), "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022").unwrap().year, Some(2022));
        assert!(heading(&r(), "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022").unwrap().units.is_empty());
        assert_eq!(heading(&r(), "I. KẾT QUẢ THỰC HIỆN NĂM 2021").unwrap().year, None);
        // A part of results inside one leaves the outer one the part.
        let mut o = Outline::default();
        o.enter(heading(&r(), "I. KẾT QUẢ THỰC HIỆN NĂM 2021").unwrap());
        o.enter(heading(&r(), "2. Kết quả tiếp nhận hồ sơ").unwrap());
        o.enter(heading(&r(), "3. Số hóa hồ sơ").unwrap());
        assert!(o.in_results());
        o.enter(heading(&r(), "II. NHIỆM VỤ NĂM 2022").unwrap());
        assert!(!o.in_results());
        assert_eq!(o.year(), Some(2022));
        assert!(!heading(&r(), "II. KẾT QUẢ NĂM 2023 VÀ CHỈ TIÊU NĂM 2024").unwrap().past);
        assert_eq!(heading(&r(), "2. Chỉ tiêu cụ thể").map(|h| h.units.len()), Some(0));
        // A sentence or a target is no heading.
        assert_eq!(heading(&r(), "1. Sở Y tế đạt 80%"), None);
        assert_eq!(heading(&r(), "1. Các sở triển khai thực hiện."), None);
        let t = read(
            &r(),
            "- Bảo đảm 100% kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.",
            5,
            None,
            Some(2025),
        )
        .targets;
        let given = assign(&r(), t[0].clone(), &["Sở Thông tin và Truyền thông".to_string()]);
        assert_eq!(given[0].unit.as_deref(), Some("Sở Thông tin và Truyền thông"));
        assert_eq!(given[0].unit_key.as_deref(), Some("so-thong-tin-va-truyen-thong"));
    }

    #[test]
    fn an_item_s_head_names_the_indicator_and_a_later_clause_its_own_subject() {
        let line = "- Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí: năm 2023 đạt 15,2%; năm 2024 đạt từ 30% trở lên.";
        let t = read(&r(), line, 1, None, Some(2024)).targets;
        assert_eq!(t.iter().map(|t| (t.metric.as_deref(), t.value)).collect::<Vec<_>>(), vec![(Some("online_payment_rate"), 30.0)]);
        let line = "b) Sở Tài nguyên và Môi trường và Sở Xây dựng phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 30% trở lên; chỉ đạo Văn phòng Đăng ký đất đai tỉnh hoàn thành số hóa 100% kết quả giải quyết thủ tục hành chính.";
        let units: Vec<Option<String>> = got(line).into_iter().map(|t| t.0).collect();
        assert_eq!(
            units,
            vec![Some("Sở Tài nguyên và Môi trường".into()), Some("Sở Xây dựng".into()), Some("Văn phòng Đăng ký đất đai tỉnh".into())]
        );
        let t = read(&r(), "- 100% văn bản đi (trừ văn bản mật) của các cơ quan hành chính được ký số.", 3, None, Some(2024));
        assert_eq!((t.targets[0].metric.as_deref(), t.targets[0].value, t.warnings[0].code.as_str()), (None, 100.0, "unmapped_metric"));
        assert_eq!(
            (t.targets[0].unit.as_deref(), t.targets[0].metric_text.as_str()),
            (None, "văn bản đi của các cơ quan hành chính được ký số")
        );
        // "được thực hiện" holds no "ước thực hiện" (an estimate).
        let line = "Ủy ban nhân dân các xã, thị trấn bảo đảm 100% yêu cầu chứng thực bản sao từ bản chính được thực hiện chứng thực điện tử.";
        assert_eq!(
            got(line),
            vec![(Some("Ủy ban nhân dân các xã, thị trấn".into()), Some("e_certified_copy_rate".into()), 100.0, ">=".into())]
        );
        assert!(got("Ước thực hiện năm 2023, tỷ lệ hồ sơ trực tuyến đạt 45%.").is_empty());
        // Results: ranked, or measured against a target.
        assert!(got("Trong tháng 8/2022, Ủy ban nhân dân huyện Châu Thành đạt tỷ lệ hồ sơ trực tuyến 41,3%, cao nhất tỉnh.").is_empty());
        assert!(got("Năm 2023, tỷ lệ hồ sơ trực tuyến của toàn tỉnh đạt 36,4%, thấp hơn chỉ tiêu Chính phủ giao.").is_empty());
    }

    #[test]
    fn a_subject_described_after_its_name_still_gets_the_value() {
        let line = "Ủy ban nhân dân thành phố Hòa Bình là địa phương điểm về chuyển đổi số của tỉnh, phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% trong năm 2024.";
        assert_eq!(
            got(line),
            vec![(Some("Ủy ban nhân dân thành phố Hòa Bình".into()), Some("online_dossier_rate".into()), 80.0, ">=".into())]
        );
    }

    #[test]
    fn a_figure_that_opens_the_line_is_no_list_mark() {
        // "0." reads like an item mark; it is the value's own figure.
        for line in ["0.0%", "5.38% hồ sơ", "12.5% Tỷ lệ hồ sơ trực tuyến"] {
            let _ = got(line);
        }
        assert_eq!(got("1. Tỷ lệ hồ sơ trực tuyến đạt 60%.").len(), 1);
    }

    #[test]
    fn a_unit_named_after_cua_owns_the_value() {
        let g = got("Tỷ lệ hồ sơ trực tuyến của Sở Y tế đạt 60%.");
        assert_eq!(g, vec![(Some("Sở Y tế".into()), Some("online_dossier_rate".into()), 60.0, ">=".into())]);
        let t = &read(&r(), "Tỷ lệ hồ sơ trực tuyến của Sở Y tế đạt 60%.", 1, None, Some(2023)).targets[0];
        assert_eq!(t.metric_text, "Tỷ lệ hồ sơ trực tuyến");
        // The jurisdiction, every state body, or no unit at all: no unit.
        for line in [
            "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 60%.",
            "Tỷ lệ hồ sơ trực tuyến của Ủy ban nhân dân tỉnh đạt 60%.",
            "Tỷ lệ văn bản đi của các cơ quan nhà nước được ký số đạt 90%.",
            "Tỷ lệ hài lòng của người dân, doanh nghiệp đạt 90%.",
        ] {
            assert_eq!(got(line).iter().map(|t| t.0.clone()).collect::<Vec<_>>(), vec![None], "{line}");
        }
        // A group is a unit as written.
        let g = got("Tỷ lệ hồ sơ trực tuyến của các sở, ban, ngành đạt 60%.");
        assert_eq!(g.iter().map(|t| t.0.as_deref()).collect::<Vec<_>>(), vec![Some("các sở, ban, ngành")]);
        // Two owners, their values in turn; the owner's name is no part
        // of the indicator's words ("Trả kết quả" names no result).
        let g = got("Tỷ lệ hồ sơ trực tuyến của Sở Y tế và của UBND các xã lần lượt đạt 50% và 30%.");
        assert_eq!(g.iter().map(|t| (t.0.as_deref(), t.2)).collect::<Vec<_>>(), vec![(Some("Sở Y tế"), 50.0), (Some("UBND các xã"), 30.0)]);
        let g = got("Tỷ lệ số hóa hồ sơ của Bộ phận Tiếp nhận và Trả kết quả huyện đạt 50%.");
        assert_eq!(g[0].1.as_deref(), Some("dossier_digitization_rate"));
        // The places a group word enumerates own the value, one target each.
        let g = got("Tỷ lệ thanh toán trực tuyến của các huyện Cam Lâm, Vạn Ninh và thị xã Ninh Hòa đạt 40%.");
        let units: Vec<Option<&str>> = g.iter().map(|t| t.0.as_deref()).collect();
        assert_eq!(units, vec![Some("huyện Cam Lâm"), Some("huyện Vạn Ninh"), Some("thị xã Ninh Hòa")]);
        assert!(g.iter().all(|t| t.1.as_deref() == Some("online_payment_rate") && t.2 == 40.0));
    }

    #[test]
    fn a_list_item_heads_its_places() {
        let g = got("- Các huyện Cam Lâm, Vạn Ninh: tỷ lệ hồ sơ trực tuyến tối thiểu 50%;");
        let units: Vec<Option<&str>> = g.iter().map(|t| t.0.as_deref()).collect();
        assert_eq!(units, vec![Some("huyện Cam Lâm"), Some("huyện Vạn Ninh")]);
        // A group with no names stays one assignee.
        let g = got("- Các huyện, thị xã, thành phố: tỷ lệ hồ sơ trực tuyến tối thiểu 50%;");
        assert_eq!(g.iter().map(|t| t.0.as_deref()).collect::<Vec<_>>(), vec![Some("Các huyện, thị xã, thành phố")]);
    }

    #[test]
    fn a_sentence_with_three_values() {
        let g =
            got("Đề nghị đạt các chỉ tiêu, cụ thể: Tỷ lệ giải quyết hồ sơ dịch vụ công trực tuyến 80% trở lên, tỷ lệ số hóa hồ sơ 70% trở lên, tỷ lệ thanh toán trực tuyến 30% trở lên. Nếu không đạt");
        let m: Vec<(Option<&str>, f64)> = g.iter().map(|t| (t.1.as_deref(), t.2)).collect();
        assert_eq!(
            m,
            vec![(Some("online_dossier_rate"), 80.0), (Some("dossier_digitization_rate"), 70.0), (Some("online_payment_rate"), 30.0)]
        );
        assert!(g.iter().all(|t| t.0.is_none() && t.3 == ">="));
    }

    #[test]
    fn an_enumeration_opens_in_the_last_clause_before_its_colon() {
        let g = got("5. Đối với các địa bàn có số lượng yêu cầu chứng thực lớn, UBND các xã: Vĩnh Thạnh Trung, Mỹ Hòa Hưng, Định Mỹ phấn đấu đạt 90% tỷ lệ chứng thực bản sao điện tử từ bản chính.");
        let units: Vec<&str> = g.iter().map(|t| t.0.as_deref().unwrap()).collect();
        assert_eq!(units, vec!["UBND xã Vĩnh Thạnh Trung", "UBND xã Mỹ Hòa Hưng", "UBND xã Định Mỹ"]);
        assert!(g.iter().all(|t| t.1.as_deref() == Some("e_certified_copy_rate") && t.2 == 90.0));
    }

    #[test]
    fn targets_changed_for_units_named_after_their_cue() {
        let g = got("2. Điều chỉnh chỉ tiêu tỷ lệ thanh toán trực tuyến năm 2022 đối với UBND huyện Sơn Động từ 45% xuống 35%; đối với UBND các huyện Lục Ngạn, Lục Nam từ 45% xuống 40%.");
        let read: Vec<(&str, f64)> = g.iter().map(|t| (t.0.as_deref().unwrap(), t.2)).collect();
        assert_eq!(read, vec![("UBND huyện Sơn Động", 35.0), ("UBND huyện Lục Ngạn", 40.0), ("UBND huyện Lục Nam", 40.0)]);
        assert!(g.iter().all(|t| t.1.as_deref() == Some("online_payment_rate")));
    }

    #[test]
    fn a_sentence_of_values_ending_in_trong_do_leads_in() {
        let r = r();
        let lead = lead_in(&r, "- Phấn đấu tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ năm 2026 đạt 70%, đến năm 2030 đạt trên 90%, trong đó:");
        assert_eq!(lead.map(|l| l.0).as_deref(), Some("online_dossier_rate"));
        // Results, then what is asked: no lead.
        assert!(lead_in(&r, "Năm 2024, tỷ lệ hồ sơ trực tuyến mới đạt 45%. Để hoàn thành chỉ tiêu năm 2025, Chủ tịch UBND huyện yêu cầu:").is_none());
    }

    #[test]
    fn not_lower_than_is_a_floor_and_not_more_than_a_ceiling() {
        let g = got("2. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến không thấp hơn 70%; tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.");
        let read: Vec<(f64, &str)> = g.iter().map(|t| (t.2, t.3.as_str())).collect();
        assert_eq!(read, vec![(70.0, ">="), (2.0, "<=")]);
        assert_eq!(g[0].1.as_deref(), Some("online_dossier_rate"));
    }

    #[test]
    fn value_before_the_phrase_and_enumerated_units() {
        let g = got("a) Giao chỉ tiêu tối thiểu 45% hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ trong năm 2019 đối với Ban Quản lý Khu kinh tế Vân Phong và các Sở: Công Thương, Tư pháp.");
        let units: Vec<&str> = g.iter().map(|t| t.0.as_deref().unwrap()).collect();
        assert_eq!(units, vec!["Ban Quản lý Khu kinh tế Vân Phong", "Sở Công Thương", "Sở Tư pháp"]);
        assert!(g.iter().all(|t| t.1.as_deref() == Some("online_dossier_rate") && t.2 == 45.0));
    }

    #[test]
    fn list_item_head_names_the_units() {
        let g = got("- Ủy ban nhân dân các huyện Khánh Sơn, Khánh Vĩnh: Tối thiểu 30% hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4.");
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].0.as_deref(), Some("Ủy ban nhân dân huyện Khánh Sơn"));
    }

    #[test]
    fn a_list_item_that_lost_its_mark_still_names_its_units() {
        for mark in ["- ", ""] {
            let g = got(&format!(
                "{mark}Các xã, thị trấn thuộc huyện Khánh Sơn, Khánh Vĩnh: Tối thiểu 20% hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4."
            ));
            let units: Vec<&str> = g.iter().filter_map(|t| t.0.as_deref()).collect();
            assert_eq!(units, ["Các xã, thị trấn thuộc huyện Khánh Sơn", "Các xã, thị trấn thuộc huyện Khánh Vĩnh"], "mark {mark:?}");
        }
    }

    #[test]
    fn the_phrase_may_stand_before_a_colon() {
        let g = got("b) Tỷ lệ hồ sơ thanh toán trực tuyến: tối thiểu 40%;");
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].1.as_deref(), Some("online_payment_rate"));
        assert_eq!(g[0].2, 40.0);
    }

    #[test]
    fn a_list_item_for_a_group() {
        let g = got("- Đối với các sở, ban, ngành: tỷ lệ hồ sơ trực tuyến tối thiểu 90%;");
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].0.as_deref(), Some("các sở, ban, ngành"));
        assert_eq!(g[0].1.as_deref(), Some("online_dossier_rate"));
    }

    #[test]
    fn achieved_figures_are_no_targets() {
        assert!(got("Năm 2022, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 41,7%.").is_empty());
        assert!(got("Tỷ lệ hồ sơ trực tuyến đã đạt 35%, tăng 5% so với cùng kỳ.").is_empty());
        assert_eq!(got("Phấn đấu năm 2023 tỷ lệ hồ sơ trực tuyến đạt 60%.").len(), 1);
        // The next sentence's cue ("Giao chỉ tiêu …") does not make a past figure a target.
        let g = got("Năm 2022, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 41,7%, tỷ lệ thanh toán trực tuyến đạt 30%. Giao chỉ tiêu năm 2023 như sau:");
        assert!(g.is_empty(), "{g:?}");
    }

    #[test]
    fn figures_measured_against_a_target_are_no_targets() {
        // "chưa đạt chỉ tiêu được giao" names a target, but the figure is a result.
        let g = got("Tính đến ngày 31/5/2024, tỷ lệ hồ sơ trực tuyến đạt 46,2%, chưa đạt chỉ tiêu được giao.");
        assert!(g.is_empty(), "{g:?}");
        let g = got("Tỷ lệ thanh toán trực tuyến đạt 28,7%, vượt chỉ tiêu được giao.");
        assert!(g.is_empty(), "{g:?}");
        // A clause after a semicolon goes on in the past of its sentence.
        let g = got("Năm 2022, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 46,2%; tỷ lệ thanh toán trực tuyến đạt 28,7%.");
        assert!(g.is_empty(), "{g:?}");
        // A count of targets met opens a report of results.
        let g = got("Ước thực hiện cả năm, có 17/21 chỉ tiêu đạt và vượt kế hoạch: tỷ lệ hồ sơ trực tuyến đạt 31,5%; tỷ lệ thanh toán trực tuyến đạt 17,8%.");
        assert!(g.is_empty(), "{g:?}");
        // "chứng chỉ đạt" is no "chỉ đạt" (only reached).
        assert_eq!(got("Tỷ lệ lao động qua đào tạo có chứng chỉ đạt 32%.").len(), 1);
        assert!(got("Năm trước tỷ lệ thanh toán trực tuyến chỉ đạt 32%.").is_empty());
        // A target that names its cue is still read.
        assert_eq!(got("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt chỉ tiêu 80%.").len(), 1);
    }

    #[test]
    fn a_unit_after_a_directive_verb_is_the_assignee() {
        let g = got("Giao Sở Y tế bảo đảm tỷ lệ thanh toán trực tuyến đạt 50%.");
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!((g[0].0.as_deref(), g[0].1.as_deref()), (Some("Sở Y tế"), Some("online_payment_rate")));
    }

    #[test]
    fn a_clause_ends_at_a_semicolon_or_a_sentence_end() {
        let end = |t: &str, from: &str| clause_end(t, t.find(from).unwrap() + from.len());
        let t = "đạt 80% trở lên. Giao chỉ tiêu";
        assert_eq!(end(t, "80%"), t.find('.').unwrap());
        assert_eq!(end("đạt 52%. Giao", "52%"), "đạt 52%".len());
        let t = "đạt 80% trở lên; Giao. Chỉ";
        assert_eq!(end(t, "80%"), t.find(';').unwrap());
        let t = "đạt 80% tại TP. Thủ Đức và 1.000 hồ sơ";
        assert_eq!(end(t, "80%"), t.len());
        let t = "đạt 80% trở lên.";
        assert_eq!(end(t, "80%"), t.len());
    }

    #[test]
    fn a_remark_in_brackets_that_says_tỷ_lệ_names_no_indicator() {
        let g = got("UBND các huyện bảo đảm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%, riêng huyện A và huyện B (tỷ lệ đồng bào dân tộc cao) đạt tối thiểu 60%.");
        assert_eq!(g.len(), 3, "{g:?}");
        assert_eq!((g[1].0.as_deref(), g[1].1.as_deref(), g[1].2), (Some("huyện A"), Some("online_dossier_rate"), 60.0));
        assert_eq!((g[2].0.as_deref(), g[2].1.as_deref()), (Some("huyện B"), Some("online_dossier_rate")));
    }

    #[test]
    fn units_after_a_value_by_place_or_by_đối_với_leave_the_và_before_the_next() {
        let g = got("Tỷ lệ thanh toán trực tuyến đạt tối thiểu 45% đối với cấp tỉnh, 35% đối với cấp huyện và 25% đối với cấp xã.");
        let units: Vec<_> = g.iter().map(|t| t.0.as_deref()).collect();
        assert_eq!(units, [Some("cấp tỉnh"), Some("cấp huyện"), Some("cấp xã")], "{g:?}");
        let g = got("Tỷ lệ chứng thực bản sao điện tử từ bản chính đạt tối thiểu 80% tại Phòng Tư pháp cấp huyện và tối thiểu 50% tại UBND cấp xã.");
        let got_units: Vec<_> = g.iter().map(|t| (t.0.as_deref(), t.2)).collect();
        assert_eq!(got_units, [(Some("Phòng Tư pháp cấp huyện"), 80.0), (Some("UBND cấp xã"), 50.0)], "{g:?}");
        // The units by place after the second value, not the tail of the
        // list before it.
        let g = got("Bổ sung chỉ tiêu \"Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính\" đạt tối thiểu 60% tại Phòng Tư pháp các huyện, thị xã, thành phố và tối thiểu 40% tại Uỷ ban nhân dân các xã, phường, thị trấn.");
        let got_units: Vec<_> = g.iter().map(|t| (t.0.as_deref(), t.2)).collect();
        assert_eq!(
            got_units,
            [(Some("Phòng Tư pháp các huyện, thị xã, thành phố"), 60.0), (Some("Uỷ ban nhân dân các xã, phường, thị trấn"), 40.0)],
            "{g:?}"
        );
        // An owner's name ends where its place in another document is told.
        let g = got("2. Sửa đổi chỉ tiêu tỷ lệ hồ sơ thanh toán trực tuyến của Uỷ ban nhân dân huyện Minh Hoá tại số thứ tự 8 Mục B Phụ lục kèm theo Quyết định số 412/QĐ-UBND từ 40% thành 50%.");
        assert_eq!(g.iter().map(|t| (t.0.as_deref(), t.2)).collect::<Vec<_>>(), [(Some("Uỷ ban nhân dân huyện Minh Hoá"), 50.0)], "{g:?}");
        // (A letter whose lower case is longer, "İ", breaks nothing.)
        let g = got("Tỷ lệ hồ sơ trực tuyến đạt 80% tại İİ Phòng A.");
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(at_place(&r(), " tại İİ Phòng A"), None);
        assert_eq!(at_place(&r(), " tại Phòng A").as_deref(), Some("Phòng A"));
        // Not a place further on: the things counted are done there.
        let g = got("Sở Y tế bảo đảm 100% hồ sơ được số hóa tại Bộ phận Một cửa.");
        assert_eq!(g.iter().map(|t| t.0.as_deref()).collect::<Vec<_>>(), [Some("Sở Y tế")], "{g:?}");
    }

    #[test]
    fn a_short_name_given_in_brackets_is_no_part_of_the_units() {
        let g =
            got("5. Uỷ ban nhân dân các huyện, thị xã, thành phố (sau đây gọi chung là UBND cấp huyện) bảo đảm tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính đạt tối thiểu 50% năm 2024.");
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].0.as_deref(), Some("Uỷ ban nhân dân các huyện, thị xã, thành phố"));
    }

    #[test]
    fn a_subject_s_remark_in_brackets_does_not_make_it_long() {
        let g = got(
            "7. Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh) bảo đảm 100% kết quả xử lý hồ sơ được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia; hằng tháng công khai.",
        );
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].0.as_deref(), Some("Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)"));
    }

    #[test]
    fn an_exception_takes_the_indicator_just_named() {
        let g = got("Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt tối thiểu 80%; riêng Sở Y tế đạt tối thiểu 60%.");
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!((g[1].0.as_deref(), g[1].1.as_deref(), g[1].2), (Some("Sở Y tế"), Some("online_dossier_rate"), 60.0));
        // No indicator before it: nothing to take.
        assert!(got("Riêng Sở Y tế đạt 60%.").is_empty());
        // The indicator named without a value before the cue.
        let g = got("Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến tại Phụ lục kèm theo; riêng Văn phòng UBND tỉnh đạt 100%.");
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!((g[0].0.as_deref(), g[0].1.as_deref(), g[0].2), (Some("Văn phòng UBND tỉnh"), Some("online_dossier_rate"), 100.0));
    }

    #[test]
    fn a_replaced_target_a_result_in_a_lead_ins_parentheses_and_a_result_below_the_target_are_none() {
        assert!(got("Quyết định này thay thế chỉ tiêu tỷ lệ hồ sơ trực tuyến (20%) đã giao tại Quyết định số 4512/QĐ-UBND.").is_empty());
        assert!(got("Quyết định này thay cho mức 40% đã được giao tại Quyết định số 12/QĐ-UBND.").is_empty());
        // (Or the clause says later it is replaced.)
        assert!(got("Chỉ tiêu tỷ lệ hồ sơ trực tuyến tối thiểu 40% giao tại Văn bản số 41/STTTT ngày 15/3/2024 được thay thế bằng các chỉ tiêu tại Văn bản này.").is_empty());
        // The same words without "đã giao" after the value: a target.
        assert_eq!(got("Điều chỉnh tỷ lệ hồ sơ trực tuyến thay thế mức cũ, đạt 50%.").len(), 1);
        let in_2024 = |l: &str| read(&r(), l, 1, None, Some(2024)).targets;
        assert!(in_2024("Giao chỉ tiêu cho các đơn vị như sau (năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 12,6%):").is_empty());
        assert!(got("Năm 2022, tỷ lệ hồ sơ trực tuyến của huyện chỉ đạt 8,5%, thấp hơn nhiều so với chỉ tiêu tỉnh giao.").is_empty());
    }

    #[test]
    fn a_subject_that_names_units_is_the_assignee() {
        let unit = |l: &str| got(l).into_iter().map(|t| t.0).collect::<Vec<_>>();
        assert_eq!(unit("1. Sở Y tế phấn đấu tỷ lệ thanh toán trực tuyến đạt 50%."), [Some("Sở Y tế".to_string())]);
        assert_eq!(unit("2. Các sở, ban, ngành đạt tỷ lệ hồ sơ trực tuyến tối thiểu 80%."), [Some("Các sở, ban, ngành".to_string())]);
        // The jurisdiction, a directive, or a subject that does more than name units: no unit.
        assert_eq!(unit("3. UBND tỉnh phấn đấu tỷ lệ thanh toán trực tuyến đạt 50%."), [None]);
        assert_eq!(unit("4. Ủy ban nhân dân tỉnh giao chỉ tiêu tỷ lệ hồ sơ trực tuyến đạt 50%."), [None]);
        assert_eq!(unit("5. Các sở, ban, ngành tổ chức triển khai bảo đảm tỷ lệ hồ sơ trực tuyến đạt 80%."), [None]);
        assert_eq!(unit("6. Ban Chỉ đạo tỉnh bảo đảm tỷ lệ hồ sơ trực tuyến đạt 80%."), [Some("Ban Chỉ đạo tỉnh".to_string())]);
    }

    #[test]
    fn ceilings_and_qualifiers() {
        let t = read(&r(), "- Tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.", 1, None, Some(2023)).targets;
        assert_eq!(t[0].comparator, "<=");
        assert_eq!(t[0].metric, None);
        let t = read(
            &r(),
            "- Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình tối thiểu 80% (áp dụng đối với các sở, ban, ngành).",
            1,
            None,
            Some(2024),
        )
        .targets;
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].unit, None);
        assert_eq!(t[0].note.as_deref(), Some("áp dụng đối với các sở, ban, ngành"));
    }

    #[test]
    fn an_article_opens_a_list_item() {
        let g = got("Điều 3. Đối với UBND các phường: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%; tỷ lệ thanh toán trực tuyến đạt 40%.");
        assert_eq!(g.len(), 2, "{g:?}");
        assert!(g.iter().all(|t| t.0.as_deref() == Some("UBND các phường")), "{g:?}");
        assert_eq!((g[0].1.as_deref(), g[1].1.as_deref()), (Some("online_dossier_rate"), Some("online_payment_rate")));
        // A number without its stop is no mark.
        assert_eq!(mark_end(&r(), "Điều 3 Đối với"), None);
        assert_eq!(mark_end(&r(), "Điều 12: Đối với"), Some("Điều 12: ".len()));
    }

    #[test]
    fn a_subject_alone_with_a_value_takes_the_indicator_just_named() {
        let unit = |l: &str| got(l).into_iter().map(|t| (t.0, t.1, t.2)).collect::<Vec<_>>();
        let g = unit("1. Giao UBND phường An Lạc phấn đấu tỷ lệ hồ sơ trực tuyến tối thiểu 70%; các xã: Tân Hòa, Mỹ Lợi đạt tối thiểu 45%; các xã còn lại đạt từ 55% trở lên.");
        let dossier = Some("online_dossier_rate".to_string());
        assert_eq!(
            g,
            [
                (Some("UBND phường An Lạc".to_string()), dossier.clone(), 70.0),
                (Some("xã Tân Hòa".to_string()), dossier.clone(), 45.0),
                (Some("xã Mỹ Lợi".to_string()), dossier.clone(), 45.0),
                (Some("các xã còn lại".to_string()), dossier.clone(), 55.0),
            ]
        );
        // After a comma, with a subject verb.
        let g = unit("Sở Tư pháp bảo đảm tỷ lệ thanh toán trực tuyến đạt 60%, Sở Y tế bảo đảm 45%.");
        assert_eq!(g[1], (Some("Sở Y tế".to_string()), Some("online_payment_rate".to_string()), 45.0));
        // A subject with more to say than a value gives nothing.
        let g = unit("Sở Tư pháp bảo đảm tỷ lệ thanh toán trực tuyến đạt 60%, Sở Y tế rà soát 45% hồ sơ.");
        assert_eq!(g.len(), 1, "{g:?}");
    }

    #[test]
    fn a_topic_head_leaves_the_subject_after_its_colon() {
        let g = got("3. Về thanh toán trực tuyến: UBND thị trấn Phú Mỹ bảo đảm tỷ lệ hồ sơ thanh toán trực tuyến đạt 45%.");
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!((g[0].0.as_deref(), g[0].1.as_deref()), (Some("UBND thị trấn Phú Mỹ"), Some("online_payment_rate")));
    }

    #[test]
    fn an_owner_is_named_by_its_cue_as_written() {
        // "cấp xã" owns the rate; the "cửa" of "Một cửa" is no "của".
        let g = got("Bảo đảm tỷ lệ hồ sơ trực tuyến của cấp xã đạt tối thiểu 55%.");
        assert_eq!(g[0].0.as_deref(), Some("cấp xã"), "{g:?}");
        let g = got("Phấn đấu 100% hồ sơ tiếp nhận tại Bộ phận Một cửa cấp xã được số hóa.");
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].0, None);
    }

    #[test]
    fn a_labelled_heading_names_its_units_after_the_label() {
        let h = heading(&r(), "a) Nhóm 2: UBND thị trấn Phú Lộc và UBND các xã: Hòa An, Tân Phú, Mỹ Hòa, Phước Sơn, Long Điền, Vĩnh Trạch").unwrap();
        assert_eq!(h.level, 3);
        assert_eq!(h.units[0], "UBND thị trấn Phú Lộc");
        assert_eq!(h.units.len(), 7, "{:?}", h.units);
        assert_eq!(h.units[6], "UBND xã Vĩnh Trạch");
        // A long heading that lists no units is no heading of units.
        let h = heading(&r(), "2. Nhiệm vụ trọng tâm về cải cách hành chính và chuyển đổi số trong giải quyết thủ tục hành chính");
        assert!(h.as_ref().is_none_or(|h| h.units.is_empty()), "{h:?}");
    }

    #[test]
    fn a_sibling_item_ends_the_heading_before_it() {
        let h = |l: &str| heading(&r(), l).unwrap();
        let mut o = Outline::default();
        o.enter(h("2. Đối với UBND các xã, thị trấn"));
        o.enter(h("a) Nhóm 1: UBND các xã: Hòa An, Tân Phú"));
        assert_eq!(o.units(), ["UBND xã Hòa An", "UBND xã Tân Phú"]);
        // "b) Chỉ tiêu chung: … 2%" is no heading, but ends a).
        o.leave(marked("b) Chỉ tiêu chung: tỷ lệ hồ sơ quá hạn không quá 2%.").unwrap().0);
        assert_eq!(o.units(), ["UBND các xã, thị trấn"]);
        o.leave(1);
        assert!(o.units().is_empty());
    }

    #[test]
    fn the_words_after_a_semicolon_name_no_indicator_of_the_value_before() {
        let g = got("Tỷ lệ hồ sơ quá hạn không quá 3%; tỷ lệ hồ sơ giải quyết đúng hạn từ 97% trở lên.");
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!((g[0].1.as_deref(), g[0].3.as_str()), (None, "<="));
        assert_eq!(g[1].1.as_deref(), Some("on_time_resolution_rate"));
    }

    /// The pattern `marked` read with before it took the mark only.
    /// (A figure under a figure, "3.1.", is a mark before a capital only.)
    static OLD_HEADING: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?:(?P<roman>[IVX]{1,5})\.|(?P<sub>\d{1,2}\.\d{1,2})\.?|(?P<num>\d{1,2})[.)]|(?P<letter>[a-zđ])\))\s+(?P<rest>.+)$").unwrap());

    proptest::proptest! {
        #[test]
        fn marks_are_read_as_the_whole_line_pattern_read_them(parts in proptest::collection::vec(0..12usize, 0..8)) {
            const P: &[&str] = &["1.", "12)", "IV.", "b)", "đ)", " ", "  ", "\n", "x", "Sở Y tế", ".", "a"];
            let text: String = parts.iter().map(|&i| P[i]).collect();
            let old = OLD_HEADING.captures(&text).and_then(|c| {
                let level = if c.name("roman").is_some() { 0 } else if c.name("sub").is_some() { 2 } else if c.name("num").is_some() { 1 } else { 3 };
                let rest = c.name("rest").unwrap().as_str();
                (level != 2 || rest.starts_with(char::is_uppercase)).then_some((level, rest))
            });
            proptest::prop_assert_eq!(marked(&text), old, "{:?}", text);
        }
    }

    #[test]
    fn a_target_changed_from_one_value_to_another_is_the_second() {
        let g = got("2. Điều chỉnh chỉ tiêu tỷ lệ thanh toán trực tuyến năm 2024 của Sở Y tế từ 50% xuống 35%.");
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!((g[0].0.as_deref(), g[0].1.as_deref(), g[0].2), (Some("Sở Y tế"), Some("online_payment_rate"), 35.0));
        // Two values joined by no change word are both read.
        assert_eq!(got("Tỷ lệ hồ sơ trực tuyến đạt 45% năm 2025 và 55% năm 2026.").len(), 2);
    }

    #[test]
    fn raised_from_a_years_result_to_a_target_and_a_groups_members_after_its_results() {
        let read25 = |line: &str| -> Vec<(Option<String>, f64)> { read(&r(), line, 1, None, Some(2025)).targets.into_iter().map(|t| (t.unit, t.value)).collect() };
        // "từ 38,5% năm 2024 lên 60% năm 2025": the year and a value word
        // between part nothing.
        let g = read25("a) Nâng tỷ lệ hồ sơ trực tuyến từ 38,5% năm 2024 lên 60% năm 2025; tỷ lệ thanh toán trực tuyến từ 27,4% năm 2024 lên tối thiểu 45% năm 2025.");
        assert_eq!(g.iter().map(|t| t.1).collect::<Vec<_>>(), [60.0, 45.0], "{g:?}");
        // The group's results before a comma are past; the units listed
        // after "gồm" (each list's district in parentheses) get the target.
        let g = read25("b) Các xã vùng đặc biệt khó khăn có tỷ lệ hồ sơ trực tuyến năm 2024 chỉ đạt từ 8% đến 15%, gồm Ủy ban nhân dân các xã Hướng Lập, A Dơi (huyện Hướng Hóa) và Ủy ban nhân dân các xã A Ngo, Tà Rụt (huyện Đakrông), phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 30% trong năm 2025.");
        assert_eq!(
            g.iter().map(|(u, v)| (u.as_deref().unwrap_or("-"), *v)).collect::<Vec<_>>(),
            [
                ("Ủy ban nhân dân xã Hướng Lập", 30.0),
                ("Ủy ban nhân dân xã A Dơi", 30.0),
                ("Ủy ban nhân dân xã A Ngo", 30.0),
                ("Ủy ban nhân dân xã Tà Rụt", 30.0)
            ]
        );
        // "là những cơ quan …" describes the last name of a list.
        let g = read25("b) Các Sở: Tư pháp, Nông nghiệp và Môi trường là những cơ quan có số lượng hồ sơ lớn, phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 85% trở lên.");
        assert_eq!(g.iter().map(|t| t.0.as_deref().unwrap_or("-")).collect::<Vec<_>>(), ["Sở Tư pháp", "Sở Nông nghiệp và Môi trường"]);
    }

    #[test]
    fn a_heads_units_after_doi_voi_and_a_list_ended_by_tap_trung() {
        let g = got("Chỉ tiêu chung áp dụng đối với UBND các xã, thị trấn: tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 100%.");
        assert_eq!(g.iter().map(|t| t.0.as_deref()).collect::<Vec<_>>(), [Some("UBND các xã, thị trấn")], "{g:?}");
        let g = got("1. Các Sở: Tư pháp, Giáo dục và Đào tạo tập trung chỉ đạo, phấn đấu tỷ lệ thanh toán trực tuyến đạt từ 50% trở lên.");
        assert_eq!(g.iter().map(|t| t.0.as_deref()).collect::<Vec<_>>(), [Some("Sở Tư pháp"), Some("Sở Giáo dục và Đào tạo")], "{g:?}");
    }

    #[test]
    fn a_past_years_share_the_jurisdiction_has_is_a_result() {
        let t = read(
            &r(),
            "- Năm 2025, toàn tỉnh có 58,2% hồ sơ trực tuyến toàn trình; năm 2026 phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%.",
            1,
            None,
            Some(2026),
        )
        .targets;
        assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), [70.0], "{t:?}");
    }

    #[test]
    fn a_level_owning_an_indicator_is_the_headings_units() {
        let t = read(&r(), "a) Nâng tỷ lệ hồ sơ trực tuyến của cấp huyện lên 60%.", 1, None, Some(2025)).targets;
        assert_eq!(t.len(), 1);
        let heading = ["Ủy ban nhân dân các huyện, thị xã, thành phố".to_string()];
        let given = assign(&r(), t[0].clone(), &heading);
        assert_eq!(given.iter().map(|t| t.unit.as_deref()).collect::<Vec<_>>(), [Some(heading[0].as_str())]);
        // A unit named in full stays.
        let t = read(&r(), "Tỷ lệ hồ sơ trực tuyến của Sở Y tế đạt 60%.", 1, None, Some(2025)).targets;
        assert_eq!(assign(&r(), t[0].clone(), &heading)[0].unit.as_deref(), Some("Sở Y tế"));
    }

    #[test]
    fn an_exception_names_its_unit_without_the_year() {
        let g = got("Tỷ lệ hồ sơ trực tuyến năm 2025 đạt tối thiểu 50%; riêng xã Tân Hòa năm 2025 đạt tối thiểu 30%.");
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!((g[1].0.as_deref(), g[1].2), (Some("xã Tân Hòa"), 30.0));
    }

    #[test]
    fn a_kept_level_is_a_target_and_a_condition_is_none() {
        let g = got("- Tỷ lệ hồ sơ thanh toán trực tuyến năm 2025 đạt 40%, năm 2026 duy trì đạt 100%.");
        assert_eq!(g.iter().map(|t| t.2).collect::<Vec<_>>(), [40.0, 100.0]);
        assert!(got("- Trường hợp đến hết quý II tỷ lệ hồ sơ trực tuyến đạt dưới 40%, Thủ trưởng cơ quan có trách nhiệm giải trình.").is_empty());
    }

    #[test]
    fn legal_basis_lines_are_skipped() {
        assert!(got("Căn cứ Quyết định số 17/QĐ-TTg về tỷ lệ hồ sơ trực tuyến 50%;").is_empty());
    }

    /// (metric, value, year, comparator) of each target `line` gives,
    /// for a document of 2025.
    fn years_of(line: &str) -> Vec<(Option<String>, f64, Option<i32>, String)> {
        read(&r(), line, 1, None, Some(2025))
            .targets
            .into_iter()
            .map(|t| (t.metric, t.value, t.year, t.comparator.into_owned()))
            .collect()
    }

    #[test]
    fn a_value_is_for_the_year_named_before_it() {
        let g = years_of("- Tỷ lệ hồ sơ trực tuyến: năm 2025 đạt tối thiểu 70%, năm 2026 đạt 80%.");
        assert_eq!(g.iter().map(|t| (t.1, t.2)).collect::<Vec<_>>(), [(70.0, Some(2025)), (80.0, Some(2026))]);
        // A sentence opening with its year; the year no part of the wording.
        let t = read(&r(), "Năm 2025, mức độ hài lòng đạt tối thiểu 90%. Năm 2026, mức độ hài lòng đạt tối thiểu 92%.", 1, None, Some(2025)).targets;
        assert_eq!(
            t.iter().map(|t| (t.year, t.metric_text.as_str())).collect::<Vec<_>>(),
            [(Some(2025), "mức độ hài lòng"), (Some(2026), "mức độ hài lòng")]
        );
        // A date's year is no target's.
        let g = years_of("Theo Kế hoạch ngày 5 tháng 3 năm 2024, tỷ lệ hồ sơ trực tuyến đạt 60%.");
        assert_eq!(g[0].2, Some(2025), "{g:?}");
    }

    #[test]
    fn a_subject_after_its_year_an_owner_before_its_year_and_an_exception_in_its_heads_year() {
        let got = |text: &str| -> Vec<(Option<String>, f64, Option<i32>)> { read(&r(), text, 1, None, Some(2024)).targets.into_iter().map(|t| (t.unit, t.value, t.year)).collect() };
        let units = |v: &[(Option<String>, f64, Option<i32>)]| v.iter().map(|t| t.0.clone().unwrap_or_default()).collect::<Vec<_>>();
        let t = got("c) Tỷ lệ hồ sơ thanh toán trực tuyến toàn huyện năm 2025 là 35%; trong đó, năm 2025 UBND các xã: Hòa Ân, Tam Ngãi phấn đấu đạt tối thiểu 40%.");
        assert_eq!(units(&t), ["", "UBND xã Hòa Ân", "UBND xã Tam Ngãi"]);
        let t = got("d) Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của UBND các xã, thị trấn năm 2025 đạt tối thiểu 70%; riêng xã An Phú Tân đạt 50%.");
        assert_eq!(units(&t), ["UBND các xã, thị trấn", "xã An Phú Tân"]);
        assert_eq!(t.iter().map(|t| t.2).collect::<Vec<_>>(), [Some(2025), Some(2025)]);
    }

    #[test]
    fn levels_of_government_together_own_nothing_one_level_does() {
        let unit = |text: &str| read(&r(), text, 1, None, Some(2025)).targets.into_iter().map(|t| t.unit).collect::<Vec<_>>();
        assert_eq!(unit("Đến hết năm 2025, 100% kết quả giải quyết thủ tục hành chính của cấp huyện và cấp xã được số hóa."), [None]);
        assert_eq!(unit("Bảo đảm tỷ lệ hồ sơ trực tuyến của cấp xã đạt tối thiểu 50%."), [Some("cấp xã".to_string())]);
    }

    #[test]
    fn values_in_turn_go_to_the_indicators_in_turn() {
        let t = read(
            &r(),
            "UBND các xã: tỷ lệ hồ sơ trực tuyến và tỷ lệ hồ sơ thanh toán trực tuyến lần lượt tối thiểu 50% và 35%.",
            1,
            None,
            Some(2024),
        )
        .targets;
        let got: Vec<(Option<&str>, f64)> = t.iter().map(|t| (t.metric.as_deref(), t.value)).collect();
        assert_eq!(got, [(Some("online_dossier_rate"), 50.0), (Some("online_payment_rate"), 35.0)]);
        // So too values to the units the indicator's owner names in turn.
        let t = read(
            &r(),
            "Tỷ lệ hồ sơ trực tuyến của Văn phòng HĐND và UBND xã, Phòng Kinh tế, Phòng Văn hóa - Xã hội lần lượt đạt tối thiểu 70%, 60% và 50%.",
            1,
            None,
            Some(2025),
        )
        .targets;
        let got: Vec<(&str, f64)> = t.iter().map(|t| (t.unit.as_deref().unwrap_or(""), t.value)).collect();
        assert_eq!(got, [("Văn phòng HĐND và UBND xã", 70.0), ("Phòng Kinh tế", 60.0), ("Phòng Văn hóa - Xã hội", 50.0)]);
        assert_eq!(t[0].metric_text, "Tỷ lệ hồ sơ trực tuyến");
    }

    #[test]
    fn a_result_in_parentheses_is_past_though_its_clause_goes_on_to_targets() {
        let t = read(
            &r(),
            "Sở Thông tin và Truyền thông theo dõi; trên cơ sở kết quả năm 2023 (tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 71,4%), tham mưu điều chỉnh chỉ tiêu khi cần thiết.",
            1,
            None,
            Some(2024),
        )
        .targets;
        assert!(t.is_empty(), "{t:?}");
    }

    #[test]
    fn a_formulas_factor_and_a_result_of_transactions_are_no_targets() {
        let rules = r();
        for line in ["- Tỷ lệ số hóa hồ sơ TTHC = b/a × 100%, trong đó:", "- Tỷ lệ TTHC có thanh toán trực tuyến = d/c x 100%"] {
            let t = read(&rules, line, 1, None, Some(2023)).targets;
            assert!(t.is_empty(), "{line}: {t:?}");
        }
        // ("giao dịch" is no "giao": the clause tells results.)
        let t = read(
            &rules,
            "5 tháng đầu năm 2023 tỷ lệ số hóa hồ sơ mới đạt 27,3%, tỷ lệ hồ sơ có giao dịch thanh toán trực tuyến đạt 12,8%, thấp hơn yêu cầu.",
            1,
            None,
            Some(2023),
        )
        .targets;
        assert!(t.is_empty(), "{t:?}");
        // A clause that gives the value is still read.
        let t = read(&rules, "Phấn đấu tỷ lệ hồ sơ có giao dịch thanh toán trực tuyến đạt 30%.", 1, None, Some(2023)).targets;
        assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), [30.0]);
    }

    #[test]
    fn results_in_parentheses_parted_by_a_semicolon_are_past() {
        let t = read(
            &r(),
            "- Trên cơ sở kết quả năm 2023 (tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 38,6%; tỷ lệ thanh toán trực tuyến đạt 21,4%), xây dựng lộ trình để hoàn thành chỉ tiêu được giao; phấn đấu tỷ lệ thanh toán trực tuyến đạt 40%.",
            1,
            None,
            Some(2024),
        )
        .targets;
        assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), [40.0], "{t:?}");
    }

    #[test]
    fn a_value_after_its_years_in_vao_nam_goes_on_with_the_indicator() {
        let g = years_of("a) Phấn đấu mức độ hài lòng của người dân đạt tối thiểu 90% vào năm 2025 và 95% vào năm 2026.");
        assert_eq!(
            g.iter().map(|t| (t.0.as_deref(), t.1, t.2)).collect::<Vec<_>>(),
            [(Some("satisfaction_rate"), 90.0, Some(2025)), (Some("satisfaction_rate"), 95.0, Some(2026))]
        );
    }

    #[test]
    fn one_value_for_two_years_is_a_target_for_each() {
        let g = years_of("- Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính: năm 2025 và năm 2026 đều đạt 100%.");
        assert_eq!(g.iter().map(|t| (t.1, t.2)).collect::<Vec<_>>(), [(100.0, Some(2025)), (100.0, Some(2026))]);
        // Values given to the years in turn.
        let g = years_of("Tỷ lệ hồ sơ trực tuyến năm 2025 và năm 2026 lần lượt đạt 50% và 60%.");
        assert_eq!(g.iter().map(|t| (t.1, t.2)).collect::<Vec<_>>(), [(50.0, Some(2025)), (60.0, Some(2026))]);
    }

    #[test]
    fn two_indicators_joined_before_one_value_are_given_it_both() {
        let g = years_of("- Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính và tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử năm 2025 đều đạt 100%.");
        assert_eq!(
            g.iter().map(|t| (t.0.as_deref(), t.1)).collect::<Vec<_>>(),
            [(Some("result_digitization_rate"), 100.0), (Some("electronic_result_rate"), 100.0)]
        );
    }

    #[test]
    fn a_ceiling_word_in_a_set_phrase_sets_no_ceiling() {
        let rules = r();
        assert!(!crate::tables::ceiling_words(&rules, "Tỷ lệ TTHC được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình"));
        assert!(crate::tables::ceiling_words(&rules, "Tỷ lệ hồ sơ quá hạn (dưới)"));
        assert_eq!(years_of("Tỷ lệ hồ sơ trễ hạn không quá 1,5%.")[0].3, "<=");
    }

    #[test]
    fn a_list_under_an_item_with_values_takes_its_heads_indicator() {
        let lead = lead_in(
            &r(),
            "a) Tỷ lệ hồ sơ trực tuyến: Nâng tỷ lệ hồ sơ trực tuyến của toàn huyện từ 45% (năm 2024) lên 60% trong năm 2025. Trong đó:",
        )
        .unwrap();
        assert_eq!(lead.0, "online_dossier_rate");
        assert!(lead_in(&r(), "Năm 2024 đạt 45%, cụ thể:").is_none());
        // The change's value before, with its year noted between, is none.
        let g = got("a) Tỷ lệ hồ sơ trực tuyến: Nâng tỷ lệ hồ sơ trực tuyến của toàn huyện từ 45% (năm 2024) lên 60% trong năm 2025.");
        assert_eq!(g.iter().map(|t| t.2).collect::<Vec<_>>(), [60.0]);
    }

    #[test]
    fn a_subject_after_the_value_before_has_its_own_value() {
        let g = got("đ) Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ: UBND các thị trấn đạt tối thiểu 80%, UBND các xã đạt tối thiểu 70%.");
        assert_eq!(
            g.iter().map(|t| (t.0.as_deref(), t.2)).collect::<Vec<_>>(),
            [(Some("UBND các thị trấn"), 80.0), (Some("UBND các xã"), 70.0)]
        );
    }

    #[test]
    fn units_after_doi_voi_run_to_the_next_value_and_on_past_a_semicolon() {
        let g = got("Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100% đối với Trung tâm Phục vụ hành chính công tỉnh và tối thiểu 90% đối với UBND các xã, phường (không bao gồm hồ sơ đất đai).");
        assert_eq!(
            g.iter().map(|t| (t.0.as_deref(), t.2)).collect::<Vec<_>>(),
            [(Some("Trung tâm Phục vụ hành chính công tỉnh"), 100.0), (Some("UBND các xã, phường"), 90.0)]
        );
        let lead = ("full_online_dossier_rate".to_string(), "Tỷ lệ hồ sơ trực tuyến toàn trình".to_string());
        let g = read_under(
            &r(),
            &[(1, "b) Tối thiểu 65% đối với các Sở: Y tế, Tư pháp; Ban Quản lý Khu kinh tế tỉnh.")],
            None,
            Some(2026),
            None,
            Some(&lead),
        )
        .targets;
        let units: Vec<&str> = g.iter().filter_map(|t| t.unit.as_deref()).collect();
        assert_eq!(units, ["Sở Y tế", "Sở Tư pháp", "Ban Quản lý Khu kinh tế tỉnh"]);
    }

    #[test]
    fn a_year_after_the_value_s_words_and_after_a_unit_s_name() {
        let years = |line: &str| read(&r(), line, 1, None, Some(2024)).targets.into_iter().map(|t| (t.unit, t.value, t.year)).collect::<Vec<_>>();
        assert_eq!(
            years("- Mức độ hài lòng của người dân, doanh nghiệp đạt từ 90% trở lên năm 2024, từ 95% trở lên năm 2025."),
            [(None, 90.0, Some(2024)), (None, 95.0, Some(2025))]
        );
        let units: Vec<Option<String>> = years("- Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính đạt tối thiểu 35% đối với cấp huyện và 20% đối với cấp xã trong năm 2024.")
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(units, [Some("cấp huyện".to_string()), Some("cấp xã".to_string())]);
    }

    #[test]
    fn an_item_enumerating_places_of_two_levels_after_colons() {
        let g = got("- Ủy ban nhân dân các phường: Hà Giang 1, Hà Giang 2 và các xã: Minh Xuân, Nông Tiến đạt tỷ lệ hồ sơ trực tuyến tối thiểu 80%;");
        let units: Vec<&str> = g.iter().filter_map(|t| t.0.as_deref()).collect();
        assert_eq!(
            units,
            [
                "Ủy ban nhân dân phường Hà Giang 1",
                "Ủy ban nhân dân phường Hà Giang 2",
                "Ủy ban nhân dân xã Minh Xuân",
                "Ủy ban nhân dân xã Nông Tiến"
            ]
        );
    }

    #[test]
    fn an_item_headed_by_results_reports_them() {
        let line = "1. Kết quả 4 tháng đầu năm 2024: tỷ lệ hồ sơ trực tuyến đạt 48,3%; chỉ tiêu thanh toán trực tuyến năm 2023 (tối thiểu 30%) đến nay mới đạt ở cấp tỉnh.";
        assert!(read(&r(), line, 1, None, Some(2024)).targets.is_empty());
        // (A head naming units is theirs, though a place's name reads as a
        // past word: "Chiêm Hóa", "chiếm".)
        let g = got("- Ủy ban nhân dân các huyện Chiêm Hóa, Na Hang: tỷ lệ hồ sơ trực tuyến tối thiểu 35%.");
        assert_eq!(g.len(), 2);
    }

    #[test]
    fn units_after_yeu_cau_or_de_nghi_own_the_items_values() {
        let g = got("2.3. Yêu cầu UBND các thành phố Hạ Long, Cẩm Phả: tỷ lệ hồ sơ trực tuyến năm 2025 đạt tối thiểu 90%, năm 2026 đạt tối thiểu 95%.");
        let units: Vec<(Option<&str>, f64)> = g.iter().map(|t| (t.0.as_deref(), t.2)).collect();
        assert_eq!(
            units,
            [
                (Some("UBND thành phố Hạ Long"), 90.0),
                (Some("UBND thành phố Cẩm Phả"), 90.0),
                (Some("UBND thành phố Hạ Long"), 95.0),
                (Some("UBND thành phố Cẩm Phả"), 95.0)
            ]
        );
        let g = got("2.2. Đề nghị các sở, ban, ngành thuộc tỉnh nâng tỷ lệ thanh toán trực tuyến năm 2025 đạt 60%.");
        assert_eq!(g[0].0.as_deref(), Some("các sở, ban, ngành thuộc tỉnh"));
        // A head saying more than its units names none.
        let g = got("1. Đề nghị các cơ quan, đơn vị, địa phương chỉ đạo thực hiện đạt các chỉ tiêu: tỷ lệ số hóa hồ sơ tối thiểu 75%.");
        assert_eq!(g[0].0, None);
    }

    #[test]
    fn a_remark_after_a_lists_last_name_before_its_colon_is_no_name() {
        let g = got("c) UBND các xã Đông Tiến, Thiệu Trung (xã điểm chuyển đổi số của tỉnh): tỷ lệ thanh toán trực tuyến 30%;");
        let units: Vec<Option<&str>> = g.iter().map(|t| t.0.as_deref()).collect();
        assert_eq!(units, [Some("UBND xã Đông Tiến"), Some("UBND xã Thiệu Trung")]);
    }

    #[test]
    fn results_in_parentheses_after_a_value_make_no_past_clause() {
        assert_eq!(without_figures_in_parentheses("riêng xã A (huyện B) đạt 40% (năm 2024 đạt 33,9%)."), "riêng xã A (huyện B) đạt 40% .");
        let lead = ("online_dossier_rate".to_string(), "Tỷ lệ hồ sơ trực tuyến".to_string());
        let g = read_under(
            &r(),
            &[(1, "d) UBND các xã đạt tối thiểu 30%; riêng xã Thanh Xương (huyện Điện Biên) đạt 40% (năm 2024 đạt 33,9%).")],
            None,
            Some(2025),
            None,
            Some(&lead),
        )
        .targets;
        assert_eq!(g.iter().map(|t| t.value).collect::<Vec<_>>(), [30.0, 40.0]);
    }

    #[test]
    fn a_tasks_share_of_things_is_no_target() {
        let g = got("2. Rà soát, tái cấu trúc quy trình đối với 100% thủ tục hành chính đủ điều kiện để cung cấp dịch vụ công trực tuyến toàn trình; hoàn thành trong Quý I năm 2025.");
        assert!(g.is_empty());
        // The share itself to reach is one.
        let g = got("- 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.");
        assert_eq!(g.iter().map(|t| (t.1.as_deref(), t.2)).collect::<Vec<_>>(), [(Some("full_online_service_rate"), 100.0)]);
    }

    #[test]
    fn a_part_named_in_lower_case_after_chi_dao_owns_nothing() {
        let g = got("- Chỉ đạo bộ phận tiếp nhận bảo đảm tỷ lệ hồ sơ được giải quyết trước hạn và đúng hạn đạt tối thiểu 98%.");
        assert_eq!(g.iter().map(|t| (t.0.as_deref(), t.2)).collect::<Vec<_>>(), [(None, 98.0)]);
        let g = got("- Chỉ đạo các xã bảo đảm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%.");
        assert_eq!(g[0].0.as_deref(), Some("các xã"));
    }

    #[test]
    fn a_heading_with_no_colon_leads_in_its_items() {
        assert_eq!(
            heading_lead(&r(), "**1. Tỷ lệ hồ sơ trực tuyến toàn trình**".trim_matches('*')).map(|l| l.0),
            Some("full_online_dossier_rate".to_string())
        );
        assert_eq!(heading_lead(&r(), "1. Tỷ lệ hồ sơ trực tuyến đạt 50%"), None);
        // An item naming its own indicator keeps it for its later values.
        let lead = ("dossier_result_digitization_rate".to_string(), "số hóa hồ sơ, kết quả".to_string());
        let g = read_under(&r(), &[(1, "- Tỷ lệ số hóa hồ sơ năm 2026 đạt tối thiểu 80%, năm 2027 đạt 90%.")], None, Some(2026), None, Some(&lead)).targets;
        assert_eq!(g.iter().map(|t| t.metric.as_deref()).collect::<Vec<_>>(), [Some("dossier_digitization_rate"); 2]);
    }

    #[test]
    fn a_heads_year_and_a_heads_remark() {
        let g = years_of("Mục tiêu đến năm 2027: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%; tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 70%.");
        assert_eq!(g.iter().map(|t| (t.1, t.2)).collect::<Vec<_>>(), [(80.0, Some(2027)), (70.0, Some(2027))]);
        let g = got("2. Ủy ban nhân dân 32 xã còn lại (không có tên tại Phụ lục): tỷ lệ hồ sơ trực tuyến tối thiểu 40%.");
        assert_eq!(g[0].0.as_deref(), Some("Ủy ban nhân dân 32 xã còn lại"));
        assert!(heading(&r(), "1. Đánh giá kết quả năm 2024").unwrap().past);
    }

    #[test]
    fn offices_named_for_several_fields_are_one_each() {
        let lead = ("online_dossier_rate".to_string(), "Tỷ lệ hồ sơ trực tuyến".to_string());
        let g = read_under(
            &r(),
            &[(1, "- Các phòng: Tư pháp; Nông nghiệp và Môi trường; Kinh tế, Hạ tầng và Đô thị đạt từ 80% trở lên.")],
            None,
            Some(2025),
            None,
            Some(&lead),
        )
        .targets;
        let units: Vec<&str> = g.iter().filter_map(|t| t.unit.as_deref()).collect();
        assert_eq!(units, ["Phòng Tư pháp", "Phòng Nông nghiệp và Môi trường", "Phòng Kinh tế, Hạ tầng và Đô thị"]);
    }

    #[test]
    fn an_amendments_quoted_wording_gives_its_new_values_only() {
        // Quotes around the new wording open and close no words of it.
        let g = got("\"a) Các sở, ban, ngành tỉnh: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 85% (điều chỉnh từ 70%).\"");
        assert_eq!(g.iter().map(|t| (t.0.as_deref(), t.2)).collect::<Vec<_>>(), [(Some("Các sở, ban, ngành tỉnh"), 85.0)]);
        // A quoted value changed from; the head names the indicator after "về".
        let g = got("3. Sửa đổi khoản 3 Điều 1 về tỷ lệ hồ sơ thanh toán trực tuyến đối với các sở, ban, ngành tỉnh: sửa cụm từ \"tối thiểu 35%\" thành \"tối thiểu 45%\".");
        assert_eq!(g.iter().map(|t| (t.1.as_deref(), t.2)).collect::<Vec<_>>(), [(Some("online_payment_rate"), 45.0)]);
        // A repeal sets none.
        assert!(got("6. Bãi bỏ điểm c khoản 1 Điều 1 (chỉ tiêu tỷ lệ hồ sơ trực tuyến tối thiểu 30% đối với UBND các xã).").is_empty());
        // A unit named before an enumeration's head is the item's too.
        let g = got("- UBND thành phố Bến Tre, UBND các huyện: Châu Thành, Mỏ Cày Nam: tỷ lệ hồ sơ trực tuyến từ 50% thành 65%;");
        assert_eq!(
            g.iter().map(|t| (t.0.as_deref(), t.2)).collect::<Vec<_>>(),
            [(Some("UBND thành phố Bến Tre"), 65.0), (Some("UBND huyện Châu Thành"), 65.0), (Some("UBND huyện Mỏ Cày Nam"), 65.0)]
        );
    }

    #[test]
    fn units_directing_a_part_of_their_own_keep_its_value() {
        let g = got("UBND các xã, thị trấn chỉ đạo Bộ phận Một cửa thực hiện số hóa thành phần hồ sơ khi tiếp nhận đạt 100%.");
        assert_eq!(g[0].0.as_deref(), Some("UBND các xã, thị trấn"));
        // Units directing others (a level named) give theirs nothing.
        let g = got("UBND các huyện chỉ đạo UBND các xã thực hiện số hóa thành phần hồ sơ đạt 100%.");
        assert_ne!(g[0].0.as_deref(), Some("UBND các huyện"));
    }

    #[test]
    fn under_a_heading_of_results_only_an_aim_is_a_target() {
        let read = |t: &str| read_in_results(&r(), &[(1, t)], None, Some(2025)).targets.into_iter().map(|t| t.value).collect::<Vec<_>>();
        assert_eq!(
            read(
                "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 58,2%, vượt chỉ tiêu giao. Trên cơ sở kết quả đạt được, phấn đấu đến hết năm 2025 đạt tỷ lệ hồ sơ trực tuyến toàn tỉnh tối thiểu 70%."
            ),
            [70.0]
        );
        assert!(read("Đã giải quyết 47.905 hồ sơ, vượt chỉ tiêu Thành phố giao, trong đó giải quyết đúng hạn 47.522 hồ sơ, đạt 99,2%.").is_empty());
    }

    #[test]
    fn results_by_year_in_a_later_text_are_no_targets() {
        let read = |t: &str| {
            read_under(&r(), &[(1, t)], None, Some(2025), None, None)
                .targets
                .into_iter()
                .map(|t| (t.metric, t.value))
                .collect::<Vec<_>>()
        };
        // A year before the text's, no verb: results.
        let g = read("5. Xã Thạnh Hòa: Năm 2024: hồ sơ trực tuyến 62,4%, thanh toán trực tuyến 35%. Chỉ tiêu năm 2025: hồ sơ trực tuyến từ 70% trở lên, thanh toán trực tuyến từ 45% trở lên.");
        assert_eq!(g, [(Some("online_dossier_rate".to_string()), 70.0), (Some("online_payment_rate".to_string()), 45.0)]);
        // Every value in a parenthesis after a value; a target met.
        let g = read("9. Xã Ngọc Chúc: Năm 2025 giao tỷ lệ hồ sơ DVCTT đạt 70%, tỷ lệ thanh toán trực tuyến đạt 45% (năm 2024: 57,45% và 33,3%).");
        assert_eq!(g.iter().map(|t| t.1).collect::<Vec<_>>(), [70.0, 45.0]);
        assert!(read("Năm 2024 xã đạt đúng chỉ tiêu được giao (55%), thanh toán trực tuyến đạt 30,15%.").is_empty());
    }

    #[test]
    fn a_heading_naming_units_with_a_remark_in_brackets_names_them() {
        let h = heading(
            &r(),
            "2. Đối với UBND các huyện, thị xã, thành phố (tính chung cho các thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện và cấp xã):",
        )
        .unwrap();
        assert_eq!(h.units, ["UBND các huyện, thị xã, thành phố"]);
    }

    #[test]
    fn a_score_in_points_is_a_target_and_a_count_of_places_none() {
        let t = read(
            &r(),
            "Phấn đấu năm 2023, Chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt từ 90 điểm trở lên; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.",
            1,
            None,
            Some(2023),
        )
        .targets;
        let read_so: Vec<(Option<&str>, f64, Option<&str>, &str)> = t.iter().map(|t| (t.metric.as_deref(), t.value, t.unit_of_measure.as_deref(), t.comparator.as_ref())).collect();
        assert_eq!(read_so, [(None, 90.0, Some("điểm"), ">="), (Some("online_dossier_rate"), 80.0, Some("%"), ">=")]);
        assert_eq!(t[0].metric_text, "Chỉ số phục vụ người dân, doanh nghiệp của tỉnh");
        assert!(got("Năm 2023 bố trí thêm 3 điểm giao dịch, 2 điểm hỗ trợ tại xã.").is_empty());
    }

    #[test]
    fn a_bare_target_after_a_result_is_of_the_results_indicator() {
        let g = got("Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 42,5%; phấn đấu năm 2023 đạt từ 60% trở lên.");
        assert_eq!(g.iter().map(|t| (t.1.as_deref(), t.2)).collect::<Vec<_>>(), [(Some("online_dossier_rate"), 60.0)]);
        // (Not a figure that names no year: a result's too.)
        assert!(got("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 52,8%; một số địa phương còn đạt thấp như huyện A (31,2%), huyện B (34,5%).").is_empty());
    }

    #[test]
    fn a_units_name_its_value_follows_alone_is_that_values_unit() {
        let g = got("Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2025: Sở Tư pháp 47%, Sở Y tế 48%, Công an tỉnh 49%.");
        let units: Vec<(Option<&str>, f64)> = g.iter().map(|t| (t.0.as_deref(), t.2)).collect();
        assert_eq!(units, [(Some("Sở Tư pháp"), 47.0), (Some("Sở Y tế"), 48.0), (Some("Công an tỉnh"), 49.0)]);
        // (Not words that name no unit: "… năm 2025: toàn tỉnh 47%".)
        assert!(got("Tỷ lệ hồ sơ trực tuyến năm 2025: toàn tỉnh 47%.").iter().all(|t| t.0.is_none()));
    }

    #[test]
    fn each_name_of_an_enumeration_its_value_follows_is_under_the_head() {
        for (line, want) in [
            ("Tỷ lệ hồ sơ trực tuyến năm 2025 của các huyện: Mường Nhé (47%), Tủa Chùa (48%).", ["huyện Mường Nhé", "huyện Tủa Chùa"]),
            (
                "Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2025 cho UBND các xã: Nậm Pồ 47%, Chà Tở 48%.",
                ["UBND xã Nậm Pồ", "UBND xã Chà Tở"],
            ),
            (
                "Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2025 cho Ủy ban nhân dân các xã: Nậm Pồ 47%, Chà Tở 48%.",
                ["Ủy ban nhân dân xã Nậm Pồ", "Ủy ban nhân dân xã Chà Tở"],
            ),
            ("Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2025: các Sở: Tư pháp 47%, Y tế 48%.", ["Sở Tư pháp", "Sở Y tế"]),
        ] {
            let g = got(line);
            let units: Vec<Option<&str>> = g.iter().map(|t| t.0.as_deref()).collect();
            assert_eq!(units, want.map(Some), "{line}");
            assert!(g.iter().all(|t| t.1.as_deref() == Some("online_dossier_rate")), "{line}");
        }
    }

    #[test]
    fn a_yearly_change_is_no_target_and_its_indicator_goes_on() {
        let g = got("Tỷ lệ hồ sơ trực tuyến hằng năm tăng ít nhất 10%, đến năm 2027 đạt 67%.");
        assert_eq!(g.iter().map(|t| (t.1.as_deref(), t.2)).collect::<Vec<_>>(), [(Some("online_dossier_rate"), 67.0)]);
        let g = got("Tỷ lệ hồ sơ trực tuyến bình quân mỗi năm tăng 5%; năm 2025 đạt 47%.");
        assert_eq!(g.iter().map(|t| (t.1.as_deref(), t.2)).collect::<Vec<_>>(), [(Some("online_dossier_rate"), 47.0)]);
        // ("tăng lên 47%" is the level reached.)
        assert_eq!(got("Phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến tăng lên 47%.").len(), 1);
    }

    #[test]
    fn a_speakers_request_gives_the_value_to_the_units_it_names() {
        // "Sở X đề nghị UBND các xã …": the xã, not the speaker, nor none;
        // so too past an opening clause, and before a colon.
        for line in [
            "Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các xã, phường bảo đảm tỷ lệ hồ sơ trực tuyến đạt trên 80%.",
            "Để hoàn thành chỉ tiêu Ủy ban nhân dân tỉnh giao, Sở Tư pháp yêu cầu Ủy ban nhân dân các xã, phường phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%.",
            "Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các xã, phường phấn đấu trong năm 2026: tỷ lệ hồ sơ trực tuyến đạt trên 80%; tỷ lệ thanh toán trực tuyến đạt tối thiểu 70%.",
        ] {
            let g = got(line);
            assert!(!g.is_empty(), "{line}");
            assert!(g.iter().all(|t| t.0.as_deref() == Some("Ủy ban nhân dân các xã, phường")), "{line}: {g:?}");
        }
        // A unit that does more than speak hands nothing on this way.
        let g = got("Sở Tư pháp chủ trì, phối hợp, đề nghị các xã bảo đảm tỷ lệ hồ sơ trực tuyến đạt 60%.");
        assert!(g.iter().all(|t| t.0.as_deref() != Some("Sở Tư pháp")), "{g:?}");
    }

    #[test]
    fn an_enumeration_after_the_last_va_of_a_head_keeps_the_units_before_it() {
        let g = got("3. UBND các quận Ô Môn, Thốt Nốt và UBND các huyện: Phong Điền, Cờ Đỏ: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 20%.");
        let units: Vec<Option<&str>> = g.iter().map(|t| t.0.as_deref()).collect();
        assert_eq!(units, [Some("UBND quận Ô Môn"), Some("UBND quận Thốt Nốt"), Some("UBND huyện Phong Điền"), Some("UBND huyện Cờ Đỏ")]);
    }

    #[test]
    fn this_rate_names_the_indicator_before() {
        let g = got("- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 50%; phấn đấu đến năm 2025 tỷ lệ này đạt tối thiểu 80%.");
        assert_eq!(
            g.iter().map(|t| (t.1.as_deref(), t.2)).collect::<Vec<_>>(),
            [(Some("online_dossier_rate"), 50.0), (Some("online_dossier_rate"), 80.0)]
        );
        // So does a value joined to the one before by its year alone.
        let g = years_of("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 40% và đến hết năm 2025 đạt tối thiểu 60%.");
        assert_eq!(
            g.iter().map(|t| (t.0.as_deref(), t.1)).collect::<Vec<_>>(),
            [(Some("online_dossier_rate"), 40.0), (Some("online_dossier_rate"), 60.0)]
        );
    }
}
