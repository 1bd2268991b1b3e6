import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Mantine theme: a darker primary shade so white text on buttons meets WCAG AA contrast (4.5:1). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  focusRing: 'auto',
  defaultRadius: 'sm',
});

/** Mantine's default "dimmed" gray is too light on white for AA; use a darker gray. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
