// Component tests (jsdom): DOM matchers such as toBeVisible() from jest-dom, patient async queries, and an
// unmounted tree after each test.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// waitFor and findBy* give up after 1 s by default: a clock on a busy 2-core machine. They wait for a state; this
// is only the safety net for a state that never comes.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
