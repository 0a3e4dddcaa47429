// A page that hits a render error recovers by itself: a calm notice, the error reported (for the hub's log), and a
// fresh mount after a pause that doubles while the failures keep coming.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import type { PageErrorReport } from '../shared/station/client';

let failuresLeft = 0;
let mounts = 0;

/** Throws while `failuresLeft` > 0; counts fresh mounts (its state starts over on each). */
function Flaky() {
  const [mountNo] = useState(() => ++mounts);
  if (failuresLeft > 0) {
    failuresLeft--;
    throw new Error('board exploded');
  }
  return <p data-testid="page">page, mount {mountNo}</p>;
}

beforeEach(() => {
  vi.useFakeTimers();
  mounts = 0;
  // React logs caught render errors; keep the test output quiet.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows a notice, reports the error, and re-mounts the page after a pause', () => {
    failuresLeft = 2; // React retries a failed render once before giving up on it
    const reports: PageErrorReport[] = [];
    const onRecover = vi.fn();
    render(
      <ErrorBoundary report={(r) => reports.push(r)} retryMs={3000} onRecover={onRecover}>
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('page-recovering').textContent).toContain('马上自动恢复');
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toBe('board exploded');
    expect(reports[0]!.where).toContain('Flaky');
    act(() => void vi.advanceTimersByTime(2999));
    expect(screen.queryByTestId('page')).toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    expect(onRecover).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('page').textContent).toMatch(/page, mount \d+/);
    expect(screen.queryByTestId('page-recovering')).toBeNull();
  });

  it('waits longer each time the page keeps failing', () => {
    const reports: PageErrorReport[] = [];
    failuresLeft = 2;
    render(
      <ErrorBoundary report={(r) => reports.push(r)} retryMs={1000}>
        <Flaky />
      </ErrorBoundary>,
    );
    // It fails again right after the first recovery: the second pause is twice the first.
    failuresLeft = 2;
    act(() => void vi.advanceTimersByTime(1000));
    expect(reports).toHaveLength(2);
    expect(screen.getByTestId('page-recovering')).toBeVisible();
    act(() => void vi.advanceTimersByTime(1999));
    expect(screen.queryByTestId('page')).toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    expect(screen.getByTestId('page')).toBeVisible();
  });

  it('a failing report never keeps the page down', () => {
    failuresLeft = 2;
    render(
      <ErrorBoundary
        report={() => {
          throw new Error('hub gone');
        }}
        retryMs={500}
      >
        <Flaky />
      </ErrorBoundary>,
    );
    act(() => void vi.advanceTimersByTime(500));
    expect(screen.getByTestId('page')).toBeVisible();
  });
});
