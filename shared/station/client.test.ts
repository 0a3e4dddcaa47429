// The client's outbox flush, with a stand-in socket that answers when the test says: a refusal goes to the visitor
// still waiting for it on screen; once that visitor has left (a new visit began) it goes to the desk instead.
import { describe, expect, it } from 'vitest';
import type { Command, CommandReply } from '../protocol/events';
import { appError } from '../errors';
import { StationClient } from './client';
import type { ConnectFn } from './connection';
import { memoryTokenStore } from './connection';

type Handler = (...args: unknown[]) => void;

function standIn() {
  const handlers = new Map<string, Handler[]>();
  const commands: { command: Command; answer: (reply: CommandReply) => void }[] = [];
  const socket = {
    connected: true,
    on: (event: string, fn: Handler) => {
      handlers.set(event, [...(handlers.get(event) ?? []), fn]);
      return socket;
    },
    emit: () => socket,
    timeout: () => ({
      emit: (_event: string, command: Command, cb: (err: Error | null, reply: CommandReply) => void) =>
        commands.push({ command, answer: (reply) => cb(null, reply) }),
    }),
    disconnect: () => socket,
    connect: () => socket,
  };
  const deliver = (event: string, ...args: unknown[]) => handlers.get(event)?.forEach((fn) => fn(...args));
  const connect: ConnectFn = () => socket as never;
  const online = () => {
    deliver('connect');
    deliver('hello', {
      protocolVersion: 1,
      serverTime: Date.now(),
      stationId: 's1',
      stationName: 'k',
      role: 'kiosk',
      siteName: 'x',
      seq: 0,
    });
  };
  return { connect, commands, online };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const registration = { consent: { version: '1', at: 1 }, name: '张卫东', phone: '13688889999' };
const refused: CommandReply = { ok: false, error: appError('phone_taken', { field: 'phone' }) };

describe('StationClient outbox flush', () => {
  it('hands a refusal to the visitor still waiting for it, and reports nothing', async () => {
    const hub = standIn();
    const c = new StationClient({
      url: 'http://hub',
      page: 'kiosk',
      connect: hub.connect,
      tokens: memoryTokenStore('t'),
    });
    c.start();
    hub.online();
    const reply = c.send('worker.register', registration, { queue: true });
    await tick();
    hub.commands[0]!.answer(refused);
    expect(await reply).toEqual(refused);
    await tick();
    expect(hub.commands).toHaveLength(1);
    expect(c.getState().queued).toBe(0);
  });

  it('reports a refusal to the desk when the visitor who queued it has left', async () => {
    const hub = standIn();
    const c = new StationClient({
      url: 'http://hub',
      page: 'kiosk',
      connect: hub.connect,
      tokens: memoryTokenStore('t'),
    });
    c.start();
    hub.online();
    void c.send('worker.register', registration, { queue: true });
    await tick();
    c.beginVisit(); // idle reset: the next visitor stands at the kiosk now
    hub.commands[0]!.answer(refused);
    await tick();
    expect(hub.commands.map((x) => x.command.name)).toEqual(['worker.register', 'station.reportRefused']);
    expect(hub.commands[1]!.command.args).toMatchObject({
      commandId: hub.commands[0]!.command.id,
      error: { code: 'phone_taken' },
      args: { name: '张卫东', phone: '13688889999' },
    });
    expect(c.getState().queued).toBe(1);
    hub.commands[1]!.answer({ ok: true, result: null });
    await tick();
    expect(c.getState().queued).toBe(0);
  });
});
