import { findAssociations, type AssociationListParams } from '../../api/associations-api';
import { queryKeys } from '../../api/query-keys';
import { useCursorList } from '../list-page/use-cursor-list';

/** Cursor-paged associations for one set of filters (the register's, or one claim's). */
export function useAssociationsList(params: AssociationListParams) {
  return useCursorList(queryKeys.associationList(params), (cursor, signal) => findAssociations({ ...params, cursor }, signal));
}
