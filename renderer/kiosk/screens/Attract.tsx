// The first screen: three huge choices. Nothing else competes for attention.
import { useTranslation } from 'react-i18next';
import { useScreenText, useSession } from '../kioskContext';
import { Icon } from '../Icon';

export function Attract() {
  const { t } = useTranslation();
  const { go } = useSession();
  useScreenText(t('attract.say'));
  return (
    <section className="attract">
      <h1>{t('app.title')}</h1>
      <p className="lead">{t('attract.welcome')}</p>
      <div className="big-choices">
        <button type="button" className="big-choice find" onClick={() => go({ name: 'trades' })}>
          <Icon name="search" className="big-icon" />
          <span className="big-label">{t('attract.find')}</span>
          <span className="big-hint">{t('attract.findHint')}</span>
        </button>
        <button type="button" className="big-choice register" onClick={() => go({ name: 'register' })}>
          <Icon name="register" className="big-icon" />
          <span className="big-label">{t('attract.register')}</span>
          <span className="big-hint">{t('attract.registerHint')}</span>
        </button>
        <button type="button" className="big-choice matches" onClick={() => go({ name: 'identify' })}>
          <Icon name="star" className="big-icon" />
          <span className="big-label">{t('attract.matches')}</span>
          <span className="big-hint">{t('attract.matchesHint')}</span>
        </button>
      </div>
    </section>
  );
}
