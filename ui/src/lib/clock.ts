// The app's clock. The core tells the page its time at start (AppInfo.now) and the page
// counts on from there, so a test build's HOMEGROUP_NOW reaches every screen and a
// calendar test means the same on every day it runs. Nothing else here reads `new Date()`
// for "now".
let offset = 0;

/** Sets the clock from the core's instant (RFC 3339). */
export function setClock(iso: string): void {
  const t = Date.parse(iso);
  if (!Number.isNaN(t)) offset = t - Date.now();
}

/** The current instant on the app's clock. */
export function now(): Date {
  return new Date(Date.now() + offset);
}
