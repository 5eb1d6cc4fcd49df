// The cross-engine cases (cross-engine.mjs) in WebKitGTK (MiniBrowser under Xvfb), driven by selenium-webdriver and WebKitWebDriver.
import { crossEngineTests } from './cross-engine.mjs';

crossEngineTests('webkit');
