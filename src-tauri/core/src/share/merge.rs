//! The three-way merge of one meeting's fields: the version both sides last agreed on
//! (the base), this installation's (mine) and the server's (theirs). A field one side
//! changed takes that side's value; a field both changed to the same value is not a
//! conflict; a field both changed differently is one, and keeps mine until a person
//! chooses. Nothing else is decided here.

use super::fields::Fields;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldConflict {
    pub field: String,
    pub base: Option<String>,
    pub mine: Option<String>,
    pub theirs: Option<String>,
}

#[derive(Debug, Default)]
pub struct Merged {
    pub fields: Fields,
    pub conflicts: Vec<FieldConflict>,
}

pub fn merge(base: &Fields, mine: &Fields, theirs: &Fields) -> Merged {
    merge_with(base, &[], mine, theirs)
}

/// As [`merge`], where `ours` are versions this installation uploaded without hearing
/// back (a lost reply): the server holding one of their values is not a change of
/// theirs, even when someone has since changed other fields on top.
pub fn merge_with(base: &Fields, ours: &[Fields], mine: &Fields, theirs: &Fields) -> Merged {
    let mut out = Merged::default();
    let mut names: Vec<&String> = base
        .keys()
        .chain(mine.keys())
        .chain(theirs.keys())
        .collect();
    names.sort();
    names.dedup();
    for name in names {
        let (b, m, t) = (base.get(name), mine.get(name), theirs.get(name));
        let theirs_unchanged = t == b || ours.iter().any(|o| o.get(name) == t);
        let value = if m == t || theirs_unchanged {
            m
        } else if m == b {
            t
        } else {
            out.conflicts.push(FieldConflict {
                field: name.clone(),
                base: b.cloned(),
                mine: m.cloned(),
                theirs: t.cloned(),
            });
            m
        };
        if let Some(v) = value {
            out.fields.insert(name.clone(), v.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(pairs: &[(&str, &str)]) -> Fields {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn each_side_keeps_its_own_changes_and_a_double_change_is_a_conflict() {
        let base = f(&[
            ("name", "Hope"),
            ("room", "A"),
            ("notes", "old"),
            ("url", "u"),
        ]);
        let mine = f(&[("name", "Hope Group"), ("room", "A"), ("notes", "mine")]);
        let theirs = f(&[
            ("name", "Hope"),
            ("room", "B"),
            ("notes", "theirs"),
            ("url", "u"),
        ]);
        let m = merge(&base, &mine, &theirs);
        // name: mine; room: theirs; url: removed here, kept there unchanged → removed.
        assert_eq!(m.fields.get("name").unwrap(), "Hope Group");
        assert_eq!(m.fields.get("room").unwrap(), "B");
        assert_eq!(m.fields.get("url"), None);
        assert_eq!(
            m.conflicts,
            vec![FieldConflict {
                field: "notes".into(),
                base: Some("old".into()),
                mine: Some("mine".into()),
                theirs: Some("theirs".into()),
            }]
        );
        // Until chosen, mine stays.
        assert_eq!(m.fields.get("notes").unwrap(), "mine");
    }

    #[test]
    fn our_upload_with_a_lost_reply_under_someone_elses_change_is_no_conflict() {
        let base = f(&[("notes", "2"), ("room", "A")]);
        let sent = f(&[("notes", "12"), ("room", "A")]);
        let mine = f(&[("notes", "13"), ("room", "A")]);
        // The server took our "12", then someone changed the room.
        let theirs = f(&[("notes", "12"), ("room", "B")]);
        let m = merge_with(&base, &[sent], &mine, &theirs);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.fields, f(&[("notes", "13"), ("room", "B")]));
        // Someone else's notes over ours is still a conflict.
        let theirs = f(&[("notes", "theirs"), ("room", "A")]);
        let sent = f(&[("notes", "12"), ("room", "A")]);
        assert_eq!(
            merge_with(&base, &[sent], &mine, &theirs).conflicts.len(),
            1
        );
    }

    #[test]
    fn the_same_change_on_both_sides_and_an_empty_base() {
        let same = f(&[("room", "C")]);
        assert!(merge(&f(&[("room", "A")]), &same, &same)
            .conflicts
            .is_empty());
        // Joined with data of our own: every field that differs is a conflict.
        let m = merge(
            &Fields::new(),
            &f(&[("room", "A")]),
            &f(&[("room", "B"), ("x", "1")]),
        );
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.fields.get("x").unwrap(), "1");
    }
}
