// Every command's handler, and the prepare steps of the few that hash or check a secret before their transaction.
import type { Handlers, Preparers } from './context';
import { stationHandlers } from './stations';
import { staffHandlers, staffPreparers } from './staff';
import { workerHandlers, workerPreparers } from './workers';
import { employerHandlers } from './employers';
import { postingHandlers } from './postings';
import { applicationHandlers } from './applications';
import { noticeHandlers } from './notices';
import { reportHandlers } from './reports';
import { siteHandlers } from './site';
import { placementHandlers } from './placements';
import { disputeHandlers } from './disputes';

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
  ...placementHandlers,
  ...disputeHandlers,
};

/** Every command named in PreparedMap has its prepare step: the type makes a missing one a compile error. */
export const PREPARERS: Preparers = { ...staffPreparers, ...workerPreparers };
