import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

/** A list's search box; the text is the filter bar's own (`ListFilterBarProps.search`), so it settles before it filters. */
export function ListSearchInput(props: { label: string; description?: string; value: string; onChange: (value: string) => void }) {
  return (
    <TextInput
      type="search"
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      w={320}
    />
  );
}
