// The scrolling board's geometry, kept apart from React so it can be reasoned about (and tested) as numbers.
//
// The board is an endless loop of cards packed `cols` to a row. Slot s (0, 1, 2 … from the top of the track)
// holds "global index" g = s + origin, i.e. card order[g mod n] in its cycle floor(g / n). The scroll position p
// (px down the track) is a pure function of the clock — p0 + speed × (t − t0) — so a slow frame never changes the
// speed. Only the slots in and near the viewport are rendered, so 2,000 cards cost what 50 do.
//
// When the postings change, the plan keeps what the viewer is reading where it is: the first visible card that
// survives keeps its slot (origin is shifted instead), cards that left close the gap, and new cards are put into
// view (the last fully visible row) instead of at the far end of the loop, so they show within a second.

export interface BoardGeometry {
  cols: number;
  rowHeight: number;
  viewHeight: number;
  /** px per second. */
  speed: number;
}

export interface BoardSlot {
  key: string;
  id: string;
  row: number;
  col: number;
}

/** Mathematical modulo (never negative). */
export const mod = (a: number, n: number) => ((a % n) + n) % n;

/** Scroll positions above this are rebased, so transforms stay small numbers for days on end. */
export const REBASE_AT = 500_000;

export class BoardPlan {
  order: string[] = [];
  origin = 0;
  private p0 = 0;
  private t0 = 0;

  constructor(public geo: BoardGeometry) {}

  get n(): number {
    return this.order.length;
  }

  /** True when every card fits on screen: then nothing scrolls (calm, and no card shown twice). */
  fits(geo = this.geo, n = this.n): boolean {
    return Math.ceil(n / geo.cols) * geo.rowHeight <= geo.viewHeight;
  }

  position(now: number): number {
    if (this.fits()) return 0;
    // max(): a frame timestamp can precede the last update; never step backwards.
    return this.p0 + (this.geo.speed * Math.max(0, now - this.t0)) / 1000;
  }

  /** Re-measured viewport or rows: keep the current position, continue at the new speed from here. */
  setGeometry(geo: BoardGeometry, now: number): void {
    const p = this.position(now);
    const wasStill = this.fits();
    this.geo = geo;
    if (this.fits()) this.origin = 0;
    this.p0 = wasStill ? 0 : p;
    this.t0 = now;
  }

  /**
   * Slots to render from `firstRow` (see firstRow()): the rows in view wherever the position is within that row,
   * plus one row of overscan above and below.
   */
  window(firstRow: number): BoardSlot[] {
    const { cols, rowHeight, viewHeight } = this.geo;
    const n = this.n;
    if (n === 0) return [];
    const slots: BoardSlot[] = [];
    if (this.fits()) {
      for (let s = 0; s < n; s++)
        slots.push({ key: `${this.order[s]}#0`, id: this.order[s]!, row: Math.floor(s / cols), col: s % cols });
      return slots;
    }
    const last = firstRow + Math.ceil(viewHeight / rowHeight) + 2;
    for (let row = firstRow; row <= last; row++) {
      for (let col = 0; col < cols; col++) {
        const g = row * cols + col + this.origin;
        const id = this.order[mod(g, n)]!;
        slots.push({ key: `${id}#${Math.floor(g / n)}`, id, row, col });
      }
    }
    return slots;
  }

  /** The first row in the window (changes every rowHeight / speed seconds; React re-renders only then). */
  firstRow(p: number): number {
    return this.fits() ? 0 : Math.floor(p / this.geo.rowHeight) - 1;
  }

  /**
   * Move the origin of everything down by whole rows when the position grows large; the screen does not change.
   * Returns true when it did (the caller renders that commit without card transitions).
   */
  rebase(now: number): boolean {
    const p = this.position(now);
    if (p < REBASE_AT) return false;
    const rows = Math.floor(p / this.geo.rowHeight) - 2;
    this.p0 = p - rows * this.geo.rowHeight;
    this.t0 = now;
    this.origin += rows * this.geo.cols;
    return true;
  }

  /** Adopt a new board (ids newest first) without moving what is on screen. */
  update(sortedIds: readonly string[], now: number): void {
    const wasStill = this.fits();
    const p = this.position(now);
    const next = new Set(sortedIds);
    if (this.n === 0 || this.fits(this.geo, sortedIds.length)) {
      // Everything fits (or nothing was shown): the plain newest-first order, nothing moving.
      this.order = [...sortedIds];
      this.origin = 0;
      this.p0 = 0;
      this.t0 = now;
      return;
    }
    const { cols, rowHeight, viewHeight } = this.geo;
    const n = this.n;
    const kept = this.order.filter((id) => next.has(id));
    const had = new Set(this.order);
    const fresh = sortedIds.filter((id) => !had.has(id));

    // Anchor: the first card at or below the top edge that stays on the board.
    const firstSlot = wasStill ? 0 : Math.floor(p / rowHeight) * cols;
    const lastSlot = wasStill ? n - 1 : (Math.floor((p + viewHeight) / rowHeight) + 1) * cols - 1;
    let anchor: { slot: number; id: string; cycle: number } | null = null;
    for (let s = firstSlot; s <= lastSlot && !anchor; s++) {
      const g = s + (wasStill ? 0 : this.origin);
      const id = this.order[mod(g, n)]!;
      if (next.has(id)) anchor = { slot: s, id, cycle: Math.floor(g / n) };
    }

    // New cards go into view: before the card that starts the last fully visible row.
    let order = kept;
    if (fresh.length) {
      const lastFullRow = wasStill ? Math.floor((n - 1) / cols) : Math.floor((p + viewHeight) / rowHeight) - 1;
      let at = kept.length;
      for (let s = lastFullRow * cols; s <= lastSlot + cols * 2; s++) {
        const id = this.order[mod(s + (wasStill ? 0 : this.origin), n)]!;
        const i = kept.indexOf(id);
        if (i >= 0) {
          at = i;
          break;
        }
      }
      order = [...kept.slice(0, at), ...fresh, ...kept.slice(at)];
    }

    this.order = order;
    if (wasStill) {
      // Starts scrolling from where it stood.
      this.origin = 0;
      this.p0 = 0;
      this.t0 = now;
      return;
    }
    if (anchor) {
      const g = anchor.cycle * order.length + order.indexOf(anchor.id);
      this.origin = g - anchor.slot;
    }
  }
}
