// A catalogue entry in both languages, for errors made here that must read like the hub's bilingual ones
// (the form shows whichever language the clerk has switched to, even after switching).
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../shared/errors';

export function useBilingual(): (key: string, opts?: Record<string, unknown>) => Bilingual {
  const { t } = useTranslation();
  return (key, opts = {}) => ({ zh: t(key, { ...opts, lng: 'zh' }), en: t(key, { ...opts, lng: 'en' }) });
}
