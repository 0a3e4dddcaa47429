// The filter box above every list. "/" focuses it from anywhere in the section, as in most web tools.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchBox({ value, onChange, id }: { value: string; onChange: (q: string) => void; id: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        ref.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <input
      ref={ref}
      id={id}
      type="search"
      className="search"
      value={value}
      placeholder={t('ui.searchHint')}
      aria-label={t('ui.search')}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
