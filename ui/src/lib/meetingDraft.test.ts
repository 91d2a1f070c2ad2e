import { describe, expect, it } from 'vitest';
import { emptyDraft, isError, localIsoDate, recurrenceOf, toInput } from './meetingDraft';

describe('meeting draft', () => {
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
    const d = { ...emptyDraft('UTC'), repeat: 'biweekly' as const, days: ['TH' as const, 'MO' as const] };
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
});
