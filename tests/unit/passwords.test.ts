import { describe, expect, it } from 'vitest';
import { isCommonPassword, passwordSchema } from '@/lib/passwords';

describe('common passwords', () => {
  it('refuses well-known passwords whatever their letter case', () => {
    for (const password of [
      'password123',
      'Password123',
      'PASSWORD123',
      'qwertyuiop',
      'QwErTyUiOp',
      '1q2w3e4r5t',
      'basketball',
      'Basketball',
      'iloveyou123',
      'Manchester',
      'Christopher',
      '1qaz2wsx3edc',
    ]) {
      expect(isCommonPassword(password), password).toBe(true);
      expect(passwordSchema.safeParse(password).error?.issues[0]?.message, password).toBe('That password is too common; choose another.');
    }
  });

  it('comes from a list of tens of thousands, not a handful', () => {
    // Ranked about 10,000th, 14,000th, 22,000th, 26,000th, 34,000th and 46,000th in the list.
    for (const password of ['NoPassword', 'astalavista', 'QWERTYUIOP123', 'dodgeviper', 'qazwsx1234', 'BlackLabel']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it("refuses long leaked passwords that only Mozilla's Firefox Accounts list has", () => {
    // Neither is among zxcvbn's 49,000; both are on fxa-common-password-list (long passwords are its strength).
    for (const password of ['baseball123', 'Mustang123', 'MUSTANG123']) {
      expect(isCommonPassword(password), password).toBe(true);
      expect(passwordSchema.safeParse(password).success, password).toBe(false);
    }
  });

  it('lets a strong password through', () => {
    for (const password of ['plum-sextant-harbour-47', 'Correct Horse Battery Staple', 'e2e-admin-passphrase']) {
      expect(isCommonPassword(password), password).toBe(false);
      expect(passwordSchema.safeParse(password).success, password).toBe(true);
    }
  });
});
