import { ProgramSettingsSchema, type ConflictRule, type Program, type ProgramSettings, type UpdateProgramRequest } from '@associa/contracts';

/** The durations a program admin can change, in the order the form shows them. */
export const PROGRAM_SETTING_FIELDS = [
  'reviewBusinessDays',
  'responseBusinessDays',
  'disputeDays',
  'consentBusinessDays',
  'expiryNoticeDays',
] as const satisfies readonly (keyof ProgramSettings)[];

/** One duration field's name. */
export type ProgramSettingField = (typeof PROGRAM_SETTING_FIELDS)[number];

/** The settings form's values; a number input holds a string while it is being typed or cleared. */
export type ProgramSettingsValues = Record<ProgramSettingField, number | string> & { conflictRule: ConflictRule };

/** The lowest and highest value the contract allows for a duration, so the form and the server agree. */
export function settingLimits(field: ProgramSettingField): { min: number; max: number } {
  const schema = ProgramSettingsSchema.shape[field];
  return { min: schema.minValue ?? 1, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** The form's starting values from the program as the catalogue has it. */
export function programSettingsValues(program: Program): ProgramSettingsValues {
  const settings = program.settings;
  const values = Object.fromEntries(PROGRAM_SETTING_FIELDS.map((field) => [field, settings?.[field] ?? ''])) as Record<ProgramSettingField, number | string>;
  return { ...values, conflictRule: program.conflictRule ?? 'REVIEWER_DECIDES' };
}

/** Only the fields the admin changed, as the PATCH body; empty when nothing changed. */
export function programSettingsChanges(program: Program, values: ProgramSettingsValues): UpdateProgramRequest {
  const changes: Partial<Record<ProgramSettingField, number>> = {};
  for (const field of PROGRAM_SETTING_FIELDS) {
    const value = Number(values[field]);
    if (values[field] !== '' && Number.isFinite(value) && value !== program.settings?.[field]) changes[field] = value;
  }
  return values.conflictRule !== program.conflictRule ? { ...changes, conflictRule: values.conflictRule } : changes;
}

/** The form field a server problem is about (`details[].path` may be prefixed, e.g. `body.disputeDays`), or null for the whole form. */
export function settingFieldOf(path: string): ProgramSettingField | 'conflictRule' | null {
  const last = path.split('.').at(-1) ?? '';
  if (last === 'conflictRule') return last;
  return (PROGRAM_SETTING_FIELDS as readonly string[]).includes(last) ? (last as ProgramSettingField) : null;
}
