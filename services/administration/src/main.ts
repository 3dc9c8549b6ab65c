import { runUnitMain } from '@sesao28/kit';
import { unit } from './index.js';

await runUnitMain(unit);
