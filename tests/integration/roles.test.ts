// Who may send what, generated from COMMANDS (shared/protocol/commands.ts): every command × every kind of caller
// (kiosk, display, staff station before sign-in, clerk, admin), each with a valid argument object, through the
// hub's real dispatcher and database. A caller the contract refuses gets `forbidden` or `not_signed_in` and the
// database is exactly as it was; a caller it allows is never refused for who it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestHub, type TestHub } from '../helpers/hub';
import {
  VIEWERS,
  samples,
  sessionOf,
  siteFixture,
  stateOf,
  type SiteFixture,
  type Viewer,
} from '../helpers/command-samples';
import { COMMANDS, COMMAND_NAMES, type CommandName } from '../../shared/protocol/commands';

/** What COMMANDS says: the station role, then sign-in, then admin. */
function contractAllows(name: CommandName, viewer: Viewer): boolean {
  const spec = COMMANDS[name] as { roles: readonly string[]; signedIn?: boolean; admin?: boolean };
  const role = viewer === 'kiosk' || viewer === 'display' ? viewer : 'staff';
  if (!spec.roles.includes(role)) return false;
  if (spec.signedIn && (viewer === 'staff-signed-out' || role !== 'staff')) return false;
  if (spec.admin && viewer !== 'admin') return false;
  return true;
}

/**
 * The few rules a handler adds to the table, each stated in the handler: commands open to kiosks that a staff
 * station may only send signed in, and a clerk may change only their own password.
 */
const HANDLER_RULES: { name: CommandName; viewer: Viewer; code: 'forbidden' | 'not_signed_in' }[] = [
  { name: 'worker.register', viewer: 'staff-signed-out', code: 'not_signed_in' },
  { name: 'application.create', viewer: 'staff-signed-out', code: 'not_signed_in' },
  { name: 'staff.setPassword', viewer: 'clerk', code: 'forbidden' }, // the sample is the admin's password
];

describe('role and sign-in table', () => {
  let hub: TestHub;
  let fixture: SiteFixture;
  beforeAll(async () => {
    hub = await startTestHub();
    fixture = await siteFixture(hub.hub);
  });
  afterAll(async () => hub.destroy());

  it('covers every command', () => {
    expect(Object.keys(samples({} as SiteFixture)).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  for (const name of COMMAND_NAMES)
    for (const viewer of VIEWERS) {
      const rule = HANDLER_RULES.find((r) => r.name === name && r.viewer === viewer);
      const allowed = contractAllows(name, viewer) && !rule;
      it(`${name} from ${viewer}: ${allowed ? 'allowed' : `refused (${rule?.code ?? refusalOf(name, viewer)})`}`, async () => {
        const session = sessionOf(viewer, fixture);
        const args = samples(fixture)[name]();
        // A handler's refusal of a logged command stores its reply (so a resend gets the same answer): that is
        // bookkeeping, not state; everything else must be exactly as before.
        const before = stateOf(hub.hub, ['commands']);
        const head = hub.hub.headSeq();
        const reply = await hub.hub.command(session, { id: randomUUID(), name, args });
        const code = reply.ok ? 'ok' : reply.error.code;
        expect(code).not.toBe('internal');
        if (allowed) {
          expect(['forbidden', 'not_signed_in']).not.toContain(code);
        } else {
          expect(code).toBe(rule?.code ?? refusalOf(name, viewer));
          expect(hub.hub.headSeq()).toBe(head);
          expect(stateOf(hub.hub, ['commands'])).toBe(before);
        }
      });
    }
});

/** The dispatcher's order: the station's role (forbidden), then sign-in (not_signed_in), then admin (forbidden). */
function refusalOf(name: CommandName, viewer: Viewer): 'forbidden' | 'not_signed_in' {
  const spec = COMMANDS[name] as { roles: readonly string[]; signedIn?: boolean };
  const role = viewer === 'kiosk' || viewer === 'display' ? viewer : 'staff';
  if (!spec.roles.includes(role)) return 'forbidden';
  if (spec.signedIn && viewer === 'staff-signed-out') return 'not_signed_in';
  return 'forbidden';
}
