// Read-aloud. A queue of things to say, spoken one after another by the station's system voice for the language
// (speechSynthesis with a zh / en voice) where one is installed, else by the bundled eSpeak NG voice
// (voice/synthWorker.ts) played through Web Audio — so every station speaks, with or without an installed voice.
// Three kinds of speech: `interrupt` (a tap on a tile, a field error: drop everything, say this now), `screen` (what a
// new screen shows: replaces any screen text not yet spoken, follows a tap's read-out) and `queue`.
import type { SynthCancel, SynthReply, SynthRequest } from './voice/synthWorker';

type Lang = 'zh' | 'en';
export type SayMode = 'interrupt' | 'screen' | 'queue';
interface Item {
  text: string;
  lang: Lang;
  kind: SayMode;
}

/** Written shorthand a voice would spell out: 元/天 is said 元每天, a middle dot is a pause. */
export function forSpeech(text: string, lang: Lang): string {
  const t = text.replace(/\s*·\s*/g, lang === 'zh' ? '，' : ', ').trim();
  return lang === 'zh' ? t.replace(/\//g, '每') : t.replace(/\//g, ' per ');
}

/** The system voice for a language, if the station has one. */
export function systemVoice(lang: Lang): SpeechSynthesisVoice | null {
  try {
    const voices = window.speechSynthesis?.getVoices() ?? [];
    const want = lang === 'zh' ? /^(zh|cmn)([-_]|$)/i : /^en([-_]|$)/i;
    return voices.find((v) => want.test(v.lang) && v.localService) ?? voices.find((v) => want.test(v.lang)) ?? null;
  } catch {
    return null;
  }
}

class Speaker {
  private queue: Item[] = [];
  private current: Item | null = null;
  /** Bumped on every stop, so a late-finishing synthesis or utterance of an old turn never plays or chains on. */
  private turn = 0;
  private audio: AudioContext | null = null;
  private source: AudioBufferSourceNode | null = null;
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, (r: SynthReply) => void>();

  /** Call from a tap (a user gesture), so the station lets the page play sound, and start the bundled voice early. */
  prepare(lang: Lang): void {
    try {
      const Ctx = window.AudioContext;
      if (Ctx && !this.audio) this.audio = new Ctx();
      void this.audio?.resume();
    } catch {
      this.audio = null;
    }
    if (!systemVoice(lang)) this.ensureWorker();
  }

  say(raw: string, lang: Lang, kind: SayMode): void {
    const text = forSpeech(raw, lang);
    if (!text) return;
    if (kind === 'interrupt') this.stop();
    if (kind === 'screen') {
      this.queue = this.queue.filter((i) => i.kind !== 'screen');
      if (this.current?.kind === 'screen') this.stop();
    }
    this.queue.push({ text, lang, kind });
    if (!this.current) this.next();
  }

  stop(): void {
    this.turn++;
    this.queue = [];
    this.current = null;
    this.worker?.postMessage({ cancelBefore: this.nextId } satisfies SynthCancel);
    try {
      window.speechSynthesis?.cancel();
    } catch {
      // A broken voice must never break the kiosk.
    }
    try {
      this.source?.stop();
    } catch {
      // already stopped
    }
    this.source = null;
  }

  private next(): void {
    const item = this.queue.shift();
    this.current = item ?? null;
    if (!item) return;
    const turn = this.turn;
    const done = () => {
      if (turn !== this.turn || this.current !== item) return;
      this.current = null;
      this.next();
    };
    const voice = systemVoice(item.lang);
    if (voice) this.speakSystem(item, voice, done);
    else void this.speakBundled(item, turn).finally(done);
  }

  private speakSystem(item: Item, voice: SpeechSynthesisVoice, done: () => void): void {
    try {
      const utterance = new SpeechSynthesisUtterance(item.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      // A little slower than default: many listeners are older and the hall is noisy.
      utterance.rate = 0.9;
      utterance.onend = done;
      utterance.onerror = done;
      window.speechSynthesis.speak(utterance);
    } catch {
      done();
    }
  }

  private ensureWorker(): Worker | null {
    if (this.worker || typeof Worker === 'undefined') return this.worker;
    try {
      this.worker = new Worker(new URL('./voice/synthWorker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<SynthReply>) => {
        this.pending.get(e.data.id)?.(e.data);
        this.pending.delete(e.data.id);
      };
      this.worker.onerror = () => {
        for (const resolve of this.pending.values()) resolve({ id: 0, error: 'worker failed' });
        this.pending.clear();
        this.worker = null;
      };
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private async speakBundled(item: Item, turn: number): Promise<void> {
    const worker = this.ensureWorker();
    // Errors are spoken even before read-aloud was turned on; by then the visitor has tapped, so sound may play.
    if (!this.audio && typeof AudioContext !== 'undefined') this.audio = new AudioContext();
    if (!worker || !this.audio) return;
    if (this.audio.state === 'suspended') void this.audio.resume();
    const id = this.nextId++;
    const reply = await new Promise<SynthReply>((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, text: item.text, lang: item.lang } satisfies SynthRequest);
    });
    if (turn !== this.turn || !('wav' in reply)) return;
    const ctx = this.audio;
    try {
      const buffer = await ctx.decodeAudioData(reply.wav);
      if (turn !== this.turn) return;
      await new Promise<void>((resolve) => {
        const source = ctx.createBufferSource();
        source.buffer = buffer;
        source.connect(ctx.destination);
        source.onended = () => resolve();
        this.source = source;
        source.start();
      });
    } catch {
      // Undecodable or unplayable: say nothing rather than break the kiosk.
    }
  }
}

const speaker = new Speaker();

export function speak(text: string, lang: Lang, kind: SayMode = 'interrupt'): void {
  try {
    speaker.say(text, lang, kind);
  } catch {
    // see Speaker
  }
}

export function prepareSpeech(lang: Lang): void {
  speaker.prepare(lang);
}

export function stopSpeaking(): void {
  speaker.stop();
}
