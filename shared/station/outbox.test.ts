// The outbox keeps what a station must not lose, tagged with who queued it; never a PIN or password in clear; and
// turns a refusal nobody saw into a report the desk can follow up, without secrets.
import { describe, expect, it } from 'vitest';
import type { Command } from '../protocol/events';
import { appError } from '../errors';
import {
  findSecret,
  isLive,
  memoryOutboxStore,
  Outbox,
  refusalReport,
  reportableArgs,
  unqueueable,
  type OutboxEntry,
} from './outbox';

const origin = { page: 'kiosk' as const, load: 'load-1', visit: 'visit-1' };
const register = (id: string, extra: object = {}): Command =>
  ({
    id,
    name: 'worker.register',
    args: { consent: { version: '1', at: 1 }, name: '张卫东', phone: '13688889999', ...extra },
  }) as Command;
const entry = (command: Command): OutboxEntry => ({ command, origin, queuedAt: 1000 });

describe('outbox', () => {
  it('keeps entries in order with their origin, across a reload of its store', () => {
    const store = memoryOutboxStore();
    const box = new Outbox(store, 'kiosk');
    box.add(entry(register('cmd-000001')));
    box.add(entry({ id: 'cmd-000002', name: 'application.create', args: { postingId: 'p1', phone: '13688889999' } }));
    const again = new Outbox(store, 'kiosk');
    expect(again.list().map((e) => e.command.id)).toEqual(['cmd-000001', 'cmd-000002']);
    expect(again.head()?.origin).toEqual(origin);
  });

  it('reads entries saved before origins existed as replays from an earlier load', () => {
    const store = { load: () => [{ command: register('cmd-old-01'), queuedAt: 5 }, { junk: true }], save: () => {} };
    const box = new Outbox(store, 'kiosk');
    expect(box.size).toBe(1);
    expect(box.head()?.origin).toEqual({ page: 'kiosk', load: 'earlier', visit: null });
    expect(isLive(box.head()!.origin, { load: 'load-1', visit: null })).toBe(false);
  });

  it('refuses to store a PIN or password in clear, or a command the hub does not record by id', () => {
    const box = new Outbox(memoryOutboxStore(), 'kiosk');
    expect(() => box.add(entry(register('cmd-000003', { pin: '1357' })))).toThrow(/secret/);
    expect(() =>
      box.add(entry({ id: 'cmd-000004', name: 'worker.identify', args: { phone: '13688889999', pin: '1357' } })),
    ).toThrow(/idempotent/);
    expect(box.size).toBe(0);
    // A null PIN (none chosen, or sent hashed) is fine.
    expect(unqueueable(register('cmd-000005', { pin: null, pinHash: 'scrypt$…' }))).toBeNull();
    expect(findSecret({ a: [{ password: 'x' }] })).toBe('a.0.password');
  });

  it('is live only for the same page load and the same visit', () => {
    expect(isLive(origin, { load: 'load-1', visit: 'visit-1' })).toBe(true);
    expect(isLive(origin, { load: 'load-1', visit: 'visit-2' })).toBe(false);
    expect(isLive(origin, { load: 'load-2', visit: 'visit-1' })).toBe(false);
  });

  it('turns a refused entry into a report in its place, in one write, without PIN hash', () => {
    const saves: number[] = [];
    let saved: readonly OutboxEntry[] = [];
    const box = new Outbox(
      {
        load: () => saved,
        save: (e) => {
          saves.push(e.length);
          saved = [...e];
        },
      },
      'kiosk',
    );
    const refused = entry(register('cmd-000006', { pin: null, pinHash: 'scrypt$16384$x$y' }));
    box.add(refused);
    const report = refusalReport(refused, appError('phone_taken', { field: 'phone' }), 'cmd-report-1');
    box.settle('cmd-000006', { command: report as Command, origin, queuedAt: 2000 });
    expect(saves).toEqual([1, 1]);
    expect(box.list().map((e) => e.command.name)).toEqual(['station.reportRefused']);
    expect(report.args).toMatchObject({
      commandId: 'cmd-000006',
      command: 'worker.register',
      queuedAt: 1000,
      visit: 'visit-1',
      error: { code: 'phone_taken', field: 'phone' },
      args: { name: '张卫东', phone: '13688889999' },
    });
    expect(Object.keys(report.args.args)).not.toContain('pin');
    expect(JSON.stringify(report)).not.toContain('scrypt');
    expect(reportableArgs({ password: 'p', nested: { pinHash: 'h', keep: 1 } })).toEqual({ nested: { keep: 1 } });
  });
});
