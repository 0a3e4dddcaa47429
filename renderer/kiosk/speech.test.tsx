// The read-aloud's pure parts: written shorthand said in words, and which system voice counts for a language (a
// station whose only voices are English must use the bundled Chinese voice, not read Chinese with an English one).
// jsdom has no speech synthesis: the station's voice list is given to it here, as a station would report it.
import { afterEach, describe, expect, it } from 'vitest';
import { forSpeech, systemVoice } from './speech';

function withVoices(voices: { lang: string; name: string; localService?: boolean }[]) {
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: { getVoices: () => voices.map((v) => ({ localService: true, ...v })) },
  });
}

describe('read-aloud', () => {
  afterEach(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });

  it('says shorthand in words', () => {
    expect(forSpeech('260元/天 · 日结', 'zh')).toBe('260元每天，日结');
    expect(forSpeech('35 yuan/hour · weekly', 'en')).toBe('35 yuan per hour, weekly');
    expect(forSpeech('   ', 'zh')).toBe('');
  });

  it('uses a system voice only in the language being read', () => {
    expect(systemVoice('zh')).toBeNull(); // no speech synthesis at all
    withVoices([{ lang: 'en-US', name: 'English' }]);
    expect(systemVoice('zh')).toBeNull();
    expect(systemVoice('en')?.name).toBe('English');
    withVoices([
      { lang: 'en-GB', name: 'English' },
      { lang: 'zh-CN', name: 'Remote Mandarin', localService: false },
      { lang: 'zh_CN', name: 'Mandarin' },
    ]);
    expect(systemVoice('zh')?.name).toBe('Mandarin');
    withVoices([{ lang: 'cmn', name: 'Putonghua' }]);
    expect(systemVoice('zh')?.name).toBe('Putonghua');
  });
});
