//! Pipeline: the linked [`Site`] → your applications ([`Pipeline`]): the
//! documents with a `status`, grouped by status in the order an
//! application moves, and the deadlines of those still open.

use chrono::NaiveDate;

use crate::tag::fields::{Choice, Status};

use super::site::{DocId, Site};

/// The documents with a status, by status, and the open deadlines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pipeline {
    /// Each status that some document has, in [`Status::ALL`] order, with
    /// its documents: the latest applied first, then in site order.
    pub groups: Vec<(Status, Vec<DocId>)>,
    /// The deadlines of documents not yet decided (no status, saved,
    /// applied or interviewing), soonest first.
    pub deadlines: Vec<(NaiveDate, DocId)>,
}

/// `true` for a status that still waits on a step: its deadline matters.
pub fn is_open(status: Option<Status>) -> bool {
    matches!(
        status,
        None | Some(Status::Saved | Status::Applied | Status::Interviewing)
    )
}

/// The site's pipeline; empty when no document has a status or deadline.
pub fn pipeline(site: &Site) -> Pipeline {
    let mut groups: Vec<(Status, Vec<DocId>)> =
        Status::ALL.iter().map(|&s| (s, Vec::new())).collect();
    let mut deadlines = Vec::new();
    for &id in &site.order {
        let fields = &site.docs[id].source.fields;
        let status = fields.status.as_ref().map(|s| s.value);
        if let Some(status) = status {
            let at = Status::ALL.iter().position(|&s| s == status);
            groups[at.expect("every status is in ALL")].1.push(id);
        }
        if let (Some(deadline), true) = (&fields.deadline, is_open(status)) {
            deadlines.push((deadline.value, id));
        }
    }
    let applied = |id: &DocId| {
        let fields = &site.docs[*id].source.fields;
        fields.applied.as_ref().map(|a| a.value)
    };
    for (_, docs) in &mut groups {
        // Stable: equal dates keep site order.
        docs.sort_by_key(|id| std::cmp::Reverse(applied(id)));
    }
    groups.retain(|(_, docs)| !docs.is_empty());
    deadlines.sort_by_key(|&(day, _)| day);
    Pipeline { groups, deadlines }
}
