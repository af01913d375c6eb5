/** Setup for the ui (jsdom) project: jest-dom matchers and DOM cleanup between tests. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own auto-cleanup.
afterEach(() => cleanup());
