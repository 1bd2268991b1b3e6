import type { TFunction } from 'i18next';

const LABEL_KEYS: Record<string, string> = {
  locationId: 'wizard.fields.location',
  'customer.domain': 'wizard.fields.domain',
  'customer.tenantId': 'wizard.fields.tenantId',
  solutionArea: 'wizard.fields.solutionArea',
  activities: 'wizard.fields.activities',
  name: 'wizard.fields.name',
  'revenue.sellerName': 'wizard.fields.sellerName',
  'revenue.customerName': 'wizard.fields.revenueCustomerName',
  'revenue.isvSolutionName': 'wizard.fields.isvSolutionName',
  lines: 'wizard.fields.products',
  customerContact: 'wizard.customerContact',
  customerTechnicalContact: 'wizard.customerTechnicalContact',
  partnerContact: 'wizard.partnerContact',
  documents: 'wizard.fields.documents',
  comments: 'wizard.fields.comments',
};

const CONTACT_FIELD_KEYS: Record<string, string> = {
  name: 'wizard.fields.contactName',
  title: 'wizard.fields.contactTitle',
  email: 'wizard.fields.contactEmail',
};

/** The id of a field's input, so the problem summary can link to it. */
export function fieldId(fieldKey: string): string {
  return `claim-field-${fieldKey.replace(/\./g, '-')}`;
}

/**
 * The label of the field a problem is shown at, for the problem summary ("Customer contact: E-mail
 * address"); a line's problems are labelled by its product when `productOfLine` knows it.
 */
export function fieldLabel(fieldKey: string, t: TFunction, productOfLine?: (index: number) => string | undefined): string | null {
  const line = /^lines\.(\d+)(\.subscriptionId)?$/.exec(fieldKey);
  const product = line ? productOfLine?.(Number(line[1])) : undefined;
  if (line && product) return line[2] ? t('wizard.subscriptionFor', { product }) : product;
  const direct = LABEL_KEYS[fieldKey];
  // Keys come from a table of en.json paths, so they can't be checked against en.json by the compiler.
  if (direct) return t(direct as never);
  const [group, child] = fieldKey.split('.');
  if (group && child && LABEL_KEYS[group] && CONTACT_FIELD_KEYS[child]) {
    return `${t(LABEL_KEYS[group] as never)}: ${t(CONTACT_FIELD_KEYS[child] as never)}`;
  }
  if (group === 'lines') return t('wizard.fields.products');
  return null;
}
