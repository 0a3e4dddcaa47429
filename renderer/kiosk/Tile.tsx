// A big choice button. Selected state is shown three ways — a tick, a thick border and colour — and announced
// through aria-pressed, so colour is never the only signal.
import type { ReactNode } from 'react';
import { Icon } from './Icon';

export interface TileProps {
  icon?: ReactNode;
  label: ReactNode;
  selected?: boolean;
  onClick(): void;
  className?: string;
  testId?: string;
}

export function Tile({ icon, label, selected, onClick, className = '', testId }: TileProps) {
  return (
    <button
      type="button"
      className={`tile ${selected ? 'selected' : ''} ${className}`}
      aria-pressed={selected === undefined ? undefined : selected}
      onClick={onClick}
      data-testid={testId}
    >
      {icon && (
        <span className="tile-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <span className="tile-label">{label}</span>
      {selected && (
        <span className="tick" aria-hidden="true">
          <Icon name="check" />
        </span>
      )}
    </button>
  );
}
