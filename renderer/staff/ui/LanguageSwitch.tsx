// 中文 / English. The choice is kept for this browser tab only; the console starts in Chinese.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { langOf } from '../lib/labels';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      className="lang"
      onClick={() => void i18n.changeLanguage(other)}
      data-testid="language"
      title="Alt+L"
    >
      {t(`language.${other}`)}
    </button>
  );
}
