import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressAssets } from './scripts/precompress-assets.ts';

export default defineConfig({
  root: 'web',
  // npm start's own build is waited for: it writes quick brotli and finishes it once the server listens.
  plugins: [react(), precompressAssets({ quick: process.env.CASPIAN_QUICK_PRECOMPRESS === '1' })],
  build: { outDir: 'dist', emptyOutDir: true, assetsDir: 'assets', chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
