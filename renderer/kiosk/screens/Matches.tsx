// "My matches": a returning worker identifies with phone + PIN and sees the published postings that fit them and
// their applications. The hub then sends this socket their own record (state.self); exit or idle forgets it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicPosting } from '../../../shared/domain/entities';
import type { WorkerSelf } from '../../../shared/protocol/events';

export type SelfView = WorkerSelf;
import { useStation } from '../../../web/station';
import { useScreenText, useSession } from '../kioskContext';
import { NumberPad } from '../NumberPad';
import { Icon } from '../Icon';
import { checkPhone, checkPin, fieldMessage } from '../fieldCheck';
import { fitsWorker } from '../postingQuery';
import { isOpen } from '../../../shared/rules/posting';
import { PostingCard } from './Results';

export function Identify({ onIdentified }: { onIdentified(self: SelfView): void }) {
  const { t } = useTranslation();
  const { client, go, sayNow, lang } = useSession();
  const [phone, setPhone] = useState('');
  const [pin, setPin] = useState('');
  const [stage, setStage] = useState<'phone' | 'pin'>('phone');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useScreenText(t('matches.identifySay'));
  const fail = (msg: string) => {
    setError(msg);
    sayNow(msg);
  };
  const ok = async () => {
    if (stage === 'phone') {
      const e = checkPhone(phone, true);
      if (e) return fail(fieldMessage(e, lang));
      setError(null);
      return setStage('pin');
    }
    const e = checkPin(pin, true);
    if (e) return fail(fieldMessage(e, lang));
    setBusy(true);
    const reply = await client.send('worker.identify', { phone, pin });
    setBusy(false);
    if (reply.ok === true) {
      onIdentified(reply.result);
      go({ name: 'matches' });
    } else if (reply.ok === false) {
      setPin('');
      fail(reply.error.message[lang]);
    }
  };
  return (
    <section>
      <h1>{stage === 'phone' ? t('matches.identify') : t('matches.pinTitle')}</h1>
      {stage === 'phone' ? (
        <NumberPad
          id="id-phone"
          label={t('apply.label')}
          value={phone}
          maxLength={11}
          grouping="phone"
          error={error}
          onChange={(v) => {
            setPhone(v);
            const e = checkPhone(v, false);
            setError(e ? fieldMessage(e, lang) : null);
          }}
        />
      ) : (
        <NumberPad
          id="id-pin"
          label={t('matches.pinTitle')}
          value={pin}
          maxLength={6}
          mask
          error={error}
          onChange={(v) => setPin(v)}
        />
      )}
      <div className="row step-nav">
        {stage === 'pin' && (
          <button
            type="button"
            className="wide-button"
            onClick={() => {
              setStage('phone');
              setPin('');
              setError(null);
            }}
          >
            <Icon name="back" /> {t('top.back')}
          </button>
        )}
        <button
          type="button"
          className="primary wide-button"
          disabled={busy}
          onClick={() => void ok()}
          data-testid="identify-ok"
        >
          <Icon name="check" /> {t('matches.signIn')}
        </button>
      </div>
    </section>
  );
}

export function Matches({ identified }: { identified: SelfView | null }) {
  const { t } = useTranslation();
  const { client, go, reset } = useSession();
  const state = useStation(client);
  // The hub pushes the worker's own record after a registration or a change; after identify, its reply is it.
  const self = state.self ?? identified;
  const now = client.now();
  const fits = self
    ? [...(state.records.posting.values() as Iterable<PublicPosting>)].filter(
        (p) => isOpen(p, now) && fitsWorker(p, self.worker),
      )
    : [];
  fits.sort((a, b) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0));
  useScreenText(t('matches.say'));
  if (!self) return <p className="note">{t('matches.identify')}</p>;
  return (
    <section>
      <p className="note" data-testid="matches-phone">
        {self.worker.phoneMasked}
      </p>
      <h1 data-testid="matches-heading">{t('matches.fits', { count: fits.length })}</h1>
      {fits.length === 0 && <p className="note">{t('matches.none')}</p>}
      <div className="cards">
        {fits.slice(0, 30).map((p) => (
          <PostingCard key={p.id} p={p} onOpen={() => go({ name: 'detail', postingId: p.id })} />
        ))}
      </div>
      <h2>{t('matches.applications')}</h2>
      {self.applications.length === 0 && <p className="note">{t('matches.noApplications')}</p>}
      <ul className="applications">
        {self.applications.map((a) => (
          <li key={a.id}>
            <strong>
              {(state.records.posting.get(a.postingId) as PublicPosting | undefined)?.title || a.postingTitle || '—'}
            </strong>{' '}
            · {t(`matches.appStatus.${a.status}`)}
          </li>
        ))}
      </ul>
      <button type="button" className="primary wide-button" onClick={reset}>
        <Icon name="exit" /> {t('matches.exit')}
      </button>
    </section>
  );
}
