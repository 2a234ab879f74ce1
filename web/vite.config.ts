import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { shellPreloads } from './build/shell-preloads';

// The API runs on :3000 in development; in production the server serves web/dist itself.
export default defineConfig({
  plugins: [
    react(),
    // The catalog as the menu links it: its first page and its filters (src/features/catalog/routes.tsx).
    shellPreloads({ '/courses': ['/api/catalog?lang={lang}&page=1', '/api/catalog/filters'] }),
  ],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
