//! Delimited tables in text: the CSV, TSV, `;`-separated and Markdown
//! exports that users paste and agents read (a CRM export, an HR sheet).
//! Rules that know a column by its header find its values here, rows
//! below the header, where a same-line regex cannot see them.

/// The separators a table may use.
const SEPARATORS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Whether a line is code rather than a table header: assignments,
/// blocks, subscripts, paths and comments (`national_id::validate(…)`,
/// `anchors: &["ssn", …]`) have commas too, and a header taken for one
/// sent its keyword's window down the rest of the block.
/// (One pass over the pairs: a `memmem` search builds its searcher per
/// call, which cost more than the search on a short line.)
pub(super) fn code_line(line: &[u8]) -> bool {
    line.iter()
        .any(|c| matches!(c, b'=' | b'{' | b'}' | b'[' | b']'))
        || line
            .windows(2)
            .any(|w| matches!(w, [b':', b':'] | [b'-', b'>'] | [b'/', b'/']))
}

/// Whether a line is the header of a table printed with aligned columns
/// (a pandas `DataFrame`, `psql`, `docker ps`): three or more column
/// names, each one word, apart by runs of two or more spaces (the
/// notebook's `"` and `\n",` around an output line allowed).
pub(super) fn aligned_header(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    // A viewer's line number (`12→`, `12\t`), then a notebook's quote.
    let digits = line.iter().take_while(|c| c.is_ascii_digit()).count();
    let line = match line.get(digits..) {
        Some(rest) if digits > 0 => rest
            .strip_prefix("\u{2192}".as_bytes())
            .or_else(|| rest.strip_prefix(b"\t"))
            .unwrap_or(line),
        _ => line,
    };
    let line = line.trim_ascii();
    let line = line.strip_prefix(b"\"").unwrap_or(line);
    let line = line.strip_suffix(b"\\n\",").unwrap_or(line);
    if line.len() > 400 {
        return false;
    }
    let mut names = 0;
    for word in line.trim_ascii().split(|&c| c == b' ') {
        if word.is_empty() {
            continue;
        }
        if !word
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'#'))
        {
            return false;
        }
        names += 1;
    }
    // Names apart by 2+ spaces: as many runs of two spaces as gaps.
    let gaps = line
        .trim_ascii()
        .windows(3)
        .filter(|w| w[0] != b' ' && w[1] == b' ' && w[2] == b' ')
        .count();
    names >= 3 && gaps + 1 == names
}

/// The header name over the value at `vs..ve` in a table printed with
/// aligned columns (see [`aligned_header`]): the nearest such header up
/// the value's block of lines, and its one name whose columns (counted in
/// characters, as the printer aligned them) overlap the value's.
pub(super) fn aligned_column_header(text: &[u8], vs: usize, ve: usize) -> Option<&[u8]> {
    const MAX_UP: usize = 400;
    let (ls, _) = line_at(text, vs);
    let line = text.get(ls..vs)?;
    let (cs, ce) = (chars(line), chars(line) + chars(text.get(vs..ve)?));
    let mut start = ls;
    for _ in 0..MAX_UP {
        if start == 0 {
            return None;
        }
        let (ps, _) = line_at(text, start - 1);
        let prev = text.get(ps..start - 1)?;
        if prev.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        if aligned_header(prev) && !code_line(prev) {
            let over: Vec<&[u8]> = header_names(prev)
                .into_iter()
                .filter(|n| n.from < ce && cs < n.to)
                .filter_map(|n| prev.get(n.bytes.0..n.bytes.1))
                .collect();
            return match over.as_slice() {
                [one] => Some(one),
                _ => None,
            };
        }
        start = ps;
    }
    None
}

/// How many characters `b` holds (columns count characters: UTF-8
/// continuation bytes take none).
fn chars(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
}

/// One name of an aligned header: its character columns and its bytes in
/// the line.
struct HeaderName {
    from: usize,
    to: usize,
    bytes: (usize, usize),
}

/// The space-separated names of an aligned header line.
fn header_names(header: &[u8]) -> Vec<HeaderName> {
    let (mut col, mut at, mut out) = (0, 0, Vec::new());
    for w in header.split(|&c| c == b' ') {
        if !w.is_empty() {
            out.push(HeaderName {
                from: col,
                to: col + chars(w),
                bytes: (at, at + w.len()),
            });
        }
        col += chars(w) + 1;
        at += w.len() + 1;
    }
    out
}

/// In the aligned header line holding `pos` (see [`aligned_header`]): the
/// byte offset of the first name that satisfies `f`, another column of
/// the same table to read with [`aligned_cells`].
pub(super) fn aligned_name(text: &[u8], pos: usize, f: impl Fn(&[u8]) -> bool) -> Option<usize> {
    let (ls, le) = line_at(text, pos);
    let header = text.get(ls..le)?;
    if !aligned_header(header) {
        return None;
    }
    header_names(header)
        .into_iter()
        .find(|n| header.get(n.bytes.0..n.bytes.1).is_some_and(&f))
        .map(|n| ls + n.bytes.0)
}

/// In a table printed with aligned columns whose header line holds the
/// name at `pos`: that column's cells in the rows below (at most `max`,
/// to a blank line), as byte ranges. Values are right-aligned under their
/// name, so a cell runs from the previous name's end to this name's end
/// (in characters).
pub(super) fn aligned_cells(text: &[u8], pos: usize, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (ls, le) = line_at(text, pos);
    let Some(header) = text.get(ls..le) else {
        return out;
    };
    if !aligned_header(header) || code_line(header) {
        return out;
    }
    // The name at `pos`, and where the one before it ends, in characters.
    let names = header_names(header);
    let span = names
        .iter()
        .position(|n| (ls + n.bytes.0..ls + n.bytes.1).contains(&pos))
        .and_then(|k| {
            let prev_end = k
                .checked_sub(1)
                .and_then(|j| names.get(j))
                .map_or(0, |p| p.to);
            Some((prev_end, names.get(k)?.to))
        });
    let Some((from, to)) = span else {
        return out;
    };
    // The byte offset of character column `c` of `row`.
    let byte_at = |row: &[u8], c: usize| {
        let mut n = 0;
        for (i, &b) in row.iter().enumerate() {
            if b & 0xC0 != 0x80 {
                if n == c {
                    return i;
                }
                n += 1;
            }
        }
        row.len()
    };
    let mut start = le + 1;
    for _ in 0..max {
        let (_, end) = line_at(text, start);
        let Some(row) = text.get(start..end) else {
            break;
        };
        if start >= text.len() || row.iter().all(u8::is_ascii_whitespace) {
            break;
        }
        out.push((start + byte_at(row, from), start + byte_at(row, to)));
        start = end + 1;
    }
    out
}

/// The cells of one table row split at `sep`, as byte ranges of `line`;
/// a separator inside double quotes (a quoted CSV field) splits nothing.
pub(super) fn cells(line: &[u8], sep: u8) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, &c) in line.iter().enumerate() {
        if c == b'"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, line.len()));
    out
}

/// A table cell without its surrounding spaces and quotes.
pub(super) fn trim_cell(cell: &[u8]) -> &[u8] {
    let t = cell.trim_ascii();
    let t = t
        .strip_prefix(b"\"")
        .or_else(|| t.strip_prefix(b"'"))
        .unwrap_or(t);
    let t = t
        .strip_suffix(b"\"")
        .or_else(|| t.strip_suffix(b"'"))
        .unwrap_or(t);
    t.trim_ascii()
}

/// The line holding `pos`: its start, and its end (the newline or the
/// text's end).
pub(super) fn line_at(text: &[u8], pos: usize) -> (usize, usize) {
    let start = memchr::memrchr(b'\n', text.get(..pos).unwrap_or_default()).map_or(0, |i| i + 1);
    let end =
        memchr::memchr(b'\n', text.get(pos..).unwrap_or_default()).map_or(text.len(), |i| pos + i);
    (start, end)
}

/// The index of the `sep`-separated cell of `line` whose trimmed value is
/// exactly `cs..ce`.
pub(super) fn cell_of(line: &[u8], sep: u8, cs: usize, ce: usize) -> Option<usize> {
    if !line.contains(&sep) {
        return None;
    }
    cells(line, sep).iter().position(|&(a, b)| {
        let cell = line.get(a..b).unwrap_or_default();
        let v = trim_cell(cell);
        let off = v.as_ptr() as usize - cell.as_ptr() as usize;
        a + off == cs && a + off + v.len() == ce
    })
}

/// The header of the column the value at `vs..ve` is a whole cell of: the
/// top line of the block of rows with as many cells as the value's row
/// (at most `MAX_UP` lines up, a blank line ends the block). `None` when
/// the value is no cell or its row is the block's top line.
pub(super) fn column_header(text: &[u8], vs: usize, ve: usize) -> Option<&[u8]> {
    const MAX_UP: usize = 5_000;
    let (ls, le) = line_at(text, vs);
    let line = text.get(ls..le)?;
    let (cs, ce) = (vs.checked_sub(ls)?, ve.checked_sub(ls)?);
    for sep in SEPARATORS {
        let Some(col) = cell_of(line, sep, cs, ce) else {
            continue;
        };
        let width = cells(line, sep).len();
        let mut top = None;
        let mut start = ls;
        for _ in 0..MAX_UP {
            if start == 0 {
                break;
            }
            let (ps, _) = line_at(text, start - 1);
            let prev = text.get(ps..start - 1).unwrap_or_default();
            if prev.iter().all(u8::is_ascii_whitespace) || cells(prev, sep).len() != width {
                break;
            }
            top = Some((ps, prev));
            start = ps;
        }
        let (ps, header) = top?;
        let (a, b) = *cells(header, sep).get(col)?;
        return text.get(ps + a..ps + b).map(trim_cell);
    }
    None
}

/// A table found by a position in its header line.
pub(super) struct Table {
    sep: u8,
    /// End of the header line.
    header_end: usize,
    /// The header's cells, as byte ranges of the text.
    names: Vec<(usize, usize)>,
}

impl Table {
    /// The table whose header line holds `pos`: split at the separator
    /// that gives it the most cells (at least two). A line of code is no
    /// header.
    pub fn with_header_at(text: &[u8], pos: usize) -> Option<Table> {
        let (ls, le) = line_at(text, pos);
        let header = text.get(ls..le)?;
        if code_line(header) {
            return None;
        }
        // Two named columns at least: `"phone",` ending a line of a list
        // in code is one name and an empty cell, not a header.
        let named = |c: u8| {
            cells(header, c)
                .iter()
                .filter(|&&(a, b)| header.get(a..b).is_some_and(|t| !trim_cell(t).is_empty()))
                .count()
        };
        let sep = SEPARATORS
            .into_iter()
            .map(|c| (named(c), c))
            .filter(|&(n, _)| n >= 2)
            .max()
            .map(|(_, c)| c)?;
        let names = cells(header, sep)
            .into_iter()
            .map(|(a, b)| (ls + a, ls + b))
            .collect();
        Some(Table {
            sep,
            header_end: le,
            names,
        })
    }

    /// The column whose header cell holds `pos`.
    pub fn column_at(&self, pos: usize) -> Option<usize> {
        self.names.iter().position(|&(a, b)| a <= pos && pos < b)
    }

    /// The first column whose header names satisfy `f` (trimmed).
    pub fn column_named(&self, text: &[u8], f: impl Fn(&[u8]) -> bool) -> Option<usize> {
        (0..self.names.len()).find(|&c| f(self.name(text, c)))
    }

    /// The header name of column `col`, trimmed.
    pub fn name<'t>(&self, text: &'t [u8], col: usize) -> &'t [u8] {
        self.names
            .get(col)
            .and_then(|&(a, b)| text.get(a..b))
            .map(trim_cell)
            .unwrap_or_default()
    }

    /// The rows under the header, at most `max`, each as its cells' byte
    /// ranges of the text. A blank line, or a row with another number of
    /// cells, ends the table (a Markdown `|---|` rule has the same count
    /// and is a row like any other).
    pub fn rows<'a>(
        &'a self,
        text: &'a [u8],
        max: usize,
    ) -> impl Iterator<Item = Vec<(usize, usize)>> + 'a {
        let mut row_start = self.header_end + 1;
        (0..max).map_while(move |_| {
            let (_, row_end) = line_at(text, row_start);
            let row = text.get(row_start..row_end)?;
            if row.iter().all(u8::is_ascii_whitespace) {
                return None;
            }
            let cells = cells(row, self.sep);
            if cells.len() != self.names.len() {
                return None;
            }
            let at = row_start;
            row_start = row_end + 1;
            Some(cells.into_iter().map(|(a, b)| (at + a, at + b)).collect())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_under_a_header() {
        let text =
            b"note\nid;\"Name; full\";phone\n1;\"A; B\";030 1234\n2;C;040 5678\n\nafter;x;y\n";
        let t = Table::with_header_at(text, 8).expect("a header");
        assert_eq!(t.column_at(text.len() - 1), None);
        let phone = t
            .column_named(text, |n| n == b"phone")
            .expect("phone column");
        assert_eq!(phone, 2);
        assert_eq!(t.name(text, 1), b"Name; full");
        let vals: Vec<&[u8]> = t
            .rows(text, 10)
            .map(|r| trim_cell(&text[r[phone].0..r[phone].1]))
            .collect();
        // The blank line ends the table.
        assert_eq!(vals, vec![&b"030 1234"[..], b"040 5678"]);
        assert_eq!(t.rows(text, 1).count(), 1);
    }

    #[test]
    fn another_shape_ends_the_table_and_code_is_no_header() {
        let text = b"a,b\n1,2\n1,2,3\n4,5\n";
        let t = Table::with_header_at(text, 0).expect("a header");
        assert_eq!(t.rows(text, 10).count(), 1);
        assert!(Table::with_header_at(b"let x = [a, b];\n1,2\n", 0).is_none());
        assert!(Table::with_header_at(b"just words\n1,2\n", 0).is_none());
    }

    #[test]
    fn column_header_walks_up_the_block() {
        let text = b"intro, here\n\norder_no,country,card\n4111,DE,x\n|4222,NL,y\n4333,FR,z\n";
        let at = |v: &[u8]| {
            let s = text.windows(v.len()).position(|w| w == v).expect("value");
            column_header(text, s, s + v.len())
        };
        assert_eq!(at(b"4333"), Some(&b"order_no"[..]));
        assert_eq!(at(b"NL"), Some(&b"country"[..]));
        // The header row itself, and text that is no table.
        assert_eq!(at(b"order_no"), None);
        assert_eq!(at(b"intro"), None);
        let md = b"| Order | Total |\n|---|---|\n| 4111 | 3 |\n";
        let s = md.windows(4).position(|w| w == b"4111").expect("value");
        assert_eq!(column_header(md, s, s + 4), Some(&b"Order"[..]));
    }

    #[test]
    fn cell_of_finds_the_trimmed_value() {
        let line = b"x, '12' ,\"34\",5";
        assert_eq!(cell_of(line, b',', 4, 6), Some(1));
        assert_eq!(cell_of(line, b',', 10, 12), Some(2));
        assert_eq!(cell_of(line, b',', 3, 6), None);
        assert_eq!(cell_of(line, b';', 4, 6), None);
    }
}
