import { describe, expect, it } from 'vitest';
import { BoardPlan, REBASE_AT } from './board-plan';

const ids = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
// 2 columns, 100 px rows, a 400 px viewport (4 rows), 50 px/s.
const geo = { cols: 2, rowHeight: 100, viewHeight: 400, speed: 50 };

/** What is on screen (fully or partly) at time t, top-left to bottom-right. */
function onScreen(plan: BoardPlan, t: number): string[] {
  const p = plan.position(t);
  return plan
    .window(plan.firstRow(p))
    .filter((s) => (s.row + 1) * plan.geo.rowHeight > p && s.row * plan.geo.rowHeight < p + plan.geo.viewHeight)
    .map((s) => s.id);
}

describe('BoardPlan', () => {
  it('stands still when every card fits, newest first', () => {
    const plan = new BoardPlan(geo);
    plan.update(ids(8), 0);
    expect(plan.fits()).toBe(true);
    expect(plan.position(10_000)).toBe(0);
    expect(plan.window(0).map((s) => s.key)).toEqual(ids(8).map((id) => `${id}#0`));
  });

  it('scrolls by the clock: the position depends on the time, not on how many frames ran', () => {
    const plan = new BoardPlan(geo);
    plan.update(ids(50), 1000);
    expect(plan.position(1000)).toBe(0);
    expect(plan.position(3000)).toBe(100);
    expect(plan.position(3000)).toBe(plan.position(3000));
  });

  it('renders the same few slots for 2,000 cards as for 50', () => {
    const small = new BoardPlan(geo);
    const big = new BoardPlan(geo);
    small.update(ids(50), 0);
    big.update(ids(2000), 0);
    const at = 123_456;
    expect(big.window(big.firstRow(big.position(at)))).toHaveLength(
      small.window(small.firstRow(small.position(at))).length,
    );
    expect(big.window(0).length).toBeLessThanOrEqual(2 * 7);
  });

  it('loops forever, with a distinct key for each lap', () => {
    const plan = new BoardPlan(geo);
    plan.update(ids(10), 0);
    // 5 rows of cards: after 500 px the first card comes round again.
    const slots = plan.window(plan.firstRow(plan.position(10_000)));
    const keys = slots.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('p0#1');
  });

  it('keeps what is on screen in place when a card elsewhere leaves or arrives', () => {
    const plan = new BoardPlan(geo);
    plan.update(ids(50), 0);
    const t = 20_000; // 1000 px down: rows 10–13 on screen
    const before = onScreen(plan, t);
    expect(before[0]).toBe('p20');
    plan.update(
      ids(50).filter((id) => id !== 'p40' && id !== 'p2'),
      t,
    );
    expect(onScreen(plan, t)).toEqual(before);
    expect(plan.position(t + 1000)).toBe(1050);
  });

  it('a card leaving the screen closes the gap; the cards above it do not move', () => {
    const plan = new BoardPlan(geo);
    plan.update(ids(50), 0);
    const t = 20_000;
    const before = onScreen(plan, t);
    plan.update(
      ids(50).filter((id) => id !== 'p23'),
      t,
    );
    const after = onScreen(plan, t);
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after[3]).toBe('p24');
  });

  it('puts a new card into view at once, not at the far end of the loop', () => {
    const plan = new BoardPlan(geo);
    plan.update(ids(50), 0);
    const t = 20_000;
    const before = onScreen(plan, t);
    plan.update(['fresh', ...ids(50)], t);
    const after = onScreen(plan, t);
    expect(after).toContain('fresh');
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
  });

  it('rebases large positions without changing what is on screen', () => {
    const plan = new BoardPlan(geo);
    plan.update(ids(50), 0);
    const t = ((REBASE_AT + 1234) / geo.speed) * 1000;
    const before = onScreen(plan, t);
    const beforeOffset = plan.position(t) % geo.rowHeight;
    expect(plan.rebase(t)).toBe(true);
    expect(plan.position(t)).toBeLessThan(1000);
    expect(plan.position(t) % geo.rowHeight).toBeCloseTo(beforeOffset);
    expect(onScreen(plan, t)).toEqual(before);
  });
});
