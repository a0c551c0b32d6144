import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The provenance viewer's build (`npm run build:web`): web/ in, dist/web/ out, served by
 * src/server/viewer-routes.ts. Everything is bundled from npm packages: the page loads
 * nothing from any other origin (no CDN, no web fonts), so it works offline and under the
 * server's Content-Security-Policy (`script-src 'self'`, no eval).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: 'public',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // No inlined data: URLs for assets, no module-preload polyfill script: plain files from 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  // `npx vite web` (development, hot reload): GraphQL from a claimgraph server on :4000.
  server: { proxy: { '/graphql': process.env.CLAIMGRAPH_URL ?? 'http://127.0.0.1:4000' } },
});
