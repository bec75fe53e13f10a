//! `sitemap.xml` and `robots.txt`: the [`Site`] → every HTML page's
//! absolute URL with its last change, for search engines.
//!
//! A sitemap holds at most 50,000 URLs; a larger site gets `sitemap.xml`
//! as a sitemap index pointing at `sitemap-1.xml`, `sitemap-2.xml`, ….
//! The protocol requires absolute URLs, so without a host in `base_url`
//! there is no sitemap and `robots.txt` names none.

use crate::config::Config;
use crate::link::Site;
use crate::parse::DocDate;
use crate::tag::TagKind;
use crate::url;

use super::feeds::escape_xml;
use super::page::Page;
use super::shared::Shared;

/// The most URLs one sitemap file may list (sitemaps.org).
pub const MAX_URLS: usize = 50_000;

/// How many sitemap jobs a site has: 0 without a host, 1 for a single
/// `sitemap.xml`, else the index plus one file per 50,000 URLs.
pub fn jobs(site: &Site, config: &Config) -> usize {
    if !config.has_host() {
        return 0;
    }
    let pages = page_count(site, config);
    if pages <= MAX_URLS {
        1
    } else {
        1 + pages.div_ceil(MAX_URLS)
    }
}

fn page_count(site: &Site, config: &Config) -> usize {
    let term_pages: usize = site
        .terms
        .iter()
        .map(|t| t.docs.len().div_ceil(config.paginate_by).max(1))
        .sum();
    2 + site.own.paths().count() + TagKind::ALL.len() + site.docs.len() + term_pages
}

/// Every page's path (relative to the site root) and last change, in the
/// order of [`super::jobs`]: home, search, the profile, pipeline and
/// compare pages the site has, lists, documents, tag pages.
fn urls(shared: &Shared) -> Vec<(String, Option<DocDate>)> {
    let site = shared.site;
    let changed = |d: &crate::link::Doc| d.updated.max(d.date);
    let newest = site.docs.iter().filter_map(|d| changed(d)).max();
    let mut urls = Vec::with_capacity(page_count(site, shared.config));
    urls.push((String::new(), newest));
    urls.push(("search/".to_string(), newest));
    for path in site.own.paths() {
        urls.push((path.to_string(), newest));
    }
    for kind in TagKind::ALL {
        urls.push((format!("{}/", kind.plural_key()), newest));
    }
    for doc in &site.docs {
        urls.push((doc.path.clone(), changed(doc)));
    }
    for t in &site.terms {
        let last = t.docs.iter().filter_map(|&d| changed(&site.docs[d])).max();
        let pages = t.docs.len().div_ceil(shared.config.paginate_by).max(1);
        for n in 1..=pages {
            urls.push((url::page_path(&t.path, n), last));
        }
    }
    urls
}

/// Renders sitemap job `part`: 0 is `sitemap.xml`, `n` ≥ 1 is `sitemap-n.xml`.
pub fn sitemap(shared: &Shared, part: usize) -> Page {
    render_part(shared, &urls(shared), part, MAX_URLS)
}

fn render_part(
    shared: &Shared,
    urls: &[(String, Option<DocDate>)],
    part: usize,
    max: usize,
) -> Page {
    let mut out = String::with_capacity(128 + urls.len().min(max) * 100);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if part == 0 && urls.len() > max {
        out.push_str("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (n, chunk) in urls.chunks(max).enumerate() {
            let last = chunk.iter().filter_map(|(_, d)| *d).max();
            out.push_str(&format!(
                "<sitemap><loc>{}</loc>{}</sitemap>\n",
                escape_xml(&shared.href(&format!("sitemap-{}.xml", n + 1))),
                lastmod(last)
            ));
        }
        out.push_str("</sitemapindex>\n");
        return page("sitemap.xml".to_string(), out);
    }
    let (file, chunk) = if part == 0 {
        ("sitemap.xml".to_string(), urls)
    } else {
        let chunk = urls.chunks(max).nth(part - 1).unwrap_or(&[]);
        (format!("sitemap-{part}.xml"), chunk)
    };
    out.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (path, date) in chunk {
        out.push_str(&format!(
            "<url><loc>{}</loc>{}</url>\n",
            escape_xml(&shared.href(path)),
            lastmod(*date)
        ));
    }
    out.push_str("</urlset>\n");
    page(file, out)
}

fn lastmod(date: Option<DocDate>) -> String {
    date.map(|d| format!("<lastmod>{}</lastmod>", d.ymd()))
        .unwrap_or_default()
}

fn page(file: String, text: String) -> Page {
    Page::raw(file, text.into_bytes())
}

/// `robots.txt`: everything may be crawled; the sitemap's absolute URL
/// when there is one.
pub fn robots(shared: &Shared) -> Page {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if shared.config.has_host() {
        text.push_str(&format!("\nSitemap: {}\n", shared.href("sitemap.xml")));
    }
    page("robots.txt".to_string(), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_site_gets_a_sitemap_index_and_parts() {
        let site = Site::default();
        let config = Config {
            base_url: "https://example.org/r/".into(),
            ..Config::default()
        };
        let shared = Shared::new(&site, &config);
        let urls: Vec<(String, Option<DocDate>)> =
            (0..5).map(|i| (format!("d{i}/"), None)).collect();
        let index = String::from_utf8(render_part(&shared, &urls, 0, 2).bytes.to_vec()).unwrap();
        assert_eq!(index.matches("<sitemap>").count(), 3, "{index}");
        assert!(
            index.contains("<loc>https://example.org/r/sitemap-3.xml</loc>"),
            "{index}"
        );
        let last = render_part(&shared, &urls, 3, 2);
        assert_eq!(last.file, "sitemap-3.xml");
        let last = String::from_utf8(last.bytes.to_vec()).unwrap();
        assert!(
            last.contains("<url><loc>https://example.org/r/d4/</loc></url>"),
            "{last}"
        );
        let single = String::from_utf8(render_part(&shared, &urls, 0, 10).bytes.to_vec()).unwrap();
        assert_eq!(single.matches("<url>").count(), 5, "{single}");
    }

    #[test]
    fn robots_names_the_sitemap_only_with_a_host() {
        let site = Site::default();
        let mut config = Config::default();
        let text =
            |c: &Config| String::from_utf8(robots(&Shared::new(&site, c)).bytes.to_vec()).unwrap();
        assert_eq!(text(&config), "User-agent: *\nAllow: /\n");
        config.base_url = "https://example.org/".into();
        assert!(text(&config).ends_with("Sitemap: https://example.org/sitemap.xml\n"));
        assert_eq!(jobs(&site, &Config::default()), 0);
    }
}
