// A one-sheet XLSX written as a stream: the SpreadsheetML parts as text and the rows as they come, packed by
// zip-stream (the ZIP container and deflate) — so a hall's 100,000 placements leave in constant memory and in
// well under the time exceljs's row-by-row writer took for them (see docs/placement.md, Figures). Inline strings,
// numbers as numbers, a bold header row, column widths. Read back by exceljs in the tests.
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ZipStream from 'zip-stream';

export type Cell = string | number | null;

export interface XlsxSheet {
  name: string;
  /** Lines above the table. */
  title?: string[];
  columns: { header: string; width: number }[];
  rows: Iterable<Cell[]>;
}

/** A fixed date for every part, so the same export is the same bytes. */
const STAMP = new Date('2026-01-01T00:00:00Z');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

/** XML text: the five escapes, and the control characters XML 1.0 cannot hold dropped. */
function xml(s: string): string {
  return (
    s
      // The control characters XML 1.0 cannot hold: matching them is the point of this expression.
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, '')
      .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  );
}

/** A, B, … Z, AA, AB … */
export function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A text run; whitespace at either end is kept only when marked so. */
function text(s: string): string {
  return /^\s|\s$/.test(s) ? `<t xml:space="preserve">${xml(s)}</t>` : `<t>${xml(s)}</t>`;
}

function workbook(name: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xml(name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

/** One row; empty cells are left out (each cell names its place, as spreadsheets expect). */
function rowXml(r: number, cells: readonly Cell[], letters: readonly string[], style = 0): string {
  const s = style ? ` s="${style}"` : '';
  const parts: string[] = [`<row r="${r}">`];
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (v === null || v === undefined || v === '') continue;
    const ref = `${letters[i] ?? columnName(i)}${r}`;
    if (typeof v === 'number' && Number.isFinite(v)) parts.push(`<c r="${ref}"${s}><v>${v}</v></c>`);
    else parts.push(`<c r="${ref}"${s} t="inlineStr"><is>${text(String(v))}</is></c>`);
  }
  parts.push('</row>');
  return parts.join('');
}

/** Rows per chunk handed to the zip: one write per few hundred rows, waiting while it is full. */
const BATCH = 300;

export async function writeXlsx(sheet: XlsxSheet, out: Writable): Promise<void> {
  // Fast deflate: XML this repetitive still shrinks about tenfold, at a fraction of level 6's time.
  const zip = new ZipStream({ zlib: { level: 1 } });
  const failed = new Promise<never>((_, reject) => zip.once('error', reject));
  zip.pipe(out);
  const add = (source: string | PassThrough, name: string) =>
    new Promise<void>((resolve, reject) =>
      zip.entry(source, { name, date: STAMP }, (err) => (err ? reject(err) : resolve())),
    );
  await Promise.race([
    (async () => {
      await add(CONTENT_TYPES, '[Content_Types].xml');
      await add(ROOT_RELS, '_rels/.rels');
      await add(workbook(sheet.name), 'xl/workbook.xml');
      await add(WORKBOOK_RELS, 'xl/_rels/workbook.xml.rels');
      await add(STYLES, 'xl/styles.xml');
      const body = new PassThrough({ highWaterMark: 256 * 1024 });
      const written = add(body, 'xl/worksheets/sheet1.xml');
      const cols = sheet.columns
        .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
        .join('');
      let chunk = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>${cols}</cols><sheetData>`;
      let r = 0;
      const letters = sheet.columns.map((_, i) => columnName(i));
      const header = sheet.columns.map((c) => c.header);
      const rows: string[] = [];
      for (const line of sheet.title ?? []) rows.push(rowXml(++r, [line], letters));
      rows.push(rowXml(++r, header, letters, 1));
      for (const row of sheet.rows) {
        rows.push(rowXml(++r, row, letters));
        if (rows.length >= BATCH) {
          const ok = body.write(chunk + rows.join(''));
          chunk = '';
          rows.length = 0;
          if (!ok) await once(body, 'drain');
        }
      }
      body.end(`${chunk}${rows.join('')}</sheetData></worksheet>`);
      await written;
      zip.finish();
      await once(zip, 'end');
    })(),
    failed,
  ]);
}
