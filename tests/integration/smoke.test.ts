import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, staffStation, station, waitFor, type TestHub } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';

describe('hub walking skeleton', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub.destroy());

  it('publishes a posting from staff to a display', async () => {
    const staff = await staffStation(hub.url);
    const display = await station(hub.url, 'display');
    const employerId = await approvedEmployer(staff);
    const { id } = await staff.ok('posting.create', postingArgs(employerId));
    const seen = await waitFor(
      () => display.table<{ title: string; employerId?: string }>('posting').get(id),
      2000,
      'posting on display',
    );
    expect(seen.title).toBe('小区电路检修电工');
    expect(seen.employerId).toBeUndefined();
    staff.close();
    display.close();
  });
});
