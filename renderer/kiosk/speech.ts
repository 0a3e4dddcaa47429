// Read-aloud through the browser's speech synthesis (zh-CN or en-US). Kiosk builds without a voice simply stay
// silent: the written text is always on screen too.
export function speak(text: string, lang: 'zh' | 'en'): void {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined' || !text) return;
  try {
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
    // A little slower than default: many listeners are older and the hall is noisy.
    utterance.rate = 0.9;
    synth.speak(utterance);
  } catch {
    // A broken voice must never break the kiosk.
  }
}

export function stopSpeaking(): void {
  try {
    window.speechSynthesis?.cancel();
  } catch {
    // ignore: see speak()
  }
}
