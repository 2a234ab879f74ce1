import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { preloadLanguageStrings } from './build/preload-language-strings';

// The API runs on :3000 in development; in production the server serves web/dist itself.
export default defineConfig({
  plugins: [react(), preloadLanguageStrings()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
