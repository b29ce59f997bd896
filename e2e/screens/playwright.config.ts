import base from '../playwright.config';
import { defineConfig } from '@playwright/test';

// One worker: the sheet's language switch (`pseudo`) is module state.
export default defineConfig({ ...base, testDir: '.', outputDir: '../../test-results/screens', timeout: 180_000, workers: 1, fullyParallel: false });
