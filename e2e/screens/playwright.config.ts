import base from '../playwright.config';
import { defineConfig } from '@playwright/test';

export default defineConfig({ ...base, testDir: '.', outputDir: '../../test-results/screens', timeout: 180_000 });
