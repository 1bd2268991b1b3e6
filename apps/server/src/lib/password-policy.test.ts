import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('the password policy', () => {
  it('refuses short passwords and the commonest ones', () => {
    expect(passwordProblem('abc123')).toMatch(/at least 8/);
    expect(passwordProblem('password1')).toMatch(/too easy to guess/);
    expect(passwordProblem('qwertyuiop')).toMatch(/too easy to guess/);
    expect(passwordProblem('iloveyou2024')).toMatch(/too easy to guess/);
  });

  it("refuses a password made of the person's own name or address", () => {
    expect(passwordProblem('ninadevries1', ['Nina de Vries', 'nina.devries@northwind.example'])).toMatch(/too easy to guess/);
  });

  it('accepts a passphrase of unrelated words', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('Tulip-Glacier-Marmot-42')).toBeNull();
  });

  it('refuses a password over the length limit', () => {
    expect(passwordProblem('x'.repeat(300))).toMatch(/at most 256/);
  });
});
