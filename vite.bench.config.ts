import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The benchmark's comparison pages (bench/*.html), built like the app into dist-bench/ and served under /bench/.
export default defineConfig({
  plugins: [react()],
  root: resolve(import.meta.dirname, 'bench'),
  base: '/bench/',
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, 'dist-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1400,
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    rollupOptions: {
      input: {
        bare: resolve(import.meta.dirname, 'bench/bare.html'),
        'bare-mount': resolve(import.meta.dirname, 'bench/bare-mount.html'),
        blank: resolve(import.meta.dirname, 'bench/blank.html'),
        naive: resolve(import.meta.dirname, 'bench/naive.html'),
        mount: resolve(import.meta.dirname, 'bench/mount.html'),
      },
    },
  },
});
