// Entering a name by touch alone, for visitors who may not read well and cannot type pinyin: the name as big
// boxes (surname, then up to three given-name characters; the box being filled is marked), and three ways to find
// a character — tiles of the most common surnames and given-name characters (王建国 is three taps), pinyin letters
// (every character of the 通用规范汉字表, most common in names first, a page at a time) and 手写 (write it with a
// finger). Self-contained: the registration
// step gives it the name and takes back every change; nothing else of the form is known here.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../kioskContext';
import { Icon, type IconName } from '../Icon';
import { Tile } from '../Tile';
import { PinyinKeyboard } from '../PinyinKeyboard';
import { CandidateTiles } from './CandidateTiles';
import { HandwritingPad } from './HandwritingPad';
import { GIVEN_ORDER, isPinyinPrefix, nameCandidates, SURNAMES, type NamePart } from './nameLookup';

export interface NameValue {
  surname: string;
  given: string;
}

export interface NameEntryProps {
  value: NameValue;
  onChange(next: NameValue): void;
  /** Characters of the given name (default 3). */
  maxGiven?: number;
  /** How many surname (and given-name) tiles to show (default 40). */
  surnameTiles?: number;
}

export type NameMode = 'tiles' | 'pinyin' | 'handwriting';

const MODES: { mode: NameMode; icon: IconName }[] = [
  { mode: 'tiles', icon: 'grid' },
  { mode: 'pinyin', icon: 'keyboard' },
  { mode: 'handwriting', icon: 'pen' },
];
const PAGE = 16;

export function NameEntry({ value, onChange, maxGiven = 3, surnameTiles = 40 }: NameEntryProps) {
  const { t } = useTranslation();
  const { setScreenText } = useSession();
  const [editingSurname, setEditingSurname] = useState(false);
  const [mode, setMode] = useState<NameMode>(value.surname ? 'pinyin' : 'tiles');
  const [letters, setLetters] = useState('');
  const [page, setPage] = useState(0);
  const part: NamePart = editingSurname || !value.surname ? 'surname' : 'given';
  const full = part === 'given' && [...value.given].length >= maxGiven;
  const shownMode: NameMode = mode;
  const candidates = useMemo(() => nameCandidates(letters, part), [letters, part]);

  const typed = (next: string) => {
    setLetters(next);
    setPage(0);
  };
  const pick = (ch: string) => {
    if (part === 'surname') {
      onChange({ ...value, surname: ch });
      setEditingSurname(false);
    } else if (!full) {
      onChange({ ...value, given: value.given + ch });
    }
    typed('');
    setScreenText(t('nameEntry.picked', { char: ch }));
  };
  const undo = () => {
    const given = [...value.given];
    if (given.length && !editingSurname) onChange({ ...value, given: given.slice(0, -1).join('') });
    else onChange({ ...value, surname: '' });
    typed('');
  };
  const clearAll = () => {
    onChange({ surname: '', given: '' });
    setEditingSurname(false);
    setMode('tiles');
    typed('');
  };

  const givenChars = [...value.given];
  const slots = Array.from({ length: maxGiven }, (_, i) => givenChars[i] ?? '');
  const prompt =
    part === 'surname'
      ? t('nameEntry.chooseSurname')
      : full
        ? t('nameEntry.givenFull')
        : t('nameEntry.chooseGiven', { n: givenChars.length + 1 });

  return (
    <div className="name-entry">
      <div className="name-line">
        <p className="name-value" data-testid="name-value">
          <span className="name-value-label">{t('nameEntry.value')}</span>
          {value.surname ? (
            <button
              type="button"
              className={`name-slot surname ${part === 'surname' ? 'active' : ''}`}
              aria-label={t('nameEntry.changeSurname', { char: value.surname })}
              aria-pressed={part === 'surname'}
              onClick={() => {
                setEditingSurname(true);
                setMode('tiles');
                typed('');
              }}
            >
              {value.surname}
            </button>
          ) : (
            <span className="name-slot surname active" aria-hidden="true" />
          )}
          {slots.map((ch, i) => (
            <span
              key={i}
              className={`name-slot ${ch ? 'filled' : ''} ${part === 'given' && i === givenChars.length ? 'active' : ''}`}
              aria-hidden={ch ? undefined : true}
            >
              {ch}
            </span>
          ))}
        </p>
        <div className="name-edit">
          <button type="button" className="wide-button" disabled={!value.surname && !value.given} onClick={undo}>
            <Icon name="backspace" /> {t('nameEntry.undoChar')}
          </button>
          <button type="button" className="wide-button" disabled={!value.surname && !value.given} onClick={clearAll}>
            {t('nameEntry.clearAll')}
          </button>
        </div>
      </div>

      <h2 className="name-prompt" data-testid="name-prompt" data-part={part}>
        {prompt}
      </h2>
      {!full && (
        <>
          <div className="name-modes" role="group" aria-label={t('nameEntry.modes')}>
            {MODES.map((m) => (
              <button
                key={m.mode}
                type="button"
                className="name-mode"
                aria-pressed={shownMode === m.mode}
                data-testid={`name-mode-${m.mode}`}
                onClick={() => {
                  setMode(m.mode);
                  typed('');
                }}
              >
                <Icon name={m.icon} />{' '}
                {t(`nameEntry.mode.${m.mode === 'tiles' && part === 'given' ? 'givenTiles' : m.mode}`)}
              </button>
            ))}
          </div>

          {shownMode === 'tiles' && (
            <>
              <div className="tile-grid surnames" data-testid={`name-tiles-${part}`}>
                {(part === 'surname' ? SURNAMES : GIVEN_ORDER).slice(0, surnameTiles).map((s) => (
                  <Tile
                    key={s}
                    className="small-tile"
                    label={s}
                    selected={part === 'surname' && value.surname === s}
                    onClick={() => pick(s)}
                  />
                ))}
              </div>
              <p className="note">{t(part === 'surname' ? 'nameEntry.notOnTiles' : 'nameEntry.notOnGivenTiles')}</p>
            </>
          )}
          {shownMode === 'pinyin' && (
            <PinyinKeyboard
              letters={letters}
              onLetters={typed}
              candidates={candidates}
              onPick={pick}
              placeholder={t('nameEntry.placeholder')}
              candidatesView={
                <CandidateTiles
                  chars={candidates}
                  onPick={pick}
                  page={page}
                  onPage={setPage}
                  pageSize={PAGE}
                  empty={letters && !isPinyinPrefix(letters) ? t('nameEntry.noSuchPinyin') : undefined}
                  testId="pinyin-candidates"
                />
              }
            />
          )}
          {shownMode === 'handwriting' && (
            <HandwritingPad
              onPick={pick}
              onCandidates={(chars) => setScreenText(t('nameEntry.pad.say', { chars: chars.slice(0, 5).join('、') }))}
            />
          )}
        </>
      )}
    </div>
  );
}
