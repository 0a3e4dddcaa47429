// Choosing the hall's city: the first signed-in admin's setup step on a new hub, and "change city" in the admin
// section. Province → city, or a search by name or pinyin initials (zz → 郑州市); then the hall's name (offered as
// "<city>零工市场"), its own district and the local minimum wage. The hub holds the national list and resolves
// the chosen city's districts; this form only asks for what it shows.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SiteSetup, defaultHallName, type City, type SiteSettings } from '../../../shared/domain/site';
import type { District } from '../../../shared/domain/districts';
import type { ProvinceCities } from '../../../shared/protocol/commands';
import { useConsole } from '../context';
import { ErrorText, Field } from '../ui/Field';
import { FormMessage } from '../ui/FormMessage';
import { langOf } from '../lib/labels';
import { checkWith, fromAppError, type FieldErrors } from '../lib/formErrors';

type CityOption = ProvinceCities['cities'][number] & { province: string };

/**
 * Cities for a query: the name (or its province's) contains it, or the pinyin, the pinyin initials, the English
 * name or the code start with it — so "zz" finds 郑州 and 株洲, not every 自治州.
 */
export function matchCities(provinces: readonly ProvinceCities[], query: string): CityOption[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const out: CityOption[] = [];
  for (const p of provinces)
    for (const c of p.cities) {
      const [initials = '', full = ''] = c.pinyin.split(' ');
      if (
        c.zh.includes(q) ||
        p.zh.includes(q) ||
        initials.startsWith(q) ||
        full.startsWith(q) ||
        c.en.toLowerCase().startsWith(q) ||
        c.code.startsWith(q)
      )
        out.push({ ...c, province: p.zh });
    }
  return out;
}

export function SiteSetupForm({ site, onDone }: { site: SiteSettings; onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { send } = useConsole();
  const [provinces, setProvinces] = useState<ProvinceCities[]>([]);
  const [query, setQuery] = useState('');
  const [provinceCode, setProvinceCode] = useState('');
  const [city, setCity] = useState<City | null>(site.city);
  const [districts, setDistricts] = useState<District[]>(site.districts);
  const [name, setName] = useState(site.name);
  const [nameTouched, setNameTouched] = useState(!!site.name);
  const [district, setDistrict] = useState(site.district ?? '');
  const [wage, setWage] = useState(site.minHourlyWage == null ? '' : String(site.minHourlyWage));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState(false);
  const changing = !!site.city && !!city && city.code !== site.city.code;
  /** An edited field's old error goes with the edit. */
  const clear = (path: string) =>
    setErrors((e) => (path in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== path)) : e));

  useEffect(() => {
    let live = true;
    void send('site.cities', {}).then((r) => {
      if (!live) return;
      if (r.ok) setProvinces(r.result.provinces);
      else setErrors(fromAppError(r.error));
    });
    return () => {
      live = false;
    };
  }, [send]);

  const matches = useMemo(() => matchCities(provinces, query).slice(0, 40), [provinces, query]);
  const province = provinces.find((p) => p.code === provinceCode);

  async function choose(code: string) {
    const reply = await send('site.cityDistricts', { cityCode: code });
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setCity(reply.result.city);
    setDistricts(reply.result.districts);
    setDistrict(
      reply.result.districts.some((d) => d.code === district) ? district : (reply.result.districts[0]?.code ?? ''),
    );
    if (!nameTouched) setName(defaultHallName(reply.result.city));
    setConfirming(false);
    setErrors({});
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!city)
      return setErrors({
        cityCode: { zh: t('setup.chooseCity', { lng: 'zh' }), en: t('setup.chooseCity', { lng: 'en' }) },
      });
    const checked = checkWith(SiteSetup, {
      cityCode: city.code,
      name,
      district,
      minHourlyWage: wage.trim() === '' ? undefined : Number(wage),
      publicUrl: site.publicUrl,
      confirmCityChange: changing && confirming,
    });
    if (!checked.ok) return setErrors(checked.errors);
    if (changing && !confirming) return setConfirming(true);
    const reply = await send('site.setup', checked.data);
    if (!reply.ok) return setErrors(fromAppError(reply.error));
    setErrors({});
    onDone?.();
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="site-setup">
      <div className="grid">
        <Field id="setup-search" label={t('setup.search')} path="search" errors={errors} wide>
          <input
            id="setup-search"
            value={query}
            autoFocus
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
            aria-controls="setup-matches"
          />
        </Field>
        {query.trim() ? (
          <div className="field wide" id="setup-matches" role="group" aria-label={t('setup.city')}>
            {matches.length === 0 && <p className="muted">{t('setup.none')}</p>}
            <div className="chips">
              {matches.map((c) => (
                <button
                  key={c.code}
                  type="button"
                  className={city?.code === c.code ? 'chip selected' : 'chip'}
                  aria-pressed={city?.code === c.code}
                  data-city={c.code}
                  onClick={() => void choose(c.code)}
                >
                  {lang === 'en' ? c.en : c.zh} <span className="muted">{c.province}</span>
                </button>
              ))}
            </div>
          </div>
        ) : (
          <>
            <Field id="setup-province" label={t('setup.province')} path="province" errors={errors}>
              <select id="setup-province" value={provinceCode} onChange={(e) => setProvinceCode(e.target.value)}>
                <option value="">—</option>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.zh}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="setup-city" label={t('setup.city')} path="city" errors={errors}>
              <select
                id="setup-city"
                value={province?.cities.some((c) => c.code === city?.code) ? city!.code : ''}
                disabled={!province}
                onChange={(e) => e.target.value && void choose(e.target.value)}
              >
                <option value="">—</option>
                {province?.cities.map((c) => (
                  <option key={c.code} value={c.code}>
                    {lang === 'en' ? c.en : c.zh}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
        <p className="wide" data-testid="setup-chosen" aria-live="polite">
          {t('setup.chosen')}：<strong>{city ? `${city.zh}（${city.province}）${city.code}` : '—'}</strong>
          <ErrorText error={errors.cityCode} path="cityCode" />
        </p>
        <Field id="setup-name" label={t('setup.hallName')} path="name" errors={errors}>
          <input
            id="setup-name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setNameTouched(true);
              clear('name');
            }}
          />
        </Field>
        <Field id="setup-district" label={t('setup.district')} path="district" errors={errors}>
          <select
            id="setup-district"
            value={district}
            disabled={!districts.length}
            onChange={(e) => setDistrict(e.target.value)}
          >
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d[lang]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="setup-wage"
          label={t('setup.minHourlyWage')}
          path="minHourlyWage"
          errors={errors}
          hint={t('setup.minHourlyWageHint')}
        >
          <input
            id="setup-wage"
            value={wage}
            inputMode="decimal"
            onChange={(e) => {
              setWage(e.target.value);
              clear('minHourlyWage');
            }}
          />
        </Field>
      </div>
      <FormMessage errors={errors} saved={null} />
      {confirming && city ? (
        <div className="banner warn" role="alertdialog" data-testid="confirm-city-change">
          <h3>{t('setup.confirmTitle', { city: city.zh })}</h3>
          <p>{t('setup.confirmBody')}</p>
          <div className="actions">
            <button type="submit" className="primary">
              {t('setup.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('setup.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="submit" className="primary" disabled={!city}>
            {changing ? t('setup.changeTitle') : t('setup.save')}
          </button>
          {onDone && site.city && (
            <button type="button" onClick={onDone}>
              {t('setup.cancel')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
