// Property-based fuzz of every command's arguments (fast-check), through the hub's real dispatcher and database:
// from each command's valid sample (tests/helpers/command-samples.ts), arguments mutated a little (a field replaced
// by any JSON value, removed, an unknown field added) or replaced whole, and envelopes with odd ids and names.
// Whatever arrives: never an `internal` error (a bad input is refused with a clear error), and a refusal changes
// nothing but the bookkeeping of refusals (stored replies, attempt counters).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { startTestHub, type TestHub } from '../helpers/hub';
import { samples, sessionOf, siteFixture, stateOf, type SiteFixture } from '../helpers/command-samples';
import { COMMANDS, COMMAND_NAMES, type CommandName } from '../../shared/protocol/commands';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Values that break careless code: empty and huge strings, markup, odd numbers, wrong shapes. */
const nasty: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    '',
    ' ',
    'x'.repeat(10_000),
    '<script>alert(1)</script>',
    "'; DROP TABLE workers; --",
    '13912345678',
    '0000',
    '\u0000',
    '😀'.repeat(50),
    '__proto__',
    -1,
    0,
    -0,
    1.5,
    2 ** 53,
    1e308,
    -1e308,
    true,
    [],
    {},
    [null],
    { constructor: { prototype: {} } },
  ),
);

/** Every path into a JSON value (the root included). */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'whole'; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: nasty }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'id', 'role', 'admin', 'workerId')),
    value: nasty,
  }),
  fc.record({ kind: fc.constant('whole' as const), value: nasty }),
);

function mutate(sample: Json, m: Mutation): Json {
  if (m.kind === 'whole') return m.value;
  const copy = JSON.parse(JSON.stringify(sample)) as Json;
  const all = paths(copy);
  const path = all[m.at % all.length]!;
  if (path.length === 0) return m.kind === 'replace' ? m.value : copy;
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (m.kind === 'replace') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Commands that hash or verify a PIN or password cost tens of ms each: fewer runs. */
const SLOW = new Set<CommandName>([
  'worker.register',
  'worker.identify',
  'worker.resetPin',
  'staff.create',
  'staff.setPassword',
  'staff.signIn',
]);

describe('fuzzed commands', () => {
  let hub: TestHub;
  let fixture: SiteFixture;
  beforeAll(async () => {
    hub = await startTestHub();
    fixture = await siteFixture(hub.hub);
  });
  afterAll(async () => hub.destroy());

  for (const name of COMMAND_NAMES) {
    const viewer = (COMMANDS[name].roles as readonly string[]).includes('staff') ? 'admin' : 'kiosk';
    it(`${name} (${viewer}): never an internal error, a refusal changes nothing`, async () => {
      const sample = samples(fixture)[name]() as Json;
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          // As it would arrive over the socket: JSON, so no undefined, functions or NaN.
          const args = JSON.parse(JSON.stringify(mutations.reduce(mutate, sample) ?? null)) as Json;
          const session = sessionOf(viewer, fixture);
          const before = stateOf(hub.hub, ['commands', 'attempts']);
          const reply = await hub.hub.command(session, { id: randomUUID(), name, args });
          if (reply.ok) return;
          expect(reply.error.code).not.toBe('internal');
          expect(reply.error.message.zh.length).toBeGreaterThan(0);
          expect(stateOf(hub.hub, ['commands', 'attempts'])).toBe(before);
        }),
        { numRuns: SLOW.has(name) ? 12 : 40 },
      );
    });
  }

  it('refuses odd envelopes (ids, names, shapes) without an internal error or a change', async () => {
    const session = sessionOf('admin', fixture);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(nasty, fc.uuid()),
        fc.oneof(nasty, fc.constantFrom(...COMMAND_NAMES), fc.constantFrom('toString', '__proto__', 'hasOwnProperty')),
        nasty,
        async (id, name, args) => {
          const before = stateOf(hub.hub, ['commands', 'attempts']);
          const reply = await hub.hub.command(session, JSON.parse(JSON.stringify({ id, name, args })));
          if (reply.ok) return;
          expect(reply.error.code).not.toBe('internal');
          expect(stateOf(hub.hub, ['commands', 'attempts'])).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});
