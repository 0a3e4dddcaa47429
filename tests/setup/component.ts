// Component tests (jsdom): DOM matchers such as toBeVisible() from jest-dom, and an unmounted tree after each test.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());
