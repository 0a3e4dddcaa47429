// On-screen letter keyboard for pinyin: the letters typed, a row of Chinese candidates to tap, delete and clear.
// Candidate lookup is passed in (job words for search, characters for a name); a caller with many candidates
// (the name entry pages through thousands) renders its own candidate view in place of the row.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export interface PinyinKeyboardProps {
  letters: string;
  onLetters(next: string): void;
  candidates: string[];
  onPick(word: string): void;
  placeholder: string;
  /** What to say when the letters match nothing (default: the search screen's hint). */
  noCandidates?: string;
  /** Replaces the built-in candidate row. */
  candidatesView?: ReactNode;
}

export function PinyinKeyboard({
  letters,
  onLetters,
  candidates,
  onPick,
  placeholder,
  noCandidates,
  candidatesView,
}: PinyinKeyboardProps) {
  const { t } = useTranslation();
  return (
    <div className="pinyin">
      <output className="pinyin-letters" data-testid="pinyin-letters" aria-live="polite">
        {letters || <span className="placeholder">{placeholder}</span>}
      </output>
      {candidatesView ?? (
        <div className="candidates" role="group" aria-label={t('search.candidates')}>
          {letters && candidates.length === 0 && (
            <span className="hint">{noCandidates ?? t('search.noCandidates')}</span>
          )}
          {candidates.map((word) => (
            <button key={word} type="button" className="candidate" onClick={() => onPick(word)}>
              {word}
            </button>
          ))}
        </div>
      )}
      <div className="letters">
        {ROWS.map((row) => (
          <div className="letter-row" key={row}>
            {[...row].map((l) => (
              <button
                key={l}
                type="button"
                className="key letter"
                aria-label={t('keyboard.letter', { l })}
                onClick={() => onLetters(letters + l)}
              >
                {l}
              </button>
            ))}
          </div>
        ))}
        <div className="letter-row">
          <button type="button" className="key key-aux wide" onClick={() => onLetters(letters.slice(0, -1))}>
            <Icon name="backspace" /> {t('search.delete')}
          </button>
          <button type="button" className="key key-aux wide" onClick={() => onLetters('')}>
            {t('search.clear')}
          </button>
        </div>
      </div>
    </div>
  );
}
