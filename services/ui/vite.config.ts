import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'` keeps asset URLs relative, so the same build works under any
// `--query.base-path`: the query service rewrites `<base href="/">` in index.html
// (as Jaeger does) and relative URLs resolve against it, also on deep SPA routes.
// eslint-disable-next-line no-restricted-syntax -- Vite loads its config from the default export
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': 'http://localhost:16686' },
  },
});
