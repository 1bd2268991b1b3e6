import { findClaims, type ClaimListParams } from '../../api/claims-api';
import { queryKeys } from '../../api/query-keys';
import { useCursorList } from '../list-page/use-cursor-list';

/** Cursor-paged claims for one set of filters. */
export function useClaimsList(params: ClaimListParams) {
  return useCursorList(queryKeys.claimList(params), (cursor, signal) => findClaims({ ...params, cursor }, signal));
}
