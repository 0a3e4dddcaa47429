// What a sandboxed preload has, and nothing more: Electron's contextBridge and ipcRenderer, and the small
// `process` a sandboxed renderer gets. electron.d.ts describes the whole Electron API and brings in every Node
// global, so tsconfig.preload.json maps `electron` here: the preload cannot reach for `fs`, `Buffer` or `shell`
// and still typecheck.
declare module 'electron' {
  export const contextBridge: {
    exposeInMainWorld(apiKey: string, api: unknown): void;
  };
  export const ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    send(channel: string, ...args: unknown[]): void;
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
    removeListener(channel: string, listener: (...args: unknown[]) => void): unknown;
  };
}

declare const process: {
  readonly argv: readonly string[];
  readonly platform: string;
  readonly sandboxed: boolean;
  readonly versions: Readonly<Record<string, string>>;
};
