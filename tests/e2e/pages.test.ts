// The three pages, built and served by a real hub, open in Chromium and pair themselves as stations of their role.
import { describe, expect } from 'vitest';
import { waitFor } from '../helpers/hub';
import { SCREENS } from '../helpers/browser';
import { e2e } from '../helpers/e2e';

const test = e2e();

describe('pages served by the hub', () => {
  for (const [role, screen] of [
    ['display', SCREENS.landscape],
    ['kiosk', SCREENS.portrait],
    ['staff', SCREENS.landscape],
  ] as const) {
    test(`opens /${role} and pairs it as a ${role} station`, async ({ hub, open }) => {
      const { page } = await open(role, screen);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await waitFor(() => hub.hub.records.list('station', 'role = ?', role).length > 0, `${role} station paired`);
      await page.waitForFunction(() => (document.body.innerText ?? '').trim().length > 0);
      // The page keeps the token it was given, so a reload does not pair again: once the reloaded page is
      // connected as a station (a new connection), any second pairing would already have made a second record.
      const before = new Set(hub.hub.peers);
      await page.reload();
      await waitFor(
        () => [...hub.hub.peers].some((p) => !before.has(p) && p.session.role === role && p.session.stationId),
        `the reloaded ${role} page connected as a station`,
      );
      await page.waitForFunction(() => (document.body.innerText ?? '').trim().length > 0);
      expect(hub.hub.records.list('station', 'role = ?', role)).toHaveLength(1);
      expect(errors).toEqual([]);
    });
  }
});
