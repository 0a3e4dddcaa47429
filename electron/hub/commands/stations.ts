// Pairing approval, renaming, display configuration, revocation, heartbeats, and what stations report for the desk
// (queued commands refused on replay) and for the log (page errors).
import type { Handlers } from './context';
import { HubError, mustGet } from './context';
import { newId, newToken, tokenHash } from '../secrets';
import { DEFAULT_DISPLAY_CONFIG } from '../../../shared/domain/schemas';
import { appError } from '../../../shared/errors';
import { assertDistricts } from './site';

/** Refused commands kept per station for the desk. */
export const REFUSED_KEPT = 50;

export const stationHandlers: Pick<
  Handlers,
  | 'station.approve'
  | 'station.revoke'
  | 'station.rename'
  | 'station.configure'
  | 'station.heartbeat'
  | 'station.health'
  | 'station.reportRefused'
  | 'station.resolveRefused'
  | 'station.reportError'
> = {
  'station.approve'(ctx, { code, role, name }) {
    const request = ctx.records.list('pairingRequest', 'code = ? AND expires_at > ?', code, ctx.now)[0];
    if (!request) throw new HubError(appError('pairing_code_unknown', { field: 'code' }));
    const token = newToken();
    const stationId = newId();
    ctx.put('station', {
      id: stationId,
      name,
      role,
      pairedAt: ctx.now,
      revoked: false,
      display: role === 'display' ? DEFAULT_DISPLAY_CONFIG : null,
    });
    ctx.records.setColumn('station', stationId, 'token_hash', tokenHash(token));
    ctx.del('pairingRequest', request.id);
    ctx.summary = `${name} (${role})`;
    ctx.services.afterCommit(() => ctx.services.live.paired(request.id, { token, stationId, role, name }));
    return { stationId };
  },
  'station.revoke'(ctx, { stationId }) {
    const station = mustGet(ctx, 'station', stationId);
    ctx.put('station', { ...station, revoked: true });
    ctx.records.setColumn('station', stationId, 'token_hash', null);
    ctx.summary = station.name;
    ctx.services.afterCommit(() => ctx.services.live.revoked(stationId));
    return null;
  },
  'station.rename'(ctx, { stationId, name }) {
    const station = mustGet(ctx, 'station', stationId);
    ctx.put('station', { ...station, name });
    ctx.summary = `${station.name} → ${name}`;
    return null;
  },
  'station.configure'(ctx, { stationId, display }) {
    const station = mustGet(ctx, 'station', stationId);
    if (station.role !== 'display') {
      throw new HubError(appError('invalid_args', { key: 'displayOnly', field: 'stationId' }));
    }
    assertDistricts(
      ctx,
      display.filters.districts,
      'display.filters.districts',
      station.display?.filters.districts ?? [],
    );
    ctx.put('station', { ...station, display });
    ctx.summary = `${station.name}: ${display.layout}`;
    return null;
  },
  'station.heartbeat'(ctx, args) {
    ctx.services.live.heartbeat(ctx.session, args);
    return null;
  },
  'station.health'(ctx) {
    return ctx.services.live.health();
  },
  'station.reportRefused'(ctx, report) {
    const station = mustGet(ctx, 'station', ctx.session.stationId);
    const others = (station.refused ?? []).filter((r) => r.commandId !== report.commandId);
    // The newest REFUSED_KEPT stay: a station refused again and again is one the desk must look at anyway.
    const refused = [...others, { ...report, visit: report.visit ?? null, reportedAt: ctx.now }].slice(-REFUSED_KEPT);
    ctx.put('station', { ...station, refused });
    ctx.summary = `${station.name}: ${report.command} ${report.error.code}`;
    return null;
  },
  'station.resolveRefused'(ctx, { stationId, commandId }) {
    const station = mustGet(ctx, 'station', stationId);
    const refused = (station.refused ?? []).filter((r) => r.commandId !== commandId);
    if (refused.length === (station.refused ?? []).length) throw new HubError(appError('not_found'));
    ctx.put('station', { ...station, refused });
    ctx.summary = `${station.name}: ${commandId}`;
    return null;
  },
  'station.reportError'(ctx, report) {
    ctx.services.live.pageError(ctx.session, report);
    return null;
  },
};
