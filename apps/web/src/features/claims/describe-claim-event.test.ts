import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import nl from '../../i18n/nl.json';
import { describeClaimEvent, type DescribeHelpers } from './describe-claim-event';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources: { en: { translation: en }, nl: { translation: nl } }, lng: 'en', initAsync: false, interpolation: { escapeValue: false } }));

const helpers = (lng: 'en' | 'nl'): DescribeHelpers => ({
  t: i18n.getFixedT(lng),
  reasonMessage: (code) => (code === 'CUSTOMER_DECLINED' ? `reason:${code}` : undefined),
  problemMessage: (problem) => `problem:${problem.code}`,
  fileSize: (bytes) => `${bytes} B`,
  dateTime: (iso) => `at ${iso}`,
  date: (isoDate) => `on ${isoDate}`,
});

describe('describeClaimEvent', () => {
  it('calls the submission by its name and other status changes by their statuses', () => {
    expect(describeClaimEvent({ type: 'STATUS_CHANGED', from: 'DRAFT', to: 'UNDER_REVIEW' }, helpers('en')).what).toBe('Submitted the claim for review');
    const declined = describeClaimEvent(
      { type: 'STATUS_CHANGED', from: 'CUSTOMER_CONSENT', to: 'DECLINED', reason: 'CUSTOMER_DECLINED', message: 'Not our partner' },
      helpers('nl'),
    );
    expect(declined.what).toBe('Heeft de status gewijzigd van Wacht op klant naar Geweigerd door klant');
    expect(declined.why).toEqual(['reason:CUSTOMER_DECLINED', '„Not our partner”']);
  });

  it('names the saved fields in the reader’s language', () => {
    expect(describeClaimEvent({ type: 'DRAFT_SAVED', fields: ['customerContact', 'lines'] }, helpers('nl')).what).toBe(
      'Heeft het concept opgeslagen: contactpersoon klant, producten',
    );
  });

  it('describes documents, comments and the automatic checks', () => {
    const added = describeClaimEvent(
      { type: 'DOCUMENT_ADDED', documentId: '0bc5cd7b-547f-4ef1-a15d-68cf918b57d2', fileName: 'poe.pdf', sha256: 'ab', sizeBytes: 15 },
      helpers('en'),
    );
    expect(added.what).toBe('Added the document poe.pdf (15 B)');
    expect(describeClaimEvent({ type: 'COMMENT_ADDED', commentId: '0bc5cd7b-547f-4ef1-a15d-68cf918b57d2', excerpt: 'Hi' }, helpers('en')).why).toEqual(['“Hi”']);
    const findings = describeClaimEvent(
      { type: 'VALIDATION_FINDINGS', valid: false, problems: [{ path: 'documents', code: 'POE_MISSING', message: 'x' }] },
      helpers('en'),
    );
    expect(findings).toEqual({ what: 'The automatic checks found 1 problem', why: ['problem:POE_MISSING'] });
  });

  it('describes the review and the e-mails sent about the claim', () => {
    expect(describeClaimEvent({ type: 'REVIEWER_ASSIGNED', reviewer: 'Rob Visser' }, helpers('nl')).what).toBe('Heeft de beoordeling toegewezen aan Rob Visser');
    expect(describeClaimEvent({ type: 'REVIEW_LATE', dueAt: '2026-12-01T09:00:00.000Z' }, helpers('en')).what).toBe(
      'The review is late: it was due at 2026-12-01T09:00:00.000Z',
    );
    const email = describeClaimEvent(
      { type: 'EMAIL_SENT', emailId: '0bc5cd7b-547f-4ef1-a15d-68cf918b57d2', template: 'x', to: 'eva@contoso.nl', subject: 'Approve', delivery: 'FAILED' },
      helpers('en'),
    );
    expect(email.what).toBe('Could not send the e-mail “Approve” to eva@contoso.nl');
  });

  it('describes an association starting and ending, with the reason in the reader’s language', () => {
    const associationId = '0bc5cd7b-547f-4ef1-a15d-68cf918b57d2';
    expect(describeClaimEvent({ type: 'ASSOCIATION_STARTED', associationId, program: 'OSU_M365', key: 'OSU_M365/EXCHANGE_ONLINE' }, helpers('en'))).toEqual({
      what: 'The association on OSU_M365/EXCHANGE_ONLINE started',
      why: [],
    });
    const ended = describeClaimEvent(
      { type: 'ASSOCIATION_ENDED', associationId, program: 'OSU_M365', key: 'OSU_M365/EXCHANGE_ONLINE', reason: 'PARTNER_DISASSOCIATED', message: 'Contract ended' },
      helpers('nl'),
    );
    expect(ended).toEqual({
      what: 'De koppeling op OSU_M365/EXCHANGE_ONLINE is beëindigd',
      why: ['Beëindigd door de partner', '„Contract ended”'],
    });
    const superseded = describeClaimEvent(
      { type: 'ASSOCIATION_ENDED', associationId, program: 'OSA_SELL', key: 'OSA_SELL/sub-1', reason: 'SUPERSEDED' },
      helpers('en'),
    );
    expect(superseded.why).toEqual(['Taken over by another partner’s claim']);
    expect(describeClaimEvent({ type: 'ASSOCIATION_EXPIRING', associationId, key: 'OSA_SELL/sub-1', endDate: '2026-12-31' }, helpers('en')).what).toBe(
      'The subscription behind the association on OSA_SELL/sub-1 ends on 2026-12-31',
    );
  });
});
