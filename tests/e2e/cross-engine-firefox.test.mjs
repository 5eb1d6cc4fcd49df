// The cross-engine cases (cross-engine.mjs) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
import { crossEngineTests } from './cross-engine.mjs';

crossEngineTests('firefox');
