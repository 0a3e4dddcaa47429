// The socket.io contract, derived from COMMANDS. Hub: `Server<ClientToServer, ServerToClient>`;
// stations: `Socket<ServerToClient, ClientToServer>`.
import type { AppError } from '../errors';
import type { CommandArgs, CommandName, CommandResultOf } from './commands';
import type { EntityMap, EntityName, StaffUser, StationHealth, Worker } from '../domain/entities';
import type { ApplicationStatus, StationRole } from '../domain/enums';

/** Bump when a change would break an older station. The hub refuses a handshake with another version. */
export const PROTOCOL_VERSION = 1;

/** Largest socket message the hub accepts (bytes). */
export const MAX_MESSAGE_BYTES = 256 * 1024;

/** What a station presents in the socket.io handshake (`auth`). */
export interface HandshakeAuth {
  protocolVersion: number;
  /** Pairing token, once paired. */
  token?: string;
  /** Last change seq this station applied (0 = nothing cached). */
  lastSeq?: number;
  /** Which page asks: in --demo mode a loopback page is paired at once with this role. */
  page?: StationRole;
  /** Staff: the resume token from the last staff.signIn on this page, so a network blip does not sign out. */
  resume?: string;
}

export interface Command<N extends CommandName = CommandName> {
  /** Station-generated UUID: a resend with the same id is acknowledged, never applied twice. */
  id: string;
  name: N;
  args: CommandArgs<N>;
}

export type CommandReply<N extends CommandName = CommandName> =
  { ok: true; result: CommandResultOf<N>; seq?: number } | { ok: false; error: AppError };

export type ChangeOp = 'put' | 'del';
export interface Change<E extends EntityName = EntityName> {
  seq: number;
  entity: E;
  id: string;
  op: ChangeOp;
  /** The record after the change (for `put`), already projected for the receiving role. */
  data?: EntityMap[E];
  at: number;
}

export interface Hello {
  protocolVersion: number;
  /** Hub clock at send time (epoch ms); the station keeps `serverTime - Date.now()` as its offset. */
  serverTime: number;
  stationId: string;
  stationName: string;
  role: StationRole;
  siteName: string;
  /** The hub's newest seq. */
  seq: number;
  /** Staff: the user still signed in on this session (restored from `resume`), else null. */
  user?: StaffUser | null;
}

/**
 * What a kiosk receives about the worker who identified on it: only what its screens use (the fields matching
 * needs, the phone masked, each application's posting and status). Never the ID number, the name, staff notes
 * or anything else of the record (docs/security.md).
 */
export interface WorkerSelf {
  worker: Pick<Worker, 'id' | 'trades' | 'jobTypes' | 'districts' | 'availability'> & { phoneMasked: string };
  applications: { id: string; postingId: string; postingTitle: string; status: ApplicationStatus; createdAt: number }[];
}

export interface Snapshot {
  seq: number;
  /** Replace every record the station holds with these. */
  records: { [E in EntityName]?: EntityMap[E][] };
}

export interface ServerToClient {
  hello: (hello: Hello) => void;
  /** Changes newer than what the station has, in seq order. */
  changes: (changes: Change[], headSeq: number) => void;
  snapshot: (snapshot: Snapshot) => void;
  /** A station waiting for approval: the code to show on its screen. */
  'pair:code': (info: { code: string; expiresAt: number }) => void;
  'pair:approved': (info: { token: string; stationId: string; role: StationRole; name: string }) => void;
  /** This station's token was revoked or is unknown: forget it and pair again. */
  'pair:revoked': () => void;
  /** Kiosk only: the identified worker's own data changed. */
  'worker:self': (self: WorkerSelf | null) => void;
  /** Staff only: station heartbeats and online/offline. */
  'station:health': (health: StationHealth) => void;
  'protocol:error': (error: AppError) => void;
}

export interface ClientToServer {
  cmd: (command: Command, ack: (reply: CommandReply) => void) => void;
  /** Ask for changes after `lastSeq` (or a snapshot if that is too old). */
  sync: (lastSeq: number) => void;
  /**
   * Ask to pair. Without credentials: a code to show until staff approve it in the console. With a staff
   * user's credentials (installing a station, or the first console on the hub PC): paired at once.
   */
  'pair:request': (
    info: { role?: StationRole; name?: string; username?: string; password?: string },
    ack: (
      reply:
        | { ok: true; code: string; expiresAt: number }
        | { ok: true; token: string; stationId: string; role: StationRole; name: string }
        | { ok: false; error: AppError },
    ) => void,
  ) => void;
}
