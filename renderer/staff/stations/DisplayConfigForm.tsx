// A display's layout and what it shows (job types, trades, districts), changed live from the desk.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_LAYOUTS, JOB_TYPES, type DisplayLayout } from '../../../shared/domain/enums';
import { DisplayConfig, displayConfigOf } from '../../../shared/domain/schemas';
import { TRADES } from '../../../shared/domain/trades';
import type { Station } from '../../../shared/domain/entities';
import { useConsole } from '../context';
import { districtOptions } from '../lib/districtOptions';
import { enterSubmits } from '../ui/enterSubmits';
import { ChoiceGroup, Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { langOf } from '../lib/labels';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';

/** Dark (screen off) and dim hours, hub clock; from later than to wraps midnight (the LED wall off 22:00–06:00). */
const SCHEDULE_FIELDS = ['darkFrom', 'darkTo', 'dimFrom', 'dimTo'] as const;

export function DisplayConfigForm({ station }: { station: Station }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { send, state } = useConsole();
  // A display paired before it had a configuration shows the defaults (the schema's) until staff save one.
  const [config, setConfig] = useState(() => displayConfigOf(station.display));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const setFilter = (k: 'jobTypes' | 'trades' | 'districts', v: string[]) => {
    setConfig((c) => ({ ...c, filters: { ...c.filters, [k]: v } }) as typeof c);
    setSaved(null);
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkWith(DisplayConfig, config);
    if (!checked.ok) return setErrors(checked.errors);
    const reply = await send('station.configure', { stationId: station.id, display: checked.data });
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    setSaved(t('station.configSaved'));
  }
  return (
    <form className="form" onSubmit={submit} noValidate data-testid="display-config" onKeyDown={enterSubmits}>
      <h3>{t('station.displayConfig')}</h3>
      <div className="grid">
        <Field id="display-layout" label={t('station.layout')} path="layout" errors={errors}>
          <select
            id="display-layout"
            value={config.layout}
            onChange={(e) => {
              setConfig({ ...config, layout: e.target.value as DisplayLayout });
              setSaved(null);
            }}
          >
            {DISPLAY_LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`station.layouts.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        {config.layout === 'led' && (
          <>
            <Field id="display-ledWidth" label={t('station.ledWidth')} path="ledWidth" errors={errors}>
              <input
                id="display-ledWidth"
                value={config.ledWidth}
                inputMode="numeric"
                onChange={(e) => setConfig({ ...config, ledWidth: Number(e.target.value) })}
              />
            </Field>
            <Field id="display-ledHeight" label={t('station.ledHeight')} path="ledHeight" errors={errors}>
              <input
                id="display-ledHeight"
                value={config.ledHeight}
                inputMode="numeric"
                onChange={(e) => setConfig({ ...config, ledHeight: Number(e.target.value) })}
              />
            </Field>
            <Field id="display-ledMode" label={t('station.ledMode')} path="ledMode" errors={errors}>
              <select
                id="display-ledMode"
                value={config.ledMode}
                onChange={(e) => setConfig({ ...config, ledMode: e.target.value as 'page' | 'ticker' })}
              >
                <option value="page">{t('station.ledModes.page')}</option>
                <option value="ticker">{t('station.ledModes.ticker')}</option>
              </select>
            </Field>
          </>
        )}
        {SCHEDULE_FIELDS.map((key) => (
          <Field
            key={key}
            id={`display-${key}`}
            label={t(`station.schedule.${key}`)}
            path={`schedule.${key}`}
            errors={errors}
          >
            <input
              id={`display-${key}`}
              type="time"
              value={config.schedule[key] ?? ''}
              onChange={(e) => {
                setConfig({ ...config, schedule: { ...config.schedule, [key]: e.target.value || null } });
                setSaved(null);
              }}
            />
          </Field>
        ))}
        <ChoiceGroup
          name="f-jobTypes"
          label={t('station.filterJobTypes')}
          path="filters.jobTypes"
          errors={errors}
          value={config.filters.jobTypes}
          options={JOB_TYPES.map((j) => ({ value: j, label: t(`jobType.${j}`) }))}
          onChange={(v) => setFilter('jobTypes', v)}
        />
        <ChoiceGroup
          name="f-trades"
          label={t('station.filterTrades')}
          path="filters.trades"
          errors={errors}
          value={config.filters.trades}
          options={TRADES.map((tr) => ({ value: tr.code, label: tr[lang] }))}
          onChange={(v) => setFilter('trades', v)}
        />
        <ChoiceGroup
          name="f-districts"
          label={t('station.filterDistricts')}
          path="filters.districts"
          errors={errors}
          value={config.filters.districts}
          options={districtOptions(state.records.site.get('site'), lang, config.filters.districts)}
          onChange={(v) => setFilter('districts', v)}
        />
      </div>
      <p className="muted">
        {t('station.filterHint')} {t('station.schedule.hint')}
      </p>
      <FormMessage errors={errors} saved={saved} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('station.applyConfig')}
        </button>
      </div>
    </form>
  );
}
