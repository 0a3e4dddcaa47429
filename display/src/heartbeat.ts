// The display's heartbeat: every ~10 s while online, what it shows and how smoothly, so the console can see a
// frozen or dark wall without walking outside. Sent only online (never queued: a stale heartbeat is worthless).
import { useEffect, useRef } from 'react';
import type { StationClient } from '../../shared/station/client';
import { frameP99 } from './motion/frame-loop';

export const HEARTBEAT_MS = 10_000;

export interface HeartbeatFacts {
  layout: string;
  postingsShown: number;
  screenOn: boolean;
}

export function heartbeatArgs(client: StationClient, facts: HeartbeatFacts) {
  const state = client.getState();
  const p99 = frameP99();
  return {
    layout: facts.layout,
    postingsShown: facts.postingsShown,
    contentVersion: state.lastSeq,
    // Hub clock, so the console compares it with its own.
    ...(state.lastSyncAt !== null ? { lastSyncAt: Math.max(0, Math.round(state.lastSyncAt + state.clockOffset)) } : {}),
    ...(p99 !== null ? { frameP99Ms: Math.min(100_000, p99) } : {}),
    screenOn: facts.screenOn,
  };
}

export function useHeartbeat(client: StationClient, facts: HeartbeatFacts, online: boolean): void {
  const latest = useRef(facts);
  useEffect(() => {
    latest.current = facts;
  });
  useEffect(() => {
    if (!online) return;
    const beat = () => {
      if (client.getState().status === 'online')
        void client.send('station.heartbeat', heartbeatArgs(client, latest.current));
    };
    // One at once on (re)connecting, so the console sees a display come back without waiting.
    const first = setTimeout(beat, 1000);
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [client, online]);
}
