// When a notice is on the hall's screens: not cleared by staff and not past its expiry. One definition for the
// hub's snapshot SQL, the displays (which also drop notices by their own clock while the hub is away) and the
// console's list of active notices.
export interface NoticeState {
  cleared: boolean;
  expiresAt: number;
}

export function isNoticeLive(n: NoticeState, now: number): boolean {
  return !n.cleared && n.expiresAt > now;
}

/** SQL for isNoticeLive over the hub's `notices` table (the record as JSON in data), at `?` = now. */
export function noticeLiveSql(alias = ''): string {
  const data = alias ? `${alias}.data` : 'data';
  return `json_extract(${data}, '$.cleared') = 0 AND json_extract(${data}, '$.expiresAt') > ?`;
}
