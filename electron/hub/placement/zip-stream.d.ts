// The few parts of zip-stream (no types of its own) the XLSX writer uses.
declare module 'zip-stream' {
  import type { Readable, Transform } from 'node:stream';
  export default class ZipStream extends Transform {
    constructor(options?: { zlib?: { level?: number }; forceLocalTime?: boolean });
    entry(
      source: string | Buffer | Readable | null,
      data: { name: string; date?: Date; store?: boolean },
      callback: (err: Error | null) => void,
    ): this;
    finish(): void;
  }
}
