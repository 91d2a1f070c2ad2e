// Dates for the scheduling test, chosen from "today" so that every one of them falls in
// the month after it, which the calendar reaches with one "next": whatever the day.
// tests/months.test.mjs runs this for every day of 2027.
import { addDays } from './programs.mjs';

const weekday = (iso) => new Date(`${iso}T12:00:00Z`).getUTCDay();

/** `today` is `YYYY-MM-DD`; every date returned is `YYYY-MM-DD` in the next month. */
export function schedulingDates(today) {
  const [y, m] = today.split('-').map(Number);
  const next = new Date(Date.UTC(y, m, 1)); // month m is the next one (months count from 0)
  const monthStart = next.toISOString().slice(0, 10);
  const monthEnd = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  let firstTuesday = monthStart;
  while (weekday(firstTuesday) !== 2) firstTuesday = addDays(firstTuesday, 1);
  let lastSaturday = monthEnd;
  while (weekday(lastSaturday) !== 6) lastSaturday = addDays(lastSaturday, -1);
  // A biweekly meeting from the first Tuesday (day 1–7) meets again on day 15–21 and
  // day 29–35: only the first two are sure to be in this month.
  const cancelled = firstTuesday;
  const moved = addDays(firstTuesday, 14);
  const movedTo = addDays(moved, 1);
  return { monthStart, monthEnd, firstTuesday, lastSaturday, cancelled, moved, movedTo };
}
