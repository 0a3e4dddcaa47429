// An emergency notice takes the whole screen on every display of the site until it expires or staff clear it.
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/domain/entities';

/** `led`: the wall's configured size and scale (the controller shows only that corner of the screen). */
export function Emergency({
  notice,
  led,
}: {
  notice: Notice;
  led: { width: number; height: number; scale: number } | null;
}) {
  const { t } = useTranslation();
  const style = led ? ({ width: led.width, height: led.height, '--s': led.scale } as React.CSSProperties) : undefined;
  return (
    <div className={`emergency ${led ? 'emergency-led' : ''}`} style={style} data-testid="emergency" role="alert">
      <div className="emergency-label">
        <span className="emergency-mark" aria-hidden="true">
          ▲
        </span>
        {t('emergency.label')}
      </div>
      <div className="emergency-text">{notice.text}</div>
    </div>
  );
}
