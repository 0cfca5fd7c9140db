import { describe, expect, it } from 'vitest';
import { auditActionNamesObject, auditVerb, shortTitle, titleFromArticleSummary } from '@/lib/audit-words';
import { siteDayBounds } from '@/lib/site-time';

describe('the audit log in words', () => {
  it('says what a person did, and falls back to the code for an action it does not know', () => {
    expect(auditVerb('article.publish')).toBe('published');
    expect(auditVerb('user.invite')).toBe('invited');
    expect(auditVerb('something.new')).toBe('something.new');
    expect(auditActionNamesObject('auth.signIn')).toBe(false);
    expect(auditActionNamesObject('article.trash')).toBe(true);
  });

  it('takes the title out of a saved story’s summary and shortens long headlines on a word', () => {
    expect(titleFromArticleSummary('Port Averly strike ends (published, v3)')).toBe('Port Averly strike ends');
    expect(titleFromArticleSummary('Plain (note)')).toBe('Plain (note)');
    expect(shortTitle('Port Averly strike ends after nine weeks as dockers accept the harbour board’s offer', 40)).toBe(
      'Port Averly strike ends after nine weeks…',
    );
    expect(shortTitle('Short', 40)).toBe('Short');
  });

  it('turns a date field into the site’s day, whatever its length', () => {
    expect(siteDayBounds('2026-12-04', 'Europe/Berlin')).toEqual({
      start: new Date('2026-12-03T23:00:00Z'),
      end: new Date('2026-12-04T23:00:00Z'),
    });
    // The day the clocks go forward has 23 hours.
    const spring = siteDayBounds('2026-03-29', 'Europe/Berlin');
    expect((spring!.end.getTime() - spring!.start.getTime()) / 3_600_000).toBe(23);
    expect(siteDayBounds('2026-02-30', 'Europe/Berlin')).toBeNull();
    expect(siteDayBounds('yesterday', 'Europe/Berlin')).toBeNull();
  });
});
