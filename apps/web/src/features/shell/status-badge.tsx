import { Badge, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

/** A state shown as a coloured dot and its name, never cut with an ellipsis when the column is narrow: a state must be read whole. */
export function StatusBadge({ color, children }: { color: MantineColor; children: ReactNode }) {
  return (
    <Badge variant="dot" color={color} tt="none" styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}>
      {children}
    </Badge>
  );
}
