// A region's program for the window tests and the window benchmark: `n` weekly
// meetings spread over the week and the day, fifty halls and three towns, written as a
// Meeting Guide list. `name(i)` may rename some (a searchable one, accents and all).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function regionList(dir, n, name = (i) => `Meeting ${i}`) {
  const list = [];
  for (let i = 0; i < n; i++) {
    list.push({
      name: name(i),
      slug: `m-${i}`,
      day: i % 7,
      time: `${String(6 + (i % 16)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      timezone: 'America/New_York',
      location: `Hall ${i % 50}`,
      address: `${i % 900} Main St`,
      city: ['Springfield', 'Shelbyville', 'Ogdenville'][i % 3],
      types: ['O', 'D'],
    });
  }
  const file = join(dir, `region-${n}.json`);
  writeFileSync(file, JSON.stringify(list));
  return file;
}
