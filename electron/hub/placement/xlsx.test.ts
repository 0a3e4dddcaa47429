// The streamed XLSX reads back in a spreadsheet library cell for cell: text that needs escaping, numbers as
// numbers, empty cells, columns past Z, the title lines and the bold header; and the same sheet is the same bytes.
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, writeXlsx, type XlsxSheet } from './xlsx';

async function bytesOf(sheet: XlsxSheet): Promise<Buffer> {
  const parts: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _e, cb) {
      parts.push(chunk);
      cb();
    },
  });
  await writeXlsx(sheet, out);
  return Buffer.concat(parts);
}

const sheet = (): XlsxSheet => ({
  name: '推荐就业/明细',
  title: ['石家庄市零工市场 2026-11'],
  columns: Array.from({ length: 30 }, (_, i) => ({ header: `列${i}`, width: 10 })),
  rows: [
    ['A&B <c> "d"', 1300, null, '', '控制\u0007字符', ...Array.from({ length: 25 }, (_, i) => i)],
    ['二行', 0.5, ' 前后空格 '],
  ],
});

describe('streamed XLSX', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('reads back cell for cell in exceljs', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bytesOf(sheet())) as never);
    const ws = book.worksheets[0]!;
    expect(ws.name).toBe('推荐就业 明细');
    expect(ws.getCell('A1').value).toBe('石家庄市零工市场 2026-11');
    expect(ws.getCell('A2').value).toBe('列0');
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('AD2').value).toBe('列29');
    expect(ws.getCell('A3').value).toBe('A&B <c> "d"');
    expect(ws.getCell('B3').value).toBe(1300);
    expect(ws.getCell('C3').value).toBeNull();
    expect(ws.getCell('E3').value).toBe('控制字符');
    expect(ws.getCell('AD3').value).toBe(24);
    expect(ws.getCell('B4').value).toBe(0.5);
    expect(ws.getCell('C4').value).toBe(' 前后空格 ');
  });

  it('gives the same bytes for the same sheet', async () => {
    expect((await bytesOf(sheet())).equals(await bytesOf(sheet()))).toBe(true);
  });
});
