import { IconInbox } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import { ListPage } from '../features/list-page/list-page';
import { useSearchParamFilters } from '../features/list-page/use-search-param-filters';
import { queueFiltersFrom, ReviewQueueFilterBar, type ReviewQueueFilters } from '../features/review/review-queue-filters';
import { useReviewQueue } from '../features/review/use-review-queue';
import { useReviewQueueColumns } from '../features/review/use-review-queue-columns';

const asQuery = (filters: ReviewQueueFilters) => filters;

/** `/review`: the claims waiting for a reviewer, oldest due first, with filters and paging. */
export function ReviewQueuePage() {
  const navigate = useNavigate();
  const { filters, apply } = useSearchParamFilters(queueFiltersFrom, asQuery);
  const queue = useReviewQueue(filters);
  const columns = useReviewQueueColumns();

  return (
    <ListPage
      title="review.queue.title"
      intro="review.queue.intro"
      filters={<ReviewQueueFilterBar filters={filters} onChange={apply} />}
      query={queue}
      columns={columns}
      caption="review.queue.caption"
      minWidth={960}
      testId="review-queue"
      onRowClick={(item) => void navigate(`/claims/${item.id}`)}
      shown="claims.shown"
      empty={{ icon: <IconInbox aria-hidden />, title: 'review.queue.emptyTitle', text: 'review.queue.emptyText' }}
    />
  );
}
