// Vetting: the four checks the hall does before listing an enterprise, the outcome and a note. Recorded with
// who and when by the hub.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VETTING_OUTCOMES, type VettingOutcome } from '../../../shared/domain/enums';
import type { Employer } from '../../../shared/domain/entities';
import { VettingInput } from '../../../shared/domain/schemas';
import { useConsole } from '../context';
import { enterSubmits } from '../ui/enterSubmits';
import { vettingIssues } from '../../../shared/rules/identity';
import { ErrorText, Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { checkWith, fromAppError, withRules, type FieldErrors } from '../lib/formErrors';

const CHECKS = ['creditSystemChecked', 'operatingNormal', 'notOnAbnormalList', 'licenceSeen'] as const;
type Checks = Record<(typeof CHECKS)[number], boolean>;

export function VettingForm({ employer }: { employer: Employer }) {
  const { t } = useTranslation();
  const { send } = useConsole();
  const [checks, setChecks] = useState<Checks>({
    creditSystemChecked: false,
    operatingNormal: false,
    notOnAbnormalList: false,
    licenceSeen: false,
  });
  const [outcome, setOutcome] = useState<VettingOutcome>('approved');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const household = employer.kind === 'household';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    // The hub applies the same rule (shared/rules/identity.ts); checking here saves a round trip.
    const checked = withRules(
      checkWith(VettingInput, { employerId: employer.id, checks, outcome, note }),
      vettingIssues(employer.kind, checks, outcome),
    );
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('employer.vet', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setSaved(t(`vetting.recorded.${outcome}`));
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="vetting-form" onKeyDown={enterSubmits}>
      <fieldset className={`field wide choices${errors.checks ? ' invalid' : ''}`} data-field="checks">
        <legend>{t('vetting.checks')}</legend>
        <div className="choice-list column">
          {CHECKS.map((k) => (
            <label key={k} className="choice">
              <input
                type="checkbox"
                name={k}
                checked={checks[k]}
                onChange={(e) => {
                  setChecks((c) => ({ ...c, [k]: e.target.checked }));
                  setErrors({});
                }}
              />
              {t(household && k === 'licenceSeen' ? 'vetting.idSeen' : `vetting.${k}`)}
            </label>
          ))}
        </div>
        <ErrorText error={errors.checks} path="checks" />
      </fieldset>
      <div className="grid">
        <Field id="vetting-outcome" label={t('vetting.outcome')} path="outcome" errors={errors}>
          <select id="vetting-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as VettingOutcome)}>
            {VETTING_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`vetting.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="vetting-note" label={t('vetting.note')} path="note" errors={errors} wide>
          <input id="vetting-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
      <FormMessage errors={errors} saved={saved} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('vetting.submit')}
        </button>
      </div>
    </form>
  );
}
