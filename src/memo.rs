//! Answers remembered per thread: what a rule-reading function gave for a
//! text, so that the same text (a unit's name down a table's rows, an
//! indicator's wording in each table of a batch) is read once.
//!
//! A [`Memo`] is a small table of the latest answers, one slot for each
//! hash value of a rules' id and a text: a new answer takes the slot of the
//! old one. The answers depend on the rules only, which never change once
//! built; each [`crate::rules::Rules`] has its own id.

use std::cell::RefCell;
use std::hash::{BuildHasher, Hash, Hasher};
use std::thread::LocalKey;

/// The latest answers of one function, by rules and text.
pub struct Memo<V> {
    slots: Vec<Option<(u64, Box<str>, V)>>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo { slots: Vec::new() }
    }
}

impl<V> Memo<V> {
    const SLOTS: usize = 2048;
    /// Longer texts (whole paragraphs) are read each time: they rarely
    /// come twice, and a slot would keep them alive.
    const LONGEST: usize = 512;

    fn slot(rules: u64, text: &str) -> usize {
        let mut h = rustc_hash::FxBuildHasher.build_hasher();
        rules.hash(&mut h);
        text.hash(&mut h);
        h.finish() as usize % Self::SLOTS
    }
}

/// `find`'s answer for `text` under the rules `rules` (their id; 0 for
/// an answer that depends on no rules), from the memo `memo` when it
/// holds it. `find` may itself use the memo: no
/// borrow is held while it runs.
pub fn remembered<V: Clone + 'static>(memo: &'static LocalKey<RefCell<Memo<V>>>, rules: u64, text: &str, find: impl FnOnce() -> V) -> V {
    if text.len() > Memo::<V>::LONGEST {
        return find();
    }
    let slot = Memo::<V>::slot(rules, text);
    let known = memo.with_borrow(|m| match m.slots.get(slot) {
        Some(Some((id, t, v))) if *id == rules && **t == *text => Some(v.clone()),
        _ => None,
    });
    if let Some(v) = known {
        return v;
    }
    let v = find();
    memo.with_borrow_mut(|m| {
        if m.slots.is_empty() {
            m.slots.resize_with(Memo::<V>::SLOTS, || None);
        }
        m.slots[slot] = Some((rules, text.into(), v.clone()));
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static SQUARES: RefCell<Memo<usize>> = RefCell::default();
    }

    #[test]
    fn an_answer_is_found_once_per_rules_and_text() {
        let runs = std::cell::Cell::new(0);
        let len = |rules: u64, t: &str| {
            remembered(&SQUARES, rules, t, || {
                runs.set(runs.get() + 1);
                t.len() * t.len()
            })
        };
        assert_eq!(len(1, "abc"), 9);
        assert_eq!(len(1, "abc"), 9);
        assert_eq!(len(2, "abc"), 9);
        assert_eq!(len(1, "abcd"), 16);
        assert_eq!(runs.get(), 3);
        // A long text is not kept.
        let long = "x".repeat(600);
        assert_eq!(len(1, &long), 360_000);
        assert_eq!(len(1, &long), 360_000);
        assert_eq!(runs.get(), 5);
    }
}
