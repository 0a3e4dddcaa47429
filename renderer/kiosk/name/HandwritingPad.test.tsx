// The 手写 pad in jsdom with the real recogniser and stroke data: writing 孟 with pointer events offers 孟 among the
// first candidates, 撤销一笔 and 重写 edit what was written, picking clears the pad, and a failed load says so.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { HandwritingPad } from './HandwritingPad';
import { drawOn, referenceStrokes } from '../../../tests/helpers/drawing';
import { renderInSession } from '../../../tests/helpers/kiosk';

const pad = () => screen.getByTestId('handwriting-pad');
const strokesOnPad = () => Number(pad().getAttribute('data-strokes'));
const candidates = () =>
  screen
    .queryAllByRole('button')
    .filter((b) => b.classList.contains('char-tile'))
    .map((b) => b.textContent);
const ready = () =>
  waitFor(() => expect(screen.getByTestId('handwriting-status').dataset.status).toBe('ready'), { timeout: 20_000 });

describe('HandwritingPad', { timeout: 40_000 }, () => {
  it('offers 孟 when 孟 is written, and hands it over when tapped', async () => {
    const picked: string[] = [];
    const told: string[][] = [];
    renderInSession(<HandwritingPad onPick={(c) => picked.push(c)} onCandidates={(c) => told.push(c)} />);
    expect(screen.getByText('正在准备手写，请稍等…')).toBeVisible();
    await ready();
    expect(screen.getByText('认出的字会出现在这里')).toBeVisible();
    drawOn(pad(), '孟');
    expect(strokesOnPad()).toBe(referenceStrokes('孟').length);
    await waitFor(() => expect(candidates().slice(0, 5)).toContain('孟'));
    expect(told.at(-1)).toEqual(candidates());
    fireEvent.click(screen.getByRole('button', { name: '孟' }));
    expect(picked).toEqual(['孟']);
    expect(strokesOnPad()).toBe(0);
    expect(candidates()).toEqual([]);
  });

  it('撤销一笔 takes back the last stroke and 重写 clears the pad', async () => {
    renderInSession(<HandwritingPad onPick={() => undefined} />);
    await ready();
    const undo = screen.getByRole('button', { name: /撤销一笔/ }) as HTMLButtonElement;
    const clear = screen.getByRole('button', { name: /重写/ }) as HTMLButtonElement;
    expect(undo.disabled && clear.disabled).toBe(true);
    drawOn(pad(), '铁');
    await waitFor(() => expect(candidates().slice(0, 5)).toContain('铁'));
    fireEvent.click(undo);
    expect(strokesOnPad()).toBe(referenceStrokes('铁').length - 1);
    await waitFor(() => expect(candidates().length).toBeGreaterThan(0));
    fireEvent.click(clear);
    expect(strokesOnPad()).toBe(0);
    expect(candidates()).toEqual([]);
    expect(screen.getByText('认出的字会出现在这里')).toBeVisible();
  });

  it('says so plainly when handwriting cannot be loaded', async () => {
    renderInSession(<HandwritingPad onPick={() => undefined} load={() => Promise.reject(new Error('offline'))} />);
    await waitFor(() => expect(screen.getByText(/手写暂时用不了/)).toBeVisible());
  });
});
