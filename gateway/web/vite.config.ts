import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway serves the build at `/`; `npx vite` in gateway/web proxies the API to a running `npm start`.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  build: { outDir: 'dist/app', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/dev': 'http://127.0.0.1:4000', '/files': 'http://127.0.0.1:4000' } },
});
