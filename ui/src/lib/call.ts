// The one way the window reaches the desktop shell. Every command either returns its
// value or throws an ErrorPayload ({ code, message, field }) that forms show beside
// the field. The typed `api` over it is generated into api.ts.
import { invoke } from '@tauri-apps/api/core';
import type { ErrorPayload } from './bindings';

export function isErrorPayload(e: unknown): e is ErrorPayload {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

/** Turns anything thrown into an ErrorPayload, so callers handle one shape. */
export function asError(e: unknown): ErrorPayload {
  if (isErrorPayload(e)) return e;
  return { code: 'app.unexpected', message: String(e), field: null };
}

// How many questions to the shell are under way. A screen has all it asked for when
// this is back to zero: the window's tests read it (`window.homegroupCalls`) to check,
// without guessing at a delay, that nothing on a screen moves once drawn. A plain
// property: counting touches no element, so no style or layout work comes of it. The
// long poll for the shell's events (lib/follow.ts) is always under way and not counted.
const calls = { now: 0 };
(globalThis as { homegroupCalls?: typeof calls }).homegroupCalls = calls;
const LONG_POLL = 'next_events';

/** Invokes a command; whatever it throws comes out as an ErrorPayload. */
export async function invokeCommand<R>(cmd: string, args?: Record<string, unknown>): Promise<R> {
  const counted = cmd !== LONG_POLL;
  if (counted) calls.now += 1;
  try {
    return await invoke<R>(cmd, args);
  } catch (e) {
    throw asError(e);
  } finally {
    if (counted) calls.now -= 1;
  }
}
