// The cross-engine cases (cross-engine.mjs) in Debian's Chromium, driven by Playwright.
import { crossEngineTests } from './cross-engine.mjs';

crossEngineTests('chromium');
