// Screens that show what the shell changes by itself (a publish after an edit, a
// background sync, a refreshed import source) load once and again on each such event.
import { listen, type Event, type UnlistenFn } from '@tauri-apps/api/event';
import { onMount } from 'svelte';

/** Calls `load` when the component mounts and again whenever the shell emits `event`;
 *  stops listening when the component goes, even if it goes before listening began.
 *  Call it while the component is being set up. */
export function follow<T = unknown>(event: string, load: (e?: Event<T>) => unknown, first = true): void {
  onMount(() => {
    let stop: UnlistenFn | undefined;
    let gone = false;
    (async () => {
      if (first) await load();
      const unlisten = await listen<T>(event, (e) => load(e));
      if (gone) unlisten();
      else stop = unlisten;
    })();
    return () => {
      gone = true;
      stop?.();
    };
  });
}
