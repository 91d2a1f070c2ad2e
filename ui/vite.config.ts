import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Each catalog's language name and direction, read from the files as the window is
// built: the window shows every language's name in Settings but loads only the catalog
// it shows (all four in the script doubled it; see lib/i18n.svelte.ts).
function localeNames(): Plugin {
  const id = 'virtual:locale-names';
  const dir = resolve(__dirname, '../locales');
  return {
    name: 'locale-names',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return;
      const list = readdirSync(dir)
        .filter((f) => f.endsWith('.ftl'))
        .map((f) => {
          const path = join(dir, f);
          this.addWatchFile(path);
          const text = readFileSync(path, 'utf8');
          const code = f.slice(0, -'.ftl'.length);
          const get = (key: string) => text.match(new RegExp(`^${key} = (.+)$`, 'm'))?.[1].trim();
          return { code, name: get('page-language-name') ?? code, dir: get('page-language-dir') === 'rtl' ? 'rtl' : 'ltr' };
        });
      return `export default ${JSON.stringify(list)};`;
    },
  };
}

// Tauri serves ui/dist from a custom protocol; everything is bundled locally, so the
// app works offline and the CSP can forbid every remote origin.
export default defineConfig({
  plugins: [svelte(), localeNames()],
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
