import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The page lives in web/ and is built to web/dist, which the server serves at `/` (server/http/static.ts).
export default defineConfig({
  root: 'web',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A strict CSP (no unsafe-inline) forbids the inline module-preload polyfill; all targets support modulepreload.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2020',
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
