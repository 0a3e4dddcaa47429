// The only bridge between a station page and the main process: a small typed API on window.gighall.
// Runs sandboxed; bundled to dist-electron/preload.cjs.
import { contextBridge, ipcRenderer } from 'electron';
import { decodeStationArg } from '../shared/ipc/contract';
import type { GigHallApi, IpcArgs, IpcChannel, IpcResult, PrintKind } from '../shared/ipc/contract';

function invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<C>>;
}

const station = decodeStationArg(process.argv);

if (station) {
  const api: GigHallApi = {
    stationInfo: () => ({ ...station.info }),
    appVersion: () => station.version,
    print: (kind: PrintKind = 'document') => invoke('gighall:print', kind),
    getToken: () => invoke('gighall:get-token'),
    setToken: (token: string | null) => invoke('gighall:set-token', token),
  };
  contextBridge.exposeInMainWorld('gighall', api);
}
