import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the single-page app into dist/web; the Kring server serves it. No external assets. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0 },
});
