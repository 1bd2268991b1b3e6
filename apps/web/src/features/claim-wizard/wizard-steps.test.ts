import { describe, expect, it } from 'vitest';
import { fieldKeysOf, firstStepWithProblem, parseStep, reopenStep, stepOfPath } from './wizard-steps';

const problem = (path: string, code = 'REQUIRED') => ({ path, code, message: code });

describe('wizard steps', () => {
  it('finds the step of each server path', () => {
    expect(stepOfPath('customer.domain')).toBe(0);
    expect(stepOfPath('locationId')).toBe(0);
    expect(stepOfPath('program')).toBe(1);
    expect(stepOfPath('revenue.sellerName')).toBe(2);
    expect(stepOfPath('lines.0.subscriptionId')).toBe(3);
    expect(stepOfPath('customerContact.email')).toBe(4);
    expect(stepOfPath('documents')).toBe(5);
    expect(stepOfPath('comments')).toBe(6);
    expect(stepOfPath('')).toBeNull();
  });

  it('shows a missing group at each of its inputs and a line problem on its line', () => {
    expect(fieldKeysOf('partnerContact')).toEqual(['partnerContact.name', 'partnerContact.email']);
    expect(fieldKeysOf('customerContact.email')).toEqual(['customerContact.email']);
    expect(fieldKeysOf('lines.1.subscriptionId')).toEqual(['lines.1.subscriptionId']);
    expect(fieldKeysOf('lines.1.productCode')).toEqual(['lines.1']);
    expect(fieldKeysOf('lines.2')).toEqual(['lines.2']);
    expect(fieldKeysOf('program')).toEqual(['activities']);
  });

  it('reopens a draft at its first problem, else where it was left, else at the submit step', () => {
    expect(firstStepWithProblem([problem('documents'), problem('lines.0.subscriptionId')])).toBe(3);
    expect(reopenStep([problem('partnerContact'), problem('name')], 5)).toBe(2);
    expect(reopenStep([problem('')], 4)).toBe(4);
    expect(reopenStep([], null)).toBe(6);
    expect(reopenStep([], 99)).toBe(6);
  });

  it('accepts only step numbers the wizard has', () => {
    expect(parseStep('3')).toBe(3);
    expect(parseStep('7')).toBeNull();
    expect(parseStep('-1')).toBeNull();
    expect(parseStep(null)).toBeNull();
  });
});
