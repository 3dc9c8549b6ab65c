import { fileURLToPath } from 'node:url';

/** The web app's folder; its sources are src/, its build goes to dist/app (git-ignored). */
export const webRoot = fileURLToPath(new URL('.', import.meta.url));
export const webDistDir = fileURLToPath(new URL('./dist/app', import.meta.url));
