import { unitTestConfig } from '@sesao28/kit/testing/vitest';

export default unitTestConfig(import.meta.url);
