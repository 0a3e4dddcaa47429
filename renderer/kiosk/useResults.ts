// Results for a filter: from the hub when online (its ranked Chinese/pinyin search), from this kiosk's cached
// postings when the hub is away or does not answer. "More" widens the page rather than paging, so the list the
// visitor scrolled stays in place.
import { useEffect, useMemo, useState } from 'react';
import type { PublicPosting } from '../../shared/domain/entities';
import { useStation } from '../../web/station';
import { useSession } from './kioskContext';
import { searchArgs, searchLocal, type PostingFilter } from './postingQuery';

export interface Results {
  items: PublicPosting[];
  total: number;
  loading: boolean;
  offline: boolean;
}

export function useResults(filter: PostingFilter, limit: number): Results {
  const { client, rememberPosting } = useSession();
  const state = useStation(client);
  const online = state.status === 'online';
  const key = JSON.stringify([filter, limit]);
  const [remote, setRemote] = useState<
    { key: string; items: PublicPosting[]; total: number } | { key: string; failed: true } | null
  >(null);

  useEffect(() => {
    if (!online) return;
    let live = true;
    void client.send('posting.search', searchArgs(filter, 0, limit)).then((reply) => {
      if (!live) return;
      if (reply.ok === true) {
        const items = reply.result.items as PublicPosting[];
        for (const p of items) rememberPosting(p);
        setRemote({ key, items, total: reply.result.total });
      } else setRemote({ key, failed: true });
    });
    return () => {
      live = false;
    };
    // `key` stands for filter and limit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, online, client, rememberPosting]);

  const useLocal = !online || (remote?.key === key && 'failed' in remote);
  const site = state.records.site.get('site');
  const homeDistrict = site?.district ?? null;
  // The hall's districts: a posting's district name is searchable, offline as on the hub.
  const districts = site?.districts ?? null;
  const { version } = state;
  const local = useMemo(() => {
    if (!useLocal) return null;
    return searchLocal(
      state.records.posting.values() as Iterable<PublicPosting>,
      filter,
      client.now(),
      homeDistrict,
      limit,
      districts,
    );
    // `version` changes whenever the cached records do (the maps are updated in place).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [useLocal, key, version, homeDistrict, districts]);

  if (local) return { items: local.items, total: local.total, loading: false, offline: true };
  if (remote && remote.key === key && !('failed' in remote))
    return { items: remote.items, total: remote.total, loading: false, offline: false };
  // While a wider page loads, keep showing the previous answer.
  if (remote && !('failed' in remote))
    return { items: remote.items, total: remote.total, loading: true, offline: false };
  return { items: [], total: 0, loading: true, offline: false };
}
