import { describe, expect, it } from 'vitest';
import { datePattern, readDate, showDate } from './dateField';

const words = { year: 'yyyy', month: 'mm', day: 'dd' };

describe('date fields in the language order', () => {
  it('reads a date in each language’s order, and ISO in all of them', () => {
    expect(readDate('11/03/2027', 'en-US')).toBe('2027-11-03');
    expect(readDate('03/11/2027', 'es-u-ca-gregory')).toBe('2027-11-03');
    expect(readDate('3/11/2027', 'pt-BR-u-ca-gregory')).toBe('2027-11-03');
    expect(readDate('۲۰۲۷/۱۱/۰۳', 'fa-u-ca-gregory')).toBe('2027-11-03');
    expect(readDate('2027/11/3', 'fa-u-ca-gregory')).toBe('2027-11-03');
    for (const tag of ['en-US', 'es-u-ca-gregory', 'fa-u-ca-gregory']) expect(readDate('2027-11-03', tag)).toBe('2027-11-03');
  });

  it('says nothing typed apart from a date that is not whole or not real', () => {
    expect(readDate('  ', 'en-US')).toBe('');
    expect(readDate('03', 'en-US')).toBeNull();
    expect(readDate('11/03', 'en-US')).toBeNull();
    expect(readDate('11/03/27', 'en-US')).toBeNull();
    expect(readDate('31/04/2027', 'es-u-ca-gregory')).toBeNull();
    expect(readDate('02/29/2027', 'en-US')).toBeNull();
    expect(readDate('02/29/2028', 'en-US')).toBe('2028-02-29');
    expect(readDate('13/13/2027', 'en-US')).toBeNull();
  });

  it('shows a date as the language writes it and reads back what it shows', () => {
    expect(showDate('2027-11-03', 'en-US')).toBe('11/03/2027');
    expect(showDate('2027-11-03', 'es-u-ca-gregory')).toBe('03/11/2027');
    expect(showDate('2027-11-03', 'fa-u-ca-gregory')).toBe('۲۰۲۷/۱۱/۰۳');
    for (const tag of ['en-US', 'es-u-ca-gregory', 'pt-BR-u-ca-gregory', 'fa-u-ca-gregory']) {
      expect(readDate(showDate('1999-01-31', tag), tag)).toBe('1999-01-31');
    }
  });

  it('hints the order', () => {
    expect(datePattern('en-US', words)).toBe('mm/dd/yyyy');
    expect(datePattern('es-u-ca-gregory', words)).toBe('dd/mm/yyyy');
    expect(datePattern('fa-u-ca-gregory', words)).toBe('yyyy/mm/dd');
  });
});
