// The handwriting recogniser for the kiosk page, loaded when the 手写 pad first opens: its stroke data (about
// 1 MB) is a separate chunk of the build, so the kiosk starts as fast as before and visitors who never write do
// not pay for it. Built once per page load and kept.
import { Recogniser } from '../../../shared/handwriting/recognise';
import { decodeStrokes } from '../../../shared/handwriting/strokeData';

let loading: Promise<Recogniser> | null = null;

/** Let the browser paint the "getting ready" message before the build takes the main thread for a moment. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

export function loadRecogniser(): Promise<Recogniser> {
  loading ??= (async () => {
    const file = await import('../../../shared/handwriting/strokes.json');
    await nextFrame();
    const set = decodeStrokes(file.default);
    return new Recogniser(set.chars, set.strokes);
  })();
  // A failed load (e.g. the chunk could not be fetched) is tried again the next time the pad opens.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
