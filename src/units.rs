//! Assignees: enumerations expanded into one unit each ("các Sở: Tư pháp,
//! Xây dựng" → "Sở Tư pháp", "Sở Xây dựng"; "UBND các huyện A, B, thị xã C"
//! → "UBND huyện A", …), groups kept as written ("UBND các xã, thị trấn"),
//! and the stable join key `unit_key`.
//!
//! In: the text naming assignees (a table cell or a prose phrase). Out: the
//! units, each named in full.

use crate::rules::{Rules, UnitRules};
use crate::text::{fold, fold_head_with_map, fold_with_map, squash};

/// Stable join key: ASCII-folded, lower case, "UBND" expanded, '-' between words.
pub fn unit_key(unit: &str) -> String {
    thread_local! {
        static UNIT_KEY: std::cell::RefCell<crate::memo::Memo<String>> = std::cell::RefCell::default();
    }
    // (A key depends on no rules: the memo's rules are none, 0.)
    crate::memo::remembered(&UNIT_KEY, 0, unit, || unit_key_uncached(unit))
}

fn unit_key_uncached(unit: &str) -> String {
    let f = fold(unit);
    let mut key = String::with_capacity(f.len() + 16);
    // Folded text is words and single spaces: no search for the next one.
    for w in f.split_ascii_whitespace() {
        let parts: &[&str] = match w {
            "ubnd" => &["uy", "ban", "nhan", "dan"],
            "hdnd" => &["hoi", "dong", "nhan", "dan"],
            _ => std::slice::from_ref(&w),
        };
        for p in parts {
            if !key.is_empty() {
                key.push('-');
            }
            key.push_str(p);
        }
    }
    key
}

/// The People's Committee, folded, as a body placed before the places
/// it governs ("UBND thành phố A, thị xã B").
const COMMITTEE: [&str; 2] = ["uy ban nhan dan", "ubnd"];

/// Each place a body governs, the body named first ("UBND" and "huyện",
/// "A" → "UBND huyện A").
fn of_body(prefix: &str, places: impl IntoIterator<Item = (String, String)>) -> Vec<String> {
    places.into_iter().map(|(lv, n)| format!("{prefix} {lv} {n}")).collect()
}

/// If folded `s` starts with folded `prefix` as whole words, the rest of `s`.
fn strip_folded<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let (f, map) = fold_head_with_map(s, prefix.len());
    strip_opening(s, &f, &map, prefix)
}

/// [`strip_folded`] with the opening of `s` folded already
/// ([`fold_head_with_map`], for a need of at least `prefix.len()`).
fn strip_opening<'a>(s: &'a str, f: &str, map: &[usize], prefix: &str) -> Option<&'a str> {
    if f == prefix {
        return Some("");
    }
    if f.starts_with(prefix) && f.as_bytes().get(prefix.len()) == Some(&b' ') {
        return Some(&s[map[prefix.len()]..]);
    }
    None
}

/// Finds folded `needle` as whole words in a text folded once (`f`, with
/// the map from its bytes to the text's): byte range in the text.
fn find_in_folded(f: &str, map: &[usize], needle: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(p) = f[from..].find(needle) {
        let at = from + p;
        let end = at + needle.len();
        let left_ok = at == 0 || f.as_bytes()[at - 1] == b' ';
        let right_ok = end == f.len() || f.as_bytes()[end] == b' ';
        if left_ok && right_ok {
            // map[end] is where the char after the match starts (or the end).
            return Some((map[at], map[end]));
        }
        from = at + 1;
    }
    None
}

fn split_items(s: &str) -> Vec<String> {
    s.split([',', ';'])
        .map(|x| x.trim().trim_end_matches(['.', ':']).trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

fn cut_at_stop(u: &UnitRules, s: &str) -> String {
    let lower = s.to_lowercase();
    // (A stop word inside a department's name stops nothing: "Người có
    // công".)
    let named: Vec<(usize, usize)> = u
        .stop_departments
        .iter()
        .filter(|_| lower.len() == s.len())
        .flat_map(|d| lower.match_indices(d.as_str()).map(|(a, m)| (a, a + m.len())))
        .collect();
    let inside = |at: usize| named.iter().any(|&(a, b)| a <= at && at < b);
    let first = if lower.len() == s.len() {
        // Offsets into `lower` are offsets into `s`: every stop word is
        // looked for in one pass.
        u.stop_finder
            .find_overlapping_iter(&lower)
            // (Not a proper name's syllables: "phường Đạt Hiếu".)
            .filter(|m| crate::text::is_whole_word(&lower, m.start(), m.end()) && !inside(m.start()) && !crate::text::in_proper_name(s, m.start(), m.end()))
            .map(|m| m.start())
            .min()
    } else {
        u.stop_words
            .iter()
            .filter_map(|w| crate::text::find_word_in_lower(s, &lower, w))
            .filter(|&(a, b)| !crate::text::in_proper_name(s, a, b))
            .map(|(a, _)| a)
            .min()
    };
    s[..first.unwrap_or(s.len())].trim().trim_end_matches([',', '.', ';', ':']).trim().to_string()
}

/// The level word an item opens with ("thị xã Ninh Hòa" → ("thị xã", "Ninh Hòa")).
fn split_level<'a>(u: &UnitRules, item: &'a str) -> Option<(&'a str, &'a str)> {
    let (f, map) = fold_head_with_map(item, u.levels.iter().map(String::len).max().unwrap_or(0));
    for l in &u.levels {
        if let Some(rest) = strip_opening(item, &f, &map, l) {
            let head = item[..item.len() - rest.len()].trim();
            return Some((head, without_level_qualifier(u, rest.trim())));
        }
    }
    None
}

/// A place's name without the words before it that tell what kind of
/// place it is ("miền núi Ba Tơ" → "Ba Tơ"): only where a capital opens
/// what follows.
fn without_level_qualifier<'a>(u: &UnitRules, rest: &'a str) -> &'a str {
    if !rest.starts_with(char::is_lowercase) {
        return rest;
    }
    let (f, map) = fold_head_with_map(rest, u.level_qualifiers.first().map_or(0, String::len) + 1);
    for q in &u.level_qualifiers {
        if let Some(name) = strip_opening(rest, &f, &map, q).map(str::trim_start) {
            if name.starts_with(char::is_uppercase) {
                return name;
            }
        }
    }
    rest
}

/// The places a text opening with a level word lists ("huyện Cam Lâm,
/// Vạn Ninh thuộc tỉnh …" → huyện Cam Lâm, huyện Vạn Ninh), up to a stop
/// word; `None` for a group or no names.
fn level_places(u: &UnitRules, text: &str) -> Option<Vec<(String, String)>> {
    let (level, names) = split_level(u, text)?;
    // ("các huyện, thành phố Cà Mau": a first level with no name is a group's.)
    if names.starts_with([',', ';']) {
        return None;
    }
    places(u, level, &cut_at_stop(u, names))
}

/// Place names after a level word: "Cam Lâm, Vạn Ninh, thị xã Ninh Hòa"
/// → [("huyện","Cam Lâm"), ("huyện","Vạn Ninh"), ("thị xã","Ninh Hòa")].
/// `None` when there are no names (a group such as "các xã, thị trấn").
fn places(u: &UnitRules, level: &str, list: &str) -> Option<Vec<(String, String)>> {
    let mut level = level.to_string();
    let mut out = Vec::new();
    let items = split_items(list);
    let n = items.len();
    for (k, item) in items.into_iter().enumerate() {
        // "B và C" at the end of a list of places.
        let parts: Vec<String> = if k + 1 == n { item.split(" và ").map(|p| p.trim().to_string()).collect() } else { vec![item] };
        for p in parts {
            // A capitalised word without marks is a place's name ("Quan
            // Hóa"), not a level word ("Quận", "quận 3"): every level word
            // is written with marks.
            let level_word = split_level(u, &p).filter(|(lv, _)| lv.starts_with(char::is_lowercase) || !lv.is_ascii());
            match level_word {
                Some((lv, name)) if !name.is_empty() => {
                    level = lv.to_string();
                    out.push((level.clone(), name_only(name).to_string()));
                }
                Some(_) => return None, // a bare level word: a group
                None => {
                    if p.is_empty() {
                        continue;
                    }
                    out.push((level.clone(), name_only(&p).to_string()));
                }
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A place's name without the words of a sentence running on after it
/// ("Hồng Ngự xây dựng giải pháp cụ thể" → "Hồng Ngự"): a name's words are
/// capitalised, and two words in lower case in a row are none of it
/// ("Nông trường Mộc Châu" keeps its one).
fn name_only(name: &str) -> &str {
    let words: Vec<(usize, &str)> = crate::text::words_at(name);
    let lower = |w: &str| w.starts_with(char::is_lowercase);
    match (1..words.len().saturating_sub(1)).find(|&i| lower(words[i].1) && lower(words[i + 1].1)) {
        Some(i) => name[..words[i].0].trim_end(),
        None => name,
    }
}

/// Department names in "Công Thương, Khoa học và Công nghệ, …", using the
/// lexicon so that names with commas ("Văn hóa, Thể thao và Du lịch") hold.
fn departments(u: &UnitRules, list: &str) -> Vec<String> {
    let longest = u.departments_folded.iter().map(String::len).max().unwrap_or(0);
    let mut out = Vec::new();
    let mut rest = list.trim();
    while !rest.is_empty() {
        rest = rest.trim_start_matches([',', ';', ' ']).trim_start();
        if let Some(r) = rest.strip_prefix("và ") {
            rest = r.trim_start();
        }
        if rest.is_empty() {
            break;
        }
        // Folded only as far as the longest name and the space after it.
        let (f, map) = fold_head_with_map(rest, longest + 1);
        let known = u.departments.iter().zip(&u.departments_folded).find_map(|(_, fd)| {
            let whole = f.starts_with(fd.as_str()) && (f.len() == fd.len() || f.as_bytes()[fd.len()] == b' ');
            if !whole {
                return None;
            }
            let r = &rest[map[fd.len()]..];
            let boundary = r.trim().is_empty() || r.starts_with([',', ';', '.']) || r.trim_start().starts_with("và ");
            boundary.then(|| (rest[..rest.len() - r.len()].trim().to_string(), r))
        });
        match known {
            Some((name, r)) => {
                out.push(name);
                rest = r;
            }
            None => {
                let end = rest.find([',', ';']).unwrap_or(rest.len());
                let name = rest[..end].trim().trim_end_matches('.').trim();
                if !name.is_empty() {
                    out.push(name.to_string());
                }
                rest = &rest[end..];
            }
        }
    }
    out
}

/// Expands an assignee phrase into units, each named in full. Text that is
/// not an enumeration comes back as written (one unit).
pub fn expand(rules: &Rules, text: &str) -> Vec<String> {
    thread_local! {
        static EXPAND: std::cell::RefCell<crate::memo::Memo<Vec<String>>> = std::cell::RefCell::default();
    }
    crate::memo::remembered(&EXPAND, rules.memo_id(), text, || expand_uncached(rules, text))
}

/// [`expand`], read anew.
fn expand_uncached(rules: &Rules, text: &str) -> Vec<String> {
    let u = &rules.units;
    let text = squash(text.trim().trim_end_matches(['.', ';', ':', ',']));
    if text.is_empty() {
        return Vec::new();
    }
    // "UBND các huyện: A, B" reads as "UBND các huyện A, B".
    // ("UBND các xã đồng bằng, ven biển: A, B": the qualifier left out.)
    // ("các phường: A, B và các xã: C, D": so each list.)
    let text = match text.split_once(':') {
        Some((a, b)) if ends_with_plural_level(u, a) && !b.trim().is_empty() => {
            let mut joined = format!("{} {}", a.trim_end(), b.trim_start());
            while let Some(c) = joined.find(':').filter(|&c| ends_with_plural_level(u, &joined[..c]) && !joined[c + 1..].trim().is_empty()) {
                joined.replace_range(c..c + 1, "");
            }
            joined
        }
        Some((a, b)) if b.trim_start().starts_with(char::is_uppercase) => match without_qualifier(u, a) {
            Some(a) => format!("{a} {}", b.trim_start()),
            None => text,
        },
        _ => text,
    };
    // Every enumeration form has "các" or "thuộc" in it.
    let folded = fold(&text);
    if !folded.contains("cac ") && !folded.contains("thuoc ") {
        // "UBND thành phố A, thị xã B, thị xã C": the body of each place.
        for body in COMMITTEE {
            // (Once: "UBND huyện A, UBND huyện B" names each body.)
            if let Some(rest) = strip_folded(&text, body).filter(|r| !COMMITTEE.iter().any(|b| crate::text::word_positions(&fold(r), b).next().is_some())) {
                if let Some(list) = level_places(u, rest).filter(|l| l.len() > 1 && l.iter().all(|(_, n)| is_proper_name(n))) {
                    let prefix = text[..text.len() - rest.len()].trim();
                    return of_body(prefix, list);
                }
            }
        }
        return split_named(rules, &text);
    }
    // "… các Sở: A, B" (with units before it joined by "và" or commas).
    let (f, map) = fold_with_map(&text);
    for (head, singular) in &u.enumeration_heads {
        if !head.starts_with("cac ") {
            continue;
        }
        if let Some((a, b)) = find_in_folded(&f, &map, head) {
            let raw_after = text[b..].trim_start();
            let colon = raw_after.starts_with(':');
            let after = raw_after.trim_start_matches([':', ' ']);
            // "các sở, ban, ngành" is a group; "các Sở: A, B" or "các Sở A,
            // B" (a known name first) is an enumeration.
            if after.is_empty() || raw_after.starts_with([',', ';']) {
                continue;
            }
            let after_folded = fold(after);
            let known_first = u.departments_folded.iter().any(|d| crate::text::opens_with(&after_folded, d));
            if !colon && !known_first {
                continue;
            }
            let items = departments(u, &cut_at_stop(u, after));
            if items.is_empty() || items.iter().all(|i| split_level(u, i).is_some() || fold(i).split(' ').count() <= 1 && fold(i) == "nganh") {
                continue;
            }
            // A list of level words ("các sở, ban, ngành") is a group.
            if items.iter().all(|i| ["ban", "nganh", "so", "ban nganh"].contains(&fold(i).as_str())) {
                continue;
            }
            let mut out: Vec<String> = Vec::new();
            let before = text[..a].trim().trim_end_matches(" và").trim_end_matches(',').trim();
            for b in split_items(before) {
                for p in b.split(" và ") {
                    let p = p.trim();
                    if !p.is_empty() {
                        out.push(p.to_string());
                    }
                }
            }
            // "các Sở: Xây dựng, Y tế và Ban Quản lý các khu công nghiệp":
            // an item opening with a unit's head word of its own (not a
            // department's name) keeps its own head.
            out.extend(items.into_iter().map(|i| {
                let f = fold(&i);
                let own_head = crate::text::opens_with_word(&i, &f, &u.heads) && !u.departments_folded.iter().any(|d| crate::text::opens_with(&f, d));
                if own_head {
                    i
                } else {
                    format!("{singular} {i}")
                }
            }));
            return out;
        }
    }
    // "UBND các xã A, B và UBND các xã C, D": two lists, each read on its own.
    for joint in ["va uy ban nhan dan", "va ubnd"] {
        if let Some((a, _)) = find_in_folded(&f, &map, joint) {
            let (left, right) = (text[..a].trim(), text[a..].trim_start_matches(|c: char| c != ' ').trim());
            if names_units(rules, left) && fold(left).contains("cac ") {
                let (l, r) = (expand(rules, left), expand(rules, right));
                if l.len() > 1 || r.len() > 1 {
                    return l.into_iter().chain(r).collect();
                }
            }
        }
    }
    // "UBND các huyện A, B, thị xã C"; "UBND thành phố A và các huyện B,
    // C" (places named before the list too).
    for body in COMMITTEE {
        if let Some(rest) = strip_folded(&text, body) {
            let prefix = text[..text.len() - rest.len()].trim();
            // "UBND thành phố A và các huyện B, C"; "UBND các phường A, B
            // và các xã C, D" (or "; các xã C, D"): each list its own level.
            let (rf, rmap) = fold_with_map(rest);
            if let Some((a, b)) = find_in_folded(&rf, &rmap, "va cac").or_else(|| {
                rest.match_indices(';')
                    .find_map(|(p, _)| strip_folded(rest[p + 1..].trim_start(), "cac").map(|r| (p, rest.len() - r.len())))
            }) {
                let head = rest[..a].trim().trim_end_matches([',', ';']);
                let lead = level_places(u, strip_folded(head, "cac").unwrap_or(head));
                let list = level_places(u, &rest[b..]);
                if let (Some(lead), Some(list)) = (lead, list) {
                    if lead.iter().chain(&list).all(|(_, n)| is_proper_name(n)) {
                        return of_body(prefix, lead.into_iter().chain(list));
                    }
                }
            }
            // (Place names are proper names: "UBND các xã còn lại" is a group.)
            if let Some(list) = strip_folded(rest, "cac").and_then(|rest| level_places(u, rest)).filter(|l| l.iter().all(|(_, n)| is_proper_name(n))) {
                return of_body(prefix, list);
            }
        }
    }
    // "Phòng Tư pháp các huyện A, B và C": the body of each place.
    if let Some((a, b)) = find_in_folded(&f, &map, "cac") {
        let prefix = text[..a].trim();
        // (One body, named alone: "UBND thị trấn A và UBND các xã B, C"
        // is two lists.)
        if !prefix.is_empty() && !prefix.contains([',', ';']) && !prefix.contains(" và ") && names_units(rules, prefix) {
            if let Some(list) = level_places(u, &text[b..]).filter(|l| l.len() > 1 && l.iter().all(|(_, n)| is_proper_name(n))) {
                return of_body(prefix, list);
            }
        }
    }
    // "Các huyện A, B, thị xã C" (no body named): each place with its
    // level; a group ("các huyện, thị xã") has no names and stays whole.
    // Place names are proper names ("các quan chuyên môn" is no "quận").
    if let Some(list) = strip_folded(&text, "cac").and_then(|rest| level_places(u, rest)) {
        if list.iter().all(|(_, n)| is_proper_name(n)) {
            return list.into_iter().map(|(lv, n)| format!("{lv} {n}")).collect();
        }
    }
    // "UBND thị trấn A và UBND các xã B, C": a unit and a list joined,
    // each read on its own.
    // ("UBND thành phố A, UBND các huyện B, C và D": so too after a comma
    // when the list opens with its body again.)
    // (A right side's opening only: folded as far as the longer body.)
    let body_len = COMMITTEE.iter().map(|b| b.len()).max().unwrap_or(0) + 1;
    let joints = text
        .match_indices(" và ")
        .map(|(i, j)| (i, j.len()))
        .chain(text.match_indices(", ").map(|(i, j)| (i, j.len())).filter(|&(i, n)| {
            let right = crate::text::fold_head(&text[i + n..], body_len);
            COMMITTEE.iter().any(|b| crate::text::opens_with(&right, b))
        }));
    for (i, n) in joints {
        let (left, right) = (&text[..i], &text[i + n..]);
        if fold(right).contains("cac ") && names_units(rules, left) && names_units(rules, right) {
            let list = expand(rules, right);
            if list.len() > 1 {
                return expand(rules, left).into_iter().chain(list).collect();
            }
        }
    }
    // "Sở A, Chi nhánh B các huyện, thị xã": a unit, then after a comma a
    // group opening with a head of its own (no place's level).
    for (i, _) in text.match_indices(", ") {
        let (left, right) = (&text[..i], &text[i + 2..]);
        if right.starts_with(char::is_uppercase) && split_level(u, right).is_none() && !fold(left).contains("cac ") && names_units(rules, left) && names_units(rules, right) {
            return expand(rules, left).into_iter().chain(expand(rules, right)).collect();
        }
    }
    // "Các xã, phường, thị trấn thuộc huyện A, B, thị xã C".
    if let Some((a, b)) = find_in_folded(&f, &map, "thuoc") {
        let group = text[..a].trim();
        let rest = text[b..].trim();
        if let Some(list) = level_places(u, rest).filter(|l| l.len() > 1) {
            return list.into_iter().map(|(lv, n)| format!("{group} thuộc {lv} {n}")).collect();
        }
    }
    split_named(rules, &text)
}

/// `text` without the title of its body's head that opens it ("Thủ
/// trưởng các sở, ban, ngành tỉnh" → "các sở, ban, ngành tỉnh"), when
/// units follow the title.
pub fn without_title<'t>(rules: &Rules, text: &'t str) -> &'t str {
    let head = crate::text::fold_head(text, 24);
    for t in &rules.units.office_holders {
        if head.strip_prefix(t.as_str()).is_some_and(|r| r.starts_with(' ')) {
            // (Titles are words of letters and spaces: as many chars
            // folded as written.)
            let at = text.char_indices().nth(t.chars().count()).map_or(text.len(), |(i, _)| i);
            let rest = text[at..].trim_start();
            if names_units(rules, rest) {
                return rest;
            }
        }
    }
    text
}

/// Whether a place's name after its level is a proper name ("Cam Lâm",
/// "1"), not words ("còn lại", "quan chuyên môn").
fn is_proper_name(n: &str) -> bool {
    n.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `head` opens an enumeration of names: "các Sở" (an
/// enumeration's head of `enumeration_heads`), "UBND các huyện" (a
/// plural level).
pub fn opens_enumeration(rules: &Rules, head: &str) -> bool {
    let f = fold(head);
    rules.units.enumeration_heads.iter().any(|(e, _)| e.starts_with("cac ") && *e == f) || ends_with_plural_level(&rules.units, head)
}

/// Whether `text` ends with "các" and a level word ("Ủy ban nhân dân các
/// huyện"): a list of places may follow.
pub fn ends_with_plural_level(u: &UnitRules, text: &str) -> bool {
    let f = fold(text);
    u.levels.iter().any(|lv| f.strip_suffix(lv.as_str()).is_some_and(|h| h == "cac " || h.ends_with(" cac ")))
}

/// Whether `text` names an administrative level as a word ("… các xã",
/// "phường"): a place's, not a body's own part ("Bộ phận Một cửa").
pub fn names_level(u: &UnitRules, text: &str) -> bool {
    let f = crate::text::fold(text);
    u.levels.iter().any(|l| crate::text::word_positions(&f, l).next().is_some())
}

/// `text` up to its plural level when a qualifier in lower case follows
/// it ("UBND các xã đồng bằng, ven biển" → "UBND các xã"): the level
/// whose names a colon after it lists.
pub fn without_qualifier<'t>(u: &UnitRules, text: &'t str) -> Option<&'t str> {
    text.match_indices(' ')
        .map(|(i, _)| i)
        .find(|&i| ends_with_plural_level(u, &text[..i]) && !text[i..].contains(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == ';'))
        .map(|i| text[..i].trim_end())
}

/// "Sở Tư pháp; Sở Y tế" or "Sở Tư pháp, Công an tỉnh": units each named in
/// full, one after another, are one target each. A part that does not open
/// with a unit word ("Sở Văn hóa, Thể thao và Du lịch") keeps the text whole,
/// and so does any group ("các …").
fn split_named(rules: &Rules, text: &str) -> Vec<String> {
    for sep in [';', ','] {
        if !text.contains(sep) {
            continue;
        }
        let parts: Vec<&str> = text.split(sep).map(str::trim).filter(|p| !p.is_empty()).flat_map(|p| split_and(rules, p)).collect();
        let named = parts.len() > 1
            && parts.iter().all(|p| {
                let f = fold(p);
                names_units(rules, p) && !names_group(&rules.units, &f) && f.split(' ').count() >= 2
            });
        // ("UBND cấp xã; Phòng Tư pháp cấp huyện": bodies of a level each,
        // a unit as written, as "Các sở, ban, ngành tỉnh; UBND các huyện";
        // not the levels alone, "cấp huyện, cấp xã".)
        let by_level = |p: &&str| {
            let f = fold(p);
            let level_after = |at: usize| {
                rules
                    .units
                    .levels
                    .iter()
                    .any(|l| f[at + "cap ".len()..].strip_prefix(l.as_str()).is_some_and(|r| !r.starts_with(char::is_alphanumeric)))
            };
            !f.starts_with("cap ") && crate::text::word_positions(&f, "cap").any(|at| f.len() > at + "cap ".len() && level_after(at))
        };
        if named && !parts.iter().all(by_level) {
            return parts.iter().map(|p| p.trim_start_matches("và ").to_string()).collect();
        }
    }
    let parts = split_and(rules, text);
    // (Groups joined stay as written, as groups a semicolon parts do:
    // "Các phòng, ban, ngành cấp huyện và UBND các xã, thị trấn".)
    if parts.len() > 1 && !parts.iter().all(|p| names_group(&rules.units, &fold(p))) {
        return parts.into_iter().map(str::to_string).collect();
    }
    vec![text.to_string()]
}

/// Whether folded `f` names a group: "các" before a unit's head or a
/// level ("các huyện", "UBND các xã", "các Chi nhánh …"), not before other
/// words of a name ("Ban Quản lý các khu công nghiệp").
fn names_group(u: &UnitRules, f: &str) -> bool {
    crate::text::word_positions(f, "cac").any(|p| {
        let rest = f[p + "cac".len()..].trim_start();
        u.heads.iter().chain(&u.levels).any(|h| crate::text::opens_with(rest, h))
    })
}

/// "Sở Tài nguyên và Môi trường và Sở Xây dựng": split at each "và" that a
/// unit's name follows ("Sở …", "UBND …", a level and a proper name: not
/// "Xã hội", not "Môi trường").
fn split_and<'t>(rules: &Rules, text: &'t str) -> Vec<&'t str> {
    if !text.contains(" và ") {
        return vec![text];
    }
    let mut out = Vec::new();
    let mut start = 0;
    // The spans of names that hold a "và" of their own, found at the
    // first "và" that would split.
    let mut joined: Option<Vec<(usize, usize)>> = None;
    for (at, _) in text.match_indices(" và ") {
        let rest = &text[at + " và ".len()..];
        let level = split_level(&rules.units, rest);
        let proper = level.is_none_or(|(_, name)| is_proper_name(name));
        // (A level in lower case opens a name too: "xã A và xã B".)
        // (So does a level of government: "cấp huyện và cấp xã".)
        let of_level = || strip_folded(rest, "cap").is_some_and(|r| split_level(&rules.units, r).is_some_and(|(_, name)| name.is_empty() || !is_proper_name(name)));
        let opens_name = rest.starts_with(char::is_uppercase) || level.is_some() && rest.starts_with(char::is_lowercase) || of_level();
        if !(opens_name && proper && names_units(rules, rest) && !fold(rest).starts_with("cac ")) {
            continue;
        }
        let joined = joined.get_or_insert_with(|| {
            let (f, map) = fold_with_map(text);
            rules
                .units
                .joined_names
                .iter()
                .flat_map(|n| crate::text::word_positions(&f, n).map(|p| (map[p], map[p + n.len()])).collect::<Vec<_>>())
                .collect()
        });
        if !joined.iter().any(|&(a, b)| a <= at && at < b) {
            out.push(text[start..at].trim());
            start = at + " và ".len();
        }
    }
    out.push(text[start..].trim());
    out
}

/// Whether a phrase reads as naming assignees (opens with a unit word).
pub fn names_units(rules: &Rules, text: &str) -> bool {
    // Only the opening decides: folded as far as the longest head and a space.
    let f = crate::text::fold_head(text, rules.units.longest_head + 1);
    let Some(head) = rules.units.heads.iter().filter(|h| crate::text::opens_with(&f, h)).max_by_key(|h| h.len()) else {
        return false;
    };
    // ("số hóa hồ sơ" folds to a "Sở"'s opening, and is none; "Bảo hiểm
    // xã hội", a head of several words, is one.)
    if head.contains(' ') {
        return true;
    }
    // (Words as a whole, one or more: "số", "sở hữu", "báo chí".)
    let text = text.trim_start();
    !rules
        .units
        .not_heads
        .iter()
        .any(|w| crate::text::strip_prefix_lower(text, w).is_some_and(|r| !r.starts_with(char::is_alphanumeric)))
}

/// A unit's head written as a common noun: its first three words in
/// lower case ("bộ phận tiếp nhận"), and no group's opening ("các xã",
/// "cấp huyện": `group_openers`).
pub fn common_noun(rules: &Rules, text: &str) -> bool {
    let mut words = text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.')).filter(|w| !w.is_empty()).take(3);
    let first = words.next().unwrap_or("");
    !first.is_empty() && !first.chars().chain(words.flat_map(str::chars)).any(char::is_uppercase) && !rules.units.group_openers.iter().any(|g| crate::text::strip_prefix_lower(first, g) == Some(""))
}

/// Capitalised words a document spells as Vietnamese can be (place names
/// among them), each folded with its most frequent spelling.
#[derive(Debug, Default)]
pub struct PlaceWords {
    words: rustc_hash::FxHashMap<String, String>,
}

impl PlaceWords {
    /// From a document's lines.
    pub fn new<'l>(rules: &Rules, lines: impl IntoIterator<Item = &'l str>) -> PlaceWords {
        let mut counts: rustc_hash::FxHashMap<&str, usize> = Default::default();
        for l in lines {
            for w in l.split(|c: char| !c.is_alphanumeric()) {
                if w.chars().count() >= 2 && w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic) {
                    *counts.entry(w).or_default() += 1;
                }
            }
        }
        let mut words: rustc_hash::FxHashMap<String, (String, usize, bool)> = Default::default();
        for (w, n) in counts {
            let k = fold(w);
            if !rules.syllables.is_word(&k) {
                continue;
            }
            let e = words.entry(k).or_insert_with(|| (w.to_string(), 0, false));
            if n > e.1 {
                *e = (w.to_string(), n, false);
            } else if n == e.1 {
                e.2 = true;
            }
        }
        // Two spellings as frequent: neither is sure.
        let words = words.into_iter().filter(|(_, (_, _, tied))| !tied).map(|(k, (w, _, _))| (k, w)).collect();
        PlaceWords { words }
    }

    /// The one word a letter off `w` (same length, folded).
    fn near(&self, w: &str) -> Option<&str> {
        let k = fold(w);
        let mut fits = self.words.iter().filter(|(f, _)| f.len() == k.len() && crate::mend::one_edit(f, &k));
        let first = fits.next()?;
        fits.next().is_none().then_some(first.1.as_str())
    }
}

/// An OCR'd unit name with its spoilt words read as the words unit names
/// are made of (`rules/units.toml`: `words` and the department names) or
/// as a capitalised word the document spells right elsewhere (a place
/// name: "Kicn Xương" → "Kiến Xương"),
/// stray marks between words dropped, and a department's name after
/// "Sở"/"Phòng" read as the known department it is a slip or two from:
/// `None` when nothing changed. Only a word that cannot be one — marks
/// inside it, no vowel, no Vietnamese syllable — is mended: a place name
/// ("Kiên", "Hưng") is no slip for a known word it resembles.
pub fn mend_name(rules: &Rules, places: &PlaceWords, name: &str) -> Option<String> {
    let u = &rules.units;
    // Marks that are no word ("|", ":", "..") go; a dash stays.
    let kept: Vec<&str> = name.split_whitespace().filter(|t| t.chars().any(char::is_alphanumeric) || matches!(*t, "-" | "–" | "&")).collect();
    let keyed: Vec<usize> = (0..kept.len()).filter(|&k| kept[k].chars().any(char::is_alphanumeric)).collect();
    let keys: Vec<String> = keyed.iter().map(|&k| fold(kept[k]).chars().filter(char::is_ascii_alphanumeric).collect()).collect();
    let key_refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let impossible = |t: &str| {
        let t = t.trim_end_matches([',', ';', '.', ':']);
        let f = fold(t);
        !t.chars().all(char::is_alphabetic) || !rules.syllables.is_word(&f)
    };
    let mut words: Vec<String> = Vec::with_capacity(kept.len());
    let mut i = 0;
    for m in u.vocabulary.mend(&key_refs) {
        let (from, to) = (keyed[m.from], keyed[m.to - 1] + 1);
        if !kept[from..to].iter().any(|t| impossible(t)) {
            continue;
        }
        words.extend(kept[i..from].iter().map(|t| t.to_string()));
        // The document's capital stays a capital.
        let first_upper = kept[from].chars().next().is_some_and(char::is_uppercase);
        let mut w: Vec<char> = m.written.chars().collect();
        if first_upper {
            w[0] = w[0].to_uppercase().next().unwrap_or(w[0]);
        }
        words.push(w.into_iter().collect());
        i = to;
    }
    words.extend(kept[i..].iter().map(|t| t.to_string()));
    for w in &mut words {
        if w.chars().next().is_some_and(char::is_uppercase) && impossible(w) {
            if let Some(p) = places.near(w) {
                *w = p.to_string();
            }
        }
    }
    let mut out = words.join(" ");
    // A department's name a slip or two from a known one.
    if let Some(head) = words.first() {
        let rest_folded: String = fold(&out[head.len()..])
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if u.department_heads.contains(&fold(head)) && !rest_folded.is_empty() {
            let plain = |d: &str| d.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
            let mut dist: Vec<(usize, usize)> = u.departments_folded.iter().enumerate().map(|(k, d)| (strsim::levenshtein(&plain(d), &rest_folded), k)).collect();
            dist.sort_unstable();
            // One name written two ways ("Lao động - Thương binh …",
            // "Lao động, Thương binh …") is one department.
            dist.dedup_by(|b, a| plain(&u.departments_folded[a.1]) == plain(&u.departments_folded[b.1]));
            if let Some(&(best, k)) = dist.first() {
                let unique = dist.get(1).is_none_or(|&(second, _)| second > best);
                let near = best > 0 && best <= (plain(&u.departments_folded[k]).len() / 6).max(1);
                if unique && near {
                    out = format!("{head} {}", u.departments[k]);
                }
            }
        }
    }
    (out != squash(name)).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r() -> Rules {
        Rules::builtin().unwrap()
    }

    #[test]
    fn a_place_name_ends_where_a_sentence_runs_on() {
        assert_eq!(name_only("Hồng Ngự xây dựng giải pháp cụ thể"), "Hồng Ngự");
        assert_eq!(name_only("Nông trường Mộc Châu"), "Nông trường Mộc Châu");
        assert_eq!(name_only("Ninh Quới A"), "Ninh Quới A");
        assert_eq!(name_only("Tân Hồng"), "Tân Hồng");
    }

    #[test]
    fn two_lists_of_communes_joined_by_va() {
        assert_eq!(
            expand(&r(), "Ủy ban nhân dân các xã Hướng Lập, A Dơi và Ủy ban nhân dân các xã A Ngo, Tà Rụt"),
            ["Ủy ban nhân dân xã Hướng Lập", "Ủy ban nhân dân xã A Dơi", "Ủy ban nhân dân xã A Ngo", "Ủy ban nhân dân xã Tà Rụt"]
        );
    }

    #[test]
    fn a_unit_then_a_group_with_a_head_of_its_own_after_a_comma_are_two() {
        assert_eq!(
            expand(&r(), "Sở Tài nguyên và Môi trường, Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã, thành phố"),
            ["Sở Tài nguyên và Môi trường", "Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã, thành phố"]
        );
        // (Levels after the comma go on with the group.)
        assert_eq!(expand(&r(), "Phòng Tư pháp các huyện, thị xã, thành phố"), ["Phòng Tư pháp các huyện, thị xã, thành phố"]);
    }

    #[test]
    fn words_that_open_no_name_split_no_office_s_name() {
        assert_eq!(expand(&r(), "Phòng Quản lý công nghệ và Sở hữu trí tuệ"), ["Phòng Quản lý công nghệ và Sở hữu trí tuệ"]);
        assert_eq!(expand(&r(), "Phòng Thông tin, Báo chí và Xuất bản"), ["Phòng Thông tin, Báo chí và Xuất bản"]);
        assert_eq!(expand(&r(), "Sở Y tế và Sở Xây dựng"), ["Sở Y tế", "Sở Xây dựng"]);
        // Groups joined stay one unit as written.
        assert_eq!(
            expand(&r(), "Các phòng, ban, ngành cấp huyện và UBND các xã, thị trấn"),
            ["Các phòng, ban, ngành cấp huyện và UBND các xã, thị trấn"]
        );
    }

    #[test]
    fn named_units_a_cell_parts_with_semicolons_are_each_one() {
        assert_eq!(
            expand(&r(), "Ban Quản lý các khu công nghiệp tỉnh; Sở Công Thương"),
            ["Ban Quản lý các khu công nghiệp tỉnh", "Sở Công Thương"]
        );
        // (Groups so parted stay as written.)
        assert_eq!(expand(&r(), "Các sở, ban, ngành tỉnh; UBND các huyện"), ["Các sở, ban, ngành tỉnh; UBND các huyện"]);
    }

    #[test]
    fn lists_of_two_levels_after_one_body() {
        let want = ["UBND phường Hà Giang 1", "UBND phường Hà Giang 2", "UBND xã Minh Xuân", "UBND xã Nông Tiến"];
        assert_eq!(expand(&r(), "UBND các phường Hà Giang 1, Hà Giang 2 và các xã Minh Xuân, Nông Tiến"), want);
        assert_eq!(expand(&r(), "UBND các phường: Hà Giang 1, Hà Giang 2 và các xã: Minh Xuân, Nông Tiến"), want);
        assert_eq!(expand(&r(), "UBND các phường: Hà Giang 1, Hà Giang 2; các xã: Minh Xuân, Nông Tiến"), want);
        assert_eq!(
            expand(&r(), "UBND thành phố Cà Mau và các huyện Cái Nước, Đầm Dơi"),
            ["UBND thành phố Cà Mau", "UBND huyện Cái Nước", "UBND huyện Đầm Dơi"]
        );
    }

    #[test]
    fn words_telling_the_kind_of_place_before_its_name_are_left_out() {
        assert_eq!(
            expand(&r(), "các huyện miền núi Ba Tơ, Minh Long và huyện đảo Lý Sơn"),
            ["huyện Ba Tơ", "huyện Minh Long", "huyện Lý Sơn"]
        );
        // Lower-case words that tell no kind of place are no name's.
        assert!(!expand(&r(), "các huyện triển khai Đề án").iter().any(|u| u == "huyện Đề án"));
    }

    #[test]
    fn one_body_named_before_places_of_several_levels_is_each_ones() {
        assert_eq!(
            expand(&r(), "UBND thành phố Sóc Trăng, thị xã Vĩnh Châu, thị xã Ngã Năm"),
            ["UBND thành phố Sóc Trăng", "UBND thị xã Vĩnh Châu", "UBND thị xã Ngã Năm"]
        );
        // Each body named: as written.
        assert_eq!(expand(&r(), "UBND huyện Châu Thành, UBND huyện Phụng Hiệp"), ["UBND huyện Châu Thành", "UBND huyện Phụng Hiệp"]);
    }

    #[test]
    fn an_office_of_two_bodies_is_one_unit() {
        assert_eq!(expand(&r(), "Văn phòng HĐND và UBND thị xã (Bộ phận Một cửa)"), ["Văn phòng HĐND và UBND thị xã (Bộ phận Một cửa)"]);
        assert_eq!(expand(&r(), "Văn phòng HĐND và UBND huyện và Phòng Tư pháp"), ["Văn phòng HĐND và UBND huyện", "Phòng Tư pháp"]);
        assert_eq!(expand(&r(), "Sở Tư pháp và UBND huyện Đông Hải"), ["Sở Tư pháp", "UBND huyện Đông Hải"]);
    }

    #[test]
    fn a_unit_and_a_list_joined_are_read_each() {
        assert_eq!(
            expand(&r(), "UBND thị trấn Mường Ảng và UBND các xã Ẳng Tở, Xuân Lao"),
            vec!["UBND thị trấn Mường Ảng", "UBND xã Ẳng Tở", "UBND xã Xuân Lao"]
        );
        // (Or a comma before the list's body: "…, UBND các huyện …".)
        assert_eq!(
            expand(&r(), "Ủy ban nhân dân thành phố Cao Lãnh, Ủy ban nhân dân các huyện Tháp Mười, Lai Vung và Tân Hồng"),
            vec![
                "Ủy ban nhân dân thành phố Cao Lãnh",
                "Ủy ban nhân dân huyện Tháp Mười",
                "Ủy ban nhân dân huyện Lai Vung",
                "Ủy ban nhân dân huyện Tân Hồng"
            ]
        );
        // Two names joined stay as they were read.
        assert_eq!(expand(&r(), "Sở Lao động - Thương binh và Xã hội"), vec!["Sở Lao động - Thương binh và Xã hội"]);
    }

    #[test]
    fn an_enumerated_unit_with_a_head_of_its_own_keeps_it() {
        assert_eq!(
            expand(&r(), "các Sở: Xây dựng, Y tế và Ban Quản lý các khu công nghiệp tỉnh"),
            vec!["Sở Xây dựng", "Sở Y tế", "Ban Quản lý các khu công nghiệp tỉnh"]
        );
        // A department's name that opens like a head is still a Sở's.
        assert_eq!(expand(&r(), "các Sở: Tư pháp, Thanh tra"), vec!["Sở Tư pháp", "Sở Thanh tra"]);
    }

    #[test]
    fn a_group_of_levels_ending_in_a_named_city_stays_whole() {
        assert_eq!(expand(&r(), "UBND các huyện, thành phố Cà Mau"), ["UBND các huyện, thành phố Cà Mau"]);
        assert_eq!(expand(&r(), "UBND các huyện Cái Nước, Năm Căn"), ["UBND huyện Cái Nước", "UBND huyện Năm Căn"]);
    }

    #[test]
    fn a_part_in_lower_case_is_a_common_noun_and_a_group_is_not() {
        assert!(common_noun(&r(), "bộ phận tiếp nhận bảo đảm tỷ lệ"));
        assert!(!common_noun(&r(), "các xã bảo đảm tỷ lệ"));
        assert!(!common_noun(&r(), "phòng Tư pháp bảo đảm"));
    }

    #[test]
    fn a_place_named_like_a_level_is_a_place() {
        assert_eq!(
            expand(&r(), "Các huyện: Quan Hóa, Mường Lát và thị xã Bỉm Sơn"),
            vec!["huyện Quan Hóa", "huyện Mường Lát", "thị xã Bỉm Sơn"]
        );
    }

    #[test]
    fn bodies_of_a_level_each_are_one_unit_as_written() {
        assert_eq!(expand(&r(), "UBND cấp xã; Phòng Tư pháp cấp huyện"), vec!["UBND cấp xã; Phòng Tư pháp cấp huyện"]);
        assert_eq!(expand(&r(), "Phòng Tư pháp cấp huyện, UBND cấp xã"), vec!["Phòng Tư pháp cấp huyện, UBND cấp xã"]);
        // Units each named are each their own.
        assert_eq!(expand(&r(), "Sở Tư pháp; Công an tỉnh"), vec!["Sở Tư pháp", "Công an tỉnh"]);
    }

    #[test]
    fn a_list_of_places_ends_at_the_first_stop_word() {
        let u = &r().units;
        assert_eq!(cut_at_stop(u, "Cam Lâm, Vạn Ninh trên địa bàn tỉnh phấn đấu đạt"), "Cam Lâm, Vạn Ninh");
        assert_eq!(cut_at_stop(u, "Cam Lâm, Vạn Ninh Phấn đấu thuộc tỉnh"), "Cam Lâm, Vạn Ninh");
        // Not a place's name that opens with a stop word.
        assert_eq!(cut_at_stop(u, "An Lạc, Đạt Hiếu đạt tối thiểu"), "An Lạc, Đạt Hiếu");
        // Whole words only.
        assert_eq!(cut_at_stop(u, "Cam Lâm, Vạn Ninhthuộc"), "Cam Lâm, Vạn Ninhthuộc");
        // Lower case of another length (U+0130): read char by char.
        assert_eq!(cut_at_stop(u, "Cam Lâm İ, Vạn Ninh thuộc tỉnh"), "Cam Lâm İ, Vạn Ninh");
        // Not inside a department's name ("có" in "Người có công").
        assert_eq!(
            cut_at_stop(u, "Người có công, Việc làm - An toàn lao động có trách nhiệm"),
            "Người có công, Việc làm - An toàn lao động"
        );
        assert_eq!(
            expand(&r(), "Các phòng: Người có công, Việc làm - An toàn lao động và Lao động - Tiền lương - Bảo hiểm xã hội"),
            ["Phòng Người có công", "Phòng Việc làm - An toàn lao động", "Phòng Lao động - Tiền lương - Bảo hiểm xã hội"]
        );
    }

    #[test]
    fn the_folded_opening_strips_as_the_whole_fold_does() {
        // As first written: the whole text folded.
        let whole = |s: &str, prefix: &str| {
            let (f, map) = fold_with_map(s);
            if f == prefix {
                Some(String::new())
            } else if f.starts_with(prefix) && f.as_bytes().get(prefix.len()) == Some(&b' ') {
                Some(s[map[prefix.len()]..].to_string())
            } else {
                None
            }
        };
        let long = format!("Thị xã Ninh Hòa, {}", "huyện Vạn Ninh, ".repeat(30));
        let marks = format!("{}thị xã Ninh Hòa", "- ".repeat(40));
        for s in [long.as_str(), marks.as_str(), "thị xã", "Thị xã Ninh Hòa", "thị xãNinh", "thị", ""] {
            for prefix in ["thi xa", "thi", "huyen"] {
                assert_eq!(strip_folded(s, prefix).map(str::to_string), whole(s, prefix), "{s:?} / {prefix:?}");
            }
        }
        // A long item is cut at its level word.
        assert_eq!(split_level(&r().units, &long).map(|(l, _)| l), Some("Thị xã"));
    }

    #[test]
    fn a_place_name_the_document_spells_right_elsewhere_mends_a_slip() {
        let r = r();
        let p = PlaceWords::new(&r, ["33/33 xã, thị trấn huyện Kiến Xương", "Ủy ban nhân dân huyện Kiến Xương", "đủ điều kiện", "Kiện toàn"]);
        assert_eq!(mend_name(&r, &p, "Ủy ban nhân dân huyện Kicn Xương").as_deref(), Some("Ủy ban nhân dân huyện Kiến Xương"));
        assert_eq!(mend_name(&r, &PlaceWords::default(), "Ủy ban nhân dân huyện Kicn Xương"), None);
        // Two spellings as frequent: neither is taken.
        let p = PlaceWords::new(&r, ["huyện Kiến Xương", "Kiện toàn"]);
        assert_eq!(mend_name(&r, &p, "Ủy ban nhân dân huyện Kicn Xương"), None);
    }

    #[test]
    fn ocr_spoilt_unit_names_are_mended() {
        let r = r();
        let cases = [
            ("Sở Nôn: nghiệp và Phát tri. n nông thôn", Some("Sở Nông nghiệp và Phát triển nông thôn")),
            ("Sở Thôn Ị tin Và Truyt n thông", Some("Sở Thông tin và Truyền thông")),
            ("Sở Lao độn - Thương binh và Xã nội", Some("Sở Lao động - Thương binh và Xã hội")),
            ("Các cơ quan chu 'ên môn thu: c huyện", Some("Các cơ quan chuyên môn thuộc huyện")),
            ("Ủy ban nhân dân hu :ện Cam Lâm |", Some("Ủy ban nhân dân huyện Cam Lâm")),
            // Place names are no slips, however near a known word.
            ("Ủy ban nhân dân huyện Kiên Hải", None),
            ("Ủy ban nhân dân huyện Hưng Hà", None),
            ("Sở Lao động - Thương binh và Xã hội", None),
            // A department missing from the list stays as written.
            ("Sở Dân tộc", None),
        ];
        for (name, want) in cases {
            assert_eq!(mend_name(&r, &PlaceWords::default(), name).as_deref(), want, "{name}");
        }
    }

    #[test]
    fn keys_are_ascii_with_ubnd_expanded() {
        assert_eq!(unit_key("Sở Công Thương"), "so-cong-thuong");
        assert_eq!(unit_key("UBND huyện Cam Lâm"), "uy-ban-nhan-dan-huyen-cam-lam");
        assert_eq!(unit_key("Sở Lao động - Thương binh và Xã hội"), "so-lao-dong-thuong-binh-va-xa-hoi");
    }

    #[test]
    fn departments_enumeration() {
        let got = expand(
            &r(),
            "Ban Quản lý Khu kinh tế Vân Phong và các Sở: Công Thương, Khoa học và Công nghệ, Văn hóa, Thể thao và Du lịch, Xây dựng.",
        );
        assert_eq!(
            got,
            vec![
                "Ban Quản lý Khu kinh tế Vân Phong",
                "Sở Công Thương",
                "Sở Khoa học và Công nghệ",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Sở Xây dựng"
            ]
        );
    }

    #[test]
    fn districts_enumeration_switches_level() {
        let got = expand(&r(), "Ủy ban nhân dân các huyện Cam Lâm, Vạn Ninh, thị xã Ninh Hòa, thành phố Cam Ranh");
        assert_eq!(
            got,
            vec![
                "Ủy ban nhân dân huyện Cam Lâm",
                "Ủy ban nhân dân huyện Vạn Ninh",
                "Ủy ban nhân dân thị xã Ninh Hòa",
                "Ủy ban nhân dân thành phố Cam Ranh"
            ]
        );
        let got = expand(&r(), "UBND các huyện Khánh Sơn và Khánh Vĩnh");
        assert_eq!(got, vec!["UBND huyện Khánh Sơn", "UBND huyện Khánh Vĩnh"]);
        // A colon after the plural level; a place named before the list.
        let got = expand(&r(), "Ủy ban nhân dân các huyện: Kế Sách, Mỹ Tú và thị xã Ngã Năm");
        assert_eq!(got, vec!["Ủy ban nhân dân huyện Kế Sách", "Ủy ban nhân dân huyện Mỹ Tú", "Ủy ban nhân dân thị xã Ngã Năm"]);
        let got = expand(&r(), "Ủy ban nhân dân thành phố Sóc Trăng và các huyện Châu Thành, Mỹ Xuyên");
        assert_eq!(got, vec!["Ủy ban nhân dân thành phố Sóc Trăng", "Ủy ban nhân dân huyện Châu Thành", "Ủy ban nhân dân huyện Mỹ Xuyên"]);
        assert_eq!(expand(&r(), "Sở Tài nguyên và Môi trường và Sở Xây dựng"), vec!["Sở Tài nguyên và Môi trường", "Sở Xây dựng"]);
        assert_eq!(expand(&r(), "Sở Lao động - Thương binh và Xã hội"), vec!["Sở Lao động - Thương binh và Xã hội"]);
        // A group stays whole.
        assert_eq!(expand(&r(), "Ủy ban nhân dân các xã, phường, thị trấn"), vec!["Ủy ban nhân dân các xã, phường, thị trấn"]);
    }

    #[test]
    fn places_enumerated_without_a_body() {
        let got = expand(&r(), "các huyện Cam Lâm, Vạn Ninh và thị xã Ninh Hòa");
        assert_eq!(got, vec!["huyện Cam Lâm", "huyện Vạn Ninh", "thị xã Ninh Hòa"]);
        // Groups, and words a level word folds like ("quan" is no "quận"), stay whole.
        for whole in ["các huyện, thị xã, thành phố", "Các quan chuyên môn thuộc huyện", "các xã"] {
            assert_eq!(expand(&r(), whole), vec![whole.to_string()], "{whole}");
        }
    }

    #[test]
    fn communes_of_districts() {
        let got = expand(&r(), "Các xã, thị trấn thuộc huyện Khánh Sơn, Khánh Vĩnh");
        assert_eq!(got, vec!["Các xã, thị trấn thuộc huyện Khánh Sơn", "Các xã, thị trấn thuộc huyện Khánh Vĩnh"]);
    }

    #[test]
    fn named_units_in_a_row_are_split() {
        assert_eq!(expand(&r(), "Sở Tư pháp; Sở Y tế"), vec!["Sở Tư pháp", "Sở Y tế"]);
        assert_eq!(expand(&r(), "Sở Nội vụ, Công an tỉnh"), vec!["Sở Nội vụ", "Công an tỉnh"]);
        assert_eq!(expand(&r(), "Sở Văn hóa, Thể thao và Du lịch"), vec!["Sở Văn hóa, Thể thao và Du lịch"]);
    }

    #[test]
    fn groups_stay_as_written() {
        for g in [
            "UBND các xã, thị trấn",
            "Các sở, ban, ngành tỉnh",
            "Các cơ quan chuyên môn thuộc huyện, UBND các xã, thị trấn",
            "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố",
            "Sở Tư pháp",
        ] {
            assert_eq!(expand(&r(), g), vec![g.to_string()], "{g}");
        }
    }
}
