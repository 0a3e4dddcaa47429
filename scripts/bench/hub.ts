// Hub benchmark: `npm run bench:hub [-- --runs N --only commands|search]`. Loopback only, bounded (a few minutes).
//  (a) commands/s sustained with every ack durable, and latency from a command to its broadcast arriving at 50
//      connected display stations — beside a bare socket.io server that just rebroadcasts (same clients, same
//      payload size, same process layout). Repeated (3 runs by default, each with a fresh hub and bare server):
//      each run's figures and load average are printed, then the worst run against the targets, because one
//      slow run in three is what a hall notices.
//  (b) ranked search over 50,000 postings by query class, beside a plain LIKE '%term%' scan of the same rows.
// The servers run in child processes so the 50 clients' decoding does not share their event loop. Figures and
// ratios are printed; nothing is asserted (DESIGN.md: speed lives in benchmarks, never in timed tests).
import { fork, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION, type Change } from '../../shared/protocol/events';
import type { Posting } from '../../shared/domain/entities';

const STATIONS = 50;
const THROUGHPUT_COMMANDS = 3000;
const PIPELINE = 64;
const LATENCY_COMMANDS = 300;
const LATENCY_RATE = 100; // commands/s while measuring latency, well under capacity, so queueing does not dominate
const SEARCH_POSTINGS = 50_000;
const SEARCH_RUNS = 200;
const ADMIN_PASSWORD = 'bench-admin-pw';
const THROUGHPUT_TARGET = 5000;
const P99_RATIO_TARGET = 3;

// ── Child processes: the hub, and the bare socket.io baseline ─────────────────────────────────────────────

async function serveHub(dataDir: string): Promise<void> {
  const { startHub } = await import('../../electron/hub/server');
  const running = await startHub({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    log: 'silent',
    adminPassword: ADMIN_PASSWORD,
    autoPairLoopback: true,
    setup: { cityCode: '130100', name: '石家庄市零工市场', district: '130102', minHourlyWage: 22 },
  });
  process.send!({ port: running.port });
  process.on('message', async (m) => {
    if (m === 'stats') process.send!({ stats: { cpu: process.cpuUsage(), ...running.hub.pipeline.stats } });
    if (m === 'stop') {
      await running.close();
      process.exit(0);
    }
  });
}

interface HubStats {
  cpu: { user: number; system: number };
  commits: number;
  commands: number;
  commitMs: number;
}

function hubStats(child: ChildProcess): Promise<HubStats> {
  return new Promise((resolve) => {
    const onMessage = (m: { stats?: HubStats }) => {
      if (!m.stats) return;
      child.off('message', onMessage);
      resolve(m.stats);
    };
    child.on('message', onMessage);
    child.send('stats');
  });
}

/** The least a broadcast server can do: ack the sender, send the payload to everyone else. */
async function serveBare(): Promise<void> {
  const http = createServer();
  const server = new Server(http, { serveClient: false });
  let seq = 0;
  server.on('connection', (socket) => {
    socket.on('cmd', (command: { id: string; args: unknown }, ack: (r: unknown) => void) => {
      seq++;
      const change = { seq, entity: 'notice', id: command.id, op: 'put', at: Date.now(), data: command.args };
      socket.broadcast.emit('changes', [change], seq);
      ack({ ok: true, result: null, seq });
    });
  });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', () => ok()));
  const address = http.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('message', (m) => {
    if (m === 'stop') {
      void server.close();
      process.exit(0);
    }
  });
}

function spawn(mode: string, ...args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(new URL(import.meta.url).pathname, [mode, ...args], {
    // e.g. BENCH_HUB_NODE_ARGS="--cpu-prof --cpu-prof-dir=.tmp/prof" or "--trace-gc" to profile the hub alone.
    execArgv: [
      '--import',
      'tsx',
      ...(mode === 'serve-hub' ? (process.env.BENCH_HUB_NODE_ARGS ?? '').split(' ').filter(Boolean) : []),
    ],
    stdio: 'inherit',
  });
  return new Promise((ok, fail) => {
    child.once('message', (m: { port: number }) => ok({ child, url: `http://127.0.0.1:${m.port}` }));
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`${mode} exited with ${code}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((ok) => child.once('exit', ok));
  child.send('stop');
  await exited;
}

// ── Clients ───────────────────────────────────────────────────────────────────────────────────────────────

function connect(url: string, auth: Record<string, unknown>): Promise<Socket> {
  const socket = io(url, {
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return new Promise((ok, fail) => {
    socket.once('connect', () => ok(socket));
    socket.once('connect_error', fail);
  });
}

async function pair(url: string, role: 'display' | 'staff', credentials = false): Promise<string> {
  const socket = await connect(url, { page: role });
  const reply = await socket
    .timeout(10_000)
    .emitWithAck('pair:request', credentials ? { role, username: 'admin', password: ADMIN_PASSWORD } : { role });
  socket.disconnect();
  if (!reply.ok || !reply.token) throw new Error(`pairing failed: ${JSON.stringify(reply)}`);
  return reply.token as string;
}

/** Arrival times (performance.now) of each command's broadcast, per command id, across every station. */
type Arrivals = Map<string, number[]>;

function listen(sockets: Socket[], idOf: (c: Change) => string | undefined): Arrivals {
  const arrivals: Arrivals = new Map();
  for (const s of sockets) {
    s.on('changes', (changes: Change[]) => {
      const at = performance.now();
      for (const c of changes) {
        const id = idOf(c);
        if (!id) continue;
        let list = arrivals.get(id);
        if (!list) arrivals.set(id, (list = []));
        list.push(at);
      }
    });
  }
  return arrivals;
}

interface Target {
  name: string;
  sender: Socket;
  stations: Socket[];
  arrivals: Arrivals;
  command(tag: string): unknown;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const fmt = (n: number, digits = 2) => n.toFixed(digits);

async function throughput(t: Target): Promise<number> {
  let sent = 0;
  let failed = 0;
  const start = performance.now();
  const worker = async () => {
    while (sent < THROUGHPUT_COMMANDS) {
      sent++;
      const reply = await t.sender.timeout(30_000).emitWithAck('cmd', t.command(`t${sent}`));
      if (!reply.ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: PIPELINE }, worker));
  const seconds = (performance.now() - start) / 1000;
  if (failed) throw new Error(`${t.name}: ${failed} commands failed`);
  return THROUGHPUT_COMMANDS / seconds;
}

async function latency(t: Target): Promise<{ p50: number; p99: number; all: number }> {
  const sentAt = new Map<string, number>();
  const ids: string[] = [];
  for (let i = 0; i < LATENCY_COMMANDS; i++) {
    const cmd = t.command(`l${i}`) as { id: string };
    ids.push(cmd.id);
    sentAt.set(cmd.id, performance.now());
    void t.sender.emitWithAck('cmd', cmd);
    await new Promise((ok) => setTimeout(ok, 1000 / LATENCY_RATE));
  }
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && ids.some((id) => (t.arrivals.get(id)?.length ?? 0) < t.stations.length))
    await new Promise((ok) => setTimeout(ok, 20));
  const each: number[] = [];
  const allArrived: number[] = [];
  for (const id of ids) {
    const list = t.arrivals.get(id) ?? [];
    if (list.length < t.stations.length)
      throw new Error(`${t.name}: a broadcast reached only ${list.length} of ${t.stations.length} stations`);
    for (const at of list) each.push(at - sentAt.get(id)!);
    allArrived.push(Math.max(...list) - sentAt.get(id)!);
  }
  each.sort((a, b) => a - b);
  allArrived.sort((a, b) => a - b);
  return { p50: pct(each, 50), p99: pct(each, 99), all: pct(allArrived, 99) };
}

async function hubTarget(url: string, stationCount = STATIONS): Promise<Target> {
  const tokens = await Promise.all(Array.from({ length: stationCount }, () => pair(url, 'display')));
  const stations = await Promise.all(tokens.map((token) => connect(url, { token, lastSeq: 0 })));
  const staffToken = await pair(url, 'staff', true);
  const sender = await connect(url, { token: staffToken, lastSeq: 0 });
  const signIn = await sender.timeout(10_000).emitWithAck('cmd', {
    id: randomUUID(),
    name: 'staff.signIn',
    args: { username: 'admin', password: ADMIN_PASSWORD },
  });
  if (!signIn.ok) throw new Error('sign-in failed');
  // A notice is a write every display receives: one row, one change, one broadcast.
  const tagOf = new Map<string, string>();
  const arrivals = listen(stations, (c) =>
    c.entity === 'notice' && c.data ? tagOf.get((c.data as { text: string }).text) : undefined,
  );
  const expiresAt = Date.now() + 86_400_000;
  return {
    name: 'hub',
    sender,
    stations,
    arrivals,
    command(tag) {
      const id = randomUUID();
      const text = `演示通知 ${tag} 本周六上午九点在大厅举办专场招聘会`;
      tagOf.set(text, id);
      return { id, name: 'notice.create', args: { text, kind: 'normal', expiresAt } };
    },
  };
}

async function bareTarget(url: string): Promise<Target> {
  const stations = await Promise.all(Array.from({ length: STATIONS }, () => connect(url, {})));
  const sender = await connect(url, {});
  const arrivals = listen(stations, (c) => c.id);
  const expiresAt = Date.now() + 86_400_000;
  return {
    name: 'bare',
    sender,
    stations,
    arrivals,
    command(tag) {
      return {
        id: randomUUID(),
        name: 'notice.create',
        args: { text: `演示通知 ${tag} 本周六上午九点在大厅举办专场招聘会`, kind: 'normal', expiresAt },
      };
    },
  };
}

function close(t: Target): void {
  t.sender.disconnect();
  for (const s of t.stations) s.disconnect();
}

interface CommandFigures {
  /** The hub process during the throughput run with stations: CPU per command, commands per commit, ms per commit. */
  cpuPerCommandUs: number;
  perCommit: number;
  commitMs: number;
  hubRate: number;
  aloneRate: number;
  bareRate: number;
  hub: { p50: number; p99: number; all: number };
  bare: { p50: number; p99: number; all: number };
  load: string;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function runCommands(): Promise<CommandFigures> {
  // The project's own disk (never a tmpfs), so synchronous=FULL pays for a real fsync.
  mkdirSync(join(process.cwd(), '.tmp'), { recursive: true });
  const dataDir = mkdtempSync(join(process.cwd(), '.tmp', 'bench-hub-'));
  const loadAtStart = load();
  try {
    const bare = await spawn('serve-bare');
    const b = await bareTarget(bare.url);
    const bareRate = await throughput(b);
    const bareLatency = await latency(b);
    close(b);
    await stop(bare.child);

    const hub = await spawn('serve-hub', dataDir);
    // The durable commit rate on its own (no station to broadcast to), then with the 50 stations.
    const alone = await hubTarget(hub.url, 0);
    const aloneRate = await throughput(alone);
    close(alone);
    const h = await hubTarget(hub.url);
    const before = await hubStats(hub.child);
    const hubRate = await throughput(h);
    const after = await hubStats(hub.child);
    const hubLatency = await latency(h);
    close(h);
    await stop(hub.child);
    const commits = after.commits - before.commits;
    return {
      cpuPerCommandUs:
        (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / (after.commands - before.commands),
      perCommit: (after.commands - before.commands) / commits,
      commitMs: (after.commitMs - before.commitMs) / commits,
      hubRate,
      aloneRate,
      bareRate,
      hub: hubLatency,
      bare: bareLatency,
      load: `${loadAtStart} → ${load()}`,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchCommands(runs: number): Promise<void> {
  console.log(
    `\n(a) commands → broadcast to ${STATIONS} display stations (loopback; hub: WAL, synchronous=FULL, ack after commit)`,
  );
  console.log(
    `    throughput: ${THROUGHPUT_COMMANDS} notice.create, ${PIPELINE} in flight; ` +
      `latency: command → broadcast arriving at each station, ${LATENCY_COMMANDS} commands at ${LATENCY_RATE}/s`,
  );
  const header = [
    'run'.padEnd(4),
    'hub cmd/s'.padStart(10),
    'no stations'.padStart(12),
    `${'bare msg/s'.padStart(11)}  `,
    'hub p50'.padStart(8),
    'hub p99'.padStart(8),
    'bare p99'.padStart(9),
    `${'p99 ratio'.padStart(10)}  `,
    'CPU µs/cmd'.padStart(10),
    'cmds/commit'.padStart(11),
    `${'ms/commit'.padStart(9)}  `,
    'load average (1 5 15 min) start → end',
  ];
  console.log(`    ${header.join(' ')}`);
  const all: CommandFigures[] = [];
  for (let i = 1; i <= runs; i++) {
    const f = await runCommands();
    all.push(f);
    const row = [
      String(i).padEnd(4),
      fmt(f.hubRate, 0).padStart(10),
      fmt(f.aloneRate, 0).padStart(12),
      `${fmt(f.bareRate, 0).padStart(11)}  `,
      fmt(f.hub.p50).padStart(8),
      fmt(f.hub.p99).padStart(8),
      fmt(f.bare.p99).padStart(9),
      `${fmt(f.hub.p99 / f.bare.p99).padStart(10)}  `,
      fmt(f.cpuPerCommandUs, 0).padStart(10),
      fmt(f.perCommit, 1).padStart(11),
      `${fmt(f.commitMs).padStart(9)}  `,
      f.load,
    ];
    console.log(`    ${row.join(' ')}`);
  }
  const slowest = all.reduce((a, b) => (b.hubRate < a.hubRate ? b : a));
  const worstRatio = all.reduce((a, b) => (b.hub.p99 / b.bare.p99 > a.hub.p99 / a.bare.p99 ? b : a));
  const ratio = worstRatio.hub.p99 / worstRatio.bare.p99;
  const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  console.log(
    `    worst throughput   ${fmt(slowest.hubRate, 0)} commands/s with ${STATIONS} stations   ` +
      `target ≥ ${THROUGHPUT_TARGET}   ${met(slowest.hubRate >= THROUGHPUT_TARGET)}`,
  );
  console.log(
    `    worst p99 ratio    ${fmt(ratio)} (hub ${fmt(worstRatio.hub.p99)} ms / bare ${fmt(worstRatio.bare.p99)} ms; ` +
      `until all ${STATIONS} have it: ${fmt(worstRatio.hub.all)} / ${fmt(worstRatio.bare.all)} ms)   ` +
      `target ≤ ${P99_RATIO_TARGET}   ${met(ratio <= P99_RATIO_TARGET)}`,
  );
}

// ── (b) Search over 50,000 postings ──────────────────────────────────────────────────────────────────────

async function benchSearch(): Promise<void> {
  const { openDatabase } = await import('../../electron/hub/store/db');
  const { createPostingSearch } = await import('../../electron/hub/search/index');
  const { SearchIndexer } = await import('../../electron/hub/search/indexer');
  const { stampSearchIndex, upkeepSearchIndex } = await import('../../electron/hub/search/upkeep');
  const { SearchArgs } = await import('../../shared/protocol/commands');
  const { CATALOGUE } = await import('../../electron/hub/demo/catalogue');
  const { prng } = await import('../../electron/hub/demo/seed');
  const { TRADES } = await import('../../shared/domain/trades');
  const { districtsOf } = await import('../../electron/hub/divisions');
  const DISTRICTS = districtsOf('130100');
  const { hourlyEquivalent } = await import('../../shared/domain/pay');

  const dataDir = mkdtempSync(join(tmpdir(), 'gighall-bench-search-'));
  try {
    const db = openDatabase(join(dataDir, 'gighall.sqlite'));
    const setupStart = performance.now();
    const rnd = prng(50_000);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
    const now = Date.now();
    const loader = new SearchIndexer(db);
    db.transaction(() => {
      const employer = db.prepare(
        `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES (?, 'enterprise', 'approved', 0, 1, '{}')`,
      );
      for (let i = 0; i < 200; i++) employer.run(`e${i}`);
      const insert =
        db.prepare(`INSERT INTO postings (id, employer_id, status, trade, job_type, district, pay_hourly, published_at,
        expires_at, version, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`);
      // Oldest first, as a hall accumulates them; 90% live, the rest drafts, filled, closed or expired.
      for (let i = 0; i < SEARCH_POSTINGS; i++) {
        const trade = pick(TRADES).code;
        const c = CATALOGUE[trade];
        const pay = {
          amount: Math.round(c.pay.min + rnd() * (c.pay.max - c.pay.min)),
          unit: c.pay.unit,
          settlement: c.pay.settlement,
        };
        const roll = rnd();
        const status =
          roll < 0.9
            ? 'published'
            : roll < 0.93
              ? 'draft'
              : roll < 0.96
                ? 'filled'
                : roll < 0.98
                  ? 'closed'
                  : 'expired';
        const publishedAt = status === 'draft' ? null : now - (SEARCH_POSTINGS - i) * 60_000;
        const p = {
          id: `p${i}`,
          version: 1,
          updatedAt: now,
          employerId: `e${i % 200}`,
          employerKind: 'enterprise',
          employerName: `石家庄${pick(['恒达', '冀中', '燕赵', '鑫源', '康泰'])}${pick(['物业服务', '物流', '餐饮管理', '建筑装饰'])}有限公司`,
          trade,
          title: pick(c.titles),
          jobType: pick(c.jobTypes),
          pay,
          district: pick(DISTRICTS).code,
          address: '',
          headcount: 3,
          filledCount: 0,
          startDate: '2026-12-01',
          endDate: null,
          dailyHours: null,
          requirements: { certificates: [], minExperienceYears: 0, note: '' },
          benefits: { meals: false, lodging: false, transport: false },
          description: pick(c.descriptions),
          status,
          publishedAt,
          expiresAt: status === 'expired' ? now - 1000 : now + 30 * 86_400_000,
          createdAt: publishedAt ?? now,
          createdBy: null,
        } satisfies Posting;
        insert.run(
          p.id,
          p.employerId,
          p.status,
          p.trade,
          p.jobType,
          p.district,
          hourlyEquivalent(p.pay),
          p.publishedAt,
          p.expiresAt,
          JSON.stringify(p),
        );
        loader.index(p);
      }
    })();
    const loaded = performance.now();
    // Every posting was indexed as it was written, as the hub's store does: the index is current. Open it as the
    // hub would at start (which merges the index's segments).
    stampSearchIndex(db);
    upkeepSearchIndex(db);
    const search = createPostingSearch(db);
    const opened = performance.now();
    const like = db.prepare(
      `SELECT id, COUNT(*) OVER () AS total FROM postings
       WHERE status = 'published' AND (expires_at IS NULL OR expires_at > ?) AND data LIKE ?
       ORDER BY published_at DESC LIMIT 50`,
    );
    const likeFiltered = db.prepare(`SELECT id, COUNT(*) OVER () AS total FROM postings
      WHERE status = 'published' AND (expires_at IS NULL OR expires_at > ?) AND data LIKE ?
      AND district IN ('130102', '130104', '130108') AND job_type IN ('daily', 'hourly', 'long_term') AND pay_hourly >= 25
      ORDER BY published_at DESC LIMIT 50`);
    const filters = {
      districts: ['130102', '130104', '130108'],
      jobTypes: ['daily', 'hourly', 'long_term'],
      payMin: 25,
    };
    const classes: { name: string; queries: string[] }[] = [
      { name: 'two-character trades', queries: ['电工', '木工', '保安', '司机', '保洁', '月嫂'] },
      { name: 'longer terms', queries: ['空调维修', '快递分拣', '小区保安', '装修木工师傅'] },
      { name: 'pinyin initials', queries: ['dg', 'kt', 'ktwx', 'ys', 'bj'] },
      { name: 'full pinyin', queries: ['diangong', 'kongtiao', 'baoan'] },
    ];
    const opts = { staff: false, now, homeDistrict: '130102' };
    const time = (fn: () => unknown, runs: number): number[] => {
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        fn();
        out.push(performance.now() - s);
      }
      return out.sort((a, b) => a - b);
    };
    console.log(
      `\n(b) ranked search over ${SEARCH_POSTINGS.toLocaleString('en')} postings ` +
        `(loaded in ${fmt((loaded - setupStart) / 1000, 1)} s; ` +
        `hub start incl. index merge ${fmt((opened - loaded) / 1000, 1)} s)`,
    );
    console.log(
      [
        '   ',
        'class'.padEnd(34),
        'matches'.padStart(8),
        'p50 ms'.padStart(8),
        'p99 ms'.padStart(8),
        'LIKE p50'.padStart(9),
        'LIKE p99'.padStart(9),
        'p99 ratio'.padStart(10),
        ' p99<5ms  faster',
      ].join(' '),
    );
    for (const cls of classes) {
      for (const filtered of [false, true]) {
        const perQuery = Math.ceil(SEARCH_RUNS / cls.queries.length);
        const times: number[] = [];
        const likeTimes: number[] = [];
        let matches = 0;
        for (const q of cls.queries) {
          const args = SearchArgs.parse({ q, ...(filtered ? filters : {}) });
          matches += search.search(args, opts).total;
          times.push(...time(() => search.search(args, opts), perQuery));
          const stmt = filtered ? likeFiltered : like;
          // The scan is ~100x slower: a few runs per query are enough to place it.
          likeTimes.push(...time(() => stmt.all(now, `%${q}%`), 3));
        }
        times.sort((a, b) => a - b);
        likeTimes.sort((a, b) => a - b);
        const p99 = pct(times, 99);
        const likeP99 = pct(likeTimes, 99);
        console.log(
          [
            '   ',
            `${cls.name}${filtered ? ' + filters' : ''}`.padEnd(34),
            String(Math.round(matches / cls.queries.length)).padStart(8),
            fmt(pct(times, 50)).padStart(8),
            fmt(p99).padStart(8),
            fmt(pct(likeTimes, 50)).padStart(9),
            fmt(likeP99).padStart(9),
            fmt(p99 / likeP99, 3).padStart(10),
            ` ${(p99 < 5 ? 'yes' : 'NO').padEnd(7)}`,
            ` ${p99 < pct(likeTimes, 50) ? 'yes' : 'NO'}`,
          ].join(' '),
        );
      }
    }
    console.log(
      `    (matches = mean total per query; filters = 3 districts, 3 job types, ≥ 25 yuan/hour; the LIKE scan cannot read pinyin at all)`,
    );
    db.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } },
  });
  const runs = Math.max(1, Number(values.runs) || 3);
  const started = performance.now();
  console.log(
    `GigHall hub benchmark — ${cpus().length} CPUs, load average ${load()} at start, node ${process.version}`,
  );
  if (values.only !== 'search') await benchCommands(runs);
  if (values.only !== 'commands') await benchSearch();
  console.log(`\ndone in ${fmt((performance.now() - started) / 1000, 1)} s; load average ${load()} at end`);
}

const mode = process.argv[2];
if (mode === 'serve-hub') void serveHub(process.argv[3]!);
else if (mode === 'serve-bare') void serveBare();
else
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
