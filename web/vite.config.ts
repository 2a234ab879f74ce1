import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API runs on :3000 in development; in production the server serves web/dist itself.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
