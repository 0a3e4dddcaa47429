// Work agreements: made from the current template version with the clerk's checked fields, stored apart from the
// records (the `agreements` table: the text carries identity numbers and addresses, so it never enters the
// changes log and never reaches a station except as the reply to a signed-in clerk's agreement.get). The
// placement record carries only the reference (id, template version, hash). After a worker's data is erased the
// text is kept, restricted to admins, until its retention date, then purged (docs/placement.md).
import type { Database } from 'better-sqlite3';
import type { Actor, Application } from '../../../shared/domain/entities';
import { appError } from '../../../shared/errors';
import {
  CURRENT_AGREEMENT_VERSION,
  agreementHash,
  renderAgreement,
  type StoredAgreement,
} from '../../../shared/placement/agreement';
import type { AgreementFields } from '../../../shared/placement/schemas';
import { newWage } from '../../../shared/placement/wages';
import { addDays, hallDate, hallZoneOf } from '../../../shared/rules/hallTime';
import type { Records } from '../store/records';
import { HubError } from '../commands/context';
import { newId } from '../secrets';
import type { PlacementWriter } from './core';

/** How long a restricted agreement text is kept after the worker's erasure request (hall days). */
export const RETAIN_AFTER_ERASURE_DAYS = 2 * 365;

export function createAgreement(
  w: PlacementWriter,
  app: Application,
  fields: AgreementFields,
  by: Actor,
): { id: string; hash: string } {
  if (app.status !== 'hired' || !app.referral)
    throw new HubError(appError('invalid_args', { key: 'placementNotHired' }));
  if (app.agreement) throw new HubError(appError('conflict', { key: 'agreementExists', current: app }));
  const site = w.site();
  const text = renderAgreement(CURRENT_AGREEMENT_VERSION, fields, {
    number: app.referral.slipNo,
    hallName: site.name,
    clerk: by.kind === 'staff' ? by.name : '',
  });
  const hash = agreementHash(text);
  const id = newId();
  w.records.db
    .prepare(
      `INSERT INTO agreements (id, application_id, worker_id, template_version, text, hash, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, app.id, app.workerId, CURRENT_AGREEMENT_VERSION, text, hash, w.now, by.kind === 'staff' ? by.id : null);
  // What the agreement says is owed and when becomes the placement's wage record (paid amounts stay).
  const wage = app.wage
    ? { ...app.wage, agreedAmount: fields.pay.total, payDate: fields.pay.payDate }
    : newWage(fields.pay.total, fields.pay.payDate);
  w.put('application', {
    ...app,
    wage,
    agreement: { id, templateVersion: CURRENT_AGREEMENT_VERSION, hash, createdAt: w.now, by },
  });
  return { id, hash };
}

interface AgreementRow {
  id: string;
  application_id: string;
  template_version: number;
  text: string;
  hash: string;
  created_at: number;
  restricted_at: number | null;
}

/** The stored agreement, checked against its hash. Restricted ones (after an erasure) are for admins only. */
export function readAgreement(
  records: Records,
  id: string,
  admin: boolean,
): StoredAgreement & { applicationId: string; createdAt: number; restricted: boolean } {
  const row = records.db.prepare(`SELECT * FROM agreements WHERE id = ?`).get(id) as AgreementRow | undefined;
  if (!row) throw new HubError(appError('not_found', { field: 'id' }));
  if (row.restricted_at !== null && !admin) throw new HubError(appError('forbidden', { key: 'agreementRestricted' }));
  if (agreementHash(row.text) !== row.hash) throw new HubError(appError('internal', { key: 'agreementTampered' }));
  return {
    id: row.id,
    applicationId: row.application_id,
    templateVersion: row.template_version,
    text: row.text,
    hash: row.hash,
    createdAt: row.created_at,
    restricted: row.restricted_at !== null,
  };
}

/** A worker's erasure: their agreements are kept (the text is the legal record) but restricted, with a date to go. */
export function restrictAgreementsOf(db: Database, workerId: string, now: number, zone: string): number {
  const until = addDays(hallDate(now, zone), RETAIN_AFTER_ERASURE_DAYS);
  return db
    .prepare(`UPDATE agreements SET restricted_at = ?, retain_until = ? WHERE worker_id = ? AND restricted_at IS NULL`)
    .run(now, until, workerId).changes;
}

/** Drop restricted agreement texts past their retention date (the hub's sweep). */
export function purgeExpiredAgreements(db: Database, now: number, siteZone: string | undefined): number {
  const today = hallDate(now, hallZoneOf({ timeZone: siteZone }));
  return db.prepare(`DELETE FROM agreements WHERE restricted_at IS NOT NULL AND retain_until < ?`).run(today).changes;
}
