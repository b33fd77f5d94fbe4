//! The element tree the HTML reader walks. Most web copies of decisions
//! are well-formed markup (end tags left out only where HTML allows it): a
//! quick tree builder on quick-xml's tokenizer reads those, about eight
//! times faster than a full HTML parser. At the first thing outside the
//! cases it knows to build exactly as the HTML standard does (a stray `<`,
//! text inside a table outside its cells, misnested formatting, `<svg>`,
//! an unknown entity…) it gives up, and html5ever (through scraper) builds
//! the tree instead. Either way the walker sees the same tree.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// A node id in [`Dom::nodes`].
pub type Id = usize;

pub enum Node {
    Element(Element),
    Text(String),
}

pub struct Element {
    /// Lower-case tag name.
    pub name: String,
    /// The attributes the reader looks at (lower-case names).
    attrs: Vec<(String, String)>,
    pub children: Vec<Id>,
}

impl Element {
    /// An element without attributes or children.
    fn bare(name: &str) -> Element {
        Element {
            name: name.to_string(),
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// The tree of one page; node 0 is its `<html>` element.
pub struct Dom {
    pub nodes: Vec<Node>,
}

/// The attributes kept: those the reader looks at.
const KEPT_ATTRS: &[&str] = &["class", "id", "role", "colspan", "rowspan"];

impl Dom {
    pub const ROOT: Id = 0;

    /// The tree of an HTML page, by the quick builder where it can.
    pub fn parse(text: &str) -> Dom {
        Quick::build(text).unwrap_or_else(|| Dom::parse_html5ever(text))
    }

    /// The tree as html5ever builds it, for any markup at all.
    pub fn parse_html5ever(text: &str) -> Dom {
        let doc = scraper::Html::parse_document(text);
        let mut dom = Dom { nodes: Vec::new() };
        dom.copy(*doc.root_element());
        dom
    }

    fn copy(&mut self, node: ego_tree::NodeRef<scraper::Node>) -> Option<Id> {
        let id = self.nodes.len();
        match node.value() {
            scraper::Node::Text(t) => self.nodes.push(Node::Text(t.to_string())),
            scraper::Node::Element(e) => {
                let attrs = e.attrs().filter(|(n, _)| KEPT_ATTRS.contains(n)).map(|(n, v)| (n.to_string(), v.to_string())).collect();
                self.nodes.push(Node::Element(Element {
                    name: e.name().to_string(),
                    attrs,
                    children: Vec::new(),
                }));
                let children: Vec<Id> = node.children().filter_map(|c| self.copy(c)).collect();
                if let Node::Element(e) = &mut self.nodes[id] {
                    e.children = children;
                }
            }
            _ => return None,
        }
        Some(id)
    }

    pub fn element(&self, id: Id) -> Option<&Element> {
        match &self.nodes[id] {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        }
    }

    /// The child elements of `id`.
    pub fn child_elements(&self, id: Id) -> impl Iterator<Item = (Id, &Element)> + '_ {
        self.element(id).into_iter().flat_map(|e| e.children.iter()).filter_map(|&c| self.element(c).map(|e| (c, e)))
    }

    /// Every text under `id`, in document order.
    pub fn texts<'a>(&'a self, id: Id, out: &mut Vec<&'a str>) {
        match &self.nodes[id] {
            Node::Text(t) => out.push(t),
            Node::Element(e) => e.children.iter().for_each(|&c| self.texts(c, out)),
        }
    }
}

/// Elements without content.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area" | "base" | "basefont" | "bgsound" | "br" | "col" | "embed" | "hr" | "img" | "input" | "keygen" | "link" | "meta" | "param" | "source" | "track" | "wbr"
    )
}

/// Elements whose content is raw text, up to their end tag.
fn is_raw(name: &str) -> bool {
    matches!(name, "script" | "style" | "noscript" | "iframe" | "noembed" | "noframes")
}

/// Formatting elements: the standard reopens them after an implied end,
/// which the quick builder leaves to html5ever.
fn is_formatting(name: &str) -> bool {
    matches!(name, "a" | "b" | "big" | "code" | "em" | "font" | "i" | "nobr" | "s" | "small" | "strike" | "strong" | "tt" | "u")
}

/// Start tags that close an open `<p>`.
fn closes_p(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "header"
            | "hgroup"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "search"
            | "section"
            | "summary"
            | "ul"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "pre"
            | "form"
            | "li"
            | "dd"
            | "dt"
            | "hr"
    )
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// The standard's "special" elements (those a stray end tag stops at).
fn is_special(name: &str) -> bool {
    closes_p(name)
        || matches!(
            name,
            "applet"
                | "area"
                | "base"
                | "basefont"
                | "bgsound"
                | "body"
                | "br"
                | "button"
                | "caption"
                | "col"
                | "colgroup"
                | "embed"
                | "form"
                | "frame"
                | "frameset"
                | "head"
                | "html"
                | "iframe"
                | "img"
                | "input"
                | "keygen"
                | "link"
                | "listing"
                | "marquee"
                | "meta"
                | "noembed"
                | "noframes"
                | "noscript"
                | "object"
                | "param"
                | "plaintext"
                | "script"
                | "select"
                | "source"
                | "style"
                | "table"
                | "tbody"
                | "td"
                | "template"
                | "textarea"
                | "tfoot"
                | "th"
                | "thead"
                | "title"
                | "tr"
                | "track"
                | "wbr"
                | "xmp"
        )
}

/// Start tags the quick builder leaves to html5ever: their content or
/// their effect on the tree follows rules of their own.
fn is_left_to_html5ever(name: &str) -> bool {
    matches!(
        name,
        "svg"
            | "math"
            | "template"
            | "textarea"
            | "xmp"
            | "plaintext"
            | "listing"
            | "select"
            | "option"
            | "optgroup"
            | "frameset"
            | "frame"
            | "image"
            | "isindex"
            | "rb"
            | "rp"
            | "rt"
            | "rtc"
            | "applet"
            | "marquee"
            | "object"
            | "caption"
            | "head"
            | "html"
            | "body"
    )
}

/// Table-structure elements: content in them outside a cell is moved
/// out of the table by the standard ("foster parenting").
fn is_table_context(name: &str) -> bool {
    matches!(name, "table" | "tbody" | "thead" | "tfoot" | "tr")
}

/// The quick tree builder: `None` as soon as the markup needs more of the
/// standard than it knows.
struct Quick<'a> {
    src: &'a str,
    dom: Dom,
    /// Open elements, `<html>` first.
    stack: Vec<Id>,
    /// Whether the body has begun (before it, head content is dropped: the
    /// reader skips `<head>`).
    in_body: bool,
    /// A newline right after `<pre>` is not content.
    after_pre: bool,
    /// The open `<form>` (the standard's form element pointer).
    form: Option<Id>,
    /// Whether the page is in quirks mode (no `<!DOCTYPE html>` first),
    /// where a table does not close a paragraph; `None`: another doctype.
    quirks: Option<bool>,
    /// Whether anything but white space and comments came yet.
    started: bool,
}

impl<'a> Quick<'a> {
    fn build(src: &'a str) -> Option<Dom> {
        // html5ever drops NUL.
        if memchr::memchr(0, src.as_bytes()).is_some() {
            return None;
        }
        let mut q = Quick {
            src,
            dom: Dom { nodes: Vec::new() },
            stack: Vec::new(),
            in_body: false,
            after_pre: false,
            form: None,
            quirks: Some(true),
            started: false,
        };
        q.dom.nodes.push(Node::Element(Element::bare("html")));
        q.stack.push(Dom::ROOT);
        q.run()?;
        Some(q.dom)
    }

    fn run(&mut self) -> Option<()> {
        let mut base = 0;
        'restart: loop {
            let mut reader = Reader::from_str(&self.src[base..]);
            let config = reader.config_mut();
            config.check_end_names = false;
            config.allow_unmatched_ends = true;
            config.check_comments = false;
            loop {
                let event = match reader.read_event() {
                    Ok(event) => event,
                    Err(_) => {
                        // "<![if !supportLists]>" (Word's markup) is a
                        // bogus comment up to its ">" for html5ever; any
                        // other error is left to html5ever.
                        let at = base + reader.error_position() as usize;
                        let rest = &self.src[at..];
                        if !rest.starts_with("<![") || rest.starts_with("<![CDATA[") {
                            return None;
                        }
                        base = at + rest.find('>')? + 1;
                        self.after_pre = false;
                        continue 'restart;
                    }
                };
                if !matches!(event, Event::Text(_) | Event::GeneralRef(_)) {
                    self.after_pre = false;
                }
                if !self.started {
                    match &event {
                        Event::DocType(d) => {
                            self.quirks = d.trim().eq_ignore_ascii_case("html").then_some(false);
                            self.started = true;
                        }
                        Event::Comment(_) => {}
                        Event::Text(t) if t.bytes().all(|b| b.is_ascii_whitespace()) => {}
                        _ => self.started = true,
                    }
                }
                match event {
                    Event::Eof => {
                        self.begin_body();
                        return Some(());
                    }
                    Event::Text(t) => self.text(&t)?,
                    Event::GeneralRef(r) => {
                        let mut buf = [0u8; 4];
                        let s = match r.resolve_char_ref().ok()? {
                            // Numbers in 0x80–0x9F stand for windows-1252
                            // chars in HTML: left to html5ever.
                            Some(c) if !('\u{80}'..='\u{9F}').contains(&c) && c != '\r' => &*c.encode_utf8(&mut buf),
                            Some(_) => return None,
                            None => quick_xml::escape::resolve_html5_entity(&r)?,
                        };
                        self.text(s)?;
                    }
                    Event::Start(e) | Event::Empty(e) => {
                        let name = tag_name(e.name().as_ref())?;
                        if is_raw(&name) || name == "title" || name == "select" {
                            // The content runs to the first end tag of the
                            // same name, whatever it holds.
                            let at = base + reader.buffer_position() as usize;
                            let end = find_end_tag(&self.src[at..], &name)?;
                            let raw = &self.src[at..at + end];
                            if name == "title" && raw.contains(['&', '<']) || name == "script" && raw.contains("<!--") {
                                return None;
                            }
                            if name == "select" {
                                // Its options are never read, unless it
                                // lies in a cell or a <pre> (whose whole
                                // text is read); these tags would end it.
                                let lower = raw.to_ascii_lowercase();
                                if ["<input", "<keygen", "<textarea", "<select"].iter().any(|t| lower.contains(t)) || self.stack.iter().any(|&id| matches!(self.name_of(id), "td" | "th" | "pre")) {
                                    return None;
                                }
                            }
                            self.raw_element(&name, &e, raw)?;
                            base = at + end;
                            continue 'restart;
                        }
                        self.start(&name, &e)?;
                    }
                    Event::End(e) => {
                        let name = tag_name(e.name().as_ref())?;
                        self.end(&name)?;
                    }
                    Event::Comment(c) => {
                        // html5ever ends a comment at "--!>" too, and reads
                        // "<!-->" as an empty one.
                        if c.starts_with('>') || c.starts_with("->") || c.contains("--!>") {
                            return None;
                        }
                    }
                    Event::DocType(_) | Event::Decl(_) | Event::PI(_) | Event::CData(_) => {}
                }
            }
        }
    }

    fn name_of(&self, id: Id) -> &str {
        self.dom.element(id).map_or("", |e| e.name.as_str())
    }

    fn current(&self) -> &str {
        self.name_of(*self.stack.last().unwrap_or(&Dom::ROOT))
    }

    /// The current element's name where it is table structure or a column
    /// group (where content follows rules of its own), else "".
    fn structure(&self) -> &'static str {
        let current = self.current();
        ["table", "tbody", "thead", "tfoot", "tr", "colgroup"].into_iter().find(|n| *n == current).unwrap_or("")
    }

    /// Appends `node` to the children of `parent`.
    fn append_to(&mut self, parent: Id, node: Node) -> Id {
        let id = self.dom.nodes.len();
        self.dom.nodes.push(node);
        if let Node::Element(e) = &mut self.dom.nodes[parent] {
            e.children.push(id);
        }
        id
    }

    /// Appends `node` to the current element.
    fn append(&mut self, node: Node) -> Id {
        let parent = *self.stack.last().unwrap_or(&Dom::ROOT);
        self.append_to(parent, node)
    }

    /// Opens an element the standard implies ("<tbody>" before a row…).
    fn open(&mut self, name: &str) {
        let id = self.append(Node::Element(Element::bare(name)));
        self.stack.push(id);
    }

    fn element(&mut self, name: &str, e: &BytesStart) -> Option<Id> {
        let mut attrs = Vec::new();
        for a in e.html_attributes() {
            let a = a.ok()?;
            // (Told in any case without a lower-case copy of each name:
            // most attributes are not kept.)
            if let Some(kept) = KEPT_ATTRS.iter().find(|k| k.eq_ignore_ascii_case(a.key.as_ref())) {
                let key = kept.to_string();
                let value = &*a.value;
                if value.contains(['&', '\r']) || attrs.iter().any(|(k, _)| *k == key) {
                    return None;
                }
                attrs.push((key, value.to_string()));
            }
        }
        Some(self.append(Node::Element(Element { attrs, ..Element::bare(name) })))
    }

    fn begin_body(&mut self) {
        if !self.in_body {
            self.in_body = true;
            self.open("body");
        }
    }

    fn text(&mut self, t: &str) -> Option<()> {
        let t = line_ends(t);
        let t = if std::mem::take(&mut self.after_pre) { t.strip_prefix('\n').unwrap_or(&t) } else { &t };
        if t.is_empty() {
            return Some(());
        }
        let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\x0C');
        let blank = t.chars().all(is_space);
        let t = if self.in_body {
            t
        } else {
            // White space before the body stays in the head.
            if blank {
                return Some(());
            }
            self.begin_body();
            t.trim_start_matches(is_space)
        };
        if !self.structure().is_empty() && !blank {
            // Text in a table outside its cells is moved out of it.
            return None;
        }
        let parent = *self.stack.last()?;
        if let Node::Element(e) = &self.dom.nodes[parent] {
            if let Some(&last) = e.children.last() {
                if let Node::Text(s) = &mut self.dom.nodes[last] {
                    s.push_str(t);
                    return Some(());
                }
            }
        }
        self.append(Node::Text(t.to_string()));
        Some(())
    }

    fn raw_element(&mut self, name: &str, e: &BytesStart, raw: &str) -> Option<()> {
        if !self.in_body {
            if matches!(name, "script" | "style" | "noscript" | "noframes" | "title") {
                // In the head: dropped with it.
                return Some(());
            }
            self.begin_body();
        }
        if self.current() == "colgroup" {
            // Anything but a column ends the column group.
            self.stack.pop();
        }
        // In a table only scripts and styles stay where they are.
        if !matches!(name, "script" | "style") && is_table_context(self.current()) {
            return None;
        }
        let id = self.element(name, e)?;
        if !raw.is_empty() && name != "select" {
            self.append_to(id, Node::Text(line_ends(raw).into_owned()));
        }
        Some(())
    }

    /// Where in the open elements the nearest one that `is` lies, looking
    /// no further than the nearest `boundary` (a scope's edge).
    fn find_open(&self, is: impl Fn(&str) -> bool, boundary: impl Fn(&str) -> bool) -> Option<usize> {
        for (i, &id) in self.stack.iter().enumerate().rev() {
            let n = self.name_of(id);
            if is(n) {
                return Some(i);
            }
            if boundary(n) {
                return None;
            }
        }
        None
    }

    /// Finds `name` open within a scope.
    fn in_scope(&self, name: &str, boundary: impl Fn(&str) -> bool) -> Option<usize> {
        self.find_open(|n| n == name, boundary)
    }

    /// Closes the element at `at` if there is one (see [`Quick::pop_to`]).
    fn close_found(&mut self, at: Option<usize>) -> Option<()> {
        at.map_or(Some(()), |at| self.pop_to(at))
    }

    /// Pops the open elements down to (and with) position `at`; `None`
    /// if that closes a formatting element other than the one at `at`
    /// (the standard would reopen it).
    fn pop_to(&mut self, at: usize) -> Option<()> {
        if self.stack[at + 1..].iter().any(|&id| is_formatting(self.name_of(id))) {
            return None;
        }
        self.stack.truncate(at.max(1));
        Some(())
    }

    /// Closes the open cell with everything open inside it (the cell's
    /// marker clears its formatting elements); `None` outside a cell.
    fn close_cell(&mut self) -> Option<()> {
        let at = self.find_open(|n| matches!(n, "td" | "th"), |n| n == "table")?;
        self.stack.truncate(at);
        Some(())
    }

    fn start(&mut self, name: &str, e: &BytesStart) -> Option<()> {
        if !self.in_body {
            match name {
                "html" | "head" => return Some(()),
                "meta" | "link" | "base" | "basefont" | "bgsound" => return Some(()),
                "body" => {
                    self.in_body = true;
                    let id = self.element(name, e)?;
                    self.stack.push(id);
                    return Some(());
                }
                _ => self.begin_body(),
            }
        }
        if is_left_to_html5ever(name) {
            return None;
        }
        let current = self.structure();
        // Inside a table, outside its cells.
        if is_table_context(current) {
            match (name, current) {
                ("td" | "th", "tr") => {}
                ("tr", "tbody" | "thead" | "tfoot") => {}
                ("tr", "table") => self.open("tbody"),
                ("tr", "tr") => {
                    self.stack.pop();
                }
                ("tbody" | "thead" | "tfoot", "table") => {}
                ("tbody" | "thead" | "tfoot", "tbody" | "thead" | "tfoot") => {
                    self.stack.pop();
                }
                ("tbody" | "thead" | "tfoot", "tr") => {
                    self.stack.truncate(self.stack.len() - 2);
                }
                ("colgroup", "table") => {}
                ("col", "table") => self.open("colgroup"),
                _ => return None,
            }
            return self.push(name, e);
        }
        if current == "colgroup" {
            if name == "col" {
                return self.push(name, e);
            }
            // Anything else ends the column group.
            self.stack.pop();
            return self.start(name, e);
        }
        // Table structure inside a cell closes the cell.
        if matches!(name, "td" | "th" | "tr" | "tbody" | "thead" | "tfoot") {
            // Outside a cell and a table the standard drops the tag.
            self.close_cell()?;
            return self.start(name, e);
        }
        if matches!(name, "colgroup" | "col") {
            return None;
        }
        if name == "li" || name == "dd" || name == "dt" {
            let same: &[&str] = if name == "li" { &["li"] } else { &["dd", "dt"] };
            let open = self.find_open(|n| same.contains(&n), |n| is_special(n) && !matches!(n, "address" | "div" | "p"));
            self.close_found(open)?;
        }
        if closes_p(name) || name == "table" {
            if let Some(at) = self.in_scope("p", button_scope) {
                // Whether a table closes a paragraph depends on the page's
                // doctype (quirks mode).
                match (name, self.quirks) {
                    ("table", Some(true)) => {}
                    ("table", None) => return None,
                    _ => self.pop_to(at)?,
                }
            }
        }
        if is_heading(name) && is_heading(self.current()) {
            return None;
        }
        if (name == "a" || name == "nobr") && self.stack.iter().any(|&id| self.name_of(id) == name) {
            return None;
        }
        if name == "button" && self.in_scope("button", default_scope).is_some() {
            return None;
        }
        self.push(name, e)
    }

    fn push(&mut self, name: &str, e: &BytesStart) -> Option<()> {
        if name == "form" && self.form.is_some() {
            // A form inside a form is dropped by the standard.
            return None;
        }
        let id = self.element(name, e)?;
        if name == "form" {
            self.form = Some(id);
        }
        if !is_void(name) {
            self.stack.push(id);
        }
        self.after_pre = name == "pre";
        Some(())
    }

    fn end(&mut self, name: &str) -> Option<()> {
        if !self.in_body {
            // Before the body only these end the head and open the body.
            if !matches!(name, "html" | "body" | "br") {
                return Some(());
            }
            self.begin_body();
        }
        if matches!(name, "html" | "body") {
            return Some(());
        }
        if self.current() == "colgroup" && !matches!(name, "colgroup" | "col") {
            // Any other end tag ends the column group first.
            self.stack.pop();
        }
        match name {
            "head" => Some(()),
            // "</p>" with no paragraph open makes an empty one; "</br>"
            // is a "<br>"; a form has rules of its own.
            "br" => None,
            "form" => {
                // The form closes only where it is the open element (it is
                // otherwise taken out of the open elements, not closed).
                let form = self.form.take()?;
                (self.stack.last() == Some(&form)).then(|| self.stack.pop()).map(drop)
            }
            "p" => {
                let at = self.in_scope("p", button_scope)?;
                self.pop_to(at)
            }
            "td" | "th" | "tr" | "tbody" | "thead" | "tfoot" | "table" => {
                // Within the table: closes it with its open cells and rows
                // (a cell's formatting ends with it); outside, ignored.
                let boundary = |n: &str| matches!(n, "html" | "table");
                if let Some(at) = self.in_scope(name, boundary) {
                    self.stack.truncate(at.max(1));
                }
                Some(())
            }
            _ if is_formatting(name) => {
                if self.current() == name {
                    self.stack.pop();
                    Some(())
                } else {
                    None
                }
            }
            _ if is_heading(name) => self.close_found(self.find_open(is_heading, default_scope)),
            "li" => self.close_found(self.in_scope("li", |n| default_scope(n) || matches!(n, "ol" | "ul"))),
            _ if closes_p(name) || matches!(name, "dd" | "dt" | "button") => self.close_found(self.in_scope(name, default_scope)),
            // Any other end tag closes the nearest open element of its
            // name, unless a special element comes first.
            _ => self.close_found(self.in_scope(name, is_special)),
        }
    }
}

/// Text with every "\r\n" and "\r" read as "\n", as html5ever reads it.
fn line_ends(t: &str) -> std::borrow::Cow<'_, str> {
    if t.contains('\r') {
        t.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        t.into()
    }
}

fn default_scope(n: &str) -> bool {
    matches!(n, "html" | "table" | "td" | "th" | "caption" | "applet" | "marquee" | "object" | "template")
}

fn button_scope(n: &str) -> bool {
    default_scope(n) || n == "button"
}

/// A tag's name, lower-cased; `None` if it is not a plain name (html5ever
/// reads "< p", "<5%" and the like as text or comments).
fn tag_name(raw: &str) -> Option<String> {
    let first = *raw.as_bytes().first()?;
    if !first.is_ascii_alphabetic() || !raw.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')) {
        return None;
    }
    Some(raw.to_ascii_lowercase())
}

/// Where the end tag of a raw-text element opens in `s`: `</name` in any
/// case, followed by a space, "/" or ">".
fn find_end_tag(s: &str, name: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&b[from..], b"</").map(|i| from + i) {
        let rest = &b[i + 2..];
        if rest.len() > name.len() && rest[..name.len()].eq_ignore_ascii_case(name.as_bytes()) && matches!(rest[name.len()], b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\x0C') {
            return Some(i);
        }
        from = i + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree written out for comparing builders, without what the
    /// quick builder drops and the reader never reads: the head, white
    /// space outside the body, a select's options.
    fn shape(d: &Dom, id: Id, out: &mut String) {
        match &d.nodes[id] {
            // Split or whole, a text reads the same.
            Node::Text(t) => out.extend(t.escape_debug()),
            Node::Element(e) if e.name == "head" => {}
            Node::Element(e) if e.name == "select" => out.push_str("<select></select>"),
            Node::Element(e) if e.name == "html" => {
                out.push_str("<html>");
                e.children
                    .iter()
                    .filter(|&&c| !matches!(&d.nodes[c], Node::Text(t) if t.trim().is_empty()))
                    .for_each(|&c| shape(d, c, out));
                out.push_str("</html>");
            }
            Node::Element(e) => {
                out.push_str(&format!("<{}", e.name));
                for (k, v) in &e.attrs {
                    out.push_str(&format!(" {k}={v:?}"));
                }
                out.push('>');
                e.children.iter().for_each(|&c| shape(d, c, out));
                out.push_str(&format!("</{}>", e.name));
            }
        }
    }

    fn both(html: &str) -> (Option<String>, String) {
        let quick = Quick::build(html).map(|d| {
            let mut s = String::new();
            shape(&d, Dom::ROOT, &mut s);
            s
        });
        let mut full = String::new();
        shape(&Dom::parse_html5ever(html), Dom::ROOT, &mut full);
        (quick, full)
    }

    #[test]
    fn the_quick_tree_is_html5evers_where_it_is_built() {
        let pages = [
            "<html><head><title>x</title><meta charset=utf-8></head><body><p>Số: 12/QĐ-UBND<p>Điều 1.</body></html>",
            "<!DOCTYPE html><div class=a>x<p>a<div>b</div>c</div><ul><li>một<li>hai</ul>",
            "<table><tr><td>1<td>Sở Y tế<td colspan=2>80%</tr><tr><th>2</th><td>x</table>after",
            "<table>\n<thead><tr><th>STT</th></tr></thead>\n<tbody><tr><td>1</td></tr><tr><td>2</td></tbody></table>",
            "<p>a &amp; b&nbsp;c &#273; &#x110;</p><pre>\nA   B\n1   2</pre>",
            "<div><span>x</div>y</span><h2>t</h2><b>bold</b> <i>i</i>",
            "<table><tr><td><table><tr><td>in</td></tr></table>out</td></tr></table>",
            "<body><script>if (a<b) x();</script><style>p{}</style><p>text</p><br/><div/>z",
            "text first<p>then",
            "<html>\r\n<body>\r\n<pre>\r\nA   B\r\n1   2</pre><p>x\ry</p></body></html>",
            "<p class=MsoNormal><![if !supportLists]><span>-</span><![endif]>Sở Y tế<o:p></o:p></p>",
            "<div><form class=search action=/tim><input name=q><button>Tìm</button></form><select><option>Liên kết</select>nội dung</div>",
            "<p>Bảng:<table><tr><td>1</td><td>2</td><td>3</td></tr></table>sau",
            "<!DOCTYPE html><p>Bảng:<table><tr><td>1</td><td>2</td><td>3</td></tr></table>sau",
            "<table><tr><td><p>a<td><div>b</div></td></tr><tr><td>c</table>",
        ];
        for html in pages {
            let (quick, full) = both(html);
            let quick = quick.unwrap_or_else(|| panic!("left to html5ever: {html}"));
            assert_eq!(quick, full, "{html}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20000))]
        /// Pages of random tags, text and references: wherever the quick
        /// builder builds a tree, it is html5ever's.
        #[test]
        fn any_quick_tree_is_html5evers(parts in proptest::collection::vec(proptest::sample::select(vec![
            "<p>", "</p>", "<div>", "</div>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<tbody>", "</tbody>",
            "<b>", "</b>", "<a>", "</a>", "<i>", "</i>", "<span>", "</span>", "<li>", "</li>", "<ul>", "</ul>", "<br>", "<hr>",
            "<pre>", "</pre>", "<h2>", "</h2>", "<h3>", "<form>", "</form>", "<button>", "</button>", "<select><option>o</select>",
            "<!DOCTYPE html>", "<!-- c -->", "<body>", "</body>", "<head>", "</head>", "<html>", "</html>", "<title>t</title>",
            "<script>s</script>", "<style>p{}</style>", "<td colspan=2>", "<p class=menu>", "x", "Sở", " ", "\n", "\r\n", "&amp;", "&nbsp;", "<", "&",
            "<![if x]>", "<dd>", "<dt>", "<caption>", "<colgroup><col>", "<meta charset=utf-8>", "<img src=a>",
            "<col>", "<thead>", "</th>", "</tr>", "<input>", "<nobr>", "<o:p>", "</o:p>", "</br>", "</h3>", "</dd>", "<dl>", "</dl>",
            "&#150;", "&#273;", "<svg>", "<textarea>", "<td rowspan=2>", "<P>", "</TD>", "<article>", "</article>", "<nav>", "</nav>",
        ]), 0..40)) {
            let html = parts.concat();
            let (quick, full) = both(&html);
            if let Some(quick) = quick {
                proptest::prop_assert_eq!(quick, full, "{}", html);
            }
        }
    }

    #[test]
    fn markup_outside_the_known_cases_goes_to_html5ever() {
        for html in [
            "<p>a < b</p>",
            "<p>Tỷ lệ <50%</p>",
            "<table><tr><td>1</td></tr>stray text</table>",
            "<p><b>x<p>y",
            "<b>x<p>y</b>z</p>",
            "a</p>b",
            "<p>AT&T</p>",
            "<svg><p>x</p></svg>",
            "<p>a&#150;b</p>",
        ] {
            let (quick, full) = both(html);
            assert!(quick.is_none(), "{html}: {quick:?} (html5ever: {full})");
        }
    }
}
