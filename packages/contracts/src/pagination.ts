import { z } from 'zod';
import { Limits } from './limits';

/** Query parameters every cursor-paginated list accepts. */
export const PageQuerySchema = z.object({
  cursor: z.string().max(512).optional().describe('Opaque cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(Limits.maxPageSize).default(Limits.defaultPageSize),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** Wraps a list item schema in the page envelope. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}
