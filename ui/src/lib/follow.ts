// Screens that show what the shell changes by itself (a publish after an edit, a
// background sync, a refreshed import source, an import's progress) load once and
// again on each such event. The events come from one long poll (`next_events`), not
// from Tauri's event listeners, whose every registration ran a script in the page
// that made WebKit start a JavaScript engine in the app's own process (3 MB).
import { onMount } from 'svelte';
import { api } from './api';
import type { AppEvent } from './bindings';

type Kind = AppEvent['kind'];
type Of<K extends Kind> = Extract<AppEvent, { kind: K }>;

const listeners = new Map<Kind, Set<(e: AppEvent) => void>>();
let polling = false;
/** The number of the last event this window has had, kept between spells of listening:
 *  a screen that opens later still hears of an event that came while nobody listened
 *  (at worst one reload more), rather than of none until the shell next counts. */
let last: number | null = null;

/** Asks for the next events while anyone listens; a failed ask is tried again a
 *  second later (the shell is never far). */
async function poll(): Promise<void> {
  polling = true;
  try {
    while (listeners.size) {
      let got;
      try {
        got = await api.nextEvents(last);
      } catch {
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      last = got.last;
      // One screen's failing reload does not keep the event from the others.
      for (const e of got.events) {
        for (const f of listeners.get(e.kind) ?? []) {
          try {
            f(e);
          } catch (err) {
            console.error(err);
          }
        }
      }
    }
  } finally {
    polling = false;
  }
}

/** Calls `f` on each event of `kind` from now on; the function returned stops it. */
export function on<K extends Kind>(kind: K, f: (e: Of<K>) => void): () => void {
  const set = listeners.get(kind) ?? new Set();
  const g = f as (e: AppEvent) => void;
  set.add(g);
  listeners.set(kind, set);
  if (!polling) void poll();
  return () => {
    set.delete(g);
    if (!set.size) listeners.delete(kind);
  };
}

/** Calls `load` when the component mounts (unless `first` is false) and again on each
 *  event of `kind`; stops when the component goes. Call it while the component is
 *  being set up. */
export function follow<K extends Kind>(kind: K, load: (e?: Of<K>) => unknown, first = true): void {
  onMount(() => {
    if (first) void load();
    return on(kind, (e) => void load(e));
  });
}
