// Put an employer on the blocklist with a reason (its published postings are withdrawn), or take it off.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employer } from '../../../shared/domain/entities';
import { useConsole } from '../context';
import { say } from '../../../shared/errors';
import { Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { fromAppError, type FieldErrors } from '../lib/formErrors';

export function BlockControls({ employer }: { employer: Employer }) {
  const { t } = useTranslation();
  const { send } = useConsole();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (employer.blocked) {
      const reply = await send('employer.unblock', { id: employer.id, note: reason });
      if (!reply.ok) return setErrors(fromAppError(reply.error));
    } else {
      if (!reason.trim()) return setErrors({ reason: say('required', {}, 'reason') });
      const reply = await send('employer.block', { id: employer.id, reason });
      if (!reply.ok) return setErrors(fromAppError(reply.error));
    }
    setReason('');
    setErrors({});
  }

  return (
    <form className="form inline" onSubmit={submit} noValidate>
      <Field
        id="block-reason"
        label={employer.blocked ? t('employer.unblockNote') : t('employer.blockReason')}
        path="reason"
        errors={errors}
        wide
      >
        <input id="block-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit" className={employer.blocked ? '' : 'danger'}>
        {employer.blocked ? t('employer.unblock') : t('employer.block')}
      </button>
      <FormMessage errors={errors} />
    </form>
  );
}
