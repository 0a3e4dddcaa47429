// One component per registration step. Each gets the form and a patch function; none holds state of its own
// beyond how a character is being looked up (the name entry's letters and mode), so back and forth between steps
// loses nothing.
import { useTranslation } from 'react-i18next';
import { AVAILABILITY_SLOTS, CERTIFICATES, GENDERS, JOB_TYPES } from '../../../shared/domain/enums';
import { TRADES } from '../../../shared/domain/trades';
import { homeFirst } from '../../../shared/domain/districts';
import { districtName } from '../../../web/labels';
import { formatPay } from '../../../shared/domain/pay';
import { useStation } from '../../../web/station';
import { useSession } from '../kioskContext';
import { Tile } from '../Tile';
import { Icon } from '../Icon';
import { JobTypeIcon, TradeIcon } from '../../../web/pictograms/icons';
import { NumberPad } from '../NumberPad';
import { NameEntry } from '../name/NameEntry';
import { checkPay, checkPhone, checkPin, checkYears, type FieldError } from '../fieldCheck';
import { fullName, KIOSK_PIN_LENGTH, STEPS, type RegisterForm, type StepName } from './form';

export interface StepProps {
  form: RegisterForm;
  patch(p: Partial<RegisterForm>): void;
  /** Report a field error: shown under the field and spoken. */
  error: string | null;
  setError(e: FieldError | null): void;
}

function toggle<T>(list: readonly T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

export function ConsentStep() {
  const { t } = useTranslation();
  return (
    <div className="consent">
      <p>
        <Icon name="list" /> {t('register.consent.kept')}
      </p>
      <p>
        <Icon name="target" /> {t('register.consent.why')}
      </p>
      <p>
        <Icon name="trash" /> {t('register.consent.delete')}
      </p>
    </div>
  );
}

export function NameStep({ form, patch }: StepProps) {
  const { t } = useTranslation();
  return (
    <div>
      <NameEntry value={{ surname: form.surname, given: form.given }} onChange={(name) => patch(name)} />
      <div className="row">
        <Tile
          label={form.nameIncomplete ? t('register.name.incompleteOn') : t('register.name.incomplete')}
          selected={form.nameIncomplete}
          onClick={() => patch({ nameIncomplete: !form.nameIncomplete })}
          testId="name-incomplete"
        />
      </div>
    </div>
  );
}

export function PhoneStep({ form, patch, error, setError }: StepProps) {
  const { t } = useTranslation();
  return (
    <NumberPad
      id="reg-phone"
      label={t('register.phone.label')}
      value={form.phone}
      maxLength={11}
      grouping="phone"
      error={error}
      onChange={(v) => {
        patch({ phone: v });
        setError(checkPhone(v, false));
      }}
    />
  );
}

const DECADES = [1940, 1950, 1960, 1970, 1980, 1990, 2000];
export function BasicsStep({ form, patch }: StepProps) {
  const { t } = useTranslation();
  const years =
    form.decade === null ? [] : Array.from({ length: form.decade === 2000 ? 11 : 10 }, (_, i) => form.decade! + i);
  return (
    <div>
      <h2>{t('register.basics.gender')}</h2>
      <div className="tile-grid two">
        {GENDERS.map((g) => (
          <Tile
            key={g}
            icon={<Icon name="person" />}
            label={t(`gender.${g}`)}
            selected={form.gender === g}
            onClick={() => patch({ gender: g })}
          />
        ))}
      </div>
      <h2>
        {t('register.basics.birthYear')}
        {form.birthYear ? ` — ${t('register.basics.chosen', { year: form.birthYear })}` : ''}
      </h2>
      <div className="tile-grid decades">
        {DECADES.map((d) => (
          <Tile
            key={d}
            className="small-tile"
            label={t('register.basics.decade', { decade: d })}
            selected={form.decade === d}
            onClick={() => patch({ decade: d })}
          />
        ))}
      </div>
      {years.length > 0 && (
        <div className="tile-grid years">
          {years.map((y) => (
            <Tile
              key={y}
              className="small-tile"
              label={t('register.basics.year', { year: y })}
              selected={form.birthYear === y}
              onClick={() => patch({ birthYear: y })}
            />
          ))}
        </div>
      )}
    </div>
  );
}

export function TradesStep({ form, patch }: StepProps) {
  const { lang } = useSession();
  return (
    <div className="tile-grid trades">
      {TRADES.map((tr) => (
        <Tile
          key={tr.code}
          icon={<TradeIcon code={tr.code} />}
          label={tr[lang]}
          selected={form.trades.includes(tr.code)}
          testId={`reg-trade-${tr.code}`}
          onClick={() =>
            form.trades.length < 10 || form.trades.includes(tr.code)
              ? patch({ trades: toggle(form.trades, tr.code) })
              : undefined
          }
        />
      ))}
    </div>
  );
}

/** Certificates and years in the trade: both optional, on one screen. */
export function SkillsStep({ form, patch, error, setError }: StepProps) {
  const { t } = useTranslation();
  return (
    <div>
      <h2>{t('register.skills.certs')}</h2>
      <div className="tile-grid certs">
        {CERTIFICATES.map((c) => (
          <Tile
            key={c}
            icon={<Icon name="doc" />}
            label={t(`cert.${c}`)}
            selected={form.certificates.includes(c)}
            onClick={() => patch({ certificates: toggle(form.certificates, c) })}
          />
        ))}
      </div>
      <h2>{t('register.skills.years')}</h2>
      <NumberPad
        id="reg-years"
        label={t('register.skills.label')}
        value={form.years}
        maxLength={3}
        error={error}
        onChange={(v) => {
          patch({ years: v });
          setError(checkYears(v));
        }}
      />
    </div>
  );
}

/** When the visitor can work and how long a job they want: both optional (nothing chosen means any), one screen. */
export function WhenStep({ form, patch }: StepProps) {
  const { t } = useTranslation();
  return (
    <div>
      <h2>{t('register.when.slots')}</h2>
      <div className="tile-grid two">
        {AVAILABILITY_SLOTS.map((s) => (
          <Tile
            key={s}
            icon={<Icon name={s.endsWith('evening') ? 'moon' : 'sun'} />}
            label={t(`availability.${s}`)}
            selected={form.availability.includes(s)}
            onClick={() => patch({ availability: toggle(form.availability, s) })}
          />
        ))}
      </div>
      <h2>{t('register.when.jobTypes')}</h2>
      <div className="tile-grid three">
        {JOB_TYPES.map((j) => (
          <Tile
            key={j}
            icon={<JobTypeIcon type={j} />}
            label={t(`jobType.${j}`)}
            selected={form.jobTypes.includes(j)}
            onClick={() => patch({ jobTypes: toggle(form.jobTypes, j) })}
          />
        ))}
      </div>
    </div>
  );
}

export function DistrictsStep({ form, patch }: StepProps) {
  const { t } = useTranslation();
  const { client, lang } = useSession();
  const site = useStation(client).records.site.get('site');
  const home = site?.district ?? null;
  const districts = homeFirst(site?.districts, home);
  return (
    <div className={districts.length > 18 ? 'tile-grid' : 'tile-grid three'}>
      {districts.map((d) => (
        <Tile
          key={d.code}
          label={`${d[lang]}${d.code === home ? t('results.thisHall') : ''}`}
          selected={form.districts.includes(d.code)}
          onClick={() => patch({ districts: toggle(form.districts, d.code) })}
        />
      ))}
    </div>
  );
}

export function PayStep({ form, patch, error, setError }: StepProps) {
  const { t } = useTranslation();
  return (
    <div>
      <h2>{t('register.pay.unit')}</h2>
      <div className="tile-grid three">
        {(['hour', 'day', 'month'] as const).map((u) => (
          <Tile
            key={u}
            label={t('register.pay.per', { unit: t(`payUnit.${u}`) })}
            selected={form.payUnit === u}
            onClick={() => patch({ payUnit: u })}
          />
        ))}
      </div>
      <NumberPad
        id="reg-pay"
        label={t('register.pay.amount')}
        value={form.payAmount}
        maxLength={7}
        error={error}
        onChange={(v) => {
          patch({ payAmount: v });
          setError(checkPay(v));
        }}
      />
    </div>
  );
}

type Row = [StepName, string, string];

export function SummaryStep({ form, patch }: StepProps) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const none = t('register.summary.none');
  const notYet = t('register.summary.notYet');
  const list = (items: string[], empty: string) => (items.length ? items.join('、') : empty);
  const main: Row[] = [
    [
      'name',
      t('register.summary.labels.name'),
      fullName(form)
        ? `${fullName(form)}${form.nameIncomplete ? `（${t('register.summary.incomplete')}）` : ''}`
        : form.nameIncomplete
          ? t('register.summary.incomplete')
          : none,
    ],
    ['phone', t('register.summary.labels.phone'), form.phone],
    [
      'trades',
      t('register.summary.labels.trades'),
      list(
        form.trades.map((c) => TRADES.find((x) => x.code === c)?.[lang] ?? c),
        none,
      ),
    ],
  ];
  const later: Row[] = [
    [
      'basics',
      t('register.summary.labels.basics'),
      form.gender || form.birthYear
        ? [
            form.gender ? t(`gender.${form.gender}`) : none,
            form.birthYear ? t('register.basics.chosen', { year: form.birthYear }) : none,
          ].join(' · ')
        : notYet,
    ],
    [
      'skills',
      t('register.summary.labels.skills'),
      form.certificates.length || form.years
        ? [
            list(
              form.certificates.map((c) => t(`cert.${c}`)),
              t('register.summary.noCerts'),
            ),
            form.years ? t('register.summary.yearsValue', { count: Number(form.years) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')
        : notYet,
    ],
    [
      'when',
      t('register.summary.labels.when'),
      [
        list(
          form.availability.map((s) => t(`availability.${s}`)),
          t('register.summary.anyTime'),
        ),
        list(
          form.jobTypes.map((j) => t(`jobType.${j}`)),
          t('register.summary.anyType'),
        ),
      ].join(' · '),
    ],
    [
      'districts',
      t('register.summary.labels.districts'),
      list(
        form.districts.map((d) => districtName(d, lang)),
        t('register.summary.anywhere'),
      ),
    ],
    [
      'pay',
      t('register.summary.labels.pay'),
      form.payAmount
        ? formatPay({ amount: Number(form.payAmount), unit: form.payUnit }, lang)
        : t('register.summary.noPay'),
    ],
  ];
  const row = ([step, label, value]: Row) => (
    <div className="summary-row" key={step}>
      <span className="summary-label">{label}</span>
      <span className="summary-value" data-testid={`summary-${step}`}>
        {value}
      </span>
      <button
        type="button"
        className="edit"
        data-testid={`edit-${step}`}
        aria-label={`${t('register.summary.edit')} ${label}`}
        onClick={() => patch({ step: STEPS.indexOf(step), fromSummary: true })}
      >
        <Icon name="edit" /> {t('register.summary.edit')}
      </button>
    </div>
  );
  return (
    <div className="summary">
      {main.map(row)}
      <p className="summary-later">{t('register.summary.later')}</p>
      {later.map(row)}
    </div>
  );
}

export function PinStep({ form, patch, error, setError }: StepProps) {
  const { t } = useTranslation();
  const first = form.pinStage === 1;
  return (
    <div>
      <p className="lead">{first ? t('register.pin.hint') : t('register.pin.again')}</p>
      <NumberPad
        id={first ? 'reg-pin' : 'reg-pin2'}
        label={first ? t('register.pin.title') : t('register.pin.again')}
        mask
        maxLength={KIOSK_PIN_LENGTH}
        error={error}
        value={first ? form.pin : form.pinAgain}
        onChange={(v) => {
          setError(checkPin(v, false));
          // The fourth digit completes the first entry: straight on to entering it again, no extra tap.
          if (first && v.length === KIOSK_PIN_LENGTH && !checkPin(v, true))
            patch({ pin: v, pinStage: 2, pinAgain: '' });
          else patch(first ? { pin: v } : { pinAgain: v });
        }}
      />
    </div>
  );
}
