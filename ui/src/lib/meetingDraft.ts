// The new-meeting form's state as the person types it, and its translation into the
// MeetingInput the core validates. The core is the judge of every rule; this only
// reshapes, and reports the two things a browser form can leave blank (date, time).
import type { AttendanceMode, Day, ErrorPayload, Fellowship, MeetingInput, Recurrence } from './bindings';

export type Repeat = 'once' | 'weekly' | 'biweekly';

export interface Draft {
  name: string;
  fellowship: Fellowship;
  mode: AttendanceMode;
  venueName: string;
  address: string;
  city: string;
  url: string;
  dialIn: string;
  repeat: Repeat;
  days: Day[];
  startDate: string;
  endDate: string;
  startTime: string;
  duration: number;
  timezone: string;
}

export const DAYS: Day[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** ISO date of `d` in local time (not UTC, which can be tomorrow at 7 pm). */
export function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function emptyDraft(timezone: string, today = new Date()): Draft {
  return {
    name: '',
    fellowship: 'na',
    mode: 'in_person',
    venueName: '',
    address: '',
    city: '',
    url: '',
    dialIn: '',
    repeat: 'weekly',
    days: [DAYS[(today.getDay() + 6) % 7]],
    startDate: localIsoDate(today),
    endDate: '',
    startTime: '19:00',
    duration: 60,
    timezone,
  };
}

export function recurrenceOf(d: Draft): Recurrence {
  switch (d.repeat) {
    case 'once':
      return { kind: 'once' };
    case 'weekly':
    case 'biweekly':
      return { kind: 'weekly', interval: d.repeat === 'weekly' ? 1 : 2, days: DAYS.filter((x) => d.days.includes(x)) };
  }
}

export function toInput(d: Draft): MeetingInput | ErrorPayload {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.startDate)) return { code: 'input.date', message: 'Enter a date.', field: 'start_date' };
  if (!/^\d{2}:\d{2}$/.test(d.startTime)) return { code: 'input.time', message: 'Enter a time.', field: 'start_time' };
  const hasRoom = d.mode === 'in_person' || d.mode === 'hybrid';
  return {
    fellowship: d.fellowship,
    group_id: null,
    name: d.name,
    mode: d.mode,
    venue: hasRoom
      ? {
          kind: 'new',
          venue: {
            name: d.venueName,
            address: d.address,
            city: d.city,
            region: '',
            postal_code: '',
            country: '',
            latitude: null,
            longitude: null,
            timezone: d.timezone,
            approximate: false,
            notes: '',
          },
        }
      : null,
    room: '',
    online: {
      platform: '',
      url: d.mode === 'in_person' ? '' : d.url,
      meeting_id: '',
      passcode: '',
      passcode_public: false,
      dial_in: d.mode === 'in_person' ? '' : d.dialIn,
      dial_in_notes: '',
    },
    formats: [],
    schedule: {
      start_date: d.startDate,
      start_time: d.startTime,
      duration_minutes: Number(d.duration),
      timezone: d.timezone,
      recurrence: recurrenceOf(d),
      end_date: d.endDate === '' ? null : d.endDate,
    },
    status: 'active',
    notes: '',
    language: '',
    offers_verification: false,
    facilitator: '',
  };
}

export function isError(x: MeetingInput | ErrorPayload): x is ErrorPayload {
  return 'code' in x;
}
