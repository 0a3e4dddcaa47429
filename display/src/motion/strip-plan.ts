// A horizontal ticker's geometry: segments of known width laid end to end in an endless loop, moving left at a
// speed set by the clock. Only the segments crossing the viewport are rendered. On an update the first visible
// segment that survives keeps its place on screen; new segments enter from the right edge.
import { mod } from './board-plan';

export interface StripItem {
  id: string;
  width: number;
}

export interface StripSegment {
  key: string;
  id: string;
  /** px from the left edge of the track. */
  x: number;
}

export class StripPlan {
  private items: StripItem[] = [];
  private starts: number[] = [];
  private total = 0;
  private p0 = 0;
  private t0 = 0;

  constructor(
    public viewWidth: number,
    public speed: number,
  ) {}

  /** A re-measured viewport or a new speed (applies from now on; the position so far is kept). */
  setView(viewWidth: number, speed: number, now: number): void {
    this.p0 = this.position(now);
    this.t0 = now;
    this.viewWidth = viewWidth;
    this.speed = speed;
  }

  /** The widest segment: rendering from the first visible segment's start plus this covers the viewport. */
  get maxWidth(): number {
    let m = 0;
    for (const item of this.items) m = Math.max(m, item.width);
    return m;
  }

  get length(): number {
    return this.items.length;
  }

  position(now: number): number {
    // max(): a frame timestamp can precede the last update; never step backwards.
    return this.p0 + (this.speed * Math.max(0, now - this.t0)) / 1000;
  }

  /** Where the strip stood at the last update (the first render's window, before any frame ran). */
  get startPosition(): number {
    return this.p0;
  }

  private layout(items: StripItem[]): void {
    this.items = items;
    this.starts = [];
    let x = 0;
    for (const item of items) {
      this.starts.push(x);
      x += item.width;
    }
    this.total = x;
  }

  /** Absolute track position of item index i in cycle c. */
  private at(i: number, cycle: number): number {
    return cycle * this.total + this.starts[i]!;
  }

  /** Index of the item covering track position x (binary search over the start offsets). */
  private indexAt(x: number): number {
    const local = mod(x, this.total);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= local) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Segments crossing [p, p + viewWidth + extra]. */
  window(p: number, extra = 0): StripSegment[] {
    if (!this.items.length || this.total <= 0) return [];
    const out: StripSegment[] = [];
    let cycle = Math.floor(p / this.total);
    let i = this.indexAt(p);
    for (let guard = 0; guard < 1000; guard++) {
      const x = this.at(i, cycle);
      if (x > p + this.viewWidth + extra) break;
      out.push({ key: `${this.items[i]!.id}#${cycle}`, id: this.items[i]!.id, x });
      i++;
      if (i >= this.items.length) {
        i = 0;
        cycle++;
      }
    }
    return out;
  }

  /** Rebase by whole loops so the numbers stay small; the screen does not change. */
  rebase(now: number): void {
    const p = this.position(now);
    if (this.total <= 0 || p < this.total * 4) return;
    this.p0 = p - Math.floor(p / this.total) * this.total;
    this.t0 = now;
  }

  update(items: readonly StripItem[], now: number): void {
    const p = this.position(now);
    if (!this.items.length || !items.length) {
      this.layout([...items]);
      this.p0 = -this.viewWidth * 0.25;
      this.t0 = now;
      return;
    }
    const byId = new Map(items.map((item) => [item.id, item]));
    const kept = this.items.filter((item) => byId.has(item.id)).map((item) => byId.get(item.id)!);
    const had = new Set(this.items.map((item) => item.id));
    const fresh = items.filter((item) => !had.has(item.id));

    const visible = this.window(p);
    const anchor = visible.find((seg) => byId.has(seg.id));
    const anchorScreenX = anchor ? anchor.x - p : 0;
    const anchorCycle = anchor ? Math.floor(anchor.x / this.total) : 0;

    let order = kept;
    if (fresh.length) {
      // After the last segment now on screen, so they come in from the right edge next.
      const lastVisible = [...visible].reverse().find((seg) => byId.has(seg.id));
      const at = lastVisible ? kept.findIndex((item) => item.id === lastVisible.id) + 1 : kept.length;
      order = [...kept.slice(0, at), ...fresh, ...kept.slice(at)];
    }
    this.layout(order);
    if (anchor) {
      const x = this.at(
        order.findIndex((item) => item.id === anchor.id),
        anchorCycle,
      );
      this.p0 = x - anchorScreenX;
      this.t0 = now;
    } else {
      this.p0 = p;
      this.t0 = now;
    }
  }
}
