// Registration by touch in as few taps as it can be done honestly: consent, name, phone and trades, then a summary
// that shows every other field's default (staff can complete them later; one tap on 改 opens any of them), and a
// PIN entered twice. The whole record goes to the hub in one command (queued when offline), so it is never
// half-stored. The PIN goes hashed as the hub stores it (a queued registration waits in the kiosk's storage, which
// must never hold the PIN); registering identifies nobody, so while the visitor is still here the kiosk identifies
// them with phone + PIN for "my matches".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenText, useSession } from '../kioskContext';
import { Icon } from '../Icon';
import {
  checkPay,
  checkPhone,
  checkPin,
  checkYears,
  type FieldError,
  fieldMessage,
  genericMessage,
} from '../fieldCheck';
import { tradeName } from '../../../web/labels';
import {
  checkForm,
  fullName,
  isLaterStep,
  MAIN_STEPS,
  STEPS,
  toWorkerInput,
  type RegisterForm,
  type StepName,
} from './form';
import { hashPin, PIN_SCRYPT } from '../../../shared/validate/pinHash';
import { randomBytes } from '../../../shared/station/uuid';
import type { SelfView } from '../screens/Matches';
import {
  BasicsStep,
  ConsentStep,
  DistrictsStep,
  NameStep,
  PayStep,
  PhoneStep,
  PinStep,
  SkillsStep,
  SummaryStep,
  TradesStep,
  WhenStep,
  type StepProps,
} from './steps';

const STEP_VIEWS: Record<StepName, (p: StepProps) => React.ReactElement> = {
  consent: ConsentStep,
  name: NameStep,
  phone: PhoneStep,
  basics: BasicsStep,
  trades: TradesStep,
  skills: SkillsStep,
  when: WhenStep,
  districts: DistrictsStep,
  pay: PayStep,
  summary: SummaryStep,
  pin: PinStep,
};

/** The error that stops "Next" on a step, if any. */
function blocking(step: StepName, f: RegisterForm): FieldError | 'pinMismatch' | null {
  switch (step) {
    case 'phone':
      return checkPhone(f.phone, true);
    case 'skills':
      return checkYears(f.years);
    case 'pay':
      return checkPay(f.payAmount);
    case 'pin':
      if (f.pinStage === 1) return checkPin(f.pin, true);
      return f.pinAgain === f.pin ? null : 'pinMismatch';
    default:
      return null;
  }
}

export function Register({
  form,
  setForm,
  onDone,
}: {
  form: RegisterForm;
  setForm(f: RegisterForm): void;
  /** `self`: the visitor, identified after registering (null when queued or when identifying failed). */
  onDone(queued: boolean, self: SelfView | null): void;
}) {
  const { t } = useTranslation();
  const { client, sayNow, go, lang, reset } = useSession();
  const [errorKey, setErrorKey] = useState<FieldError | 'pinMismatch' | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const step = STEPS[form.step]!;
  // The summary also reads back what was entered, so a visitor who reads little can check it by ear.
  useScreenText(
    step === 'summary'
      ? [
          t('register.say.summary'),
          `${t('register.summary.labels.name')}：${fullName(form) || t('register.summary.none')}`,
          `${t('register.summary.labels.phone')}：${[...form.phone].join(' ')}`,
          `${t('register.summary.labels.trades')}：${form.trades.map((c) => tradeName(c, lang)).join('、') || t('register.summary.none')}`,
        ].join(lang === 'zh' ? '。' : '. ')
      : t(`register.say.${step}`),
  );

  const patch = (p: Partial<RegisterForm>) => {
    setServerError(null);
    if (p.step !== undefined && p.step !== form.step) setErrorKey(null);
    setForm({ ...form, ...p });
  };
  const setError = (e: FieldError | null) => {
    const msg = e ? fieldMessage(e, lang) : null;
    if (msg && e !== errorKey) sayNow(msg);
    setErrorKey(e);
  };
  const errorText =
    serverError ??
    (errorKey ? (errorKey === 'pinMismatch' ? t('register.pin.mismatch') : fieldMessage(errorKey, lang)) : null);

  const submit = async (f: RegisterForm) => {
    const check = checkForm(f);
    if (!check.ok) {
      // Cannot happen when every step checked itself; if it does, send the visitor to the step at fault.
      const target = STEPS.findIndex(
        (s) =>
          s ===
          (
            {
              phone: 'phone',
              experienceYears: 'skills',
              expectedPay: 'pay',
              birthYear: 'basics',
              pin: 'pin',
            } as Record<string, StepName>
          )[check.field],
      );
      setForm({ ...f, step: target >= 0 ? target : STEPS.indexOf('summary') });
      setServerError(genericMessage(lang));
      return;
    }
    setBusy(true);
    const { pin, ...input } = toWorkerInput(f);
    const pinHash = pin ? await hashPin(pin, randomBytes(PIN_SCRYPT.saltBytes)) : null;
    const reply = await client.send('worker.register', { ...input, pin: null, pinHash }, { queue: true });
    if (reply.ok === 'queued') {
      setBusy(false);
      return onDone(true, null);
    }
    if (reply.ok) {
      const me = pin ? await client.send('worker.identify', { phone: input.phone, pin }) : null;
      setBusy(false);
      return onDone(false, me?.ok === true ? me.result : null);
    }
    setBusy(false);
    // The hub refused (e.g. the phone is already registered): say why and go to the field at fault.
    const msg = reply.error.message[lang];
    sayNow(msg);
    const target = reply.error.field === 'phone' ? STEPS.indexOf('phone') : STEPS.indexOf('summary');
    setForm({ ...f, step: target, fromSummary: true, pin: '', pinAgain: '', pinStage: 1 });
    setServerError(msg);
  };

  const next = () => {
    const e = blocking(step, form);
    if (e) {
      const msg = e === 'pinMismatch' ? t('register.pin.mismatch') : fieldMessage(e, lang);
      sayNow(msg);
      setErrorKey(e);
      if (e === 'pinMismatch') setForm({ ...form, pin: '', pinAgain: '', pinStage: 1 });
      return;
    }
    setErrorKey(null);
    setServerError(null);
    if (step === 'pin' && form.pinStage === 1) return setForm({ ...form, pinStage: 2, pinAgain: '' });
    if (step === 'pin') return void submit(form);
    const summary = STEPS.indexOf('summary');
    setForm({
      ...form,
      step: form.fromSummary || isLaterStep(step) ? summary : form.step + 1,
      fromSummary: false,
    });
  };
  const goBack = () => {
    if (isLaterStep(step) || form.fromSummary) return patch({ step: STEPS.indexOf('summary'), fromSummary: false });
    if (step === 'pin' && form.pinStage === 2) return patch({ pinStage: 1, pin: '', pinAgain: '' });
    if (form.step > 1) return patch({ step: form.step - 1 });
    go({ name: 'attract' });
  };

  if (step === 'consent') {
    return (
      <section>
        <Progress step={0} />
        <h1>{t('register.consent.title')}</h1>
        <ConsentStep />
        <div className="row">
          <button type="button" className="wide-button" onClick={reset}>
            <Icon name="cross" /> {t('register.consent.disagree')}
          </button>
          <button
            type="button"
            className="primary wide-button"
            data-testid="consent-agree"
            onClick={() => setForm({ ...form, consentAt: client.now(), step: 1 })}
          >
            <Icon name="check" /> {t('register.consent.agree')}
          </button>
        </div>
      </section>
    );
  }

  const View = STEP_VIEWS[step];
  const title = step === 'pin' ? t('register.pin.title') : t(`register.${step}.title`);
  const nameOk = step !== 'name' || form.nameIncomplete || form.given.length > 0;
  const later = isLaterStep(step);
  return (
    <section>
      {later ? <p className="later-note">{t('register.summary.later')}</p> : <Progress step={form.step} />}
      <h1>{title}</h1>
      {serverError && (
        <p className="field-error" role="alert">
          <Icon name="warn" /> {serverError}
        </p>
      )}
      <View form={form} patch={patch} error={serverError ? null : errorText} setError={setError} />
      <div className="row step-nav">
        <button type="button" className="wide-button" onClick={goBack}>
          <Icon name="back" /> {t('top.back')}
        </button>
        <button
          type="button"
          className="primary wide-button"
          data-testid="step-next"
          disabled={busy || !nameOk}
          onClick={next}
        >
          {step === 'pin' && form.pinStage === 2 ? (
            <>
              <Icon name="check" /> {t('register.save')}
            </>
          ) : later || form.fromSummary ? (
            <>
              <Icon name="check" /> {t('register.optionalDone')}
            </>
          ) : step === 'summary' ? (
            <>
              {t('register.summary.confirm')} <Icon name="next" />
            </>
          ) : (
            <>
              {t('register.next')} <Icon name="next" />
            </>
          )}
        </button>
      </div>
    </section>
  );
}

function Progress({ step }: { step: number }) {
  const { t } = useTranslation();
  const total = MAIN_STEPS.length;
  return (
    <div className="progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={step + 1}
        aria-label={t('register.progress', { step: step + 1, total })}
      >
        <div className="progress-fill" style={{ width: `${((step + 1) / total) * 100}%` }} />
      </div>
      <p className="progress-text" data-testid="progress">
        {t('register.progress', { step: step + 1, total })}
      </p>
    </div>
  );
}
