import { defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };

export const unit = defineUnitModule(manifest, import.meta.url);
