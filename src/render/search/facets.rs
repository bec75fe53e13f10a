//! Facets: the [`Site`] → for each tag and each value of the posting
//! fields (location, remote, status), the documents that have it, packed;
//! and each document's salary for a year in the site's main currency.
//!
//! Documents are named by rank (their place in `site.order`). The values
//! of the fields go in `search-index.json`; their documents go in
//! `search-index/facets.json.gz`, read before any filter is applied.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::link::Site;
use crate::parse::values::{Choice, Remote, Status};
use crate::tag::fields::{self, Bound, Fields};
use crate::url;

use super::pack::pack_ids;

/// One field a search can be narrowed by, with its values: `[name, slug]`.
#[derive(Debug, Serialize)]
pub struct FieldFacet {
    /// The key in URLs and front matter: `location`, `remote`, `status`.
    pub key: &'static str,
    /// The heading of its filter.
    pub label: &'static str,
    pub values: Vec<(String, String)>,
}

/// What the salary filter offers: salaries for a year in `currency`.
#[derive(Debug, Serialize)]
pub struct SalaryRange {
    /// The currency most salaries are stated in; others cannot be compared
    /// with it (no exchange rates offline), so they are left out.
    pub currency: String,
    /// The lowest and highest yearly figures stated in it.
    pub min: u64,
    pub max: u64,
    /// Documents with a salary in `currency`.
    pub count: usize,
    /// Documents with a salary in another currency, by currency.
    pub other: Vec<(String, usize)>,
}

/// `search-index/facets.json.gz`: the documents of every filter value.
#[derive(Debug, Serialize)]
pub struct FacetLists {
    /// The documents of each tag, in tag id order.
    pub tags: Vec<String>,
    /// The documents of each value of each field, as in
    /// [`FieldFacet::values`].
    pub fields: Vec<Vec<String>>,
    /// The documents with a salary in the main currency and each one's
    /// yearly figures: `min` is 0 for "up to", `max` 0 for "from".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<SalaryLists>,
}

/// Yearly salaries, one entry per document of `docs`.
#[derive(Debug, Serialize)]
pub struct SalaryLists {
    pub docs: String,
    pub min: Vec<u64>,
    pub max: Vec<u64>,
}

/// The filters of the site and their documents.
pub struct Facets {
    pub fields: Vec<FieldFacet>,
    pub salary: Option<SalaryRange>,
    pub lists: FacetLists,
}

/// Every tag's and field value's documents.
pub fn facets(site: &Site) -> Facets {
    let n = site.order.len();
    let mut rank = vec![0u32; site.docs.len()];
    for (r, &id) in site.order.iter().enumerate() {
        rank[id] = r as u32;
    }
    let ranked = |fields: &dyn Fn(&Fields) -> bool| -> Vec<u32> {
        (0..n as u32)
            .filter(|&r| fields(&site.docs[site.order[r as usize]].source.fields))
            .collect()
    };
    let tags = site
        .terms
        .iter()
        .map(|t| {
            let mut ids: Vec<u32> = t.docs.iter().map(|&d| rank[d]).collect();
            ids.sort_unstable();
            pack_ids(&ids, n)
        })
        .collect();

    let mut fields = Vec::new();
    let mut lists = Vec::new();
    let mut add = |facet: FieldFacet, docs: Vec<Vec<u32>>| {
        if !facet.values.is_empty() {
            lists.push(docs.iter().map(|d| pack_ids(d, n)).collect());
            fields.push(facet);
        }
    };
    let (values, docs) = locations(site);
    add(
        FieldFacet {
            key: "location",
            label: "Locations",
            values,
        },
        docs,
    );
    let (values, docs) = choices(Remote::ALL, |v| {
        ranked(&|f| f.remote.as_ref().is_some_and(|r| r.value == v))
    });
    add(
        FieldFacet {
            key: "remote",
            label: "Remote",
            values,
        },
        docs,
    );
    let (values, docs) = choices(Status::ALL, |v| {
        ranked(&|f| f.status.as_ref().is_some_and(|s| s.value == v))
    });
    add(
        FieldFacet {
            key: "status",
            label: "Status",
            values,
        },
        docs,
    );
    let (salary, salary_lists) = salaries(site, n);
    Facets {
        fields,
        salary,
        lists: FacetLists {
            tags,
            fields: lists,
            salary: salary_lists,
        },
    }
}

/// The values of a choice field that some document has, and their
/// documents.
fn choices<C: Choice>(
    all: &[C],
    docs_of: impl Fn(C) -> Vec<u32>,
) -> (Vec<(String, String)>, Vec<Vec<u32>>) {
    all.iter()
        .map(|&v| ((v.label().to_string(), v.key().to_string()), docs_of(v)))
        .filter(|(_, docs)| !docs.is_empty())
        .unzip()
}

/// Locations by place and slug: "Berlin or Munich" is under both, and
/// "Austin, TX" and "Austin TX" are one value named by the spelling most
/// documents use; in slug order.
fn locations(site: &Site) -> (Vec<(String, String)>, Vec<Vec<u32>>) {
    let mut by_slug: BTreeMap<String, (BTreeMap<&str, usize>, Vec<u32>)> = BTreeMap::new();
    for (r, &id) in site.order.iter().enumerate() {
        let Some(location) = &site.docs[id].source.fields.location else {
            continue;
        };
        for place in fields::places(&location.value) {
            let slug = url::slugify(place);
            if slug.is_empty() {
                continue;
            }
            let (names, docs) = by_slug.entry(slug).or_default();
            *names.entry(place).or_default() += 1;
            // A place named twice in one location counts once.
            if docs.last() != Some(&(r as u32)) {
                docs.push(r as u32);
            }
        }
    }
    by_slug
        .into_iter()
        .map(|(slug, (names, docs))| {
            let name = names
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(name, _)| name.to_string())
                .expect("a location value has a name");
            ((name, slug), docs)
        })
        .unzip()
}

/// The salary range of the site's main currency and each document's
/// yearly figures in it.
fn salaries(site: &Site, n: usize) -> (Option<SalaryRange>, Option<SalaryLists>) {
    let mut by_currency: BTreeMap<&str, usize> = BTreeMap::new();
    for &id in &site.order {
        if let Some(s) = &site.docs[id].source.fields.salary {
            *by_currency.entry(s.value.currency.as_str()).or_default() += 1;
        }
    }
    let Some((&currency, _)) = by_currency
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
    else {
        return (None, None);
    };
    let (mut docs, mut mins, mut maxes) = (Vec::new(), Vec::new(), Vec::new());
    for (r, &id) in site.order.iter().enumerate() {
        let Some(s) = &site.docs[id].source.fields.salary else {
            continue;
        };
        if s.value.currency != currency {
            continue;
        }
        let (min, max) = s.value.yearly();
        let (min, max) = (min.round() as u64, max.round() as u64);
        docs.push(r as u32);
        mins.push(if s.value.bound == Bound::UpTo { 0 } else { min });
        maxes.push(if s.value.bound == Bound::From { 0 } else { max });
    }
    let range = SalaryRange {
        currency: currency.to_string(),
        min: mins
            .iter()
            .zip(&maxes)
            .map(|(&a, &b)| if a > 0 { a } else { b })
            .min()
            .unwrap_or(0),
        max: mins
            .iter()
            .zip(&maxes)
            .map(|(&a, &b)| a.max(b))
            .max()
            .unwrap_or(0),
        count: docs.len(),
        other: by_currency
            .iter()
            .filter(|(c, _)| **c != currency)
            .map(|(c, k)| (c.to_string(), *k))
            .collect(),
    };
    let lists = SalaryLists {
        docs: pack_ids(&docs, n),
        min: mins,
        max: maxes,
    };
    (Some(range), Some(lists))
}
