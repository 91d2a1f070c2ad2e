#!/usr/bin/env node
// The app's first screen saved as a page: its DOM once the meetings are drawn, the
// window's stylesheet inlined, no script. scripts/bench/app_start.py shows it in the blank
// window to tell what WebKit takes to draw the screen from what the script adds.
//
//   scripts/bench/first_screen_html.mjs APP DB OUT
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Driver, ensureDisplay } from '../../tests/lib/webdriver.mjs';

const [APP, DB, OUT] = process.argv.slice(2);
const stopDisplay = await ensureDisplay();
const driver = await Driver.start({ HOMEGROUP_DB: DB });
try {
  const session = await driver.open(APP);
  await session.find('table tbody tr');
  let html = await session.exec('return document.documentElement.outerHTML');
  await session.close();
  const assets = join(import.meta.dirname, '../../ui/dist/assets');
  const css = readFileSync(join(assets, readdirSync(assets).find((f) => f.endsWith('.css'))), 'utf8');
  html = html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*modulepreload[^>]*>/g, '')
    .replace(/<link[^>]*stylesheet[^>]*>/g, () => `<style>${css}</style>`);
  writeFileSync(OUT, `<!doctype html>${html}`);
} finally {
  await driver.stop();
  await stopDisplay();
}
