import { IMPORT_FIELDS, type ImportKind } from '@associa/contracts';

/** The CSV template of a kind: its header row and one example row. */
export function importTemplate(kind: ImportKind): string {
  const fields = IMPORT_FIELDS[kind];
  return `${fields.map((f) => f.name).join(',')}\r\n${fields.map((f) => f.example).join(',')}\r\n`;
}
