// Typed calls to the desktop shell. Every command either returns its value or throws
// an ErrorPayload ({ code, message, field }) that forms show beside the field.
import { invoke } from '@tauri-apps/api/core';
import type { AppInfo, ErrorPayload, Meeting, MeetingInput, Venue } from './bindings';

export function isErrorPayload(e: unknown): e is ErrorPayload {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

/** Turns anything thrown into an ErrorPayload, so callers handle one shape. */
export function asError(e: unknown): ErrorPayload {
  if (isErrorPayload(e)) return e;
  return { code: 'app.unexpected', message: String(e), field: null };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw asError(e);
  }
}

export const api = {
  appInfo: () => call<AppInfo>('app_info'),
  listMeetings: () => call<Meeting[]>('list_meetings'),
  getMeeting: (id: number) => call<Meeting>('get_meeting', { id }),
  createMeeting: (input: MeetingInput) => call<Meeting>('create_meeting', { input }),
  updateMeeting: (id: number, input: MeetingInput) => call<Meeting>('update_meeting', { id, input }),
  deleteMeeting: (id: number) => call<null>('delete_meeting', { id }),
  listVenues: () => call<Venue[]>('list_venues'),
  listTimezones: () => call<string[]>('list_timezones'),
};
