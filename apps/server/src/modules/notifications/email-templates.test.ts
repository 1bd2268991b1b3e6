import { describe, expect, it } from 'vitest';
import { formatDeadline, renderPartnerEmail, templateForTransition } from './email-templates';

const data = {
  claimName: 'Contoso Teams rollout',
  claimUrl: 'https://associa.example/claims/1',
  customerName: 'Contoso Nederland',
  reasons: ['The proof of execution lacks the customer\'s signature.'],
  message: 'Please add the signed SOW.',
  deadline: { at: new Date('2026-12-14T22:59:59.999Z'), timeZone: 'Europe/Amsterdam' },
};

describe('partner e-mails', () => {
  it('picks a message for each notified status change and none for the rest', () => {
    expect(templateForTransition('UNDER_REVIEW', 'ACTION_REQUIRED')).toBe('ACTION_REQUIRED');
    expect(templateForTransition('UNDER_REVIEW', 'CUSTOMER_CONSENT')).toBe('APPROVED');
    expect(templateForTransition('DISPUTED', 'CUSTOMER_CONSENT')).toBe('DISPUTE_OVERTURNED');
    expect(templateForTransition('DISPUTED', 'REJECTED')).toBe('DISPUTE_UPHELD');
    expect(templateForTransition('ACTION_REQUIRED', 'REJECTED')).toBe('REJECTED');
    expect(templateForTransition('UNDER_REVIEW', 'WITHDRAWN')).toBe('WITHDRAWN');
    expect(templateForTransition('CUSTOMER_CONSENT', 'ACTIVE')).toBe('ACTIVE');
    expect(templateForTransition('CUSTOMER_CONSENT', 'DECLINED')).toBe('DECLINED');
    // Endings are told by the association message sent with them, not twice.
    expect(templateForTransition('ACTIVE', 'ENDED')).toBeNull();
    expect(templateForTransition('DRAFT', 'UNDER_REVIEW')).toBeNull();
  });

  it('says what is asked, by when in the customer\'s zone, and links the claim', () => {
    const { subject, text } = renderPartnerEmail('ACTION_REQUIRED', 'en', data);
    expect(subject).toBe('Action required: Contoso Teams rollout');
    expect(text).toContain('signed SOW');
    expect(text).toContain('Monday, 14 December 2026 at 23:59 CET (Europe/Amsterdam)');
    expect(text).toContain('https://associa.example/claims/1');
  });

  it('speaks Dutch to Dutch recipients', () => {
    const { subject, text } = renderPartnerEmail('ACTION_REQUIRED', 'nl', data);
    expect(subject).toBe('Actie vereist: Contoso Teams rollout');
    expect(text).toContain('maandag 14 december 2026');
    expect(text).toContain('Open de claim');
  });

  it('formats a deadline in another zone', () => {
    expect(formatDeadline(new Date('2026-12-01T14:59:59.999Z'), 'Asia/Tokyo', 'en')).toContain('23:59');
  });
});
