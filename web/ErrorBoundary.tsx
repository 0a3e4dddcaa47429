// Every page recovers from a render error by itself: an unattended kiosk or hall TV must never stay blank until
// someone happens to notice. The boundary shows a calm notice, reports the error to the hub's log, and re-mounts
// the page after a short pause — doubling while it keeps failing, up to a minute. A re-mount drops all page state:
// the kiosk comes back at its attract screen with nothing of the last visitor, the display redraws its board.
// The notice is fixed bilingual text, not from the catalogues: the error may have come from i18n itself.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { PageErrorReport } from '../shared/station/client';

export const RECOVERING_TEXT = {
  zh: '页面出了点问题，马上自动恢复…',
  en: 'Something went wrong; recovering by itself…',
};

interface Props {
  children: ReactNode;
  /** Where errors go (the station client's reportError → the hub's log). */
  report(report: PageErrorReport): void;
  /** First pause before re-mounting, ms (doubles while failures keep coming). */
  retryMs?: number;
  /** Dark pages (displays) get a dark notice. */
  tone?: 'light' | 'dark';
  /** Called just before the page is re-mounted (the kiosk ends the visit: forgets the identified worker). */
  onRecover?(): void;
}

interface State {
  error: Error | null;
  /** Bumped on each recovery: a new key re-mounts the children from scratch. */
  generation: number;
}

/** Failures closer together than this count as one run of failures (the pause doubles). */
const FAILURE_RUN_MS = 60_000;
const MAX_PAUSE_MS = 60_000;

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private lastFailureAt = 0;

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const e = error instanceof Error ? error : new Error(String(error));
    try {
      this.props.report({ message: e.message || String(e), stack: e.stack, where: info.componentStack ?? '' });
    } catch {
      // Reporting must never be why a page stays down.
    }
    const now = Date.now();
    this.failures = now - this.lastFailureAt < FAILURE_RUN_MS ? this.failures + 1 : 0;
    this.lastFailureAt = now;
    const pause = Math.min((this.props.retryMs ?? 3000) * 2 ** this.failures, MAX_PAUSE_MS);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.recover(), pause);
  }

  override componentWillUnmount(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private recover(): void {
    this.timer = null;
    try {
      this.props.onRecover?.();
    } catch {
      // The re-mount matters more.
    }
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  }

  override render(): ReactNode {
    if (this.state.error) {
      const dark = this.props.tone === 'dark';
      return (
        <main
          role="status"
          data-testid="page-recovering"
          style={{
            minHeight: '100vh',
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            justifyContent: 'center',
            gap: '0.5em',
            fontSize: '32px',
            lineHeight: 1.4,
            textAlign: 'center',
            background: dark ? '#000' : '#fff',
            color: dark ? '#fff' : '#1a1a1a',
          }}
        >
          <p lang="zh-CN">{RECOVERING_TEXT.zh}</p>
          <p lang="en" style={{ fontSize: '24px' }}>
            {RECOVERING_TEXT.en}
          </p>
        </main>
      );
    }
    return <Recovered key={this.state.generation}>{this.props.children}</Recovered>;
  }
}

function Recovered({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
