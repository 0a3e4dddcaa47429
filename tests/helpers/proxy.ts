// A loopback TCP proxy between a station and a hub that misbehaves on demand, for partition tests: it can delay
// every chunk, drop everything (a black hole: connections stay open, nothing arrives, new ones are refused), drop
// only what the hub sends (commands arrive, their acks are lost), and cut every open connection.
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'blackhole' | 'drop-replies';

interface Pair {
  station: Socket;
  hub: Socket;
}

export class FlakyProxy {
  mode: ProxyMode = 'pass';
  /** Added to every chunk, each way (order is kept). */
  delayMs = 0;
  private server: Server | null = null;
  private readonly pairs = new Set<Pair>();
  port = 0;

  constructor(private readonly hubPort: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((station) => {
      if (this.mode === 'blackhole') {
        station.destroy(); // unreachable: the connection is refused
        return;
      }
      const hub = createConnection({ host: '127.0.0.1', port: this.hubPort });
      const pair = { station, hub };
      this.pairs.add(pair);
      this.pipe(station, hub, 'up');
      this.pipe(hub, station, 'down');
      const end = () => {
        this.pairs.delete(pair);
        station.destroy();
        hub.destroy();
      };
      station.on('close', end).on('error', end);
      hub.on('close', end).on('error', end);
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  private pipe(from: Socket, to: Socket, direction: 'up' | 'down'): void {
    // One queue per direction, so a delay never reorders chunks.
    let chain = Promise.resolve();
    from.on('data', (chunk: Buffer) => {
      if (this.mode === 'blackhole' || (this.mode === 'drop-replies' && direction === 'down')) return;
      const delay = this.delayMs;
      chain = chain.then(
        () =>
          new Promise<void>((ok) => {
            const forward = () => {
              if (!to.destroyed) to.write(chunk);
              ok();
            };
            if (delay > 0) setTimeout(forward, delay);
            else forward();
          }),
      );
    });
  }

  /** Drop every open connection (both ends see it close), as a restarted switch or a pulled cable does. */
  cut(): void {
    for (const { station, hub } of this.pairs) {
      station.destroy();
      hub.destroy();
    }
    this.pairs.clear();
  }

  get openConnections(): number {
    return this.pairs.size;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}
