import { describe, expect, it } from 'vitest';
import { grantText, newCaseKeys, readGrant } from './caseKeys.ts';

describe('a grant', () => {
  it('holds both private keys of a case', () => {
    const keys = newCaseKeys();
    expect(readGrant(grantText(keys))).toEqual({
      report: keys.report.privateKey,
      case: keys.case.privateKey,
    });
    expect(keys.case.publicKey).not.toBe(keys.report.publicKey);
  });

  it('from before the case key holds the report key alone', () => {
    const { report } = newCaseKeys();
    expect(readGrant(report.privateKey)).toEqual({ report: report.privateKey, case: null });
    expect(() => readGrant('{"report":"x"}')).toThrow();
  });
});
