//! JobSpy exports → [`Record`]s → [`Posting`]s.
//!
//! JobSpy (`python-jobspy`) returns a pandas DataFrame with the columns
//! `id`, `site`, `job_url`, `job_url_direct`, `title`, `company`,
//! `location`, `date_posted`, `job_type`, `salary_source`, `interval`,
//! `min_amount`, `max_amount`, `currency`, `is_remote`, `job_level`,
//! `job_function`, `listing_type`, `emails`, `description`,
//! `company_industry`, `company_url`, … `skills`, ….
//! People save it with `to_csv` (the project's README recipe is
//! `quoting=csv.QUOTE_NONNUMERIC, escapechar="\\"`, which doubles every
//! backslash of the Markdown descriptions: `C\\+\\+`) or `to_json`
//! (`orient="records"`, the default `columns`, `split`, `table`, or
//! `lines=True`). Columns are found by name; unknown ones are ignored.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::Value;

use super::body;
use super::posting::{Employment, Origin, Period, Posting, Remote, Salary, title_case};
use crate::diag::Diagnostic;
use crate::parse::values::Choice as _;

/// One row of an export: column → text, empty cells left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    /// 1-based data row.
    pub row: usize,
    /// 1-based line of the file where the row starts, when known.
    pub line: Option<u32>,
    pub fields: BTreeMap<String, String>,
}

impl Record {
    fn get(&self, column: &str) -> Option<&str> {
        self.fields
            .get(column)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty() && !is_missing(s))
    }
}

/// pandas writes missing values as empty cells, `nan` or `None` (`NaN`
/// and `NaT` in some versions).
fn is_missing(text: &str) -> bool {
    matches!(text, "nan" | "NaN" | "None" | "NaT" | "null" | "<NA>")
}

/// Extra columns kept in front matter: column → key.
const EXTRA: &[(&str, &str)] = &[
    ("company_industry", "industry"),
    ("job_function", "function"),
    ("experience_range", "experience"),
    ("company_num_employees", "company_size"),
    ("company_url", "company_url"),
    ("job_url_direct", "apply_url"),
];

/// Reads a CSV export. A row with the wrong number of cells or text that
/// is not UTF-8 is an error naming its row and line; the other rows are
/// read.
pub fn read_csv(bytes: &[u8], shown: &str) -> (Vec<Record>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let d = Diagnostic::error(shown, "the file is UTF-16 text, not UTF-8")
            .at_line(1)
            .with_help("save it as UTF-8 (pandas: `to_csv(..., encoding=\"utf-8\")`)");
        return (Vec::new(), vec![d]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(bytes);
    let mut rows = reader.byte_records();
    let header = match rows.next() {
        Some(Ok(header)) => header,
        Some(Err(e)) => return (Vec::new(), vec![csv_error(shown, &e)]),
        None => {
            let d = Diagnostic::error(shown, "the file is empty")
                .with_help("export the jobs with `jobs.to_csv(\"jobs.csv\", index=False)`");
            return (Vec::new(), vec![d]);
        }
    };
    let columns: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let name = String::from_utf8_lossy(name);
            let name = if i == 0 {
                name.trim_start_matches('\u{feff}')
            } else {
                &name
            };
            name.trim().to_ascii_lowercase()
        })
        .collect();
    if let Some(d) = missing_columns(&columns, shown) {
        return (Vec::new(), vec![d]);
    }
    let mut records = Vec::new();
    for (row, result) in (1..).zip(rows) {
        let record = match result {
            Ok(record) => record,
            Err(e) => {
                diags.push(csv_error(shown, &e));
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as u32);
        if record.len() != columns.len() {
            let d = Diagnostic::error(
                shown,
                format!(
                    "row {row} has {} cells, the header has {}",
                    record.len(),
                    columns.len()
                ),
            )
            .at(line)
            .with_help(
                "a quote may be missing or doubled on this row; the row is left out, the others are imported",
            );
            diags.push(d);
            continue;
        }
        let mut fields = BTreeMap::new();
        let mut bad = None;
        for (column, cell) in columns.iter().zip(record.iter()) {
            if column.is_empty() || cell.is_empty() {
                continue;
            }
            match std::str::from_utf8(cell) {
                Ok(text) => {
                    fields.insert(column.clone(), text.to_string());
                }
                Err(_) => bad = bad.or(Some(column.clone())),
            }
        }
        if let Some(column) = bad {
            let d = Diagnostic::error(
                shown,
                format!("row {row}: `{column}` is not UTF-8 text"),
            )
            .at(line)
            .with_help("save the export as UTF-8 (pandas: `to_csv(..., encoding=\"utf-8\")`); the row is left out");
            diags.push(d);
            continue;
        }
        records.push(Record { row, line, fields });
    }
    if csv_escaped(&records) {
        for record in &mut records {
            for value in record.fields.values_mut() {
                if value.contains('\\') {
                    *value = undo_csv_escapes(value);
                }
            }
        }
    }
    (records, diags)
}

fn csv_error(shown: &str, e: &csv::Error) -> Diagnostic {
    let line = e.position().map(|p| p.line() as u32);
    Diagnostic::error(shown, format!("cannot read the CSV: {e}")).at(line)
}

fn missing_columns(columns: &[String], shown: &str) -> Option<Diagnostic> {
    let has = |name: &str| columns.iter().any(|c| c == name);
    let mut missing = Vec::new();
    if !has("title") {
        missing.push("`title`");
    }
    if !has("id") && !has("job_url") {
        missing.push("`id` or `job_url`");
    }
    if missing.is_empty() {
        return None;
    }
    Some(
        Diagnostic::error(
            shown,
            format!(
                "no {} column: this is not a JobSpy export",
                missing.join(" and no ")
            ),
        )
        .at_line(1)
        .with_help(
            "the first line must name JobSpy's columns (id, site, job_url, title, company, …); \
             export with `jobs.to_csv(\"jobs.csv\", index=False)`",
        ),
    )
}

/// `true` when the file was written with `escapechar="\\"`: Python's
/// writer then doubles every backslash, so every run of backslashes in the
/// file has an even length (Markdown escapes alone give odd runs).
fn csv_escaped(records: &[Record]) -> bool {
    let mut any = false;
    for value in records.iter().flat_map(|r| r.fields.values()) {
        let mut run = 0;
        for c in value.chars().chain(['\0']) {
            if c == '\\' {
                run += 1;
                continue;
            }
            if run % 2 == 1 {
                return false;
            }
            any |= run > 0;
            run = 0;
        }
    }
    any
}

/// `\\` → `\`, as a reader with `escapechar="\\"` reads the cell.
fn undo_csv_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

/// Reads a JSON export: an array of records, pandas' other layouts
/// (`columns`, `index`, `split`, `table`), `{"jobs": [...]}`, or one
/// record per line.
pub fn read_json(bytes: &[u8], shown: &str) -> (Vec<Record>, Vec<Diagnostic>) {
    let text = match std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)) {
        Ok(text) => text,
        Err(e) => {
            let line = line_of(bytes, e.valid_up_to());
            let d = Diagnostic::error(shown, "the file is not UTF-8 text")
                .at_line(line)
                .with_help("save the export as UTF-8");
            return (Vec::new(), vec![d]);
        }
    };
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let first = match stream.next() {
        Some(Ok(value)) => value,
        Some(Err(e)) => return (Vec::new(), vec![json_error(shown, &e)]),
        None => {
            let d = Diagnostic::error(shown, "the file is empty").with_help(
                "export the jobs with `jobs.to_json(\"jobs.json\", orient=\"records\")`",
            );
            return (Vec::new(), vec![d]);
        }
    };
    let second = stream.next();
    if second.is_some() {
        return read_json_lines(text, shown);
    }
    let rows = match rows_of(first) {
        Ok(rows) => rows,
        Err(message) => {
            let d = Diagnostic::error(shown, message).at_line(1).with_help(
                "export the jobs with `jobs.to_json(\"jobs.json\", orient=\"records\")`",
            );
            return (Vec::new(), vec![d]);
        }
    };
    let lines = record_lines(text);
    let mut records = Vec::new();
    let mut diags = Vec::new();
    for (i, row) in rows.into_iter().enumerate() {
        let line = lines.as_ref().and_then(|l| l.get(i).copied());
        match record_of(row, i + 1, line) {
            Ok(record) => records.push(record),
            Err(message) => diags.push(Diagnostic::error(shown, message).at(line)),
        }
    }
    (records, diags)
}

fn read_json_lines(text: &str, shown: &str) -> (Vec<Record>, Vec<Diagnostic>) {
    let mut records = Vec::new();
    let mut diags = Vec::new();
    let mut row = 0;
    for (n, line) in (1..).zip(text.lines()) {
        if line.trim().is_empty() {
            continue;
        }
        row += 1;
        let result = serde_json::from_str::<Value>(line)
            .map_err(|e| format!("row {row} is not valid JSON: {e}"))
            .and_then(|value| record_of(value, row, Some(n)));
        match result {
            Ok(record) => records.push(record),
            Err(message) => diags.push(Diagnostic::error(shown, message).at_line(n)),
        }
    }
    (records, diags)
}

fn json_error(shown: &str, e: &serde_json::Error) -> Diagnostic {
    Diagnostic::error(shown, format!("not valid JSON: {e}"))
        .at_line(e.line().max(1) as u32)
        .with_help("export the jobs with `jobs.to_json(\"jobs.json\", orient=\"records\")`")
}

/// The records of any of pandas' layouts.
fn rows_of(value: Value) -> Result<Vec<Value>, String> {
    let mut map = match value {
        Value::Array(rows) => return Ok(rows),
        Value::Object(map) => map,
        _ => return Err("the JSON is neither a list of postings nor a table of them".into()),
    };
    for key in ["jobs", "data", "records", "results"] {
        if let Some(Value::Array(rows)) = map.get(key)
            && rows.iter().all(Value::is_object)
        {
            return Ok(map
                .remove(key)
                .map(|v| match v {
                    Value::Array(rows) => rows,
                    _ => Vec::new(),
                })
                .unwrap_or_default());
        }
    }
    // `split`: {"columns": [...], "data": [[...], ...]}.
    if let (Some(Value::Array(columns)), Some(Value::Array(data))) =
        (map.get("columns"), map.get("data"))
    {
        let names: Vec<String> = columns
            .iter()
            .map(|c| c.as_str().unwrap_or("").to_string())
            .collect();
        return Ok(data
            .iter()
            .map(|row| {
                let cells = row.as_array().cloned().unwrap_or_default();
                Value::Object(names.iter().cloned().zip(cells).collect())
            })
            .collect());
    }
    let objects = map.values().all(Value::is_object);
    if !objects || map.is_empty() {
        return Err("the JSON is neither a list of postings nor a table of them".into());
    }
    // `index`: {"0": {record}, ...}; `columns`: {"title": {"0": ...}, ...}.
    if map.contains_key("title") {
        let mut rows: BTreeMap<u64, serde_json::Map<String, Value>> = BTreeMap::new();
        for (column, cells) in map {
            if let Value::Object(cells) = cells {
                for (index, cell) in cells {
                    let index = index.parse::<u64>().unwrap_or(u64::MAX);
                    rows.entry(index).or_default().insert(column.clone(), cell);
                }
            }
        }
        return Ok(rows.into_values().map(Value::Object).collect());
    }
    let mut rows: Vec<(u64, Value)> = map
        .into_iter()
        .map(|(index, row)| (index.parse::<u64>().unwrap_or(u64::MAX), row))
        .collect();
    rows.sort_by_key(|(index, _)| *index);
    Ok(rows.into_iter().map(|(_, row)| row).collect())
}

/// The line each element of a top-level JSON array starts on, when the
/// file is one.
fn record_lines(text: &str) -> Option<Vec<u32>> {
    let raw: Vec<&serde_json::value::RawValue> = serde_json::from_str(text).ok()?;
    let start = text.as_ptr() as usize;
    let mut lines = Vec::with_capacity(raw.len());
    let (mut at, mut line) = (0, 1u32);
    for r in raw {
        let offset = r.get().as_ptr() as usize - start;
        line += memchr::memchr_iter(b'\n', &text.as_bytes()[at..offset]).count() as u32;
        at = offset;
        lines.push(line);
    }
    Some(lines)
}

fn line_of(bytes: &[u8], offset: usize) -> u32 {
    1 + memchr::memchr_iter(b'\n', &bytes[..offset.min(bytes.len())]).count() as u32
}

/// A JSON object → a record of texts.
fn record_of(value: Value, row: usize, line: Option<u32>) -> Result<Record, String> {
    let Value::Object(map) = value else {
        return Err(format!("row {row} is not an object of columns and values"));
    };
    let mut fields = BTreeMap::new();
    for (column, value) in map {
        let column = column.trim().to_ascii_lowercase();
        if let Some(text) = json_text(&column, &value) {
            fields.insert(column, text);
        }
    }
    Ok(Record { row, line, fields })
}

/// A JSON value as a cell's text: numbers as written (dates from pandas'
/// epoch milliseconds), lists joined with `, `, a location object as
/// `city, state, country`.
fn json_text(column: &str, value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) if column == "date_posted" => {
            let n = n.as_f64()?;
            // pandas writes epoch milliseconds; some tools seconds.
            let secs = if n.abs() > 1e11 { n / 1000.0 } else { n };
            let date = chrono::DateTime::from_timestamp(secs as i64, 0)?.date_naive();
            Some(date.format("%Y-%m-%d").to_string())
        }
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let texts: Vec<String> = items.iter().filter_map(|v| json_text("", v)).collect();
            (!texts.is_empty()).then(|| texts.join(", "))
        }
        Value::Object(map) => {
            let parts: Vec<&str> = ["city", "state", "country"]
                .iter()
                .filter_map(|k| map.get(*k).and_then(Value::as_str))
                .filter(|s| !s.is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
    }
}

/// A record → a posting, or an error naming the row; warnings for cells
/// that were left out.
pub fn to_posting(record: &Record, shown: &str) -> (Option<Posting>, Vec<Diagnostic>) {
    let at = |d: Diagnostic| d.at(record.line);
    let row = record.row;
    let Some(title) = record.get("title") else {
        let d = Diagnostic::error(shown, format!("row {row} has no title; it is left out"))
            .with_help("fill in its `title` cell");
        return (None, vec![at(d)]);
    };
    let id = record.get("id").map(str::to_string);
    let url = record.get("job_url").map(str::to_string);
    if id.is_none() && url.is_none() {
        let d = Diagnostic::error(
            shown,
            format!("row {row} has neither an `id` nor a `job_url`; it is left out"),
        )
        .with_help("dossier needs one of them to know the posting again on the next import");
        return (None, vec![at(d)]);
    }
    let mut warnings = Vec::new();
    let mut warn = |message: String| {
        warnings.push(at(Diagnostic::warning(shown, message)));
    };
    let posted = record.get("date_posted").and_then(|text| {
        let date = parse_date(text);
        if date.is_none() {
            warn(format!(
                "row {row}: `date_posted` is not a date (`{text}`); left out"
            ));
        }
        date
    });
    let mut amount = |column: &str| {
        let text = record.get(column)?;
        match text.replace(',', "").parse::<f64>() {
            Ok(n) if n.is_finite() && n >= 0.0 => Some(n),
            _ => {
                warn(format!(
                    "row {row}: `{column}` is not an amount (`{text}`); the salary is left out"
                ));
                None
            }
        }
    };
    let (min, max) = (amount("min_amount"), amount("max_amount"));
    let salary = (min.is_some() || max.is_some()).then(|| Salary {
        currency: record.get("currency").map(str::to_string),
        min,
        max,
        period: record.get("interval").and_then(Period::parse),
    });
    let remote = match record
        .get("is_remote")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("true" | "1" | "1.0" | "yes") => Some(Remote::Remote),
        _ => record.get("work_from_home_type").and_then(Remote::parse),
    };
    let level = record
        .get("job_level")
        .filter(|l| !l.eq_ignore_ascii_case("not applicable"))
        .map(title_case);
    let employment = record
        .get("job_type")
        .and_then(|types| types.split(',').find_map(Employment::parse));
    let skills = record
        .get("skills")
        .map(|s| {
            s.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let extra = EXTRA
        .iter()
        .filter_map(|(column, key)| Some((key.to_string(), record.get(column)?.to_string())))
        .collect();
    let base = url.as_deref().and_then(|u| url::Url::parse(u).ok());
    let body = match record.get("description") {
        Some(text) if body::looks_like_html(text) => body::from_html(text, base.as_ref()),
        Some(text) => body::from_markdown(text, base.as_ref()),
        None => String::new(),
    };
    let posting = Posting {
        title: title.to_string(),
        company: record
            .get("company")
            .or_else(|| record.get("company_name"))
            .map(str::to_string),
        level,
        location: record.get("location").map(str::to_string),
        remote,
        salary,
        employment,
        posted,
        url,
        source: record.get("site").map(str::to_string),
        source_id: id,
        skills,
        extra,
        body,
        origin: Origin {
            input: shown.to_string(),
            row: Some(row),
            line: record.line,
        },
    };
    (Some(posting), warnings)
}

/// `2024-05-01`, with or without a time after it.
fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests;
