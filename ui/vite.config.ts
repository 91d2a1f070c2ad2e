import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Each catalog's language name and direction, read from the files as the window is
// built: the window shows every language's name in Settings but loads only the catalog
// it shows (all four in the script doubled it; see lib/i18n.svelte.ts). Sorted here,
// English first, then by name: sorted in the window, the first screen built a collator
// for four names, and ICU's collation data stayed in WebKit's memory (about 1.7 MB on a
// page that used nothing else of ICU).
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
      list.sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.name.localeCompare(b.name)));
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
    // WebKit keeps a script's whole text as long as the page lives, in one byte a
    // character if every character is ASCII and in two otherwise: 158 quotes, arrows and
    // isolation marks in the main script kept it at 710 kB instead of 355 kB.
    rolldownOptions: { output: { charset: 'ascii' } },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
