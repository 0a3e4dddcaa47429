// Notices for the hall's displays: a ticker line or an emergency takeover, each with an expiry; active ones can
// be cleared at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTICE_KINDS, type NoticeKind } from '../../../shared/domain/enums';
import { NoticeInput } from '../../../shared/domain/schemas';
import { useConsole, useHallZone } from '../context';
import { enterSubmits } from '../ui/enterSubmits';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { formatTime } from '../lib/labels';
import { isNoticeLive } from '../../../shared/rules/notice';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';

const DURATIONS = [15, 30, 60, 120, 240, 480, 1440] as const;

export function NoticesSection() {
  const { t } = useTranslation();
  const zone = useHallZone();
  const { state, send, now } = useConsole();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NoticeKind>('normal');
  const [minutes, setMinutes] = useState<number>(60);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const hubNow = now();
  const notices = [...state.records.notice.values()].sort((a, b) => b.createdAt - a.createdAt);
  const active = notices.filter((n) => isNoticeLive(n, hubNow));
  const past = notices.filter((n) => !isNoticeLive(n, hubNow)).slice(0, 30);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const checked = checkWith(NoticeInput, { text, kind, expiresAt: now() + minutes * 60_000 });
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('notice.create', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setText('');
    setSaved(t('notice.sent'));
  }

  return (
    <div className="section" data-testid="notices">
      <div className="list-pane">
        <h2>
          {t('notice.active')} <span className="count">{active.length}</span>
        </h2>
        <ul className="notices">
          {active.map((n) => (
            <li key={n.id} className={n.kind === 'emergency' ? 'emergency' : ''} data-testid="active-notice">
              <div>
                <b>{t(`notice.kinds.${n.kind}`)}</b> · {t('notice.until', { at: formatTime(n.expiresAt, zone) })}
              </div>
              <div className="notice-text">{n.text}</div>
              <button type="button" onClick={() => send('notice.clear', { id: n.id })} data-testid="clear-notice">
                {t('notice.clear')}
              </button>
            </li>
          ))}
          {!active.length && <li className="muted">{t('ui.none')}</li>}
        </ul>
        <h3>{t('notice.past')}</h3>
        <ul className="history">
          {past.map((n) => (
            <li key={n.id} className="muted">
              {formatTime(n.createdAt, zone)} · {t(`notice.kinds.${n.kind}`)} · {n.text}
            </li>
          ))}
        </ul>
      </div>
      <div className="detail-pane">
        <h2>{t('notice.new')}</h2>
        <form className="form" onSubmit={submit} noValidate data-testid="notice-form" onKeyDown={enterSubmits}>
          <Field id="notice-text" label={t('notice.text')} path="text" errors={errors} wide>
            <textarea
              id="notice-text"
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
            />
          </Field>
          <Field id="notice-kind" label={t('notice.kind')} path="kind" errors={errors}>
            <select id="notice-kind" value={kind} onChange={(e) => setKind(e.target.value as NoticeKind)}>
              {NOTICE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`notice.kinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="notice-duration" label={t('notice.duration')} path="expiresAt" errors={errors}>
            <select id="notice-duration" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
              {DURATIONS.map((m) => (
                <option key={m} value={m}>
                  {t('notice.minutes', { count: m })}
                </option>
              ))}
            </select>
          </Field>
          {kind === 'emergency' && <p className="banner bad wide">{t('notice.emergencyHint')}</p>}
          <FormMessage errors={errors} saved={saved} />
          <div className="actions">
            <button type="submit" className={kind === 'emergency' ? 'danger' : 'primary'} data-testid="send-notice">
              {t('notice.send')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
