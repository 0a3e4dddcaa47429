// Reads for staff that are not part of the synced state: the audit log and the numbers reported to the city.
import type { Handlers } from './context';
import { openSql } from '../../../shared/rules/posting';
import { hallZoneOf, startOfHallDay } from '../../../shared/rules/hallTime';

export const reportHandlers: Pick<Handlers, 'audit.list' | 'report.counts'> = {
  'audit.list'(ctx, { limit, before, q }) {
    const rows = ctx.records.db
      .prepare(
        `SELECT a.id, a.at, a.user_id AS userId, a.station_id AS stationId, a.command, a.summary
                FROM audit a WHERE (? IS NULL OR a.id < ?) AND (? = '' OR a.command LIKE ? OR a.summary LIKE ?)
                ORDER BY a.id DESC LIMIT ?`,
      )
      .all(before ?? null, before ?? null, q, `%${q}%`, `%${q}%`, limit) as {
      id: number;
      at: number;
      userId: string | null;
      stationId: string | null;
      command: string;
      summary: string;
    }[];
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        command: r.command,
        summary: r.summary,
        who: r.userId ? (ctx.records.get('staffUser', r.userId)?.username ?? r.userId) : null,
        station: r.stationId ? (ctx.records.get('station', r.stationId)?.name ?? r.stationId) : null,
      })),
    };
  },
  'report.counts'(ctx, { from, to }) {
    const start = from ?? 0;
    const end = to ?? Number.MAX_SAFE_INTEGER;
    const db = ctx.records.db;
    const one = (sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number | null }).n ?? 0;
    const created = `json_extract(data, '$.createdAt') BETWEEN ? AND ?`;
    const todayStart = startOfHallDay(ctx.now, hallZoneOf(ctx.site()));
    return {
      registered: one(`SELECT COUNT(*) n FROM workers WHERE ${created}`, start, end),
      recommended: one(
        `SELECT COUNT(*) n FROM applications WHERE status IN ('referred','interview','hired') AND ${created}`,
        start,
        end,
      ),
      employed: one(`SELECT COUNT(*) n FROM applications WHERE status = 'hired' AND ${created}`, start, end),
      postingsOpen: one(`SELECT COUNT(*) n FROM postings WHERE ${openSql()}`, ctx.now),
      peopleNeeded: one(
        `SELECT SUM(json_extract(data,'$.headcount') - json_extract(data,'$.filledCount')) n FROM postings WHERE ${openSql()}`,
        ctx.now,
      ),
      newPostingsToday: one(`SELECT COUNT(*) n FROM postings WHERE published_at >= ?`, todayStart),
    };
  },
};
