import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * The search box's own text, handed to `onSettled` (which writes the address) only once typing pauses,
 * so a search term costs one request instead of one per keystroke.
 */
export function useSettledSearch(current: string, onSettled: (q: string) => void) {
  const [search, setSearch] = useState(current);
  const [settled] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (settled !== current) onSettled(settled);
    // Only a settled term writes; the address changing for other filters must not write it back.
  }, [settled]);
  return [search, setSearch] as const;
}
