import { queryKeys } from '../../api/query-keys';
import { getReviewQueue } from '../../api/review-api';
import { useCursorList } from '../list-page/use-cursor-list';
import type { ReviewQueueFilters } from './review-queue-filters';

/** Cursor-paged review queue for one set of filters, the earliest due first. */
export function useReviewQueue(filters: ReviewQueueFilters) {
  return useCursorList(queryKeys.reviewQueue(filters), (cursor, signal) => getReviewQueue({ ...filters, cursor }, signal));
}
