// What every console screen needs: the station client, the signed-in clerk and a typed way to send commands.
import { createContext, useContext } from 'react';
import type { StationState } from '../../shared/station/client';
import type { CommandArgs, CommandName } from '../../shared/protocol/commands';
import type { CommandReply } from '../../shared/protocol/events';
import type { StaffUser } from '../../shared/domain/entities';
import { hallZoneOf } from '../../shared/rules/hallTime';

/** Send one command and wait for the hub's answer. Staff writes are never queued: the console keeps nothing on disk. */
export type Send = <N extends CommandName>(name: N, args: CommandArgs<N>) => Promise<CommandReply<N>>;

export interface ConsoleCtx {
  state: StationState;
  user: StaffUser;
  send: Send;
  /** Hub clock. */
  now: () => number;
}

export const Console = createContext<ConsoleCtx | null>(null);

export function useConsole(): ConsoleCtx {
  const ctx = useContext(Console);
  if (!ctx) throw new Error('useConsole outside <Console.Provider>');
  return ctx;
}

/** The hall's time zone (site setting): every date and time the console shows or fills in is the hall's. */
export function useHallZone(): string {
  return hallZoneOf(useConsole().state.records.site.get('site'));
}
