// What each viewer may see (DESIGN.md "Projections per role"). Every change and every snapshot passes through
// here on its way out; nothing reaches a socket any other way.
//  - display: public posting fields of listed postings (shared/rules/posting.ts: published, not full; stations
//    drop them at their expiry by their own clock), notices, the site's public settings, its own station
//  - kiosk: the same (a kiosk's identified worker is sent separately, to that socket only, as `worker:self`)
//  - staff, signed in: everything (disputes too); staff station before sign-in: the same as a kiosk. Agreement
//    texts never travel as records at all (placement/agreements.ts).
import type { EntityMap, EntityName, Posting, PublicPosting, RecordMap } from '../../shared/domain/entities';
import type { StationRole } from '../../shared/domain/enums';
import type { Change, WorkerSelf } from '../../shared/protocol/events';
import { maskPhone } from '../../shared/domain/mask';
import type { RecordChange, Records } from './store/records';
import { isListed } from '../../shared/rules/posting';

export interface Viewer {
  role: StationRole;
  stationId: string;
  signedIn: boolean;
}

/** Household employers are private people: only a generic label and the district go public. */
export function publicPosting(p: Posting): PublicPosting {
  return {
    id: p.id,
    version: p.version,
    updatedAt: p.updatedAt,
    trade: p.trade,
    title: p.title,
    jobType: p.jobType,
    pay: p.pay,
    district: p.district,
    address: p.employerKind === 'household' ? '' : p.address,
    headcount: p.headcount,
    filledCount: p.filledCount,
    startDate: p.startDate,
    endDate: p.endDate,
    dailyHours: p.dailyHours,
    requirements: p.requirements,
    benefits: p.benefits,
    description: p.description,
    employerKind: p.employerKind,
    employerName: p.employerKind === 'household' ? '' : p.employerName,
    publishedAt: p.publishedAt,
    expiresAt: p.expiresAt,
    status: p.status,
  };
}

const isStaff = (v: Viewer) => v.role === 'staff' && v.signedIn;

/** The record as this viewer may see it, or null when it must not see it at all. */
export function projectRecord<E extends EntityName>(
  viewer: Viewer,
  entity: E,
  record: RecordMap[E],
): EntityMap[E] | null {
  if (isStaff(viewer)) return record;
  switch (entity) {
    case 'site':
    case 'notice':
      return record;
    case 'posting': {
      const p = record as RecordMap['posting'];
      return isListed(p) ? (publicPosting(p) as EntityMap[E]) : null;
    }
    case 'station': {
      if (record.id !== viewer.stationId) return null;
      // Refused commands carry a visitor's name and phone: for the desk only, never back to the kiosk.
      const { refused: _refused, ...own } = record as EntityMap['station'];
      return own as EntityMap[E];
    }
    default:
      return null;
  }
}

/** A change as this viewer receives it: possibly turned into a delete (a posting leaving the public board). */
export function projectChange(viewer: Viewer, change: RecordChange): Change | null {
  if (isStaff(viewer)) return change;
  if (change.op === 'del') return visibleEntity(viewer, change.entity) ? change : null;
  const projected = change.data ? projectRecord(viewer, change.entity, change.data) : null;
  if (projected) return { ...change, data: projected } as Change;
  // Not visible now; if it might have been visible before (a posting withdrawn), tell the viewer to drop it.
  if (change.entity === 'posting')
    return { seq: change.seq, entity: change.entity, id: change.id, op: 'del', at: change.at };
  return null;
}

function visibleEntity(viewer: Viewer, entity: EntityName): boolean {
  return isStaff(viewer) || entity === 'posting' || entity === 'notice' || entity === 'site' || entity === 'station';
}

/** Entities a viewer's snapshot is built from. */
export function snapshotEntities(viewer: Viewer): EntityName[] {
  return isStaff(viewer)
    ? [
        'site',
        'station',
        'pairingRequest',
        'staffUser',
        'worker',
        'employer',
        'vetting',
        'posting',
        'application',
        'notice',
        'dispute',
      ]
    : ['site', 'station', 'posting', 'notice'];
}

/**
 * Kiosk: what an identified worker sees of their own record (sent to that kiosk only, as `worker:self`) — only what
 * its screens show (shared/protocol/events.ts WorkerSelf): the phone masked, no name, ID number or notes.
 */
export function selfView(records: Records, workerId: string): WorkerSelf | null {
  const worker = records.get('worker', workerId);
  if (!worker || worker.status === 'deleted') return null;
  const applications = records.list('application', 'worker_id = ? ORDER BY rowid DESC', workerId).map((a) => ({
    id: a.id,
    postingId: a.postingId,
    postingTitle: records.get('posting', a.postingId)?.title ?? '',
    status: a.status,
    createdAt: a.createdAt,
    // The slip and interview while referred, what is owed once hired: 我的推荐 and 我的工作 at the kiosk.
    slipNo: a.referral?.slipNo ?? null,
    interview: a.status === 'referred' ? (a.referral?.interview ?? null) : null,
    wage: a.wage
      ? {
          agreedAmount: a.wage.agreedAmount,
          payDate: a.wage.payDate,
          status: a.wage.status,
          paidAmount: a.wage.paidAmount,
        }
      : null,
  }));
  return {
    worker: {
      id: worker.id,
      phoneMasked: maskPhone(worker.phone),
      trades: worker.trades,
      jobTypes: worker.jobTypes,
      districts: worker.districts,
      availability: worker.availability,
    },
    applications,
  };
}
