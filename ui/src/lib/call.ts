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

/** Invokes a command; whatever it throws comes out as an ErrorPayload. */
export async function invokeCommand<R>(cmd: string, args?: Record<string, unknown>): Promise<R> {
  try {
    return await invoke<R>(cmd, args);
  } catch (e) {
    throw asError(e);
  }
}
