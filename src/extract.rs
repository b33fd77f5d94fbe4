//! The pipeline, end to end: a [`Source`] from any reader goes through
//! normalisation, layout, segmentation, header, tables, prose and checks,
//! and comes out as `chitieu/1` [`Document`] records.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::checks;
use crate::header::{self, Header};
use crate::normalize::normalize;
use crate::prose;
use crate::read::Source;
use crate::record::{Document, SourceRef, Target, Warning, SCHEMA};
use crate::rules::Rules;
use crate::segment::{segment, Segment};
use crate::tables;
use crate::text::fold;

static SUBJECT_YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i:năm)\s+((?:19|20)\d{2})(?-u:\b)").unwrap());
static SUBJECT_PERIOD: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i:giai đoạn)\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}(?-u:\b)").unwrap());

/// Runs every stage after the reader.
pub fn extract(mut src: Source, rules: &Rules) -> Vec<Document> {
    normalize(&mut src, rules);
    let tables = std::mem::take(&mut src.tables);
    let lay = crate::layout::layout_with(&src.lines, tables, &|lines, i| crate::runs::table(rules, lines, i), &|text, k| rules.listed_indicators(text, k));
    let segments = segment(&src.lines);
    let mut file_warnings: Vec<Warning> = std::mem::take(&mut src.warnings);
    let mut docs = Vec::with_capacity(segments.len());
    for (i, seg) in segments.iter().enumerate() {
        let h = header::parse(&src.lines, seg.start, seg.body_end, seg.end, rules);
        let doc_tables: Vec<&crate::read::Table> = lay.tables.iter().filter(|t| (seg.start..seg.end).contains(&t.line_range().0)).collect();

        // The year the targets are for: the subject's, else the tables'
        // first value column, else the date's.
        let mut table_reads = Vec::new();
        let (subject_year, date_year) = (subject_year(rules, &h), h.date.map(|d| d.year));
        let provisional = subject_year.or(date_year);
        // The short names the document gives, found when a wording names
        // no indicator.
        let defined = std::cell::OnceCell::new();
        let name_defined = |targets: &mut [Target], warnings: &mut Vec<Warning>| {
            if targets.iter().any(|t| t.metric.is_none()) {
                name_by_defined_abbreviations(rules, defined.get_or_init(|| defined_abbreviations(&src.lines[seg.start..seg.end])), targets, warnings);
            }
        };
        for (j, t) in doc_tables.iter().enumerate() {
            let mut read = tables::read(rules, t, j, provisional);
            name_defined(&mut read.targets, &mut read.warnings);
            // "PHỤ LỤC / KẾT QUẢ TIẾP NHẬN HỒ SƠ … 8 THÁNG ĐẦU NĂM 2022":
            // a table whose title tells results assigns nothing.
            if !read.targets.is_empty() {
                let above = &src.lines[seg.start..t.line_range().0];
                if let Some(title) = results_title(rules, above)
                    .or_else(|| results_lead(rules, above))
                    .or_else(|| results_section(rules, above, provisional))
                {
                    read.warnings.push(Warning::new(
                        "past_results_table",
                        format!("table {} is titled {title:?}: results, no targets", j + 1),
                        Some(t.line_range().0 + 1),
                    ));
                    read.targets.clear();
                    // (Nor are its years the targets'.)
                    read.years.clear();
                    read.warnings.retain(|w| w.code != "unmapped_metric");
                }
            }
            // "Chỉ tiêu năm 2024 | Kết quả thực hiện năm 2024 | Chỉ tiêu
            // năm 2025" in a decision of 2025: the year before the
            // document's is last year's target, quoted beside this one's.
            if let Some(signed) = date_year.filter(|&y| read.years.iter().any(|&c| c >= y)) {
                let dropped = drop_years_before(&mut read.targets, signed, None);
                if dropped > 0 {
                    read.years.retain(|&y| y >= signed);
                    read.warnings.push(Warning::new(
                        "past_target_column",
                        format!(
                            "table {}: {dropped} values of years before {signed}, the document's, read as earlier targets quoted, not as targets",
                            j + 1
                        ),
                        Some(t.line_range().0 + 1),
                    ));
                }
            }
            // "1. Điều chỉnh chỉ tiêu tỷ lệ hồ sơ trực tuyến … theo bảng
            // dưới đây:": the line leading in a table no header of which
            // names an indicator names it.
            // A table with a header naming one keeps its unknown columns
            // unmapped: the caption may be that header's indicator only.
            if !read.targets.is_empty() && read.targets.iter().all(|t| t.metric.is_none()) {
                let start = t.line_range().0;
                let above = src.lines[seg.start..start].iter().rev().filter(|l| !l.text.trim().is_empty()).take(2);
                let named = |t: &str| prose::lead_in(rules, t).or_else(|| prose::caption(rules, t));
                // (Or the lines right above it, a lead-in wrapped over them.)
                let block = || {
                    let mut block: Vec<&str> = src.lines[seg.start..start]
                        .iter()
                        .rev()
                        .skip_while(|l| l.text.trim().is_empty())
                        .take_while(|l| !l.text.trim().is_empty())
                        .take(5)
                        .map(|l| l.text.trim())
                        .collect();
                    block.reverse();
                    (block.len() > 1).then(|| named(&block.join(" "))).flatten()
                };
                if let Some((m, wording)) = above.filter_map(|l| named(&l.text)).next().or_else(block) {
                    for t in read.targets.iter_mut() {
                        t.metric = Some(m.clone());
                        t.metric_text = wording.clone();
                    }
                    read.warnings.retain(|w| w.code != "unmapped_metric");
                }
            }
            // "- Chỉ tiêu năm 2026 đối với các sở, ngành … như sau:": the
            // year the line leading in a table names is that of its targets
            // no column or row gives a year.
            if read.years.is_empty() && read.targets.iter().all(|t| t.year == provisional) {
                let lead = src.lines[seg.start..t.line_range().0].iter().rev().find(|l| !l.text.trim().is_empty());
                if let Some(y) = lead.and_then(|l| prose::table_lead_year(rules, &l.text)) {
                    for t in read.targets.iter_mut() {
                        t.year = Some(y);
                    }
                }
            }
            table_reads.push(read);
        }
        let table_year = table_reads.iter().flat_map(|r| r.years.iter().copied()).next();
        let year = subject_year.or(table_year).or(date_year);
        // (A page break's lines left out: a paragraph goes on across it.)
        let prose_lines: Vec<usize> = (seg.start..text_end(&src.lines, seg.start, seg.body_end))
            .filter(|&li| !lay.in_table[li] && h.header_lines.binary_search(&li).is_err() && !crate::layout::in_page_break(&src.lines, li) && !crate::layout::is_stamp_residue(&src.lines, li))
            .collect();
        let mut outline = prose::Outline::default();
        // The indicator a line leading in a list names, for its items, and
        // the level of that line's mark (None: no mark).
        let mut lead: Option<(prose::Lead, Option<u8>)> = None;
        // A dash item leading in items of another dash ("- … năm 2026
        // đạt 70%, trong đó:" over "+ Các sở …: 80%"): its indicator and
        // dash, until an item of its own dash.
        // (And its indent: a dash item indented deeper is its sub-item,
        // "- Tỷ lệ … theo từng cấp:" over "    - a) Cấp tỉnh: tối thiểu 80%".)
        let mut dash_lead: Option<(prose::Lead, char, u16)> = None;
        // A dash's line naming units and leading in items ("- Đối với các
        // sở, ban, ngành:" over "a) Tỷ lệ … đạt tối thiểu 85%"): its units,
        // its dash and indent, up to a dash as shallow or a numbered mark.
        let mut dash_units: Option<(Vec<String>, char, u16)> = None;
        // An item leading in items of its own ("Điều 1. Giao chỉ tiêu …
        // như sau:" over "1. Tỷ lệ hồ sơ trực tuyến …:" over "- Các Sở:
        // …"): its indicator and the level of its mark, until a mark as
        // shallow.
        let mut item_lead: Option<(prose::Lead, u8)> = None;
        // A heading naming an indicator ("2. Tỷ lệ hồ sơ được thanh toán
        // trực tuyến …"): the paragraphs under it with no mark of their own
        // ("Toàn tỉnh đạt từ 40% trở lên.") are of it, up to a mark as
        // shallow.
        let mut heading_lead: Option<(prose::Lead, u8)> = None;
        // The indicator of the last target read, for a line of exceptions
        // after it ("3. Tỷ lệ … : các sở … 30%; …" then "Riêng các Sở: Tư
        // pháp, … đạt tối thiểu 50%.").
        let mut last_read: Option<prose::Lead> = None;
        // The year a line leading in a list names for its items ("Phấn
        // đấu đến năm 2026, … đạt các chỉ tiêu sau:"), and its mark's
        // level.
        let mut lead_year: Option<(i32, Option<u8>)> = None;
        // A paragraph's lines as the prose reader takes them: (1-based
        // number, text).
        let parts_of = |p: &[usize]| -> Vec<(usize, &str)> { p.iter().map(|&li| (li + 1, src.lines[li].text.as_str())).collect() };
        let prose_reads: Vec<prose::ProseTargets> = crate::layout::paragraphs(&src.lines, &prose_lines, &rules.units.levels, &rules.prose.open_words)
            .into_iter()
            .map(|r| {
                let p = &prose_lines[r];
                let (first, page) = (src.lines[p[0]].text.as_str(), src.lines[p[0]].page);
                // ("## I. KẾT QUẢ …": a markdown heading's mark after its hashes.)
                let mark = prose::marked(first.trim_start().trim_start_matches('#').trim_start());
                // An item: a dash, or a mark deeper than the lead-in's
                // ("1. Giao chỉ tiêu tỷ lệ …:" then "a) Tối thiểu 50% …").
                // (Under a lead-in with no mark, any but a Roman numeral's.)
                let dash = crate::text::dash_of(first);
                let indent = src.lines[p[0]].indent;
                if dash.is_some() && dash_lead.as_ref().is_some_and(|(_, d, at)| Some(*d) == dash && indent <= *at) {
                    dash_lead = None;
                }
                let sub_item = dash.is_some() && dash_lead.is_some();
                if dash.is_some_and(|d| dash_units.as_ref().is_some_and(|(_, du, at)| *du == d && indent <= *at)) || mark.is_some_and(|(level, _)| level < 3) {
                    dash_units = None;
                }
                if let (Some(d), [_]) = (dash, p) {
                    let rest = first.trim_start().trim_start_matches(d).trim_start();
                    if rest.trim_end().ends_with(':') {
                        if let Some(h) = prose::heading_after(rules, first, 2, rest).filter(|h| !h.units.is_empty()) {
                            dash_units = Some((h.units, d, indent));
                            return prose::ProseTargets::default();
                        }
                    }
                }
                let item = dash.is_some() || lead.as_ref().zip(mark).is_some_and(|((_, at), (level, _))| level > at.unwrap_or(0));
                // (A blank line between the lead-in and its items parts nothing.)
                // (A lead-in wrapped over lines ends with its last one.)
                // (Only a paragraph ending in ':' leads in: the others are not joined.)
                // The paragraph's lines joined, read once when asked for.
                let whole = std::cell::OnceCell::new();
                let joined = || whole.get_or_init(|| p.iter().map(|&li| src.lines[li].text.trim()).collect::<Vec<_>>().join(" ")).as_str();
                let wrapped_heading = || mark.is_some() && !src.lines[p[p.len() - 1]].text.trim_end().trim_end_matches('*').ends_with(['.', ';', ',']);
                let lead_in = || match p {
                    // (A heading is a lead-in with no colon.)
                    [_] => prose::lead_in(rules, first).or_else(|| mark.and_then(|_| prose::heading_lead(rules, first))),
                    [.., last] if src.lines[*last].text.trim_end().ends_with(':') => prose::lead_in(rules, joined()),
                    // (A heading wrapped: "1. Tỷ lệ hồ sơ … mức" / "độ 3, 4";
                    // no stop ends it, as one ends an item's sentence.)
                    _ if p.len() <= 3 && wrapped_heading() => prose::heading_lead(rules, joined()),
                    _ => None,
                };
                if !item && !first.trim().is_empty() {
                    lead = lead_in().map(|l| (l, mark.map(|m| m.0)));
                }
                let year_item = dash.is_some() || lead_year.zip(mark).is_some_and(|((_, at), (level, _))| level > at.unwrap_or(0));
                if !year_item && !first.trim().is_empty() {
                    lead_year = match p {
                        [_] => prose::lead_in_year(first),
                        [.., last] if src.lines[*last].text.trim_end().ends_with(':') => prose::lead_in_year(joined()),
                        _ => None,
                    }
                    .map(|y| (y, mark.map(|m| m.0)));
                }
                // (A heading wrapped over lines is read whole: "1. Văn phòng …
                // các huyện," / "thị xã, thành phố:".)
                let heading = |level, rest| match p {
                    [_] => prose::heading_after(rules, first, level, rest),
                    _ => prose::marked(joined()).and_then(|(_, rest)| prose::heading_after(rules, joined(), level, rest)),
                };
                if let Some((level, rest)) = mark {
                    if heading_lead.as_ref().is_some_and(|(_, at)| level <= *at) {
                        heading_lead = None;
                    }
                    match heading(level, rest) {
                        Some(h) => {
                            outline.enter(h);
                            // (An item heading an indicator's items, "1. Tỷ lệ
                            // hồ sơ …" under "Điều 1. Giao chỉ tiêu …:", leads
                            // them in.)
                            if dash.is_none() {
                                if let Some(l) = lead_in() {
                                    if item {
                                        item_lead = Some((l.clone(), level));
                                    }
                                    heading_lead = Some((l, level));
                                }
                            }
                            return prose::ProseTargets::default();
                        }
                        // A marked line that is no heading ends the part its level heads.
                        None => outline.leave(level),
                    }
                }
                if outline.in_results() {
                    // (Only a value its clause sets as a target: "Trên cơ
                    // sở kết quả đạt được, phấn đấu … năm 2025 … 70%".)
                    return prose::read_in_results(rules, &parts_of(p), page, outline.year().or(year));
                }
                if !item || mark.zip(item_lead.as_ref()).is_some_and(|((level, _), (_, at))| level <= *at) {
                    item_lead = None;
                }
                let under = if sub_item {
                    dash_lead.as_ref().map(|(l, _, _)| l)
                } else if let Some((l, _)) = item_lead.as_ref() {
                    Some(l)
                } else if let Some((l, _)) = lead.as_ref().filter(|_| item) {
                    Some(l)
                } else if let Some((l, _)) = heading_lead.as_ref().filter(|_| mark.is_none() && dash.is_none()) {
                    Some(l)
                } else {
                    // (An exception's line, or the rest's: "Riêng các Sở: …",
                    // "2. UBND các xã còn lại đạt tối thiểu 40%".)
                    last_read
                        .as_ref()
                        .filter(|_| prose::opens_exception(rules, first) || p.iter().any(|&li| src.lines[li].text.contains('%')) && prose::names_the_rest(rules, joined()))
                };
                let next_item_lead = mark.filter(|_| item && dash.is_none()).and_then(|(level, _)| lead_in().map(|l| (l, level)));
                let next_dash_lead = dash.filter(|_| !sub_item).map(|d| lead_in().map(|l| (l, d, indent)));
                let year = outline.year().or(year);
                let for_year = lead_year.filter(|_| year_item).map(|(y, _)| y);
                let mut read = match p {
                    [li] => prose::read_under(rules, &[(li + 1, first)], page, year, for_year, under),
                    _ => prose::read_under(rules, &parts_of(p), page, year, for_year, under),
                };
                if let Some((units, ..)) = dash_units.as_ref().filter(|_| dash.is_none()) {
                    read.targets = read.targets.into_iter().flat_map(|t| prose::assign(rules, t, units)).collect();
                }
                if !outline.units().is_empty() {
                    read.targets = read.targets.into_iter().flat_map(|t| prose::assign(rules, t, outline.units())).collect();
                }
                if let Some(next) = next_dash_lead {
                    dash_lead = next;
                }
                if next_item_lead.is_some() {
                    item_lead = next_item_lead;
                }
                // (A title too long for a heading names its indicator so too.)
                if let (Some((level, _)), None, 1..=3) = (mark, dash, p.len()) {
                    if let Some(l) = (p.len() == 1 || wrapped_heading())
                        .then(|| prose::heading_lead(rules, if p.len() == 1 { first } else { joined() }))
                        .flatten()
                    {
                        heading_lead = Some((l, level));
                    }
                }
                if let Some(t) = read.targets.last() {
                    last_read = t.metric.clone().map(|m| (m, t.metric_text.clone()));
                }
                read
            })
            .filter(|p| !p.targets.is_empty() || !p.warnings.is_empty())
            .collect();
        // Room for every target at once: the list is not copied as it grows.
        let mut targets: Vec<Target> = Vec::with_capacity(table_reads.iter().map(|r| r.targets.len()).chain(prose_reads.iter().map(|p| p.targets.len())).sum());
        let mut warnings: Vec<Warning> = Vec::new();
        // Warnings about the file (encoding) go with its first document;
        // repairs go with the document holding their line.
        let (mine, rest): (Vec<Warning>, Vec<Warning>) = file_warnings.into_iter().partition(|w| match w.line {
            None => i == 0,
            Some(l) => (seg.start + 1..=seg.end).contains(&l),
        });
        file_warnings = rest;
        warnings.extend(mine);
        for mut r in table_reads {
            if year != provisional {
                for t in &mut r.targets {
                    if t.year == provisional {
                        t.year = year;
                    }
                }
            }
            targets.extend(r.targets);
            warnings.extend(r.warnings);
        }
        for mut p in prose_reads {
            name_defined(&mut p.targets, &mut p.warnings);
            // "Năm 2024, Quyết định số … giao tỷ lệ … năm 2024 đạt 40%" in
            // a dispatch of 2025: a year written before the document's is
            // an earlier target quoted, as a table's column of one is.
            if let Some(signed) = date_year {
                let first = p.targets.first().map(|t| t.provenance.line);
                let dropped = drop_years_before(&mut p.targets, signed, year);
                if dropped > 0 {
                    p.warnings.push(Warning::new(
                        "past_target",
                        format!("{dropped} values for years before {signed}, the document's, read as earlier targets quoted, not as targets"),
                        first,
                    ));
                }
            }
            targets.extend(p.targets);
            warnings.extend(p.warnings);
        }
        if let (Some(was), Some(now)) = (&h.number_as_written, &h.number) {
            warnings.push(Warning::new("ocr_repaired", format!("number {was:?} read as {now:?}"), h.number_line.map(|l| l + 1)));
        }
        if src.ocr {
            // Place names the document spells right mend the same names
            // spoilt elsewhere.
            let places = crate::units::PlaceWords::new(rules, src.lines[seg.start..seg.end].iter().map(|l| l.text.as_str()));
            mend_units(rules, &places, &mut targets, &mut warnings);
            mend_lost_commas(&mut targets, &mut warnings);
        }
        warnings.extend(checks::check(&src.lines, seg, &h, &targets));
        let (line_start, line_end) = line_span(&src, seg);
        let pages: Vec<u32> = src.lines[seg.start..seg.end].iter().filter_map(|l| l.page).collect();
        docs.push(Document {
            schema: SCHEMA.into(),
            source: SourceRef {
                path: src.path.clone(),
                sha256: src.sha256.clone(),
                format: src.format.name().into(),
                ocr: src.ocr,
                segment: i,
                line_start,
                line_end,
                page_start: pages.iter().min().copied(),
                page_end: pages.iter().max().copied(),
            },
            number: h.number.clone(),
            serial: h.serial.clone(),
            symbol: h.symbol.clone(),
            doc_type: h.doc_type.clone(),
            issuer: h.issuer.clone(),
            place: h.place.clone(),
            date: h.date.map(|d| d.iso()),
            subject: h.subject.clone(),
            signer: h.signer.clone(),
            recipients: h.recipients.clone(),
            references: h.references.clone(),
            year,
            targets,
            warnings,
        });
    }
    docs
}

static DEFINED: Lazy<Regex> = Lazy::new(|| Regex::new(r"\(([A-ZĐ]{2,8})\)").unwrap());

/// The short names a document gives its words in brackets ("thanh toán
/// trực tuyến (TTTT)", "cơ sở dữ liệu (CSDL)"): a word of capitals whose
/// letters open, in turn, the words right before it. Pairs of the short
/// name and the words.
fn defined_abbreviations(lines: &[crate::read::Line]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for l in lines.iter().filter(|l| l.text.contains('(')) {
        for c in DEFINED.captures_iter(&l.text) {
            let (whole, short) = (c.get(0).map_or(0, |m| m.start()), &c[1]);
            let letters: Vec<char> = short.chars().collect();
            let words: Vec<&str> = l.text[..whole].split_whitespace().collect();
            let Some(from) = words.len().checked_sub(letters.len()) else { continue };
            let long = &words[from..];
            let opens = |w: &str, letter: char| {
                let first = w.chars().next().map(|c| fold(&c.to_string())).unwrap_or_default();
                w.chars().all(char::is_alphabetic) && first.eq_ignore_ascii_case(&fold(&letter.to_string()))
            };
            if long.iter().zip(&letters).all(|(w, &c)| opens(w, c)) && !out.iter().any(|(s, _)| s == short) {
                out.push((short.to_string(), long.join(" ")));
            }
        }
    }
    out
}

/// Targets whose wording named no indicator read again with the short
/// names the document gives spelt out ("Tỷ lệ HS có TTTT phí, lệ phí",
/// where the text says "hồ sơ (HS)" and "thanh toán trực tuyến (TTTT)"):
/// an abbreviation of the document's own, which no rule can know ("TTTT"
/// is also "Thông tin và Truyền thông"). Their wording is kept as
/// written; the warning that it named none goes.
/// Drops the targets for a year before `signed` (the document's date),
/// but those of `kept` (the year the document is for); how many.
fn drop_years_before(targets: &mut Vec<Target>, signed: i32, kept: Option<i32>) -> usize {
    let before = targets.len();
    targets.retain(|t| t.year.is_none_or(|y| y >= signed || Some(y) == kept));
    before - targets.len()
}

fn name_by_defined_abbreviations(rules: &Rules, defined: &[(String, String)], targets: &mut [Target], warnings: &mut Vec<Warning>) {
    if defined.is_empty() {
        return;
    }
    let folded: Vec<(String, String)> = defined.iter().map(|(s, l)| (fold(s), fold(l))).collect();
    let abbreviations = crate::text::Abbreviations::new(&folded);
    let mut named: Vec<String> = Vec::new();
    for t in targets.iter_mut().filter(|t| t.metric.is_none()) {
        let wording = fold(&t.metric_text);
        let text = crate::text::expand_words(&wording, &abbreviations);
        if text == wording {
            continue;
        }
        if let Some(m) = rules.match_metric(&text) {
            t.metric = Some(m.to_string());
            named.push(format!("no indicator rule matches {:?}", t.metric_text));
        }
    }
    warnings.retain(|w| !(w.code == "unmapped_metric" && named.contains(&w.message)));
}

/// OCR'd shares over 100% that are a decimal whose comma the scan lost
/// ("97,5" read as "975"): a table's per cent of three figures, read as
/// two and a tenth, each told in an `ocr_repaired` warning.
fn mend_lost_commas(targets: &mut [Target], warnings: &mut Vec<Warning>) {
    for t in targets.iter_mut().filter(|t| t.provenance.kind == "table" && t.unit_of_measure.as_deref() == Some("%")) {
        if t.value > 100.0 && t.value < 1000.0 && t.value.fract() == 0.0 {
            let was = t.value;
            t.value = was / 10.0;
            warnings.push(Warning::new("ocr_repaired", format!("per cent {was} read as {}", t.value), Some(t.provenance.line)));
        }
    }
}

/// OCR'd unit names with their spoilt words mended (see
/// [`crate::units::mend_name`]), each change told once in an
/// `ocr_repaired` warning.
fn mend_units(rules: &Rules, places: &crate::units::PlaceWords, targets: &mut [Target], warnings: &mut Vec<Warning>) {
    let mut seen: rustc_hash::FxHashMap<String, Option<String>> = Default::default();
    for t in targets {
        let Some(unit) = t.unit.as_ref() else { continue };
        let mended = seen.entry(unit.clone()).or_insert_with(|| {
            let m = crate::units::mend_name(rules, places, unit);
            if let Some(m) = &m {
                warnings.push(Warning::new("ocr_repaired", format!("unit name {unit:?} read as {m:?}"), Some(t.provenance.line)));
            }
            m
        });
        if let Some(m) = mended {
            t.unit = Some(m.clone());
        }
    }
}

/// The year the subject names ("… năm 2024").
fn subject_year(rules: &Rules, h: &Header) -> Option<i32> {
    let subject = h.subject.as_deref()?;
    // The first year not named after words of results since the year
    // before it; else the first. (The words open that stretch, within its
    // first words: "Báo cáo kết quả …", not the "số hóa kết quả giải
    // quyết" of an indicator.)
    let mut from = 0;
    let mut first = None;
    for c in SUBJECT_YEAR.captures_iter(subject) {
        let (m, year) = (c.get(0).unwrap(), c[1].parse::<i32>().ok());
        let before = crate::text::fold(&subject[from..m.start()]);
        let head_end = before.char_indices().filter(|&(_, c)| c == ' ').nth(2).map_or(before.len(), |(i, _)| i);
        let results = rules.prose.subject_results.iter().any(|w| crate::text::word_positions(&before, w).next().is_some_and(|p| p < head_end));
        if !results {
            return year;
        }
        first = first.or(year);
        from = m.end();
    }
    if first.is_some() {
        return first;
    }
    // "… giai đoạn 2026 - 2030" in a plan dated before the period opens:
    // its first year (a period under way leaves the date's year).
    let first: i32 = SUBJECT_PERIOD.captures(subject)?[1].parse().ok()?;
    h.date.is_some_and(|d| first > d.year).then_some(first)
}

fn line_span(src: &Source, seg: &Segment) -> (usize, usize) {
    let non_empty = |i: &usize| !src.lines[*i].text.trim().is_empty();
    let first = (seg.start..seg.end).find(non_empty).unwrap_or(seg.start);
    let last = (seg.start..seg.end).rev().find(non_empty).unwrap_or(first);
    (first + 1, last + 1)
}

/// The title above a table (its upper-case lines or a markdown heading,
/// within the three lines above it, past a "(Kèm theo …)" line) when it
/// tells results and no target ("KẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN …").
fn results_title(rules: &Rules, above: &[crate::read::Line]) -> Option<String> {
    let mut lines = above.iter().rev().map(|l| l.text.trim()).filter(|t| !t.is_empty()).take(6).peekable();
    // "(Kèm theo Quyết định số … của Chủ tịch UBND thành" / "phố Tuy
    // Hòa)": a remark under the title, on one line or wrapped over several.
    if lines.peek().is_some_and(|t| t.ends_with(')')) {
        for _ in 0..3 {
            if lines.next().is_none_or(|t| t.starts_with('(')) {
                break;
            }
        }
    }
    let title: Vec<&str> = lines.take(3).take_while(|t| crate::text::is_upper_line(t) || t.starts_with('#')).collect();
    let p = &rules.prose;
    let folded: Vec<String> = title.iter().map(|t| crate::text::fold(t.trim_start_matches(['#', ' ']))).collect();
    // A title opening with the results ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
    // NĂM 2024") reports them, whatever target words follow.
    // (A line of the title opens it when it is the first, or the one
    // under the appendix's label: "… VÀ SỐ HÓA" / "KẾT QUẢ GIẢI QUYẾT
    // TTHC NĂM 2024" is a title wrapped, its results words no opening.)
    // (`folded` runs from the last line up.)
    let opens_title = |k: usize| k + 1 == folded.len() || rules.prose.appendix_titles.iter().any(|a| crate::text::opens_with(&folded[k + 1], a));
    let opens_past = folded.iter().enumerate().any(|(k, f)| opens_title(k) && p.past_markers.find(f).is_some_and(|m| m.start() == 0));
    let past = opens_past || folded.iter().any(|f| p.past_markers.is_match(f)) && !folded.iter().any(|f| p.sets_target(f));
    // ("KẾT QUẢ NĂM 2021 VÀ CHỈ TIÊU NĂM 2022": both, its target columns
    // read.)
    let past = past && !p.results_and_targets.is_match(&folded.iter().rev().map(String::as_str).collect::<Vec<_>>().join(" "));
    past.then(|| crate::text::squash(&title.iter().rev().copied().collect::<Vec<_>>().join(" ")))
}

/// Where the document's text ends, before `end`: at the last line of its
/// "Nơi nhận" list ("- Lưu: VT, …"). What follows up to an appendix (a
/// portal's "Văn bản liên quan: … (tỷ lệ … 50%)", its footer) is no part
/// of it.
fn text_end(lines: &[crate::read::Line], start: usize, end: usize) -> usize {
    let bare = |i: usize| lines[i].text.trim_start_matches(['-', '+', '*', ' ', '\t']);
    // (Most lines open with another letter: no fold for them.)
    let opens = |i: usize, word: &str| {
        let b = bare(i);
        b.starts_with(|c: char| c.to_ascii_lowercase() == char::from(word.as_bytes()[0]))
            && crate::text::fold_head(b, word.len() + 1).strip_prefix(word).is_some_and(|r| !r.starts_with(char::is_alphanumeric))
    };
    let Some(recipients) = (start..end).find(|&i| opens(i, "noi nhan")) else {
        return end;
    };
    // ("- Lưu: VT", "- Lưu VT, KGVX", "- Lưu: Văn thư"; not "Lưu ý".)
    let filed = |i: usize| {
        if !bare(i).starts_with(['L', 'l']) {
            return false;
        }
        let f = crate::text::fold_head(bare(i), 12);
        f.strip_prefix("luu").is_some_and(|r| {
            let r = r.trim_start_matches([':', ' ']);
            r.is_empty() || r.starts_with("vt") || r.starts_with("van thu")
        })
    };
    (recipients..end).find(|&i| filed(i)).map_or(end, |i| i + 1)
}

/// The sentence leading a table in, in the paragraph right above it
/// ("Năm 2023, tỷ lệ … đạt 41,7%. Kết quả cụ thể của từng địa phương như
/// sau:"), when it opens with the results and sets no target.
fn results_lead(rules: &Rules, above: &[crate::read::Line]) -> Option<String> {
    let mut block: Vec<&str> = above.iter().rev().map(|l| l.text.trim()).skip_while(|t| t.is_empty()).take_while(|t| !t.is_empty()).take(6).collect();
    block.reverse();
    let paragraph = block.join(" ");
    let paragraph = paragraph.trim_matches(['*', '_', ' ']).strip_suffix(':')?;
    let sentence = paragraph.rsplit(". ").next()?.trim_matches(['*', '_', ' ']);
    let f = crate::text::fold(sentence);
    let p = &rules.prose;
    (p.past_markers.find(&f).is_some_and(|m| m.start() == 0) && !p.sets_target(&f)).then(|| crate::text::squash(sentence))
}

/// The heading of the part a table stands in (the nearest Roman
/// numeral's above it, "## I. KẾT QUẢ THỰC HIỆN NĂM 2021"), when it tells
/// results and no target; none past an appendix's title.
///
/// The nearest heading deeper than a Roman numeral's ("1. Kết quả thực
/// hiện năm 2025" in a dispatch whose parts are numbered so) tells results
/// too, when it also names a year before `year`, the one the targets are
/// for; else the search goes on up to a Roman numeral's, past the deeper
/// headings of other parts ("1. Kết quả năm 2023" above "3. Chỉ tiêu giao
/// …").
fn results_section(rules: &Rules, above: &[crate::read::Line], year: Option<i32>) -> Option<String> {
    let mut deep_seen = false;
    for line in above.iter().rev() {
        let t = line.text.trim().trim_start_matches(['#', ' ']).trim_matches('*').trim_start();
        let head = crate::text::fold_head(t, 16);
        if rules.prose.appendix_titles.iter().any(|a| crate::text::opens_with(&head, a)) {
            return None;
        }
        let Some((level, rest)) = prose::marked(t) else { continue };
        let f = crate::text::fold(rest.trim_matches(['*', ' ']));
        let p = &rules.prose;
        let results = p.past_markers.find(&f).is_some_and(|m| m.start() == 0) && !p.sets_target(&f);
        if level == 0 {
            return results.then(|| crate::text::squash(t));
        }
        if std::mem::replace(&mut deep_seen, true) {
            continue;
        }
        // (Or a part of this year: "1. Kết quả thực hiện 9 tháng năm 2025".)
        if results && (year.is_some_and(|y| prose::names_year_before(&f, y)) || p.periods.is_match(rest)) {
            return Some(crate::text::squash(t));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<crate::read::Line> {
        crate::read::plain_lines(s)
    }

    #[test]
    fn a_heading_of_this_year_s_results_so_far_heads_a_table_of_results() {
        let rules = Rules::builtin().unwrap();
        let above = lines("V/v đôn đốc\n1. Kết quả thực hiện 9 tháng năm 2025\nTính đến ngày 30/9/2025, các xã đã tiếp nhận 214.806 hồ sơ:\n");
        assert_eq!(results_section(&rules, &above, Some(2025)).as_deref(), Some("1. Kết quả thực hiện 9 tháng năm 2025"));
        // A heading of targets for the year is none.
        let above = lines("V/v đôn đốc\n1. Chỉ tiêu năm 2025\nGiao các xã:\n");
        assert_eq!(results_section(&rules, &above, Some(2025)), None);
    }

    #[test]
    fn a_short_name_the_document_gives_names_the_indicator_of_a_header() {
        let rules = Rules::builtin().unwrap();
        let text = "ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 12/TB-UBND\nX, ngày 14 tháng 5 năm 2021\nTHÔNG BÁO\nKết luận về dịch vụ công trực tuyến\n\nTình hình hồ sơ (HS) có thanh toán trực tuyến (TTTT) còn thấp.\n\nGiao các huyện chỉ tiêu năm 2021 như sau:\n\nSTT\tĐơn vị\tTỷ lệ HS có TTTT phí, lệ phí (%)\tTỷ lệ HS xử lý ABCD (%)\n1\tHuyện A\t25\t30\n2\tHuyện B\t20\t35\n";
        let docs = extract(crate::read::read_bytes(text.as_bytes(), crate::read::Format::Text, "t.txt", &rules).unwrap(), &rules);
        let got: Vec<(Option<&str>, &str, f64)> = docs[0].targets.iter().map(|t| (t.metric.as_deref(), t.metric_text.as_str(), t.value)).collect();
        assert_eq!(got[0], (Some("online_payment_rate"), "Tỷ lệ HS có TTTT phí, lệ phí (%)", 25.0), "{got:?}");
        // An abbreviation the text does not give stays unknown, and warned of.
        assert_eq!(got[1].0, None);
        let unmapped: Vec<&str> = docs[0].warnings.iter().filter(|w| w.code == "unmapped_metric").map(|w| w.message.as_str()).collect();
        assert_eq!(unmapped.len(), 1, "{unmapped:?}");
        assert!(unmapped[0].contains("ABCD"));
    }

    #[test]
    fn a_target_of_a_year_before_the_documents_quoted_in_prose_is_none() {
        let rules = Rules::builtin().unwrap();
        let text = "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 17/UBND-KSTT\nV/v đẩy mạnh thanh toán trực tuyến\nBến Tre, ngày 14 tháng 4 năm 2025\n\nNăm 2024, Quyết định số 415/QĐ-UBND của Ủy ban nhân dân tỉnh giao tỷ lệ thanh toán trực tuyến năm 2024 đạt 40%.\n\nQuyết định số 2035/QĐ-TTg đã đặt mục tiêu chung của cả nước năm 2025 là tối thiểu 80% hồ sơ được thực hiện trực tuyến toàn trình.\n\nĐề nghị các sở, ban, ngành bảo đảm tỷ lệ thanh toán trực tuyến năm 2025 đạt tối thiểu 50%.\n\nNơi nhận:\n- Như trên;\nCHỦ TỊCH\nNguyễn Văn A\n";
        let docs = extract(crate::read::read_bytes(text.as_bytes(), crate::read::Format::Text, "t.txt", &rules).unwrap(), &rules);
        assert_eq!(docs[0].targets.iter().map(|t| (t.value, t.year)).collect::<Vec<_>>(), [(50.0, Some(2025))]);
        assert!(docs[0].warnings.iter().any(|w| w.code == "past_target"));
    }

    #[test]
    fn a_table_in_a_part_of_results_assigns_nothing() {
        let rules = Rules::builtin().unwrap();
        let above = lines("## I. KẾT QUẢ THỰC HIỆN NĂM 2021\n\n### 2. Tiếp nhận hồ sơ\n\nBảng dưới đây:");
        assert_eq!(results_section(&rules, &above, Some(2022)).as_deref(), Some("I. KẾT QUẢ THỰC HIỆN NĂM 2021"));
        let above = lines("I. KẾT QUẢ NĂM 2021\n\nII. NHIỆM VỤ NĂM 2022\n\nBảng dưới đây:");
        assert_eq!(results_section(&rules, &above, Some(2022)), None);
        let above = lines("I. KẾT QUẢ NĂM 2021\n\nPHỤ LỤC\nChỉ tiêu năm 2022");
        assert_eq!(results_section(&rules, &above, Some(2022)), None);
        // Parts numbered 1., 2.: a part of an earlier year's results; not
        // one of the results to reach this year.
        let above = lines("1. Kết quả thực hiện năm 2025\nKết quả của các xã như sau:");
        assert_eq!(results_section(&rules, &above, Some(2026)).as_deref(), Some("1. Kết quả thực hiện năm 2025"));
        let above = lines("1. Kết quả cần đạt năm 2026\nCác xã bảo đảm:");
        assert_eq!(results_section(&rules, &above, Some(2026)), None);
        // Nor the table of the part after one of results.
        let above = lines("1. Kết quả thực hiện năm 2025\nBảng 1\n2. Giao chỉ tiêu năm 2026\nBảng 2:");
        assert_eq!(results_section(&rules, &above, Some(2026)), None);
    }

    #[test]
    fn the_subject_s_year_is_the_targets_not_the_results() {
        let rules = Rules::builtin().unwrap();
        let year = |s: &str| {
            let h = Header {
                subject: Some(s.to_string()),
                ..Header::default()
            };
            subject_year(&rules, &h)
        };
        assert_eq!(year("Kết quả cung cấp dịch vụ công trực tuyến năm 2024; nhiệm vụ, chỉ tiêu năm 2025"), Some(2025));
        assert_eq!(year("Báo cáo kết quả thực hiện năm 2024"), Some(2024));
        // An indicator's "số hóa kết quả" tells no results.
        assert_eq!(year("Giao chỉ tiêu số hóa kết quả giải quyết thủ tục hành chính năm 2025, năm 2026"), Some(2025));
        assert_eq!(year("Giao chỉ tiêu năm 2024 trên cơ sở kết quả năm 2023"), Some(2024));
    }

    #[test]
    fn the_text_ends_with_the_recipients_list() {
        let l = lines("Điều 1. Đạt 80%.\nNơi nhận:\tCHỦ TỊCH\n- Như trên;\n- Lưu: VT, KGVX.\tNguyễn Văn A\nVăn bản liên quan: Nghị quyết số 41/NQ-HĐND (tỷ lệ 50%)");
        assert_eq!(text_end(&l, 0, l.len()), 4);
        assert_eq!(text_end(&l, 0, 3), 3);
        // No list: the text goes on to the end.
        let l = lines("Điều 1. Đạt 80%.\n- Lưu ý: các xã đạt 50%.");
        assert_eq!(text_end(&l, 0, l.len()), 2);
        let l = lines("Nơi nhận:\n- Lưu ý: các xã đạt 50%.\n- Lưu VT.\nSau");
        assert_eq!(text_end(&l, 0, l.len()), 3);
    }

    #[test]
    fn a_sentence_of_results_leading_a_table_in_marks_it() {
        let rules = Rules::builtin().unwrap();
        let lead = |s: &str| results_lead(&rules, &lines(s));
        assert_eq!(
            lead("Năm 2023, tỷ lệ … đạt 41,7%. Kết quả cụ thể của từng địa phương như sau:\n\n").as_deref(),
            Some("Kết quả cụ thể của từng địa phương như sau")
        );
        // Wrapped over lines.
        assert!(lead("Năm 2023, tỷ lệ … đạt 41,7%. Kết quả cụ thể\ncủa từng địa phương như sau:").is_some());
        // A sentence setting targets, or one not leading a table in.
        assert_eq!(lead("Kết quả cần đạt, giao chỉ tiêu cho các xã như sau:"), None);
        assert_eq!(lead("4. Về dịch vụ công: Chỉ tiêu năm 2024 của từng địa phương như sau:"), None);
        assert_eq!(lead("Kết quả cụ thể của từng địa phương."), None);
    }

    #[test]
    fn a_title_reporting_results_marks_its_table() {
        let rules = Rules::builtin().unwrap();
        let title = |s: &str| results_title(&rules, &lines(s));
        assert!(title("Phụ lục II\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024\n(Kèm theo Quyết định số 186/QĐ-UBND)\n").is_some());
        assert!(title("PHỤ LỤC\nKẾT QUẢ TIẾP NHẬN HỒ SƠ 8 THÁNG ĐẦU NĂM 2022\n").is_some());
        // A title wrapped before its "KẾT QUẢ GIẢI QUYẾT" sets targets.
        assert!(title("PHỤ LỤC\nGIAO CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN VÀ SỐ HÓA\nKẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2024\n(Kèm theo Quyết định số 456/QĐ-UBND)\n").is_none());
        assert!(title("PHỤ LỤC I\nGIAO CHỈ TIÊU NĂM 2025 CHO CÁC ĐƠN VỊ\n(Kèm theo …)\n").is_none());
        // Target words after a result's words elsewhere in the title.
        assert!(title("PHỤ LỤC\nCHỈ TIÊU NĂM 2025 (SO VỚI KẾT QUẢ ĐẠT ĐƯỢC)\n").is_none());
        // A remark under the title wrapped over lines.
        assert!(title("Phụ lục II\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024\n(Kèm theo Quyết định số 186/QĐ-UBND ngày 22/01/2025 của Chủ tịch UBND thành\nphố Tuy Hòa)\n").is_some());
    }

    fn read(text: &str) -> Vec<Document> {
        let rules = Rules::builtin().unwrap();
        extract(crate::read::read_bytes(text.as_bytes(), crate::read::Format::Text, "t.txt", &rules).unwrap(), &rules)
    }

    #[test]
    fn a_dash_item_leading_in_gives_its_indicator_to_items_of_another_dash() {
        let docs = read(
            "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 389/KH-UBND\nLào Cai, ngày 26 tháng 12 năm 2025\n\nKẾ HOẠCH\nNâng cao tỷ lệ hồ sơ trực tuyến giai đoạn 2026 - 2030\n\n\
             - Phấn đấu tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận năm 2026 đạt 70%, đến năm 2030 đạt trên 90%, trong đó:\n\
             + Các sở, ban, ngành tỉnh: năm 2026 đạt tối thiểu 80%;\n\
             + UBND cấp xã đạt tối thiểu 60%.\n\
             - Tỷ lệ thanh toán trực tuyến đạt 55%.\n",
        );
        let d = &docs[0];
        // A plan dated before its period opens is for the period's first year.
        assert_eq!(d.year, Some(2026));
        type Read<'a> = (Option<&'a str>, Option<&'a str>, f64, Option<i32>);
        let got: Vec<Read> = d.targets.iter().map(|t| (t.unit.as_deref(), t.metric.as_deref(), t.value, t.year)).collect();
        assert_eq!(
            got,
            vec![
                (None, Some("online_dossier_rate"), 70.0, Some(2026)),
                (None, Some("online_dossier_rate"), 90.0, Some(2030)),
                (Some("Các sở, ban, ngành tỉnh"), Some("online_dossier_rate"), 80.0, Some(2026)),
                (Some("UBND cấp xã"), Some("online_dossier_rate"), 60.0, Some(2026)),
                (None, Some("online_payment_rate"), 55.0, Some(2026)),
            ]
        );
    }

    #[test]
    fn a_numbered_item_leading_in_gives_its_indicator_and_a_line_of_exceptions_takes_the_last() {
        let docs = read(
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 87/QĐ-UBND\nQuảng Ngãi, ngày 21 tháng 01 năm 2025\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu năm 2025\n\n\
             Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, số hóa kết quả giải quyết thủ tục hành chính năm 2025 như sau:\n\
             1. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính:\n\
             - Các Sở: Tư pháp, Nội vụ đạt tối thiểu 90%;\n\
             - Ủy ban nhân dân các huyện: Sơn Hà, Ba Tơ đạt 60%.\n\
             2. Tỷ lệ thanh toán trực tuyến: các sở, ban, ngành đạt 30%.\n\
             Riêng các Sở: Tư pháp, Y tế phấn đấu đạt tối thiểu 50%.\n",
        );
        let got: Vec<(Option<&str>, Option<&str>, f64)> = docs[0].targets.iter().map(|t| (t.unit.as_deref(), t.metric.as_deref(), t.value)).collect();
        assert_eq!(
            got,
            vec![
                (Some("Sở Tư pháp"), Some("online_dossier_rate"), 90.0),
                (Some("Sở Nội vụ"), Some("online_dossier_rate"), 90.0),
                (Some("Ủy ban nhân dân huyện Sơn Hà"), Some("online_dossier_rate"), 60.0),
                (Some("Ủy ban nhân dân huyện Ba Tơ"), Some("online_dossier_rate"), 60.0),
                (Some("các sở, ban, ngành"), Some("online_payment_rate"), 30.0),
                (Some("Sở Tư pháp"), Some("online_payment_rate"), 50.0),
                (Some("Sở Y tế"), Some("online_payment_rate"), 50.0),
            ]
        );
    }

    #[test]
    fn a_heading_wrapped_over_two_lines_names_the_indicator_of_its_items() {
        let docs = read(
            "ỦY BAN NHÂN DÂN\nHUYỆN SUỐI HOA\nSố: 1127/UBND-VP\nSuối Hoa, ngày 09 tháng 3 năm 2022\n\nKính gửi: UBND các xã, thị trấn.\n\n\
             **1\\. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến mức\nđộ 3, 4**\n\n\
             \\- UBND các xã Hạ Lũng và Suối Nhạn: tối thiểu 30%;\n\n\
             **2\\. Thời hạn giải quyết hồ sơ, năm 2022 của các xã, thị trấn và các phòng**\n\n\
             \\- UBND các xã Tà Lạt: tối thiểu 20%.\n",
        );
        let got: Vec<(Option<&str>, Option<&str>, f64)> = docs[0].targets.iter().map(|t| (t.unit.as_deref(), t.metric.as_deref(), t.value)).collect();
        // (The second heading names no indicator: the first's is not
        // carried to its item, which names none.)
        assert_eq!(
            got,
            vec![
                (Some("UBND xã Hạ Lũng"), Some("online_dossier_rate"), 30.0),
                (Some("UBND xã Suối Nhạn"), Some("online_dossier_rate"), 30.0)
            ]
        );
    }

    #[test]
    fn a_nested_dash_list_s_items_are_of_the_dash_item_over_them() {
        let docs = read(
            "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 512/KH-UBND\nLào Cai, ngày 27 tháng 12 năm 2024\n\nKẾ HOẠCH\nNâng cao hiệu quả cung cấp dịch vụ công trực tuyến năm 2025\n\nI. MỤC TIÊU\n\
             - Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt tối thiểu 80%.\n\
             - **Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính** theo từng cấp:\n\
             \x20   - a) Cấp tỉnh: tối thiểu 80%;\n\
             \x20   - b) Cấp huyện: tối thiểu 65%;\n\
             - Mức độ hài lòng của người dân đạt trên 90%.\n",
        );
        let got: Vec<(Option<&str>, Option<&str>, f64)> = docs[0].targets.iter().map(|t| (t.unit.as_deref(), t.metric.as_deref(), t.value)).collect();
        assert_eq!(
            got,
            vec![
                (None, Some("online_service_uptake_rate"), 80.0),
                (Some("Cấp tỉnh"), Some("online_dossier_rate"), 80.0),
                (Some("Cấp huyện"), Some("online_dossier_rate"), 65.0),
                (None, Some("satisfaction_rate"), 90.0)
            ]
        );
    }
}
