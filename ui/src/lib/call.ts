// The one way the window reaches the desktop shell. Every command either returns its
// value or throws an ErrorPayload ({ code, message, field }) that forms show beside
// the field. The typed `api` built on it is generated into api.ts.
import { invoke } from '@tauri-apps/api/core';
import type { Commands } from './api';
import type { ErrorPayload } from './bindings';

export function isErrorPayload(e: unknown): e is ErrorPayload {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

/** Turns anything thrown into an ErrorPayload, so callers handle one shape. */
export function asError(e: unknown): ErrorPayload {
  if (isErrorPayload(e)) return e;
  return { code: 'app.unexpected', message: String(e), field: null };
}

/** Calls a command with exactly the arguments the shell reads (names and types come
 *  from the Rust functions): a renamed argument does not compile. */
export async function call<K extends keyof Commands>(
  cmd: K,
  ...args: keyof Commands[K]['args'] extends never ? [] : [Commands[K]['args']]
): Promise<Commands[K]['result']> {
  try {
    return await invoke<Commands[K]['result']>(cmd, args[0]);
  } catch (e) {
    throw asError(e);
  }
}
