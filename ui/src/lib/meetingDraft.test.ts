import { describe, expect, it } from 'vitest';
import { emptyDraft, fromMeeting, isError, localIsoDate, readTime, recurrenceOf, toInput, weekOfMonth } from './meetingDraft';
import type { Meeting } from './bindings';

describe('meeting draft', () => {
  it('reads a time as people type it', () => {
    expect(readTime('1830')).toBe('18:30');
    expect(readTime('18:30')).toBe('18:30');
    expect(readTime('۱۹:۳۰')).toBe('19:30');
    expect(readTime('18.30')).toBe('18:30');
    expect(readTime('6:30 pm')).toBe('18:30');
    expect(readTime('630pm')).toBe('18:30');
    expect(readTime('7')).toBe('07:00');
    expect(readTime('7pm')).toBe('19:00');
    expect(readTime('12 am')).toBe('00:00');
    expect(readTime('12:15 p.m.')).toBe('12:15');
    for (const bad of ['', '2400', '18:60', '13pm', 'noon', '1:2']) expect(readTime(bad)).toBeNull();
  });

  it('defaults to a weekly meeting on today’s weekday at 19:00 in the given zone', () => {
    const tuesday = new Date(2026, 10, 24, 18, 30);
    const d = emptyDraft('America/New_York', tuesday);
    expect(d.days).toEqual(['TU']);
    expect(d.startDate).toBe('2026-11-24');
    expect(d.timezone).toBe('America/New_York');
  });

  it('uses the local date, not the UTC one, late in the evening', () => {
    expect(localIsoDate(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
  });

  it('maps every other week to a weekly rule with interval 2 in weekday order', () => {
    const d = { ...emptyDraft('UTC'), repeat: 'weekly' as const, interval: 2, days: ['TH' as const, 'MO' as const] };
    expect(recurrenceOf(d)).toEqual({ kind: 'weekly', interval: 2, days: ['MO', 'TH'] });
  });

  it('sends no venue for an online meeting and no link for an in-person one', () => {
    const online = toInput({ ...emptyDraft('UTC'), mode: 'online', url: 'https://zoom.us/j/1', address: 'x' });
    const inPerson = toInput({ ...emptyDraft('UTC'), mode: 'in_person', url: 'https://zoom.us/j/1', address: '1 Main St' });
    if (isError(online) || isError(inPerson)) throw new Error('unexpected');
    expect(online.venue).toBeNull();
    expect(online.online.url).toBe('https://zoom.us/j/1');
    expect(inPerson.online.url).toBe('');
    expect(inPerson.venue).toMatchObject({ kind: 'new', venue: { address: '1 Main St', timezone: 'UTC' } });
  });

  it('reports a blank date or time against its field', () => {
    const r = toInput({ ...emptyDraft('UTC'), startDate: '' });
    expect(isError(r) && r.field).toBe('start_date');
    const s = toInput({ ...emptyDraft('UTC'), startTime: '' });
    expect(isError(s) && s.field).toBe('start_time');
  });

  it('offers the week of the month a start date falls in, the last week as -1', () => {
    expect(weekOfMonth('2026-11-03')).toBe(1);
    expect(weekOfMonth('2026-11-24')).toBe(4);
    expect(weekOfMonth('2026-11-28')).toBe(4);
    expect(weekOfMonth('2026-11-29')).toBe(-1);
    const d = emptyDraft('UTC', new Date(2026, 10, 29, 12));
    expect(d.weeks).toEqual([-1]);
    expect(d.monthDay).toBe('SU');
  });

  it('maps a last-Saturday business meeting and a by-date rule', () => {
    const d = { ...emptyDraft('UTC'), repeat: 'monthly_weekday' as const, weeks: [-1], monthDay: 'SA' as const };
    expect(recurrenceOf(d)).toEqual({ kind: 'monthly_weekday', interval: 1, weeks: [-1], day: 'SA' });
    const e = { ...emptyDraft('UTC'), repeat: 'monthly_date' as const, monthDates: [15, 1] };
    expect(recurrenceOf(e)).toEqual({ kind: 'monthly_date', interval: 1, days: [1, 15] });
  });

  it('round-trips a saved meeting through the editor unchanged', () => {
    const m: Meeting = {
      id: 7, uid: 'x@homegroup', fellowship: 'smart', group_id: 3, group_name: 'Hope', name: 'SMART Thursday',
      mode: 'hybrid',
      venue: { id: 4, name: 'Library', address: '1 Main St', city: 'Austin', region: '', postal_code: '', country: '', latitude: null, longitude: null, timezone: 'America/Chicago', approximate: false, notes: '' },
      room: 'Room B',
      online: { platform: 'zoom', url: 'https://zoom.us/j/123456789', meeting_id: '123456789', passcode: '42', passcode_public: true, dial_in: '+1 646 558 8656', dial_in_notes: '', secret_params: 'tk' },
      formats: ['SMART'],
      schedule: { start_date: '2026-01-01', start_time: '18:30', duration_minutes: 90, timezone: 'America/Chicago', recurrence: { kind: 'monthly_weekday', interval: 1, weeks: [2, 4], day: 'TH' }, end_date: null },
      status: 'active', notes: 'Bring a friend', language: 'en', offers_verification: true, facilitator: 'Jo',
      sequence: 1, updated_at: '', imported: false, locally_edited: false, place_to_confirm: false,
    };
    const input = toInput(fromMeeting(m));
    if (isError(input)) throw new Error('unexpected');
    expect(input.venue).toEqual({ kind: 'existing', id: 4 });
    expect(input.schedule).toEqual(m.schedule);
    expect(input.online).toEqual({ ...m.online, platform: '' });
    expect([input.group_id, input.room, input.notes, input.facilitator, input.offers_verification]).toEqual([3, 'Room B', 'Bring a friend', 'Jo', true]);
  });
});
