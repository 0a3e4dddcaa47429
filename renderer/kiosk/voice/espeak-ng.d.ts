// Types for the parts of the `espeak-ng` package (eSpeak NG's command-line program compiled to WebAssembly) that
// the kiosk's voice worker uses. The package ships none.
declare module 'espeak-ng' {
  export interface ESpeakModule {
    FS: { readFile(path: string): Uint8Array };
    _main(argc: number, argv: number): number;
  }
  export interface ESpeakOptions {
    noInitialRun?: boolean;
    arguments?: string[];
    print?(s: string): void;
    printErr?(s: string): void;
    instantiateWasm?(
      imports: WebAssembly.Imports,
      done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
    ): object;
  }
  const ESpeakNG: (options: ESpeakOptions) => Promise<ESpeakModule>;
  export default ESpeakNG;
}
declare module 'espeak-ng/dist/espeak-ng.wasm?url' {
  const url: string;
  export default url;
}
