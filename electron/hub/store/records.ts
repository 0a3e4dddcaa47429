// Reading and writing whole records. Every write goes through put/del, which bump the version, store the record,
// keep the posting search index in step and append the change to the `changes` log, all in the caller's
// transaction — so the log, the tables and the index can never disagree, and the broadcast after commit is
// exactly what was written. The store owns its index: nothing outside it has to remember to re-index.
import type { Database, Statement } from 'better-sqlite3';
import type { EntityName, RecordMap } from '../../../shared/domain/entities';
import { hourlyEquivalent } from '../../../shared/domain/pay';
import { SearchIndexer } from '../search/indexer';
import { upkeepSearchIndex } from '../search/upkeep';

/** A change as the hub logged it: the whole record. Stations receive it only through the projection. */
export interface RecordChange<E extends EntityName = EntityName> {
  seq: number;
  entity: E;
  id: string;
  op: 'put' | 'del';
  data?: RecordMap[E];
  at: number;
}

type Cols = Record<string, string | number | null>;

interface TableSpec {
  table: string;
  /** Columns derived from the record, kept beside `data` for queries. */
  cols: (record: never) => Cols;
}

const TABLES: { [E in EntityName]: TableSpec } = {
  site: { table: 'site', cols: () => ({}) },
  station: { table: 'stations', cols: (r: RecordMap['station']) => ({ role: r.role, revoked: r.revoked ? 1 : 0 }) },
  pairingRequest: {
    table: 'pairing_requests',
    cols: (r: RecordMap['pairingRequest']) => ({ code: r.code, expires_at: r.expiresAt }),
  },
  staffUser: { table: 'staff_users', cols: (r: RecordMap['staffUser']) => ({ username: r.username }) },
  worker: {
    table: 'workers',
    cols: (r: RecordMap['worker']) => ({ phone: r.status === 'deleted' ? null : r.phone, status: r.status }),
  },
  employer: {
    table: 'employers',
    cols: (r: RecordMap['employer']) => ({ kind: r.kind, vetting: r.vetting, blocked: r.blocked ? 1 : 0 }),
  },
  vetting: { table: 'vettings', cols: (r: RecordMap['vetting']) => ({ employer_id: r.employerId }) },
  posting: {
    table: 'postings',
    cols: (r: RecordMap['posting']) => ({
      employer_id: r.employerId,
      status: r.status,
      trade: r.trade,
      job_type: r.jobType,
      district: r.district,
      pay_hourly: hourlyEquivalent(r.pay),
      published_at: r.publishedAt,
      expires_at: r.expiresAt,
    }),
  },
  application: {
    table: 'applications',
    cols: (r: RecordMap['application']) => ({
      posting_id: r.postingId,
      worker_id: r.workerId,
      phone: r.phone,
      status: r.status,
      slip_no: r.referral?.slipNo ?? null,
      created_at: r.createdAt,
      source: r.source,
      referred_at: r.referral?.issuedAt ?? null,
      interview: r.referral?.interview ? `${r.referral.interview.date} ${r.referral.interview.time}` : null,
      wage_agreed: r.wage?.agreedAmount ?? null,
      wage_paid: r.wage?.paidAmount ?? null,
      wage_pay_date: r.wage?.payDate ?? null,
      wage_status: r.wage?.status ?? null,
    }),
  },
  notice: { table: 'notices', cols: () => ({}) },
  dispute: {
    table: 'disputes',
    cols: (r: RecordMap['dispute']) => ({
      employer_id: r.employerId,
      worker_id: r.workerId,
      application_id: r.applicationId,
      closed_at: r.closedAt,
    }),
  },
};

export function tableOf(entity: EntityName): string {
  return TABLES[entity].table;
}

export class Records {
  private statements = new Map<string, Statement>();
  /** Each entity's upsert, built once (its derived columns are the same for every record). */
  private readonly upserts = new Map<EntityName, string>();
  private readonly index: SearchIndexer;
  constructor(readonly db: Database) {
    this.index = new SearchIndexer(db);
  }

  /** The store as the hub opens it at start: its search index brought up to date first (search/upkeep.ts). */
  static open(db: Database): Records {
    upkeepSearchIndex(db);
    return new Records(db);
  }

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  get<E extends EntityName>(entity: E, id: string): RecordMap[E] | undefined {
    const row = this.stmt(`SELECT data FROM ${TABLES[entity].table} WHERE id = ?`).get(id) as
      { data: string } | undefined;
    return row ? (JSON.parse(row.data) as RecordMap[E]) : undefined;
  }

  /** Records of an entity, optionally filtered by a WHERE clause on its columns. */
  list<E extends EntityName>(entity: E, where = '1=1', ...params: unknown[]): RecordMap[E][] {
    return (
      this.stmt(`SELECT data FROM ${TABLES[entity].table} WHERE ${where}`).all(...params) as { data: string }[]
    ).map((row) => JSON.parse(row.data) as RecordMap[E]);
  }

  /** A secret or lookup column that is never part of the record itself (hashes). */
  column<T>(entity: EntityName, id: string, column: string): T | undefined {
    const row = this.stmt(`SELECT ${column} AS v FROM ${TABLES[entity].table} WHERE id = ?`).get(id) as
      { v: T } | undefined;
    return row?.v;
  }

  setColumn(entity: EntityName, id: string, column: string, value: string | number | null): void {
    this.stmt(`UPDATE ${TABLES[entity].table} SET ${column} = ? WHERE id = ?`).run(value, id);
  }

  headSeq(): number {
    return (this.stmt(`SELECT COALESCE(MAX(seq), 0) AS s FROM changes`).get() as { s: number }).s;
  }

  /** Does the log hold this seq (a station's last seq from another history — a restored backup — it does not)? */
  hasSeq(seq: number): boolean {
    return this.stmt(`SELECT 1 FROM changes WHERE seq = ?`).get(seq) !== undefined;
  }

  changesSince(seq: number, limit: number): RecordChange[] {
    return (
      this.stmt(`SELECT seq, entity, id, op, data, at FROM changes WHERE seq > ? ORDER BY seq LIMIT ?`).all(
        seq,
        limit,
      ) as {
        seq: number;
        entity: EntityName;
        id: string;
        op: 'put' | 'del';
        data: string | null;
        at: number;
      }[]
    ).map((r) => ({
      seq: r.seq,
      entity: r.entity,
      id: r.id,
      op: r.op,
      at: r.at,
      ...(r.data ? { data: JSON.parse(r.data) } : {}),
    }));
  }

  /** Write a record (version bumped, updatedAt set) and log the change. Returns the stored record and change. */
  put<E extends EntityName>(
    entity: E,
    record: Omit<RecordMap[E], 'version' | 'updatedAt'> & { version?: number },
    now: number,
  ): { record: RecordMap[E]; change: RecordChange<E> } {
    const spec = TABLES[entity];
    const prev = this.stmt(`SELECT version FROM ${spec.table} WHERE id = ?`).get(record.id) as
      { version: number } | undefined;
    const stored = { ...record, version: (prev?.version ?? 0) + 1, updatedAt: now } as RecordMap[E];
    const cols = spec.cols(stored as never);
    const names = Object.keys(cols);
    let sql = this.upserts.get(entity);
    if (!sql) {
      sql = `INSERT INTO ${spec.table} (id, version, data${names.map((n) => `, ${n}`).join('')})
      VALUES (?, ?, ?${names.map(() => ', ?').join('')})
      ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data${names.map((n) => `, ${n} = excluded.${n}`).join('')}`;
      this.upserts.set(entity, sql);
    }
    const data = JSON.stringify(stored);
    this.stmt(sql).run(stored.id, stored.version, data, ...names.map((n) => cols[n]));
    if (entity === 'posting') this.index.index(stored as RecordMap['posting']);
    const change = this.logChange(entity, stored.id, 'put', data, now, stored);
    return { record: stored, change };
  }

  /** Index every posting again (their indexed text depends on the site, e.g. its districts' names). */
  reindexPostings(): void {
    for (const posting of this.list('posting')) this.index.index(posting);
  }

  del<E extends EntityName>(entity: E, id: string, now: number): RecordChange<E> {
    this.stmt(`DELETE FROM ${TABLES[entity].table} WHERE id = ?`).run(id);
    if (entity === 'posting') this.index.remove(id);
    return this.logChange(entity, id, 'del', null, now);
  }

  private logChange<E extends EntityName>(
    entity: E,
    id: string,
    op: 'put' | 'del',
    data: string | null,
    at: number,
    record?: RecordMap[E],
  ): RecordChange<E> {
    const info = this.stmt(`INSERT INTO changes (entity, id, op, data, at) VALUES (?, ?, ?, ?, ?)`).run(
      entity,
      id,
      op,
      data,
      at,
    );
    return {
      seq: Number(info.lastInsertRowid),
      entity,
      id,
      op,
      at,
      ...(record ? { data: record } : {}),
    };
  }
}
