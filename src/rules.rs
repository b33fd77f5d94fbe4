//! Domain knowledge loaded from `rules/` (TOML files, one per family):
//! indicator wordings, abbreviations, document types, column roles, unit
//! enumerations, OCR repairs, prose cues and legacy encodings.
//!
//! In: a rules directory (or the copy built into the binary). Out: a
//! compiled [`Rules`] value, every regex compiled once. An error names the
//! file and the entry.

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use regex::Regex;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::legacy::LegacyTable;
use crate::memo::{remembered, Memo};
use crate::mend::Vocabulary;
use crate::syllable::Syllables;
use crate::text::{expand_words, fold, Abbreviations};

/// The rules files built into the binary, as (file name, contents).
pub const BUILTIN: &[(&str, &str)] = &[
    ("metrics.toml", include_str!("../rules/metrics.toml")),
    ("abbreviations.toml", include_str!("../rules/abbreviations.toml")),
    ("doc_types.toml", include_str!("../rules/doc_types.toml")),
    ("columns.toml", include_str!("../rules/columns.toml")),
    ("units.toml", include_str!("../rules/units.toml")),
    ("ocr.toml", include_str!("../rules/ocr.toml")),
    ("prose.toml", include_str!("../rules/prose.toml")),
    ("people.toml", include_str!("../rules/people.toml")),
    ("web.toml", include_str!("../rules/web.toml")),
    ("encodings/tcvn3.toml", include_str!("../rules/encodings/tcvn3.toml")),
    ("encodings/vni.toml", include_str!("../rules/encodings/vni.toml")),
    ("encodings/cp1258.toml", include_str!("../rules/encodings/cp1258.toml")),
];

/// A canonical indicator (spec/metrics.md).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Canonical id, e.g. `online_payment_rate`.
    pub id: String,
    /// What it measures, in English.
    pub meaning: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetricsFile {
    indicator: Vec<Indicator>,
    rule: Vec<MetricRuleSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetricRuleSpec {
    id: String,
    #[serde(default)]
    all: Vec<String>,
    #[serde(default)]
    any: Vec<String>,
    #[serde(default)]
    none: Vec<String>,
}

struct MetricRule {
    /// `None` for a lookalike that maps to no indicator.
    id: Option<String>,
    /// Indices into `Rules::metric_set`.
    all: Vec<usize>,
    any: Vec<usize>,
    none: Vec<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AbbreviationsFile {
    abbreviation: Vec<Abbreviation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Abbreviation {
    short: String,
    long: String,
}

/// A document type: its id, symbol abbreviations and title words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocType {
    /// `quyet_dinh`, `cong_van`, …
    pub id: String,
    /// Abbreviations in a symbol ("QĐ").
    pub abbr: Vec<String>,
    /// Title words, folded ("quyet dinh").
    pub title: Vec<String>,
    /// The type's name as written in running text ("Quyết định").
    pub name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocTypesFile {
    #[serde(default)]
    body_openers: Vec<String>,
    #[serde(default)]
    paragraph_openers: Vec<String>,
    #[serde(default)]
    not_subject: Vec<String>,
    r#type: Vec<DocType>,
}

/// The role a table column plays (see rules/columns.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Row number.
    Index,
    /// Assignee named in each row.
    Unit,
    /// "Đơn vị chủ trì".
    Assignee,
    /// Cooperating units.
    Partner,
    /// Unit of measure.
    Measure,
    /// Legal basis.
    Basis,
    /// "Ghi chú".
    Note,
    /// Completion time.
    Deadline,
    /// An achieved figure, never a target.
    Past,
    /// The assigned value.
    Value,
    /// The indicator named in each row.
    Indicator,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnsFile {
    column: Vec<ColumnSpec>,
    label_ends: Vec<String>,
    cell_words: CellWordsFile,
    #[serde(default)]
    count_measures: Vec<String>,
    #[serde(default)]
    total_rows: Vec<String>,
    #[serde(default)]
    unassigned_rows: Vec<String>,
    #[serde(default)]
    past_sections: Vec<String>,
}

/// Words a value cell may hold around its number (rules/columns.toml).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CellWordsFile {
    floor_before: Vec<String>,
    ceiling_before: Vec<String>,
    floor_after: Vec<String>,
    ceiling_after: Vec<String>,
}

/// How a value cell is read: its number, with the words around it that
/// give its comparator ("tối thiểu 80%", "≤ 5%", "80% trở lên").
#[derive(Debug)]
pub struct CellWords {
    /// A cell: words before, the number, "%", words after.
    pub value: Regex,
    /// Words (lower case) that make the value a ceiling.
    pub ceiling: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnSpec {
    role: Role,
    patterns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitsFile {
    heads: Vec<String>,
    levels: Vec<String>,
    #[serde(default)]
    level_qualifiers: Vec<String>,
    enumeration_heads: std::collections::BTreeMap<String, String>,
    departments: Vec<String>,
    stop_words: Vec<String>,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    department_heads: Vec<String>,
    #[serde(default)]
    office_holders: Vec<String>,
    #[serde(default)]
    joined_names: Vec<String>,
    #[serde(default)]
    parent_bodies: Vec<String>,
    #[serde(default)]
    not_heads: Vec<String>,
    #[serde(default)]
    group_openers: Vec<String>,
    #[serde(default)]
    body_abbreviations: std::collections::BTreeMap<String, String>,
}

/// Knowledge about assignees, folded where it is compared.
#[derive(Debug, Clone)]
pub struct UnitRules {
    /// Folded words that open a unit name.
    pub heads: Vec<String>,
    /// The longest of `heads`, in bytes: how far a text's opening is
    /// folded to tell them.
    pub longest_head: usize,
    /// Folded administrative levels, longest first.
    pub levels: Vec<String>,
    /// Folded words between a level and a place's name that tell what
    /// kind of place it is ("huyện miền núi Ba Tơ", "huyện đảo Lý Sơn"),
    /// longest first.
    pub level_qualifiers: Vec<String>,
    /// Folded plural head → singular as written.
    pub enumeration_heads: Vec<(String, String)>,
    /// Department names as written, longest first.
    pub departments: Vec<String>,
    /// The same names folded, in the same order.
    pub departments_folded: Vec<String>,
    /// Words (lower case, with diacritics) that end a list of place names.
    pub stop_words: Vec<String>,
    /// The same words, searched for at once.
    pub stop_finder: aho_corasick::AhoCorasick,
    /// The department names (lower case) a stop word stands in ("người
    /// có công"): no list stops inside one.
    pub stop_departments: Vec<String>,
    /// The words unit names are made of, to mend OCR'd names.
    pub vocabulary: Vocabulary,
    /// Folded words that open a department's name ("so", "phong").
    pub department_heads: Vec<String>,
    /// Titles of a body's head ("thu truong"), folded, longest first.
    pub office_holders: Vec<String>,
    /// Folded openings of one unit's name that join two bodies with "và"
    /// ("van phong hdnd va ubnd"): no list splits there.
    pub joined_names: Vec<String>,
    /// A body's name shortened, as written in capitals, and spelt out
    /// ("UBND" → "ỦY BAN NHÂN DÂN"); each with the folded forms of both.
    pub body_abbreviations: Vec<(String, String)>,
    /// The folded openings of a body that has bodies under it: each
    /// abbreviation and its long form ("ubnd", "uy ban nhan dan").
    pub parent_openings: Vec<String>,
    /// Words (lower case, as written) that fold to a head's first word but
    /// open no unit's name ("số" is no "Sở", "bản" no "Ban").
    pub not_heads: Vec<String>,
    /// Words opening a group of units written in lower case ("các", "cấp").
    pub group_openers: Vec<String>,
    /// Folded names of bodies that an issuer block names alone under their
    /// parent ("UBND TỈNH X / VĂN PHÒNG"): the issuer is the body of the parent.
    pub parent_bodies: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OcrFile {
    repair: Vec<RepairSpec>,
    #[serde(default)]
    cell_specks: String,
    syllables: Option<SyllablesSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SyllablesSpec {
    onsets: Vec<String>,
    codas: Vec<String>,
    vowels: String,
    max_vowels: usize,
    #[serde(default)]
    tone_marks: String,
    #[serde(default)]
    stop_codas: Vec<String>,
    #[serde(default)]
    stop_tones: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RepairSpec {
    find: String,
    replace: String,
    why: String,
}

/// One OCR repair.
#[derive(Debug, Clone)]
pub struct Repair {
    /// What to find.
    pub find: Regex,
    /// Its replacement (`$1` … for groups).
    pub replace: String,
    /// Why, for the warning.
    pub why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProseFile {
    past_markers: Vec<String>,
    #[serde(default)]
    aims_in_results: Vec<String>,
    #[serde(default)]
    results_and_targets: Vec<String>,
    #[serde(default)]
    result_phrases: Vec<String>,
    target_markers: Vec<String>,
    #[serde(default)]
    target_not: Vec<String>,
    ceiling: Vec<String>,
    #[serde(default)]
    ceiling_not: Vec<String>,
    floor: Vec<String>,
    exact: Vec<String>,
    skip_lines: Vec<String>,
    phrase_stops: Vec<String>,
    #[serde(default)]
    list_ends: Vec<String>,
    value_words: Vec<String>,
    #[serde(default)]
    wording_openers: Vec<String>,
    no_value: Vec<String>,
    #[serde(default)]
    exception_cues: Vec<String>,
    #[serde(default)]
    respectively_cues: Vec<String>,
    #[serde(default)]
    same_indicator: Vec<String>,
    #[serde(default)]
    remainder_words: Vec<String>,
    #[serde(default)]
    owner_cues: Vec<String>,
    #[serde(default)]
    place_cues: Vec<String>,
    #[serde(default)]
    alias_cues: Vec<String>,
    #[serde(default)]
    owner_stops: Vec<String>,
    #[serde(default)]
    owner_groups: Vec<String>,
    #[serde(default)]
    subject_verbs: Vec<String>,
    #[serde(default)]
    jurisdiction_subjects: Vec<String>,
    #[serde(default)]
    subject_not: Vec<String>,
    #[serde(default)]
    subject_leads: Vec<String>,
    #[serde(default)]
    speaker_leads: Vec<String>,
    #[serde(default)]
    subject_apposition: Vec<String>,
    #[serde(default)]
    subject_handoff: Vec<String>,
    #[serde(default)]
    subject_tails: Vec<String>,
    #[serde(default)]
    item_leads: Vec<String>,
    #[serde(default)]
    indicator_leads: Vec<String>,
    #[serde(default)]
    indicator_topics: Vec<String>,
    #[serde(default)]
    indicator_heads: Vec<String>,
    #[serde(default)]
    score_units: Vec<String>,
    #[serde(default)]
    score_then: Vec<String>,
    #[serde(default)]
    article_marks: Vec<String>,
    #[serde(default)]
    change_words: Vec<String>,
    #[serde(default)]
    result_verbs: Vec<String>,
    #[serde(default)]
    subject_results: Vec<String>,
    #[serde(default)]
    range_words: Vec<String>,
    #[serde(default)]
    clause_handoff: Vec<String>,
    #[serde(default)]
    whole_jurisdiction: Vec<String>,
    #[serde(default)]
    change_from: Vec<String>,
    #[serde(default)]
    year_words: Vec<String>,
    #[serde(default)]
    open_words: Vec<String>,
    #[serde(default)]
    agent_cues: Vec<String>,
    #[serde(default)]
    agent_verbs: Vec<String>,
    #[serde(default)]
    replaced_cues: Vec<String>,
    #[serde(default)]
    replaced_after: Vec<String>,
    #[serde(default)]
    replaced_later: Vec<String>,
    #[serde(default)]
    relative_before: Vec<String>,
    #[serde(default)]
    relative_after: Vec<String>,
    #[serde(default)]
    relative_alone: Vec<String>,
    #[serde(default)]
    task_before: Vec<String>,
    #[serde(default)]
    periods: Vec<String>,
    #[serde(default)]
    example_cues: Vec<String>,
    #[serde(default)]
    appendix_titles: Vec<String>,
}

/// Cues for reading targets out of running text.
#[derive(Debug, Clone)]
pub struct ProseRules {
    /// Achieved-figure cues.
    pub past_markers: Regex,
    /// What makes a value under a heading of results a target ("phấn
    /// đấu"), folded.
    pub aims_in_results: Regex,
    /// A results title that joins this year's targets to them.
    pub results_and_targets: Regex,
    /// Words that measure a result against a target ("chưa đạt chỉ tiêu
    /// được giao"): a past cue, and no target cue.
    pub result_phrases: Regex,
    /// Words before a value in its clause ("thay thế chỉ tiêu …") and right
    /// after it ("đã giao"): the value a newer target replaces.
    pub replaced_cues: Regex,
    pub replaced_after: Regex,
    /// Words later in a value's clause ("… 40% giao tại Văn bản số …
    /// được thay thế"): the value is replaced.
    pub replaced_later: Regex,
    /// Words right before a value ("tăng") and right after it ("so với"):
    /// a change against another figure, no target.
    pub relative_before: Regex,
    pub relative_after: Regex,
    /// Words right before a value that make it a change by themselves
    /// ("hằng năm tăng ít nhất 10%"), whatever follows.
    pub relative_alone: Regex,
    /// The words of a clause before a value that make it the share of a
    /// task's objects ("Rà soát … quy trình đối với 100% thủ tục"), no target.
    pub task_before: Regex,
    /// Parts of a year a target is set for ("quý II/2026"), as words.
    pub periods: Regex,
    /// Words opening an example ("ví dụ"), ignoring case (whole words:
    /// asked of each match).
    pub example_cues: Regex,
    /// Openings of an appendix's title ("phu luc"), folded: a part of the
    /// body above ends there.
    pub appendix_titles: Vec<String>,
    /// Assigned-figure cues.
    pub target_markers: Regex,
    /// Words holding a cue that set no target ("giao dịch", "Giáo dục").
    pub target_not: Regex,
    /// Ceiling words.
    pub ceiling: Vec<String>,
    /// The folded ceiling words as one whole-word regex over folded text.
    pub ceiling_folded: Regex,
    /// Folded phrases in which a ceiling word sets no ceiling ("dưới hình
    /// thức": in the form of).
    pub ceiling_not: Vec<String>,
    /// Floor words.
    pub floor: Vec<String>,
    /// Exact words.
    pub exact: Vec<String>,
    /// Lines that are not body text.
    pub skip_lines: Regex,
    /// How much of a folded line `skip_lines` reads, when every pattern is
    /// anchored at the line's start and bounded: the rest need not be
    /// folded.
    pub skip_reach: Option<usize>,
    /// Words ending an indicator phrase to the right of a value.
    pub phrase_stops: Regex,
    /// Words ending a caption's list of indicators (its year, its units).
    pub list_ends: Regex,
    /// Words (lower case, with diacritics) around a value that belong to no indicator phrase.
    pub value_words: Vec<String>,
    /// Words (lower case, with diacritics) that open an indicator's
    /// wording though a value word opens them ("mức độ hài lòng"): kept.
    pub wording_openers: Vec<String>,
    /// Folded cell texts that mean "nothing assigned".
    pub no_value: Vec<String>,
    /// Folded words that open an exception for named units after an
    /// indicator's value ("…; riêng Sở Y tế đạt 60%"): the value is for
    /// the same indicator.
    pub exception_cues: Vec<String>,
    /// Folded words before values that go one to each of the indicators or
    /// units listed before them, in order ("lần lượt là 60%, 70% và 80%").
    pub respectively_cues: Vec<String>,
    /// Wordings that name the indicator just named again ("tỷ lệ này"),
    /// folded.
    pub same_indicator: Vec<String>,
    /// Words naming the units no item before named ("còn lại"), folded.
    pub remainder_words: Vec<String>,
    /// Words (lower case, as written) after an indicator's wording that
    /// name its owner ("… của Sở Y tế"): the owner's units get the value.
    /// As written, so that "Một cửa" holds no "của".
    pub owner_cues: Vec<String>,
    /// Words (lower case, as written) that, right after a value, name
    /// where it is to be reached: "đạt 80% tại Phòng Tư pháp cấp huyện".
    pub place_cues: Vec<String>,
    /// Words (lower case, as written) in brackets after a name that give
    /// it a short name ("(sau đây gọi chung là UBND cấp huyện)"): the
    /// brackets are no part of the units.
    pub alias_cues: Vec<String>,
    /// Words (lower case, as written) that end an owner's name: what
    /// follows says what is done to the thing owned ("của UBND huyện được
    /// ký số").
    pub owner_stops: Vec<String>,
    /// Folded words opening an owner that is a group, not units ("các").
    pub owner_groups: Vec<String>,
    /// Verbs, in lower case as written, that end a sentence's subject ("Sở Y tế phấn đấu tỷ lệ
    /// … 50%": the units the subject names get the value).
    pub subject_verbs: Vec<String>,
    /// Subjects that are the whole jurisdiction, not a unit ("UBND tỉnh").
    pub jurisdiction_subjects: Regex,
    /// Lower-case verbs that make a subject more than units' names ("Các
    /// sở tổ chức triển khai …"); written with diacritics, matched as
    /// written, so that "Ban Chỉ đạo" is a name and "chỉ đạo" a verb.
    pub subject_not: Vec<String>,
    /// Words that hand a sentence's subject its task, before it ("Giao Sở
    /// Y tế bảo đảm 100% …"), as written.
    pub subject_leads: Vec<String>,
    /// Words after the name of whoever speaks that hand the units after
    /// them the task ("Sở Khoa học và Công nghệ đề nghị UBND các xã …
    /// phấn đấu … 80%": the xã's), lower case, as written.
    pub speaker_leads: Vec<String>,
    /// Words after a subject's name that open a description of it ("Ủy
    /// ban nhân dân thành phố X là địa phương điểm …, phấn đấu …"): the
    /// name ends there (as written, lower case).
    pub subject_apposition: Vec<String>,
    /// Verbs after such a description's opening word that hand the task
    /// on to others ("Sở X theo dõi, hướng dẫn các xã bảo đảm …"): then
    /// the subject names no unit of the value (lower case, as written).
    pub subject_handoff: Vec<String>,
    /// Words between a subject's name and its "tỷ lệ" that are no part
    /// of the name ("các xã A, B có tỷ lệ …"), as written.
    pub subject_tails: Vec<String>,
    /// Words before the units a list item's head or a heading names ("-
    /// Đối với các sở, ban, ngành: …", "b) Riêng huyện X"), as written.
    pub item_leads: Vec<String>,
    /// Words before the indicator an item's head names ("1. Giao chỉ tiêu
    /// tỷ lệ …: các sở tối thiểu 20%"), as written.
    pub indicator_leads: Vec<String>,
    /// Words after which an item's head names its indicator ("3. Sửa đổi
    /// khoản 3 Điều 1 về tỷ lệ …: …"), folded.
    pub indicator_topics: Vec<String>,
    /// Words besides "tỷ lệ" that open an indicator's wording beside its
    /// value, whether a rule knows it or not ("Chỉ số phục vụ người dân …
    /// đạt từ 90 điểm trở lên": kept, unmapped), folded.
    pub indicator_heads: Vec<String>,
    /// Units a score is counted in besides "%" ("90 điểm"), as written.
    pub score_units: Vec<String>,
    /// A figure, then a word of `score_units`: (figure, unit).
    pub score: Regex,
    /// Words that may follow a score's unit ("trở lên"), as written: any
    /// other word makes the figure no score ("3 điểm giao dịch").
    pub score_then: Vec<String>,
    /// Words that number a part of a document as a list mark does ("Điều
    /// 2.", "Khoản 3."), as written.
    pub article_marks: Vec<String>,
    /// Words (lower case, as written) between the value a target changes
    /// from and the one it changes to ("từ 45% xuống 30%").
    pub change_words: Vec<String>,
    /// Verbs telling what a value was (folded: "đạt", "có"): with a year
    /// before the document's, a past result ("Năm 2025, toàn tỉnh có
    /// 58,2% hồ sơ …" in a plan for 2026).
    pub result_verbs: Vec<String>,
    /// Words of a subject telling results (folded: "ket qua"): a year
    /// after them is the results', not the targets' ("Kết quả … năm 2024;
    /// nhiệm vụ, chỉ tiêu năm 2025").
    pub subject_results: Vec<String>,
    /// Words between a range's floor and its top, after a word of
    /// `change_from` ("từ 50% đến 60%"), lower case as written: the floor
    /// is the target, the range its note.
    pub range_words: Vec<String>,
    /// Leads (of `subject_leads`) directing a part of the speaker's own
    /// ("Chỉ đạo Bộ phận Một cửa thực hiện …;"): the part named is the
    /// subject of its clause only, not of one after a semicolon.
    pub clause_handoff: Vec<String>,
    /// Words opening a table's row or column of the whole jurisdiction
    /// ("Toàn tỉnh"), folded: with a level after them
    /// (`jurisdiction_subjects`), its values are the jurisdiction's, no
    /// unit's.
    pub whole_jurisdiction: Vec<String>,
    /// Words (lower case) right before the value a target changes from
    /// ("từ").
    pub change_from: Vec<String>,
    /// Words (lower case) that join two values by their years alone
    /// ("năm 2025 và năm 2026").
    pub year_words: Vec<String>,
    /// Words (as written, lower case) no sentence ends in: a line ending
    /// in one goes on in the next ("… đối với các" / "Sở: Tư pháp …").
    pub open_words: Vec<String>,
    /// Words (lower case) before who handles the things an exception
    /// names ("do"), and the verbs after them ("tiếp nhận"): "riêng các
    /// TTHC do Trung tâm X tiếp nhận" excepts Trung tâm X.
    pub agent_cues: Vec<String>,
    pub agent_verbs: Vec<String>,
}

impl ProseRules {
    /// Whether folded text holds an assigned figure's cue (none inside
    /// words that only look like one: "giao dịch", "Sở Giáo dục").
    pub fn sets_target(&self, folded: &str) -> bool {
        if self.target_not.is_match(folded) {
            self.target_markers.is_match(&self.target_not.replace_all(folded, " "))
        } else {
            self.target_markers.is_match(folded)
        }
    }

    /// Folded text with the phrases in which a ceiling word sets no
    /// ceiling blanked out.
    pub fn without_ceiling_not<'a>(&self, folded: &'a str) -> Cow<'a, str> {
        let mut out = Cow::Borrowed(folded);
        for p in &self.ceiling_not {
            if out.contains(p.as_str()) {
                out = Cow::Owned(out.replace(p.as_str(), " "));
            }
        }
        out
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    surnames: Vec<String>,
    not_names: Vec<String>,
    #[serde(default)]
    positions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WebFile {
    furniture: Vec<String>,
}

/// Knowledge for reading web pages.
#[derive(Debug, Clone)]
pub struct Web {
    /// Words in a class or id that mark a site's furniture, lower case.
    pub furniture: Vec<String>,
}

/// Knowledge for reading signers' names.
#[derive(Debug, Clone)]
pub struct People {
    /// Family names.
    pub surnames: Vec<String>,
    /// Words that never open a name.
    pub not_names: Vec<String>,
    /// Positions a signer holds, folded ("chu tich"): the line above a
    /// name signed with no capacity line ("CHỦ TỊCH") when it is one.
    pub positions: Vec<String>,
}

/// The ids rules are given, for the memos ([`crate::memo`]).
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Every rule, compiled.
pub struct Rules {
    /// Which rules these are, for the memos: answers found under other
    /// rules are not these rules' answers.
    id: u64,
    /// Canonical indicators.
    pub indicators: Vec<Indicator>,
    metric_rules: Vec<MetricRule>,
    /// Every pattern of every metric rule, matched in one pass.
    metric_set: crate::patterns::PatternSet,
    /// The words indicator rules are written in, to read an OCR slip
    /// ("tu rến", "toin", "trrn") as the word it spoils.
    metric_words: Vocabulary,
    /// Folded abbreviations and their long forms.
    pub abbreviations: Abbreviations,
    /// Document types.
    pub doc_types: Vec<DocType>,
    /// Words that open the body after the subject, folded
    /// (`doc_types.toml`, `body_openers`).
    pub body_openers: Vec<String>,
    /// Words that open a paragraph of a PDF or scan, folded: the body
    /// openers and `paragraph_openers`.
    pub paragraph_openers: Vec<String>,
    /// Words a subject never opens with, folded (`doc_types.toml`,
    /// `not_subject`): such a line after the title is the body.
    pub not_subject: Vec<String>,
    /// Column roles in order, with their patterns' indices in `column_set`.
    pub columns: Vec<(Role, Vec<usize>)>,
    /// Every column pattern, matched in one pass.
    column_set: regex::RegexSet,
    /// Where an indicator's name ends in a long row label (folded text).
    pub label_ends: Regex,
    /// Measures of a count a column's header may end in, "(thủ tục)"
    /// (folded): its values are counts, none of the indicators.
    pub count_measures: Vec<String>,
    /// Labels of a table's row of sums, "Tổng cộng" (folded): no unit's.
    pub total_rows: Vec<String>,
    /// Words of a row's label saying it assigns nothing ("… (để theo dõi,
    /// không giao chỉ tiêu)", folded): its figures are no targets.
    pub unassigned_rows: Vec<String>,
    /// A table's section of results ("III. Số liệu thực hiện 6 tháng đầu
    /// năm"): its rows hold figures achieved, no targets.
    pub past_sections: Regex,
    /// How a value cell is read.
    pub cell_words: CellWords,
    /// Unit knowledge.
    pub units: UnitRules,
    /// OCR repairs.
    pub repairs: Vec<Repair>,
    /// The lines the repairs may match: a line it rules out needs no
    /// repair.
    pub repair_gate: crate::gate::LineGate,
    /// What a Vietnamese syllable is made of, to split words OCR ran
    /// together (empty: no splitting).
    pub syllables: Syllables,
    /// Stray marks a scan leaves around a table cell's number ("85 :",
    /// "|60", "85 °"): trimmed before the number is read.
    pub cell_specks: Vec<char>,
    /// Prose cues.
    pub prose: ProseRules,
    /// Legacy 8-bit encodings.
    pub legacy: Vec<LegacyTable>,
    /// Signers' names.
    pub people: People,
    /// Web pages.
    pub web: Web,
}

fn parse<T: for<'de> Deserialize<'de>>(file: &str, src: &str) -> Result<T> {
    toml::from_str(src).map_err(|e| Error::Rules {
        file: file.to_string(),
        message: e.to_string(),
    })
}

/// Checks a pattern's syntax, naming the entry on error: for patterns
/// compiled later as part of a set (compiling each alone as well would
/// double the start-up's work).
fn check_syntax(file: &str, entry: &str, pattern: &str) -> Result<()> {
    regex_syntax::Parser::new().parse(pattern).map(drop).map_err(|e| bad_pattern(file, entry, pattern, e))
}

fn compile(file: &str, entry: &str, pattern: &str) -> Result<Regex> {
    Regex::new(pattern).map_err(|e| bad_pattern(file, entry, pattern, e))
}

fn bad_pattern(file: &str, entry: &str, pattern: &str, e: impl std::fmt::Display) -> Error {
    Error::Rules {
        file: file.to_string(),
        message: format!("{entry}: bad pattern {pattern:?}: {e}"),
    }
}

/// The longest text (in bytes, and one byte more for a word boundary) that
/// patterns all anchored at the start can match; `None` when any is not
/// so anchored, unbounded, or looks for the text's end.
fn reach(patterns: &[String]) -> Option<usize> {
    patterns.iter().try_fold(0, |most, p| {
        let props = regex_syntax::Parser::new().parse(p).ok()?.properties().clone();
        use regex_syntax::hir::Look;
        let ends = [Look::End, Look::EndLF, Look::EndCRLF].iter().any(|&l| props.look_set().contains(l));
        (props.look_set_prefix().contains(Look::Start) && !ends).then_some(())?;
        Some(most.max(props.maximum_len()? + 1))
    })
}

fn alternation(file: &str, entry: &str, patterns: &[String]) -> Result<Regex> {
    compile(file, entry, &any_of(patterns))
}

/// `patterns` as one alternation, each grouped; one that never matches
/// when there are none.
fn any_of(patterns: &[String]) -> String {
    if patterns.is_empty() {
        "$^".to_string()
    } else {
        patterns.iter().map(|p| format!("(?:{p})")).collect::<Vec<_>>().join("|")
    }
}

impl Rules {
    /// The rules built into the binary.
    pub fn builtin() -> Result<Rules> {
        Rules::from_sources(|name| {
            BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, s)| s.to_string()).ok_or_else(|| Error::Rules {
                file: name.to_string(),
                message: "missing".into(),
            })
        })
    }

    /// Loads every rules file from `dir` (same names as in `rules/`).
    pub fn load(dir: &Path) -> Result<Rules> {
        Rules::from_sources(|name| {
            let p = dir.join(name);
            std::fs::read_to_string(&p).map_err(|e| Error::Rules {
                file: p.display().to_string(),
                message: e.to_string(),
            })
        })
    }

    fn from_sources(read: impl Fn(&str) -> Result<String>) -> Result<Rules> {
        let f = "ocr.toml";
        let o: OcrFile = parse(f, &read(f)?)?;
        let repairs = o
            .repair
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                Ok(Repair {
                    find: compile(f, &format!("repair #{}", i + 1), &r.find)?,
                    replace: r.replace,
                    why: r.why,
                })
            })
            .collect::<Result<Vec<_>>>()?;

        let syllables = match &o.syllables {
            Some(s) => Syllables::new(&s.onsets, &s.codas, &s.vowels, s.max_vowels)
                .map(|y| y.with_stops(&s.tone_marks, &s.stop_codas, &s.stop_tones))
                .map_err(|m| Error::Rules {
                    file: f.into(),
                    message: format!("[syllables]: {m}"),
                })?,
            None => Syllables::default(),
        };
        let repair_gate = crate::gate::LineGate::new(&repairs.iter().map(|r| r.find.as_str().to_string()).collect::<Vec<_>>()).map_err(|message| Error::Rules {
            file: f.into(),
            message: format!("repairs: {message}"),
        })?;

        let f = "metrics.toml";
        let metrics: MetricsFile = parse(f, &read(f)?)?;
        let known: Vec<&str> = metrics.indicator.iter().map(|i| i.id.as_str()).collect();
        let mut metric_rules = Vec::new();
        let mut metric_patterns: Vec<String> = Vec::new();
        for (i, r) in metrics.rule.iter().enumerate() {
            let entry = format!("rule #{} ({})", i + 1, r.id);
            let id = if r.id == "none" {
                None
            } else if known.contains(&r.id.as_str()) {
                Some(r.id.clone())
            } else {
                return Err(Error::Rules {
                    file: f.into(),
                    message: format!("{entry}: unknown indicator id"),
                });
            };
            if r.all.is_empty() && r.any.is_empty() {
                return Err(Error::Rules {
                    file: f.into(),
                    message: format!("{entry}: needs `all` or `any`"),
                });
            }
            let mut c = |v: &Vec<String>| -> Result<Vec<usize>> {
                v.iter()
                    .map(|p| {
                        check_syntax(f, &entry, p)?;
                        // A pattern several rules share is matched once.
                        Ok(metric_patterns.iter().position(|q| q == p).unwrap_or_else(|| {
                            metric_patterns.push(p.clone());
                            metric_patterns.len() - 1
                        }))
                    })
                    .collect()
            };
            let (all, any, none) = (c(&r.all)?, c(&r.any)?, c(&r.none)?);
            metric_rules.push(MetricRule { id, all, any, none });
        }
        let metric_set = crate::patterns::PatternSet::new(&metric_patterns).map_err(|message| Error::Rules { file: f.into(), message })?;
        // Letter runs of the patterns, regex syntax aside ("[a-z0-9 ]*").
        let plain: Vec<String> = metric_patterns.iter().map(|p| p.replace("[a-z0-9 ]", " ").replace("a-z", " ")).collect();
        let metric_words = Vocabulary::new(plain.iter().map(String::as_str), syllables.vowels());

        let f = "abbreviations.toml";
        let abbr: AbbreviationsFile = parse(f, &read(f)?)?;
        let abbreviations: Vec<(String, String)> = abbr.abbreviation.into_iter().map(|a| (fold(&a.short), fold(&a.long))).collect();
        let abbreviations = Abbreviations::new(&abbreviations);

        let f = "doc_types.toml";
        let mut types: DocTypesFile = parse(f, &read(f)?)?;
        for t in &mut types.r#type {
            t.title = t.title.iter().map(|s| fold(s)).collect();
        }

        let f = "columns.toml";
        let cols: ColumnsFile = parse(f, &read(f)?)?;
        let mut column_patterns: Vec<String> = Vec::new();
        let mut columns = Vec::new();
        for c in &cols.column {
            let entry = format!("column {:?}", c.role);
            let mut idx = Vec::new();
            for p in &c.patterns {
                check_syntax(f, &entry, p)?;
                column_patterns.push(p.clone());
                idx.push(column_patterns.len() - 1);
            }
            columns.push((c.role, idx));
        }
        let column_set = regex::RegexSet::new(&column_patterns).map_err(|e| Error::Rules {
            file: f.into(),
            message: e.to_string(),
        })?;
        let label_ends = alternation(f, "label_ends", &cols.label_ends)?;
        let past_sections = alternation(f, "past_sections", &cols.past_sections)?;
        let cell_words = {
            let w = &cols.cell_words;
            // Longest first, so that "không quá" is not read as "không".
            let words = |list: &[&Vec<String>]| {
                let mut all: Vec<&String> = list.iter().flat_map(|l| l.iter()).collect();
                all.sort_by_key(|s| std::cmp::Reverse(s.len()));
                all.iter().map(|s| regex::escape(s.trim())).collect::<Vec<_>>().join("|")
            };
            let before = words(&[&w.floor_before, &w.ceiling_before]);
            let after = words(&[&w.floor_after, &w.ceiling_after]);
            let value = compile(f, "cell_words", &format!(r"(?i)^(?:(?P<pre>{before})\s*)*(?P<num>\d+(?:[.,]\d+)*)\s*(?P<pct>%)?\s*(?P<post>{after})?$"))?;
            let ceiling = w.ceiling_before.iter().chain(&w.ceiling_after).map(|s| s.trim().to_lowercase()).collect();
            CellWords { value, ceiling }
        };

        let f = "units.toml";
        let u: UnitsFile = parse(f, &read(f)?)?;
        let mut levels: Vec<String> = u.levels.iter().map(|s| fold(s)).collect();
        levels.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let mut departments = u.departments.clone();
        departments.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        let mut enumeration_heads: Vec<(String, String)> = u.enumeration_heads.into_iter().map(|(k, v)| (fold(&k), v)).collect();
        enumeration_heads.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        let departments_folded = departments.iter().map(|d| fold(d)).collect();
        let stop_words: Vec<String> = u.stop_words.iter().map(|s| s.to_lowercase()).filter(|s| !s.is_empty()).collect();
        let stop_finder = aho_corasick::AhoCorasick::new(&stop_words).map_err(|e| Error::Rules {
            file: f.into(),
            message: format!("stop_words: {e}"),
        })?;
        let stop_departments = departments
            .iter()
            .map(|d| d.to_lowercase())
            .filter(|d| stop_words.iter().any(|w| crate::text::find_word_in_lower(d, d, w).is_some()))
            .collect();
        let heads: Vec<String> = u.heads.iter().map(|s| fold(s)).collect();
        let units = UnitRules {
            stop_departments,
            longest_head: heads.iter().map(String::len).max().unwrap_or(0),
            heads,
            levels,
            level_qualifiers: {
                let mut v: Vec<String> = u.level_qualifiers.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect();
                v.sort_by_key(|s| std::cmp::Reverse(s.len()));
                v
            },
            enumeration_heads,
            departments,
            departments_folded,
            stop_words,
            stop_finder,
            vocabulary: Vocabulary::new(u.words.iter().chain(&u.departments).map(String::as_str), syllables.vowels()),
            department_heads: u.department_heads.iter().map(|s| fold(s)).collect(),
            office_holders: {
                let mut v: Vec<String> = u.office_holders.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect();
                v.sort_by_key(|s| std::cmp::Reverse(s.len()));
                v
            },
            joined_names: u.joined_names.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            parent_bodies: u.parent_bodies.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            not_heads: u.not_heads.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            group_openers: u.group_openers.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            parent_openings: u.body_abbreviations.iter().flat_map(|(k, v)| [fold(k), fold(v)]).filter(|s| !s.is_empty()).collect(),
            body_abbreviations: u.body_abbreviations.into_iter().filter(|(k, v)| !k.trim().is_empty() && !v.trim().is_empty()).collect(),
        };

        let f = "prose.toml";
        let p: ProseFile = parse(f, &read(f)?)?;
        let prose = ProseRules {
            past_markers: alternation(f, "past_markers", &p.past_markers)?,
            aims_in_results: alternation(f, "aims_in_results", &p.aims_in_results)?,
            results_and_targets: alternation(f, "results_and_targets", &p.results_and_targets)?,
            result_phrases: alternation(f, "result_phrases", &p.result_phrases)?,
            replaced_cues: alternation(f, "replaced_cues", &p.replaced_cues)?,
            replaced_after: alternation(f, "replaced_after", &p.replaced_after)?,
            replaced_later: alternation(f, "replaced_later", &p.replaced_later)?,
            relative_before: alternation(f, "relative_before", &p.relative_before)?,
            relative_after: alternation(f, "relative_after", &p.relative_after)?,
            relative_alone: alternation(f, "relative_alone", &p.relative_alone)?,
            task_before: alternation(f, "task_before", &p.task_before)?,
            periods: compile(f, "periods", &format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", any_of(&p.periods)))?,
            example_cues: {
                let words: Vec<String> = p.example_cues.iter().map(|w| regex::escape(w.trim())).filter(|w| !w.is_empty()).collect();
                compile(f, "example_cues", &format!("(?i){}", any_of(&words)))?
            },
            appendix_titles: p.appendix_titles.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            target_markers: alternation(f, "target_markers", &p.target_markers)?,
            target_not: alternation(f, "target_not", &p.target_not)?,
            ceiling: p.ceiling.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).chain(symbols(&p.ceiling)).collect(),
            ceiling_folded: {
                let words: Vec<String> = p.ceiling.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).map(|w| regex::escape(&w)).collect();
                compile(f, "ceiling", &format!(r"(?-u:\b)(?:{})(?-u:\b)", if words.is_empty() { "$^".to_string() } else { words.join("|") }))?
            },
            ceiling_not: p.ceiling_not.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            floor: p.floor.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).chain(symbols(&p.floor)).collect(),
            exact: p.exact.iter().map(|s| fold(s)).collect(),
            skip_lines: alternation(f, "skip_lines", &p.skip_lines)?,
            skip_reach: reach(&p.skip_lines),
            phrase_stops: alternation(f, "phrase_stops", &p.phrase_stops)?,
            list_ends: alternation(f, "list_ends", &p.list_ends)?,
            value_words: {
                let mut v: Vec<String> = p.value_words.iter().map(|s| s.to_lowercase()).collect();
                v.sort_by_key(|s| std::cmp::Reverse(s.len()));
                v
            },
            wording_openers: p.wording_openers.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            no_value: p.no_value.iter().map(|s| s.trim().to_lowercase()).collect(),
            exception_cues: p.exception_cues.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            respectively_cues: p.respectively_cues.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            same_indicator: p.same_indicator.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            remainder_words: p.remainder_words.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            owner_cues: p.owner_cues.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            place_cues: p.place_cues.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            alias_cues: p.alias_cues.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            owner_stops: p.owner_stops.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            owner_groups: p.owner_groups.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            subject_verbs: p.subject_verbs.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            jurisdiction_subjects: alternation(f, "jurisdiction_subjects", &p.jurisdiction_subjects)?,
            subject_not: p.subject_not.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            subject_leads: p.subject_leads.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            speaker_leads: p.speaker_leads.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            subject_apposition: p.subject_apposition.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            subject_handoff: p.subject_handoff.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            subject_tails: p.subject_tails.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            item_leads: p.item_leads.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            indicator_leads: p.indicator_leads.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            indicator_topics: p.indicator_topics.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            indicator_heads: p.indicator_heads.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            score_units: p.score_units.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            score: compile(
                f,
                "score_units",
                &format!(r"(\d+(?:[.,]\d+)?)\s+({})", any_of(&p.score_units.iter().map(|s| regex::escape(s.trim())).collect::<Vec<_>>())),
            )?,
            score_then: p.score_then.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            article_marks: p.article_marks.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            change_words: p.change_words.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            result_verbs: p.result_verbs.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            subject_results: p.subject_results.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            range_words: p.range_words.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            clause_handoff: p.clause_handoff.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            whole_jurisdiction: p.whole_jurisdiction.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect(),
            change_from: p.change_from.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            year_words: p.year_words.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            open_words: p.open_words.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            agent_cues: p.agent_cues.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
            agent_verbs: p.agent_verbs.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect(),
        };

        let f = "people.toml";
        let pf: PeopleFile = parse(f, &read(f)?)?;
        let people = People {
            surnames: pf.surnames,
            not_names: pf.not_names,
            positions: pf.positions.iter().map(|p| fold(p)).collect(),
        };

        let f = "web.toml";
        let wf: WebFile = parse(f, &read(f)?)?;
        let web = Web {
            furniture: wf.furniture.iter().map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()).collect(),
        };

        let mut legacy = Vec::new();
        for name in ["encodings/tcvn3.toml", "encodings/vni.toml", "encodings/cp1258.toml"] {
            let src = read(name)?;
            legacy.push(LegacyTable::from_toml(&src).map_err(|m| Error::Rules { file: name.into(), message: m })?);
        }

        Ok(Rules {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            indicators: metrics.indicator,
            metric_rules,
            metric_set,
            metric_words,
            abbreviations,
            body_openers: types.body_openers.iter().map(|w| fold(w)).collect(),
            paragraph_openers: types.body_openers.iter().chain(&types.paragraph_openers).map(|w| fold(w)).collect(),
            not_subject: types.not_subject.iter().map(|w| fold(w)).collect(),
            doc_types: types.r#type,
            columns,
            column_set,
            label_ends,
            past_sections,
            count_measures: cols.count_measures.iter().map(|w| fold(w)).collect(),
            total_rows: cols.total_rows.iter().map(|w| fold(w)).collect(),
            unassigned_rows: cols.unassigned_rows.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect(),
            cell_words,
            units,
            repairs,
            repair_gate,
            syllables,
            cell_specks: o.cell_specks.chars().filter(|c| !c.is_whitespace()).collect(),
            prose,
            legacy,
            people,
            web,
        })
    }

    /// Which rules these are, for a memo of answers found under them
    /// ([`crate::memo`]).
    pub fn memo_id(&self) -> u64 {
        self.id
    }

    /// Folds `text` and expands abbreviations: the form indicator rules and
    /// column patterns are written against (remembered per thread: the
    /// phrases beside values come again and again).
    pub fn fold_expand(&self, text: &str) -> String {
        thread_local! {
            static FOLD_EXPAND: RefCell<Memo<String>> = RefCell::default();
        }
        remembered(&FOLD_EXPAND, self.id, text, || expand_words(&fold(text), &self.abbreviations))
    }

    /// The indicator a wording names. `None` when no rule matches or the
    /// wording is a known lookalike. Parenthesised qualifiers ("(tiêu chí
    /// này áp dụng đối với …)") are ignored first, then tried as well; last,
    /// OCR slips are read as the rule words they spoil.
    pub fn match_metric(&self, text: &str) -> Option<&str> {
        self.metric_rule(text).flatten()
    }

    /// The `k` indicators a caption or an article lists in turn, each as
    /// written: its items parted by commas and "và", each to its year or
    /// units ("… năm 2023", "… cho các …"); an item naming no indicator
    /// goes on the one before ("số hóa hồ sơ, kết quả giải quyết TTHC"),
    /// the words before the first dropped ("GIAO CHỈ TIÊU"). None unless
    /// every item names one and they are `k`.
    pub fn listed_indicators(&self, text: &str, k: usize) -> Option<Vec<String>> {
        let (f, map) = crate::text::fold_with_map(text);
        // (Up to its year or its units.)
        let end = self.prose.list_ends.find(&f).map_or(text.len(), |m| map[m.start()]);
        let mut items: Vec<String> = Vec::new();
        for part in text[..end].split([',', ';']).flat_map(|p| p.split(" và ").flat_map(|p| p.split(" VÀ "))) {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            match items.last_mut() {
                Some(last) if self.match_metric(part).is_none() => {
                    last.push_str(", ");
                    last.push_str(part);
                }
                _ => items.push(part.to_string()),
            }
        }
        // (The words before the first: "GIAO CHỈ TIÊU", not an indicator.)
        if items.first().is_some_and(|i| self.match_metric(i).is_none()) {
            items.remove(0);
        }
        (items.len() == k && k >= 2 && items.iter().all(|i| self.match_metric(i).is_some())).then_some(items)
    }

    /// As [`Rules::match_metric`], telling a known lookalike
    /// (`Some(None)`: "tỷ lệ hồ sơ quá hạn") from a wording no rule
    /// matches (`None`).
    pub fn metric_rule(&self, text: &str) -> Option<Option<&str>> {
        thread_local! {
            static METRIC_RULE: RefCell<Memo<Option<usize>>> = RefCell::default();
        }
        remembered(&METRIC_RULE, self.id, text, || self.rule_of(text)).map(|r| self.rule_id(r))
    }

    /// [`Rules::metric_rule`] as the index of the rule that matches.
    fn rule_of(&self, text: &str) -> Option<usize> {
        let bare = strip_parentheses(text);
        let folded = self.fold_expand(&bare);
        // A word without a vowel is an OCR slip for sure ("dch vụ cng"):
        // mended first, lest a broader rule take the spoilt wording.
        let sure_slip = crate::text::words(&folded).any(|w| self.metric_words.vowelless(w) && !self.metric_words.contains(w));
        if sure_slip {
            if let Some(hit) = self.match_mended(&folded) {
                return Some(hit);
            }
        }
        if let Some(hit) = self.match_written(text, &bare, &folded) {
            return Some(hit);
        }
        if sure_slip {
            return None;
        }
        self.match_mended(&folded)
    }

    /// The indicator rule `r` gives: `None` for a lookalike's.
    fn rule_id(&self, r: usize) -> Option<&str> {
        self.metric_rules[r].id.as_deref()
    }

    /// A wording made ready for [`Rules::match_wording_as_written`] and
    /// [`Rules::match_wording_mended`]: parenthesised qualifiers set apart,
    /// folded, abbreviations expanded, once for both.
    pub fn wording<'a>(&self, text: &'a str) -> Wording<'a> {
        let bare = strip_parentheses(text);
        let folded = self.fold_expand(&bare);
        Wording { text, bare, folded }
    }

    /// As [`Rules::match_metric`], without reading through OCR slips: for
    /// a caller that tries several wordings and mends only when none
    /// matches as written ([`Rules::match_wording_mended`]).
    pub fn match_wording_as_written(&self, w: &Wording) -> Option<&str> {
        thread_local! {
            static AS_WRITTEN: RefCell<Memo<Option<usize>>> = RefCell::default();
        }
        remembered(&AS_WRITTEN, self.id, w.text, || self.match_written(w.text, &w.bare, &w.folded)).and_then(|r| self.rule_id(r))
    }

    /// The indicator a wording names once its OCR slips are read as the
    /// rule words they spoil; for a wording that matched nothing as written.
    pub fn match_wording_mended(&self, w: &Wording) -> Option<&str> {
        thread_local! {
            static MENDED: RefCell<Memo<Option<usize>>> = RefCell::default();
        }
        remembered(&MENDED, self.id, &w.folded, || self.match_mended(&w.folded)).and_then(|r| self.rule_id(r))
    }

    /// The wording as written: without its parenthesised qualifiers
    /// (`bare`, `folded`), then whole.
    fn match_written(&self, text: &str, bare: &str, folded: &str) -> Option<usize> {
        self.match_folded(folded)
            .or_else(|| (bare.len() != text.len()).then(|| self.match_folded(&self.fold_expand(text))).flatten())
    }

    /// The folded wording with its OCR slips mended, when any were.
    fn match_mended(&self, folded: &str) -> Option<usize> {
        self.match_folded(&self.mend_words(folded)?)
    }

    /// Folded text with OCR slips read as the rule words they spoil
    /// (see [`crate::mend`]): `None` when nothing changed.
    fn mend_words(&self, folded: &str) -> Option<String> {
        let words: Vec<&str> = folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let mends = self.metric_words.mend(&words);
        if mends.is_empty() {
            return None;
        }
        let mut out: Vec<&str> = Vec::with_capacity(words.len());
        let mut i = 0;
        for m in &mends {
            out.extend(&words[i..m.from]);
            out.push(m.key.as_ref());
            i = m.to;
        }
        out.extend(&words[i..]);
        Some(out.join(" "))
    }

    /// The first rule matching folded text (its id `None` for a lookalike).
    fn match_folded(&self, folded: &str) -> Option<usize> {
        let hits = self.metric_set.matches(folded);
        if !hits.matched_any() {
            return None;
        }
        self.metric_rules
            .iter()
            .position(|r| r.all.iter().all(|&i| hits.matched(i)) && (r.any.is_empty() || r.any.iter().any(|&i| hits.matched(i))) && !r.none.iter().any(|&i| hits.matched(i)))
    }

    /// The role a column header gives, if any.
    pub fn column_role(&self, header: &str) -> Option<Role> {
        thread_local! {
            static COLUMN_ROLE: RefCell<Memo<Option<Role>>> = RefCell::default();
        }
        remembered(&COLUMN_ROLE, self.id, header, || self.column_role_uncached(header))
    }

    fn column_role_uncached(&self, header: &str) -> Option<Role> {
        let f = self.fold_expand(header);
        if f.is_empty() {
            return None;
        }
        let hits = self.column_set.matches(&f);
        self.columns.iter().find(|(_, pats)| pats.iter().any(|&i| hits.matched(i))).map(|(r, _)| *r)
    }

    /// The document type of a symbol abbreviation ("QĐ").
    pub fn type_of_abbr(&self, abbr: &str) -> Option<&DocType> {
        self.doc_types.iter().find(|t| t.abbr.iter().any(|a| a == abbr))
    }

    /// The document type of a title line ("QUYẾT ĐỊNH").
    pub fn type_of_title(&self, line: &str) -> Option<&DocType> {
        let f = fold(line);
        self.doc_types.iter().find(|t| t.title.contains(&f))
    }
}

/// A wording as indicator matching reads it (see [`Rules::wording`]).
pub struct Wording<'a> {
    text: &'a str,
    bare: std::borrow::Cow<'a, str>,
    folded: String,
}

fn symbols(words: &[String]) -> impl Iterator<Item = String> + '_ {
    words.iter().filter(|s| fold(s).is_empty()).cloned()
}

/// Removes parenthesised passages, keeping the text around them.
pub fn strip_parentheses(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('(') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_lists_its_tables_indicators_in_turn() {
        let rules = Rules::builtin().unwrap();
        let caption = "GIAO CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2023";
        let items = rules.listed_indicators(caption, 3).unwrap();
        let ids: Vec<_> = items.iter().map(|i| rules.match_metric(i)).collect();
        assert_eq!(ids, [Some("online_dossier_rate"), Some("online_payment_rate"), Some("dossier_result_digitization_rate")]);
        // Not as many as the table's columns, or an item naming none: none.
        assert_eq!(rules.listed_indicators(caption, 4), None);
        assert_eq!(rules.listed_indicators("Về việc giao chỉ tiêu năm 2025 cho các sở, ban, ngành", 2), None);
    }

    #[test]
    fn the_reach_of_patterns_anchored_at_the_start() {
        let p = |v: &[&str]| reach(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(p(&["^can cu", "^v ?/ ?v\\b"]), Some(7));
        assert_eq!(p(&["^can cu", "noi nhan"]), None);
        assert_eq!(p(&["^can cu.*"]), None);
        assert_eq!(p(&["^luu$"]), None);
        assert!(rules().prose.skip_reach.is_some());
    }

    fn rules() -> Rules {
        Rules::builtin().expect("built-in rules load")
    }

    #[test]
    fn every_rules_file_loads_from_disk() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let r = Rules::load(&dir).expect("rules/ loads");
        assert_eq!(r.indicators.len(), 17);
    }

    #[test]
    fn maps_wordings_from_the_spec() {
        let r = rules();
        let cases = [
            ("Tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ tiếp nhận, giải quyết TTHC)", "online_dossier_rate"),
            ("Tỷ lệ giải quyết hồ sơ DVCTT", "online_dossier_rate"),
            ("hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4", "online_dossier_rate"),
            ("hồ sơ thủ tục hành chính được người dân, doanh nghiệp thực hiện trực tuyến từ xa", "online_dossier_rate"),
            ("Tỷ lệ hồ sơ trực tuyến toàn trình", "full_online_dossier_rate"),
            ("Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến", "online_processing_rate"),
            ("hồ sơ thủ tục hành chính được thanh toán phí, lệ phí trực tuyến", "online_payment_rate"),
            ("hồ sơ được thanh toán các khoản phí, lệ phí qua Cổng dịch vụ công", "online_payment_rate"),
            ("Hồ sơ TTHC được xử lý trực tuyến", "online_processing_rate"),
            ("Tỷ lệ số hóa hồ sơ", "dossier_digitization_rate"),
            ("số hoá thành phần hồ sơ", "dossier_digitization_rate"),
            ("Tỷ lệ số hóa kết quả giải quyết TTHC", "result_digitization_rate"),
            ("Kết quả giải quyết TTHC được số hóa", "result_digitization_rate"),
            ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết TTHC điện tử", "dossier_result_digitization_rate"),
            ("Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "electronic_result_rate"),
            ("Tỷ lệ cấp kết quả điện tử", "electronic_result_rate"),
            ("Tỷ lệ thanh toán trực tuyến", "online_payment_rate"),
            ("Tỷ lệ hồ sơ thanh toán trực tuyến", "online_payment_rate"),
            ("hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí", "online_payment_rate"),
            ("Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến", "online_payment_procedure_rate"),
            ("TTHC có phát sinh hồ sơ thanh toán trực tuyến trên tổng số TTHC có thu phí", "online_payment_procedure_rate"),
            ("Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình (trên tổng số TTHC có đủ điều kiện)", "full_online_service_rate"),
            ("TTHC đủ điều kiện được cung cấp dưới hình thức DVCTT toàn trình", "full_online_service_rate"),
            (
                "thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4",
                "full_online_service_rate",
            ),
            ("hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4", "online_dossier_rate"),
            ("Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", "online_service_uptake_rate"),
            ("Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ", "online_service_uptake_rate"),
            ("Tỷ lệ TTHC cung cấp trực tuyến mức độ toàn trình và một phần có phát sinh hồ sơ", "online_service_uptake_rate"),
            ("Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính", "e_certified_copy_rate"),
            ("Tỷ lệ cấp bản sao điện tử có chứng thực", "e_certified_copy_rate"),
            ("yêu cầu chứng thực bản sao từ bản chính được thực hiện chứng thực điện tử", "e_certified_copy_rate"),
            // "chứng thực" names a field here, "điện tử" the database.
            (
                "kết quả giải quyết TTHC lĩnh vực hộ tịch, chứng thực được số hóa, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử",
                "result_digitization_rate",
            ),
            ("Tỷ lệ hồ sơ được giải quyết đúng hạn", "on_time_resolution_rate"),
            ("giải quyết trước hạn và đúng hạn", "on_time_resolution_rate"),
            ("Tỷ lệ DVCTT toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia", "national_portal_integration_rate"),
            ("Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia", "national_portal_sync_rate"),
            ("Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", "digitized_data_reuse_rate"),
            ("Tỷ lệ hài lòng", "satisfaction_rate"),
            ("mức độ hài lòng của người dân, doanh nghiệp", "satisfaction_rate"),
            // OCR slip and old tone placement.
            ("Tỷ lệ cung cấp DVCTT toàn trình trên Công dịch vụ công quốc gia", "full_online_service_rate"),
            ("Tỷ lệ số hoá hồ sơ", "dossier_digitization_rate"),
            // A default value inside a long header.
            ("Tỷ lệ thanh toán trực tuyến tối thiểu 45% (tiêu chí này áp dụng đối với các sở)", "online_payment_rate"),
        ];
        for (text, want) in cases {
            assert_eq!(r.match_metric(text), Some(want), "{text}");
        }
    }

    #[test]
    fn ocr_slips_in_rule_words_are_read_through() {
        let r = rules();
        let cases = [
            (
                "Tỷ lệ cung cấp dịch vụ công trực tu rến toin trình trên tổng số thủ tục hành chính có đủ điều kiện",
                Some("full_online_service_rate"),
            ),
            ("Tỷ lệ thanh toán trực tu 'ến trrn Cổng dịch vụ công quốc gia", Some("online_payment_rate")),
            ("Tỷ lệ dịch vụ công trực tuyến phát sinh hồ Sơ đìt tối tiiểu 85%", Some("online_service_uptake_rate")),
            // Vowels lost: mended before a broader rule takes it.
            ("Tỷ lệ dch vụ cng trực tuyến phát sinh hồ sơ đạt tối thiểu 85%", Some("online_service_uptake_rate")),
            // Words far from every rule word stay unmapped.
            ("Số lượng cán bộ được tập huấn", None),
        ];
        for (text, want) in cases {
            assert_eq!(r.match_metric(text), want, "{text}");
        }
        assert_eq!(r.mend_words("truc tu ren toin trinh"), Some("truc tuyen toan trinh".to_string()));
        assert_eq!(r.mend_words("truc tuyen toan trinh"), None);
    }

    #[test]
    fn lookalikes_map_to_nothing() {
        let r = rules();
        for text in [
            "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn",
            "Tỷ lệ hồ sơ giải quyết quá hạn",
            "Tỷ lệ văn bản đi được ký số",
            "Số lượng cán bộ được tập huấn",
        ] {
            assert_eq!(r.match_metric(text), None, "{text}");
        }
    }

    #[test]
    fn column_roles_follow_the_header_words() {
        let r = rules();
        assert_eq!(r.column_role("STT"), Some(Role::Index));
        assert_eq!(r.column_role("Số TT"), Some(Role::Index));
        assert_eq!(r.column_role("Tên đơn vị"), Some(Role::Unit));
        assert_eq!(r.column_role("Tên cơ quan"), Some(Role::Unit));
        assert_eq!(r.column_role("Đơn vị            chủ trì"), Some(Role::Assignee));
        assert_eq!(r.column_role("Cơ quan, đơn vị phối hợp"), Some(Role::Partner));
        assert_eq!(r.column_role("Đơn vị tính"), Some(Role::Measure));
        assert_eq!(r.column_role("Giao chỉ tiêu"), Some(Role::Value));
        assert_eq!(r.column_role("Căn cứ giao chỉ tiêu"), Some(Role::Basis));
        assert_eq!(r.column_role("Tên nhiệm vụ"), Some(Role::Indicator));
        assert_eq!(r.column_role("Ước thực hiện năm 2024"), Some(Role::Past));
        assert_eq!(r.column_role("Thực hiện 2024"), Some(Role::Past));
        assert_eq!(r.column_role("Thực hiện 2024 - 2025"), None);
        assert_eq!(r.column_role("Năm 2025"), Some(Role::Value));
        assert_eq!(r.column_role("Ghi chú"), Some(Role::Note));
        assert_eq!(r.column_role("Tỷ lệ thanh toán trực tuyến"), None);
        // ("được thanh toán", "được thực hiện": no "ước" inside a word.)
        assert_eq!(r.column_role("Ước TH 2024"), Some(Role::Past));
        assert_eq!(r.column_role("Tỷ lệ hồ sơ được thanh toán trực tuyến"), None);
        assert_eq!(r.column_role("Tỷ lệ TTHC được thực hiện trực tuyến toàn trình"), None);
    }

    #[test]
    fn a_bad_pattern_names_the_file_and_entry() {
        let bad = "[[indicator]]\nid = \"x\"\nmeaning = \"m\"\n[[rule]]\nid = \"x\"\nany = [\"(\"]\n";
        let err = Rules::from_sources(|n| {
            if n == "metrics.toml" {
                Ok(bad.to_string())
            } else {
                Ok(BUILTIN.iter().find(|(f, _)| *f == n).unwrap().1.to_string())
            }
        })
        .err()
        .expect("bad pattern is refused");
        let msg = err.to_string();
        assert!(msg.contains("metrics.toml") && msg.contains("rule #1"), "{msg}");
    }

    #[test]
    fn unknown_fields_are_refused() {
        let bad = "[[abbreviation]]\nshort = \"a\"\nlong = \"b\"\nlength = 3\n";
        let err = Rules::from_sources(|n| {
            if n == "abbreviations.toml" {
                Ok(bad.to_string())
            } else {
                Ok(BUILTIN.iter().find(|(f, _)| *f == n).unwrap().1.to_string())
            }
        })
        .err()
        .expect("unknown field is refused");
        assert!(err.to_string().contains("unknown field `length`"), "{err}");
    }
}
