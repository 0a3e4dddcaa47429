// The bundled voice for stations without a system Chinese voice: eSpeak NG (GPL-3.0, loaded as a separate program
// file, see docs/kiosk.md) run in a worker so the page never stalls while it talks. Each request runs the program
// once — `espeak-ng -v cmn -s 150 -w out.wav TEXT` — on a fresh instance and sends back the WAV bytes. Starting an
// instance (unpacking its voice data) takes longer than speaking, so one spare instance is always started ahead.
import ESpeakNG, { type ESpeakModule } from 'espeak-ng';
import wasmUrl from 'espeak-ng/dist/espeak-ng.wasm?url';

export interface SynthRequest {
  id: number;
  text: string;
  lang: 'zh' | 'en';
}
/** Requests numbered below `cancelBefore` and not yet started are dropped (the visitor tapped on meanwhile). */
export interface SynthCancel {
  cancelBefore: number;
}
export type SynthReply = { id: number; wav: ArrayBuffer } | { id: number; error: string };

interface Instance {
  module: ESpeakModule;
  exports: WebAssembly.Exports;
}

let compiled: Promise<WebAssembly.Module> | null = null;
function compile(): Promise<WebAssembly.Module> {
  compiled ??= fetch(wasmUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`voice engine: HTTP ${r.status}`);
      return r.arrayBuffer();
    })
    .then((bytes) => WebAssembly.compile(bytes));
  return compiled;
}

async function start(): Promise<Instance> {
  const wasm = await compile();
  let exports: WebAssembly.Exports | null = null;
  const module = await ESpeakNG({
    noInitialRun: true,
    print: () => {},
    printErr: () => {},
    instantiateWasm(imports, done) {
      void WebAssembly.instantiate(wasm, imports).then((instance) => {
        exports = instance.exports;
        done(instance, wasm);
      });
      return {};
    },
  });
  if (!exports) throw new Error('voice engine: no exports');
  return { module, exports };
}

/** Call the program's main() with argv written onto its own stack (the build exports no callMain). */
function runMain({ module, exports }: Instance, args: string[]): number {
  const stackAlloc = exports.stackAlloc as (bytes: number) => number;
  const memory = exports.memory as WebAssembly.Memory;
  const encoder = new TextEncoder();
  const pointers = ['espeak-ng', ...args].map((arg) => {
    const bytes = encoder.encode(`${arg}\0`);
    const at = stackAlloc(bytes.length);
    new Uint8Array(memory.buffer, at, bytes.length).set(bytes);
    return at;
  });
  const argv = stackAlloc(4 * (pointers.length + 1));
  const table = new Uint32Array(memory.buffer, argv, pointers.length + 1);
  pointers.forEach((p, i) => (table[i] = p));
  table[pointers.length] = 0;
  return module._main(pointers.length, argv);
}

// Warm up as soon as the worker exists (the page creates it when read-aloud is first turned on).
let spare: Promise<Instance> | null = start();
spare.catch(() => (spare = null));

/** Speak `text` into a WAV file. Slower than the default rate: many listeners are older and the hall is noisy. */
export async function synthesize(text: string, lang: 'zh' | 'en'): Promise<ArrayBuffer> {
  const instance = await (spare ?? start());
  spare = start();
  spare.catch(() => (spare = null));
  const rc = runMain(instance, ['-v', lang === 'zh' ? 'cmn' : 'en-us', '-s', '150', '-w', '/out.wav', text]);
  if (rc !== 0) throw new Error(`voice engine exited with ${rc}`);
  const wav = instance.module.FS.readFile('/out.wav');
  return wav.buffer.slice(wav.byteOffset, wav.byteOffset + wav.byteLength) as ArrayBuffer;
}

// Requests one at a time, in order; a tap that interrupts the voice drops the ones still waiting.
let chain = Promise.resolve();
let cancelBefore = 0;
self.onmessage = (event: MessageEvent<SynthRequest | SynthCancel>) => {
  if ('cancelBefore' in event.data) {
    cancelBefore = Math.max(cancelBefore, event.data.cancelBefore);
    return;
  }
  const { id, text, lang } = event.data;
  chain = chain.then(async () => {
    if (id < cancelBefore) {
      (self as unknown as Worker).postMessage({ id, error: 'cancelled' } satisfies SynthReply);
      return;
    }
    try {
      const wav = await synthesize(text, lang);
      (self as unknown as Worker).postMessage({ id, wav } satisfies SynthReply, [wav]);
    } catch (e) {
      (self as unknown as Worker).postMessage({ id, error: String(e) } satisfies SynthReply);
    }
  });
};
