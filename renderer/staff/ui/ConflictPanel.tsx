// Two clerks saved the same record: show what it holds now next to what this clerk typed, and let them choose.
// Nothing is overwritten until they press "save mine again" (which then saves against the current version).
import { useTranslation } from 'react-i18next';

export interface ConflictRow {
  label: string;
  mine: string;
  current: string;
}

export function ConflictPanel({
  rows,
  onKeepMine,
  onUseCurrent,
}: {
  rows: ConflictRow[];
  onKeepMine: () => void;
  onUseCurrent: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="conflict" role="alert" data-testid="conflict">
      <h3>{t('conflict.title')}</h3>
      <p>{t('conflict.explain')}</p>
      <table>
        <thead>
          <tr>
            <th>{t('conflict.field')}</th>
            <th>{t('conflict.mine')}</th>
            <th>{t('conflict.current')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td className="mine">{r.mine}</td>
              <td className="current">{r.current}</td>
            </tr>
          ))}
          {!rows.length && (
            <tr>
              <td colSpan={3}>{t('conflict.noFieldDiff')}</td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={onUseCurrent}>
          {t('conflict.useCurrent')}
        </button>
      </div>
    </section>
  );
}

/** Rows for the fields where the clerk's values differ from the record as it is now. */
export function diffRows(
  labels: Record<string, string>,
  mine: Record<string, unknown>,
  current: Record<string, unknown>,
  show: (key: string, v: unknown) => string,
): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const [key, label] of Object.entries(labels)) {
    const a = show(key, mine[key]);
    const b = show(key, current[key]);
    if (a !== b) rows.push({ label, mine: a, current: b });
  }
  return rows;
}
