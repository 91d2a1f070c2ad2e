// What most window tests start from: a fresh program imported from the Meeting Guide
// fixture (NA), its feed server on any free port, a display and the driver.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, cli, tempDir } from './programs.mjs';
import { Driver, ensureDisplay } from './webdriver.mjs';

export async function programWindow(prefix) {
  const db = join(tempDir(prefix), 'program.sqlite3');
  assert.equal(cli(['--db', db, 'import', join(ROOT, 'tests/fixtures/meeting-guide.json'), '--fellowship', 'na']).code, 0);
  assert.equal(cli(['--db', db, 'feeds', 'port', '0']).code, 0);
  const stopDisplay = await ensureDisplay();
  const driver = await Driver.start({ HOMEGROUP_DB: db, LANG: 'C.UTF-8', TZ: 'America/New_York' });
  return {
    db,
    driver,
    async stop() {
      await driver.stop();
      await stopDisplay();
    },
  };
}
