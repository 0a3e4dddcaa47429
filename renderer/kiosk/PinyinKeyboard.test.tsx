import { describe, expect, it } from 'vitest';
import { useMemo, useState } from 'react';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { PinyinKeyboard } from './PinyinKeyboard';
import { jobCandidates } from './pinyinCandidates';
import { renderInSession } from '../../tests/helpers/kiosk';

function Board({ picked }: { picked: string[] }) {
  const [letters, setLetters] = useState('');
  const candidates = useMemo(() => jobCandidates(letters), [letters]);
  return (
    <PinyinKeyboard
      letters={letters}
      onLetters={setLetters}
      candidates={candidates}
      onPick={(w) => picked.push(w)}
      placeholder="拼音"
    />
  );
}
const tap = (name: string) => fireEvent.click(screen.getByRole('button', { name, exact: true } as object));

describe('PinyinKeyboard', { timeout: 20_000 }, () => {
  it('pinyin initials dg offer 电工, and tapping it picks the word', () => {
    const picked: string[] = [];
    renderInSession(<Board picked={picked} />);
    tap('字母 d');
    tap('字母 g');
    expect(screen.getByTestId('pinyin-letters').textContent).toBe('dg');
    tap('电工');
    expect(picked).toEqual(['电工']);
  });
  it('full pinyin and mixed forms find the same word; delete and clear edit the letters', () => {
    renderInSession(<Board picked={[]} />);
    for (const l of 'baojie') tap(`字母 ${l}`);
    expect(screen.getByRole('button', { name: '保洁' })).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: /删一个/ }));
    expect(screen.getByTestId('pinyin-letters').textContent).toBe('baoji');
    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    expect(screen.getByTestId('pinyin-letters').textContent).toBe('拼音');
  });
  it('says so when nothing matches', () => {
    renderInSession(<Board picked={[]} />);
    for (const l of 'xqz') tap(`字母 ${l}`);
    expect(screen.getByText(/没有可选的词/)).toBeVisible();
  });
  it('takes its own words for "nothing matches" and its own candidate view', () => {
    renderInSession(
      <PinyinKeyboard
        letters="xqz"
        onLetters={() => undefined}
        candidates={[]}
        onPick={() => undefined}
        placeholder="拼音"
        noCandidates="没有这样的拼音"
      />,
    );
    expect(screen.getByText('没有这样的拼音')).toBeVisible();
    expect(screen.queryByText(/搜索/)).toBeNull();
    cleanup();
    renderInSession(
      <PinyinKeyboard
        letters="meng"
        onLetters={() => undefined}
        candidates={['孟']}
        onPick={() => undefined}
        placeholder="拼音"
        candidatesView={<p>自己的候选</p>}
      />,
    );
    expect(screen.getByText('自己的候选')).toBeVisible();
    expect(screen.queryByRole('button', { name: '孟' })).toBeNull();
  });
});

describe('pinyin candidates', () => {
  it('match initials, full and partial syllables', () => {
    expect(jobCandidates('dg')).toContain('电工');
    expect(jobCandidates('diangong')[0]).toBe('电工');
    expect(jobCandidates('diang')).toContain('电工');
    expect(jobCandidates('kt')).toContain('空调');
    expect(jobCandidates('')).toEqual([]);
  });
});
