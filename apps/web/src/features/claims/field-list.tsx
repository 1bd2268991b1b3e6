import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label and value pairs as a description list, so each value is read with its label. */
export function FieldList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <Box component="dl" m={0} style={{ display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', gap: '6px 16px' }}>
      {items.map((item) => (
        <Box key={item.label} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {item.value ?? '—'}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
