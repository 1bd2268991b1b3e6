import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { linkProblemOf } from './link-problem';

const error = (status: number, code: string, details: { path: string; code: string; message: string }[] = []) => new ApiError({ status, code, message: code, details });

describe('linkProblemOf', () => {
  it('tells an unknown, an expired and a used link apart', () => {
    expect(linkProblemOf(error(404, 'INVITATION_INVALID'))).toBe('invalid');
    expect(linkProblemOf(error(410, 'PASSWORD_RESET_EXPIRED'))).toBe('expired');
    expect(linkProblemOf(error(409, 'INVITATION_USED'))).toBe('used');
  });

  it('calls a malformed token an invalid link', () => {
    expect(linkProblemOf(error(400, 'VALIDATION_FAILED', [{ path: 'token', code: 'INVALID_FORMAT', message: 'Bad.' }]))).toBe('invalid');
  });

  it('leaves a weak password to the form, and failures worth retrying to the page', () => {
    expect(linkProblemOf(error(400, 'VALIDATION_FAILED', [{ path: 'password', code: 'WEAK_PASSWORD', message: 'Too easy.' }]))).toBeNull();
    expect(linkProblemOf(error(0, 'NETWORK_ERROR'))).toBeNull();
    expect(linkProblemOf(new Error('boom'))).toBeNull();
  });
});

describe('linkProblemOf on accepting', () => {
  it('leaves an address that meanwhile got an account to the form', () => {
    expect(linkProblemOf(error(409, 'EMAIL_TAKEN'))).toBeNull();
  });
});
