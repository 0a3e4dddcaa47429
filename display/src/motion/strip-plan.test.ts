import { describe, expect, it } from 'vitest';
import { StripPlan } from './strip-plan';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, width: 100 }));

describe('StripPlan', () => {
  it('renders only the segments crossing the viewport, looping', () => {
    const plan = new StripPlan(250, 100);
    plan.update(items(2000), 0);
    const p = plan.position(5000);
    const segs = plan.window(p);
    expect(segs.length).toBeLessThanOrEqual(4);
    expect(segs[0]!.x).toBeLessThanOrEqual(p);
    expect(segs[segs.length - 1]!.x + 100).toBeGreaterThanOrEqual(p + 250);
  });

  it('keeps the first visible segment where it is on an update', () => {
    const plan = new StripPlan(250, 100);
    plan.update(items(20), 0);
    const t = 7000;
    const p = plan.position(t);
    const first = plan.window(p)[0]!;
    plan.update(
      items(20).filter((i) => i.id !== 's0' && i.id !== 's1'),
      t,
    );
    const q = plan.position(t);
    const same = plan.window(q).find((s) => s.id === first.id)!;
    expect(same.x - q).toBeCloseTo(first.x - p);
  });

  it('repeats a short strip across the viewport with a distinct key per lap', () => {
    const plan = new StripPlan(1000, 100);
    plan.update(items(2), 0);
    const keys = plan.window(plan.position(0)).map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(2);
  });
});
