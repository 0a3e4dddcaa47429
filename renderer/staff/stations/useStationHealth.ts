// Station heartbeats and online/offline. The client does not yet surface the hub's 'station:health' event, so
// the console asks (station.health) every few seconds while the Stations screen is open.
import { useEffect, useState } from 'react';
import type { StationHealth } from '../../../shared/domain/entities';
import type { Send } from '../context';

export const HEALTH_POLL_MS = 3000;

export function useStationHealth(send: Send): Map<string, StationHealth> {
  const [health, setHealth] = useState<Map<string, StationHealth>>(new Map());
  useEffect(() => {
    let live = true;
    const poll = async () => {
      const reply = await send('station.health', {});
      if (live && reply.ok) setHealth(new Map(reply.result.map((h) => [h.stationId, h])));
    };
    void poll();
    const timer = setInterval(poll, HEALTH_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [send]);
  return health;
}
