// The scheduling window test picks its dates from "today": for every day of a whole
// year, each one lands in the next month, on the weekday and in the order the test needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from './lib/programs.mjs';
import { schedulingDates } from './lib/months.mjs';

test('the scheduling dates fall in the next month for every day of 2027', () => {
  const weekday = (iso) => new Date(`${iso}T12:00:00Z`).getUTCDay();
  let days = 0;
  for (let today = '2027-01-01'; today <= '2027-12-31'; today = addDays(today, 1)) {
    const d = schedulingDates(today);
    const month = d.monthStart.slice(0, 7);
    const nextMonth = addDays(`${today.slice(0, 7)}-28`, 7).slice(0, 7);
    assert.equal(month, nextMonth, today);
    for (const [name, value] of Object.entries(d)) assert.equal(value.slice(0, 7), month, `${today}: ${name} = ${value}`);
    assert.equal(weekday(d.firstTuesday), 2);
    assert.equal(weekday(d.cancelled), 2);
    assert.equal(weekday(d.moved), 2);
    assert.equal(weekday(d.lastSaturday), 6);
    assert.equal(addDays(d.lastSaturday, 7).slice(0, 7) > month, true, `${today}: the last Saturday is the last`);
    assert.equal(addDays(d.firstTuesday, -7).slice(0, 7) < month, true, `${today}: the first Tuesday is the first`);
    assert.ok(d.cancelled < d.moved && d.moved < d.movedTo, today);
    assert.notEqual(d.movedTo, d.lastSaturday);
    days++;
  }
  assert.equal(days, 365);
});
