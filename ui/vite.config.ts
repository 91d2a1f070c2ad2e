import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Tauri serves ui/dist from a custom protocol; everything is bundled locally, so the
// app works offline and the CSP can forbid every remote origin.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The translation catalog lives beside ui/ (locales/*.ftl): the CLI and the core read it too.
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  build: {
    target: 'safari15',
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
