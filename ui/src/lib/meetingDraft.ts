// The meeting editor's state as the person types it, and its translation into the
// MeetingInput the core validates. The core is the judge of every rule; this only
// reshapes, and reports the two things a browser form can leave blank (date, time).
import { latinDigits } from './dateField';
import { localIsoDate } from './dates';
import { now } from './clock';
import type { AttendanceMode, Day, ErrorPayload, Fellowship, Meeting, MeetingInput, Recurrence } from './bindings';

/** How the editor offers recurrence; `custom` keeps an imported RRULE untouched. */
export type Repeat = 'weekly' | 'monthly_weekday' | 'monthly_date' | 'once' | 'custom';

export interface Draft {
  name: string;
  fellowship: Fellowship;
  groupId: number | null;
  mode: AttendanceMode;
  /** `new` for the address fields below, else the id of a saved venue. */
  venue: 'new' | number;
  venueName: string;
  address: string;
  city: string;
  room: string;
  url: string;
  meetingId: string;
  passcode: string;
  passcodePublic: boolean;
  secretParams: string;
  dialIn: string;
  dialInNotes: string;
  formats: string[];
  repeat: Repeat;
  /** Every N weeks (weekly) or N months (monthly kinds). */
  interval: number;
  days: Day[];
  /** Weeks of the month for `monthly_weekday`: 1–4, and -1 for the last. */
  weeks: number[];
  monthDay: Day;
  monthDates: number[];
  customRule: string;
  startDate: string;
  endDate: string;
  startTime: string;
  duration: number;
  timezone: string;
  notes: string;
  language: string;
  offersVerification: boolean;
  facilitator: string;
  active: boolean;
}

export const DAYS: Day[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const WEEKS = [1, 2, 3, 4, -1] as const;

export { localIsoDate };

/** Which week of its month a date falls in: 1–4, or -1 for a fifth (hence last) one. */
export function weekOfMonth(iso: string): number {
  const d = Number(iso.split('-')[2]);
  return d > 28 ? -1 : Math.ceil(d / 7);
}

export function dayOf(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return DAYS[(new Date(y, m - 1, d).getDay() + 6) % 7];
}

export function emptyDraft(timezone: string, today: Date = now()): Draft {
  const iso = localIsoDate(today);
  return {
    name: '',
    fellowship: 'na',
    groupId: null,
    mode: 'in_person',
    venue: 'new',
    venueName: '',
    address: '',
    city: '',
    room: '',
    url: '',
    meetingId: '',
    passcode: '',
    passcodePublic: false,
    secretParams: '',
    dialIn: '',
    dialInNotes: '',
    formats: [],
    repeat: 'weekly',
    interval: 1,
    days: [dayOf(iso)],
    weeks: [weekOfMonth(iso)],
    monthDay: dayOf(iso),
    monthDates: [today.getDate()],
    customRule: '',
    startDate: iso,
    endDate: '',
    startTime: '19:00',
    duration: 60,
    timezone,
    notes: '',
    language: '',
    offersVerification: false,
    facilitator: '',
    active: true,
  };
}

/** The editor's state for an existing meeting. */
export function fromMeeting(m: Meeting, today: Date = now()): Draft {
  const base = emptyDraft(m.schedule.timezone, today);
  const r = m.schedule.recurrence;
  const d: Draft = {
    ...base,
    name: m.name,
    fellowship: m.fellowship,
    groupId: m.group_id,
    mode: m.mode,
    venue: m.venue ? m.venue.id : 'new',
    room: m.room,
    url: m.online.url,
    meetingId: m.online.meeting_id,
    passcode: m.online.passcode,
    passcodePublic: m.online.passcode_public,
    secretParams: m.online.secret_params,
    dialIn: m.online.dial_in,
    dialInNotes: m.online.dial_in_notes,
    formats: [...m.formats],
    startDate: m.schedule.start_date,
    endDate: m.schedule.end_date ?? '',
    startTime: m.schedule.start_time,
    duration: m.schedule.duration_minutes,
    notes: m.notes,
    language: m.language,
    offersVerification: m.offers_verification,
    facilitator: m.facilitator,
    active: m.status === 'active',
  };
  switch (r.kind) {
    case 'once':
      d.repeat = 'once';
      break;
    case 'weekly':
      Object.assign(d, { repeat: 'weekly', interval: r.interval, days: [...r.days] });
      break;
    case 'monthly_weekday':
      Object.assign(d, { repeat: 'monthly_weekday', interval: r.interval, weeks: [...r.weeks], monthDay: r.day });
      break;
    case 'monthly_date':
      Object.assign(d, { repeat: 'monthly_date', interval: r.interval, monthDates: [...r.days] });
      break;
    case 'dates':
    case 'custom':
      Object.assign(d, { repeat: 'custom', customRule: r.kind === 'custom' ? r.rrule : '' });
      break;
  }
  return d;
}

export function recurrenceOf(d: Draft, original?: Recurrence): Recurrence {
  const interval = Math.max(1, Math.floor(Number(d.interval) || 1));
  switch (d.repeat) {
    case 'once':
      return { kind: 'once' };
    case 'weekly':
      return { kind: 'weekly', interval, days: DAYS.filter((x) => d.days.includes(x)) };
    case 'monthly_weekday':
      return { kind: 'monthly_weekday', interval, weeks: WEEKS.filter((w) => d.weeks.includes(w)), day: d.monthDay };
    case 'monthly_date':
      return { kind: 'monthly_date', interval, days: [...d.monthDates].sort((a, b) => a - b) };
    case 'custom':
      return original && original.kind === 'dates' ? original : { kind: 'custom', rrule: d.customRule };
  }
}

/**
 * A time as people type it, as `HH:MM`: "1830", "18:30", "18.30", "6:30 pm", "630pm",
 * "7", "7pm". The web view's own time field turned "1830" into 23:00; this reads what
 * was meant, or gives null when it cannot.
 */
export function readTime(text: string): string | null {
  // Persian and Arabic-Indic digits read as 0–9 (a Persian keyboard types ۱۹:۳۰).
  const m = latinDigits(text)
    .trim()
    .toLowerCase()
    .match(/^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.[0];
  if (half) {
    if (hour < 1 || hour > 12) return null;
    if (half === 'p' && hour !== 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function toInput(d: Draft, original?: Recurrence): MeetingInput | ErrorPayload {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.startDate)) return { code: 'input.date', message: 'Enter a date.', field: 'start_date' };
  const startTime = readTime(d.startTime);
  if (startTime === null) return { code: 'input.time', message: 'Enter a time.', field: 'start_time' };
  // Numbers are checked here, by their field, before they reach the core: a negative
  // length would otherwise come back as a message about the form's shape.
  const minutes = Number(d.duration);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440)
    return { code: 'schedule.invalid_duration', message: 'A meeting lasts between 1 minute and 24 hours.', field: 'duration_minutes' };
  const interval = Number(d.interval);
  if (['weekly', 'monthly_weekday', 'monthly_date'].includes(d.repeat) && (!Number.isInteger(interval) || interval < 1 || interval > 52))
    return { code: 'schedule.invalid_interval', message: 'Repeat every 1 to 52 weeks or months.', field: 'interval' };
  const hasRoom = d.mode === 'in_person' || d.mode === 'hybrid';
  const remote = d.mode !== 'in_person';
  return {
    fellowship: d.fellowship,
    group_id: d.groupId,
    name: d.name,
    mode: d.mode,
    venue: !hasRoom
      ? null
      : d.venue === 'new'
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
        : { kind: 'existing', id: d.venue },
    room: hasRoom ? d.room : '',
    online: {
      platform: '',
      url: remote && d.mode !== 'phone' ? d.url : '',
      meeting_id: remote ? d.meetingId : '',
      passcode: remote ? d.passcode : '',
      passcode_public: remote && d.passcodePublic,
      dial_in: remote ? d.dialIn : '',
      dial_in_notes: remote ? d.dialInNotes : '',
      secret_params: remote && d.mode !== 'phone' ? d.secretParams : '',
    },
    formats: [...d.formats],
    schedule: {
      start_date: d.startDate,
      start_time: startTime,
      duration_minutes: minutes,
      timezone: d.timezone,
      recurrence: recurrenceOf(d, original),
      end_date: d.repeat === 'once' || d.endDate === '' ? null : d.endDate,
    },
    status: d.active ? 'active' : 'inactive',
    notes: d.notes,
    language: d.language,
    offers_verification: d.offersVerification,
    facilitator: d.facilitator,
  };
}

export function isError(x: MeetingInput | ErrorPayload): x is ErrorPayload {
  return 'code' in x;
}
