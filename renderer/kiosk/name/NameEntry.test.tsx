// The name entry by touch, in jsdom: surname and given-name tiles, pinyin for any character of the 通用规范汉字表 (paged), 手写,
// the boxes that show which character is being chosen, undo and start again — and no hint to a 搜索 button.
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { NameEntry, type NameValue } from './NameEntry';
import { nameCandidates } from './nameLookup';
import { drawOn } from '../../../tests/helpers/drawing';
import { renderInSession } from '../../../tests/helpers/kiosk';

function Harness({ seen, initial = { surname: '', given: '' } }: { seen: NameValue[]; initial?: NameValue }) {
  const [value, setValue] = useState<NameValue>(initial);
  return (
    <NameEntry
      value={value}
      onChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
    />
  );
}
const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const letters = (s: string) => {
  for (const l of s) tap(`字母 ${l}`);
};
const shown = () => screen.getByTestId('name-value').textContent;
const prompt = () => screen.getByTestId('name-prompt').textContent;
const pressed = (mode: string) => screen.getByTestId(`name-mode-${mode}`).getAttribute('aria-pressed');

describe('NameEntry', { timeout: 40_000 }, () => {
  it('王建国 in three taps: surname tiles, then tiles of common given-name characters', () => {
    const seen: NameValue[] = [];
    renderInSession(<Harness seen={seen} />);
    expect(prompt()).toBe('第一步：找到您的姓');
    expect(pressed('tiles')).toBe('true');
    expect(screen.getAllByRole('button').filter((b) => b.classList.contains('small-tile'))).toHaveLength(40);
    tap('王');
    expect(seen.at(-1)).toEqual({ surname: '王', given: '' });
    expect(prompt()).toBe('再找名字的第 1 个字');
    expect(pressed('tiles')).toBe('true');
    expect(screen.getByTestId('name-mode-tiles').textContent).toContain('名字常用字');
    expect(screen.getByTestId('name-tiles-given')).toBeTruthy();
    expect(screen.getByText(/这里没有您的字/)).toBeTruthy();
    tap('建');
    tap('国');
    expect(shown()).toBe('姓名：王建国');
    expect(seen.at(-1)).toEqual({ surname: '王', given: '建国' });
  });

  it('surname by tile, then the given name by pinyin, character by character', () => {
    const seen: NameValue[] = [];
    renderInSession(<Harness seen={seen} />);
    tap('王');
    tap(/拼音打字/);
    expect(pressed('pinyin')).toBe('true');
    letters('jian');
    tap('建');
    letters('guo');
    tap('国');
    expect(shown()).toBe('姓名：王建国');
    expect(seen.at(-1)).toEqual({ surname: '王', given: '建国' });
  });

  it('finds 孟 — not on the tiles — by pinyin as a surname, first on the list', () => {
    const seen: NameValue[] = [];
    renderInSession(<Harness seen={seen} />);
    expect(screen.queryByRole('button', { name: '孟' })).toBeNull();
    expect(screen.getByText(/这里没有您的姓/)).toBeVisible();
    tap(/拼音打字/);
    letters('meng');
    const first = screen.getAllByRole('button').find((b) => b.classList.contains('char-tile'));
    expect(first?.textContent).toBe('孟');
    tap('孟');
    expect(seen.at(-1)).toEqual({ surname: '孟', given: '' });
  });

  it('pages through every candidate of a syllable with 后面的字 / 前面的字', () => {
    const seen: NameValue[] = [];
    renderInSession(<Harness seen={seen} initial={{ surname: '王', given: '' }} />);
    letters('li');
    const all = nameCandidates('li');
    expect(all.length).toBeGreaterThan(32);
    expect(screen.getByText(`第 1 页，共 ${Math.ceil(all.length / 16)} 页`)).toBeVisible();
    expect(screen.queryByRole('button', { name: all[20]! })).toBeNull();
    tap(/后面的字/);
    tap(/后面的字/);
    expect(screen.getByText(`第 3 页，共 ${Math.ceil(all.length / 16)} 页`)).toBeVisible();
    tap(/前面的字/);
    tap(all[20]!);
    expect(seen.at(-1)).toEqual({ surname: '王', given: all[20] });
  });

  it('says plainly when letters match no pinyin, and never points to a 搜索 button', () => {
    renderInSession(<Harness seen={[]} initial={{ surname: '王', given: '' }} />);
    letters('xqz');
    expect(screen.getByText(/没有这样的拼音/)).toBeVisible();
    expect(screen.queryByText(/搜索/)).toBeNull();
  });

  it('takes 孟 written by hand on the 手写 pad', async () => {
    const seen: NameValue[] = [];
    renderInSession(<Harness seen={seen} />);
    tap(/手写/);
    await waitFor(() => expect(screen.getByTestId('handwriting-status').dataset.status).toBe('ready'), {
      timeout: 20_000,
    });
    drawOn(screen.getByTestId('handwriting-pad'), '孟');
    await waitFor(() => expect(screen.getByRole('button', { name: '孟' })).toBeVisible());
    tap('孟');
    expect(seen.at(-1)).toEqual({ surname: '孟', given: '' });
    // Still writing: the pad stays for the given name.
    expect(pressed('handwriting')).toBe('true');
    expect(prompt()).toBe('再找名字的第 1 个字');
  });

  it('删一个字 takes back the last character, 全部重选 starts again, and the surname box reopens the surname', () => {
    const seen: NameValue[] = [];
    renderInSession(<Harness seen={seen} initial={{ surname: '白', given: '秀英' }} />);
    tap(/删一个字/);
    expect(seen.at(-1)).toEqual({ surname: '白', given: '秀' });
    tap('改姓（现在是 白）');
    expect(prompt()).toBe('第一步：找到您的姓');
    tap('高');
    expect(seen.at(-1)).toEqual({ surname: '高', given: '秀' });
    expect(prompt()).toBe('再找名字的第 2 个字');
    tap(/全部重选/);
    expect(seen.at(-1)).toEqual({ surname: '', given: '' });
    expect(pressed('tiles')).toBe('true');
  });

  it('stops at three given-name characters', () => {
    const seen: NameValue[] = [];
    renderInSession(<Harness seen={seen} initial={{ surname: '武', given: '铁栓' }} />);
    letters('fen');
    tap('芬');
    expect(shown()).toBe('姓名：武铁栓芬');
    expect(prompt()).toBe('名字选好了。不对就点“删一个字”。');
    expect(screen.queryByRole('button', { name: '字母 a' })).toBeNull();
  });

  it('reads in English too', () => {
    renderInSession(<Harness seen={[]} />, undefined, 'en');
    expect(prompt()).toBe('First: find your surname');
    expect(screen.getByRole('button', { name: /Write by hand/ })).toBeVisible();
  });
});
