import { defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { directoryResolvers } from './directory.js';

/** Administration also hosts the office directory (`units`, `unit(code:)`). */
export const unit = defineUnitModule(manifest, import.meta.url, { resolvers: directoryResolvers });
