// The key-value store a station client persists to (localStorage in a page), kept in memory for tests so each
// test starts empty and can read what the client wrote.
import type { KeyValueStore } from '../../shared/station/kv-stores';

export class MemoryStorage implements KeyValueStore {
  readonly map = new Map<string, string>();
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, v);
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}
