import type { Handlers } from './context';
import { stationHandlers } from './stations';
import { staffHandlers } from './staff';
import { workerHandlers } from './workers';
import { employerHandlers } from './employers';
import { postingHandlers } from './postings';
import { applicationHandlers } from './applications';
import { noticeHandlers } from './notices';
import { reportHandlers } from './reports';
import { siteHandlers } from './site';

/** Every command of shared/protocol has exactly one handler: the type makes a missing one a compile error. */
export const HANDLERS: Handlers = {
  ...stationHandlers,
  ...staffHandlers,
  ...workerHandlers,
  ...employerHandlers,
  ...postingHandlers,
  ...applicationHandlers,
  ...noticeHandlers,
  ...reportHandlers,
  ...siteHandlers,
};
