import { chromiumMissing } from './chromium.js';

// `npm test` runs this before the suite: a hint, not a failure (the browser tests fail themselves).
const missing = chromiumMissing();
if (missing) console.warn(`\n! ${missing}\n`);
