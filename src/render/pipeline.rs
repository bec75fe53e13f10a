//! Your applications: the site's [`Pipeline`](crate::link::Pipeline) →
//! the `/pipeline/` page: documents by status with their dates, and the
//! next deadlines.

use crate::link::{DocId, pipeline};
use crate::tag::fields::{Choice, human_day};

use super::shared::Shared;
use super::views::{ApplicationView, PageView, PipelineView, StatusGroupView};

/// The URL path of the pipeline page.
pub const PIPELINE_PATH: &str = "pipeline/";

/// The pipeline page.
pub(super) fn pipeline_page<'a>(shared: &'a Shared) -> (PageView<'a>, PipelineView<'a>, String) {
    let model = pipeline(shared.site);
    let entry = |id: DocId| {
        let fields = &shared.site.docs[id].source.fields;
        let status = fields.status.as_ref().map(|s| s.value);
        let day = |d: Option<chrono::NaiveDate>| {
            d.map_or((String::new(), String::new()), |d| {
                (d.format("%Y-%m-%d").to_string(), human_day(d))
            })
        };
        let (applied, applied_human) = day(fields.applied.as_ref().map(|a| a.value));
        let (deadline, deadline_human) = day(fields.deadline.as_ref().map(|a| a.value));
        ApplicationView {
            doc: shared.doc_link(id),
            status: status.map_or("", |s| s.key()),
            status_label: status.map_or("", |s| s.label()),
            applied,
            applied_human,
            deadline,
            deadline_human,
        }
    };
    let groups: Vec<StatusGroupView> = model
        .groups
        .iter()
        .map(|(status, docs)| StatusGroupView {
            key: status.key(),
            label: status.label(),
            count: docs.len(),
            docs: docs.iter().map(|&id| entry(id)).collect(),
        })
        .collect();
    let view = PipelineView {
        total: groups.iter().map(|g| g.count).sum(),
        groups,
        deadlines: model.deadlines.iter().map(|&(_, id)| entry(id)).collect(),
    };
    let description = format!(
        "{} applications of {} by status, with the next deadlines.",
        view.total, shared.config.title
    );
    let page = shared.page_view(
        "pipeline",
        "Applications",
        PIPELINE_PATH,
        description,
        "pipeline",
    );
    (page, view, PIPELINE_PATH.to_string())
}
