// Timers exist in every runtime shared/ code runs in (browsers, Node, Electron) but are not part of the
// ECMAScript library that tsconfig.shared.json allows; declare just these, nothing DOM- or Node-specific.
declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(handle: unknown): void;
