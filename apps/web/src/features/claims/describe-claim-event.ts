import type { ClaimEventData, ClaimStatus } from '@associa/contracts';
import type { TFunction } from 'i18next';
import type { Problem } from '../catalog/use-problem-message';

/** What a history entry says: the sentence, and why (a reason, a message, the problems found). */
export type EventDescription = { what: string; why: string[] };

/** Helpers the description needs from the catalogue and the formatters, passed in so it stays a pure function. */
export type DescribeHelpers = {
  t: TFunction;
  reasonMessage: (code: string) => string | undefined;
  problemMessage: (problem: Problem) => string;
  fileSize: (bytes: number) => string;
  dateTime: (iso: string) => string;
  /** A calendar date (YYYY-MM-DD), which has no time zone. */
  date: (isoDate: string) => string;
};

const FIELD_NAMES = new Set([
  'name', 'locationId', 'customer', 'solutionArea', 'activities', 'program', 'lines',
  'customerContact', 'customerTechnicalContact', 'partnerContact', 'revenue', 'comments',
]);

/** One history event in words, in the UI language. */
export function describeClaimEvent(event: ClaimEventData, helpers: DescribeHelpers): EventDescription {
  const { t } = helpers;
  const status = (s: ClaimStatus) => t(`claimStatus.${s}`);
  switch (event.type) {
    case 'CLAIM_CREATED':
      return { what: t('history.CLAIM_CREATED'), why: [] };
    case 'DRAFT_SAVED': {
      const fields = event.fields.map((field) => (FIELD_NAMES.has(field) ? t(`claimFields.${field}` as 'claimFields.name') : field));
      return { what: t('history.DRAFT_SAVED', { fields: fields.join(', ') }), why: [] };
    }
    case 'DRAFT_DELETED':
      return { what: t('history.DRAFT_DELETED'), why: [] };
    case 'STATUS_CHANGED': {
      const what =
        event.from === 'DRAFT' && event.to === 'UNDER_REVIEW'
          ? t('history.SUBMITTED')
          : t('history.STATUS_CHANGED', { from: status(event.from), to: status(event.to) });
      const reason = event.reason ? (helpers.reasonMessage(event.reason) ?? event.reason) : null;
      return { what, why: [reason, event.message ? t('history.quoted', { text: event.message }) : null].filter((x): x is string => !!x) };
    }
    case 'DOCUMENT_ADDED':
      return { what: t('history.DOCUMENT_ADDED', { fileName: event.fileName, size: helpers.fileSize(event.sizeBytes) }), why: [] };
    case 'DOCUMENT_REMOVED':
      return { what: t('history.DOCUMENT_REMOVED', { fileName: event.fileName }), why: [] };
    case 'COMMENT_ADDED':
      return { what: t('history.COMMENT_ADDED'), why: [t('history.quoted', { text: event.excerpt })] };
    case 'VALIDATION_FINDINGS':
      return event.valid
        ? { what: t('history.VALIDATION_PASSED'), why: [] }
        : { what: t('history.VALIDATION_FAILED', { count: event.problems.length }), why: event.problems.map(helpers.problemMessage) };
    case 'REVIEWER_ASSIGNED':
      return { what: event.reviewer ? t('history.REVIEWER_ASSIGNED', { reviewer: event.reviewer }) : t('history.REVIEWER_UNASSIGNED'), why: [] };
    case 'REVIEW_LATE':
      return { what: t('history.REVIEW_LATE', { dueAt: helpers.dateTime(event.dueAt) }), why: [] };
    case 'ASSOCIATION_STARTED':
      return { what: t('history.ASSOCIATION_STARTED', { key: event.key }), why: [] };
    case 'ASSOCIATION_ENDED':
      return {
        what: t('history.ASSOCIATION_ENDED', { key: event.key }),
        why: [t(`associations.endReasons.${event.reason}`), event.message ? t('history.quoted', { text: event.message }) : null].filter((x): x is string => !!x),
      };
    case 'ASSOCIATION_EXPIRING':
      return { what: t('history.ASSOCIATION_EXPIRING', { key: event.key, endDate: helpers.date(event.endDate) }), why: [] };
    case 'EMAIL_SENT':
      return { what: t(`history.EMAIL_${event.delivery}`, { subject: event.subject, to: event.to }), why: [] };
    default:
      return unknownEvent(event);
  }
}

// Every type is handled above; an event type added to the contract later still shows, by its name.
function unknownEvent(event: never): EventDescription {
  return { what: (event as { type: string }).type, why: [] };
}
