import { describe, expect, it } from 'vitest';
import { webhookState } from './webhook-state';

describe('webhookState', () => {
  it('calls an enabled endpoint active until a delivery fails', () => {
    expect(webhookState({ enabled: true, disabledReason: null, failingSince: null })).toBe('ACTIVE');
    expect(webhookState({ enabled: true, disabledReason: null, failingSince: '2026-06-01T12:00:00Z' })).toBe('FAILING');
  });

  it('tells an endpoint turned off by a person from one turned off after failing', () => {
    expect(webhookState({ enabled: false, disabledReason: 'BY_USER', failingSince: null })).toBe('DISABLED');
    expect(webhookState({ enabled: false, disabledReason: 'FAILING', failingSince: '2026-06-01T12:00:00Z' })).toBe('DISABLED_FAILING');
  });
});
