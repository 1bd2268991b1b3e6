import type { Kysely } from 'kysely';

// The catalogue is data: these rows are the defaults DESIGN.md section 2 names; program admins
// change settings at run time, and later migrations add rows rather than edit these.
const SETTINGS = {
  review_business_days: 14,
  response_business_days: 14,
  dispute_days: 30,
  consent_business_days: 5,
  expiry_notice_days: 30,
} as const;

const REFERRAL_EN =
  'This program is not claimed through customer association (CPOR). Use the partner association claim process for CSP, Managed Reseller, Hosting and Surface instead.';
const REFERRAL_NL =
  'Dit programma wordt niet via klantkoppeling (CPOR) geclaimd. Gebruik in plaats daarvan het proces voor samenwerkingsclaims voor CSP, Managed Reseller, Hosting en Surface.';

const M365: [string, string][] = [
  ['EXCHANGE_ONLINE', 'Exchange Online'],
  ['SHAREPOINT_ONLINE', 'SharePoint Online'],
  ['ONEDRIVE', 'OneDrive for Business'],
  ['MICROSOFT_TEAMS', 'Microsoft Teams'],
  ['MICROSOFT_365_APPS', 'Microsoft 365 Apps'],
  ['INTUNE', 'Microsoft Intune'],
  ['ENTRA_ID_P1', 'Microsoft Entra ID P1'],
  ['ENTRA_ID_P2', 'Microsoft Entra ID P2'],
  ['MICROSOFT_DEFENDER', 'Microsoft Defender for Office 365'],
  ['MICROSOFT_PURVIEW', 'Microsoft Purview'],
  ['MICROSOFT_VIVA', 'Microsoft Viva'],
  ['WINDOWS_365', 'Windows 365'],
  ['MICROSOFT_365_COPILOT', 'Microsoft 365 Copilot'],
];

const BIZAPPS: [string, string][] = [
  ['DYNAMICS_365_SALES', 'Dynamics 365 Sales'],
  ['DYNAMICS_365_CUSTOMER_SERVICE', 'Dynamics 365 Customer Service'],
  ['DYNAMICS_365_FIELD_SERVICE', 'Dynamics 365 Field Service'],
  ['DYNAMICS_365_FINANCE', 'Dynamics 365 Finance'],
  ['DYNAMICS_365_SUPPLY_CHAIN_MANAGEMENT', 'Dynamics 365 Supply Chain Management'],
  ['DYNAMICS_365_BUSINESS_CENTRAL', 'Dynamics 365 Business Central'],
  ['DYNAMICS_365_COMMERCE', 'Dynamics 365 Commerce'],
  ['DYNAMICS_365_HUMAN_RESOURCES', 'Dynamics 365 Human Resources'],
  ['DYNAMICS_365_PROJECT_OPERATIONS', 'Dynamics 365 Project Operations'],
  ['DYNAMICS_365_CUSTOMER_INSIGHTS', 'Dynamics 365 Customer Insights (Marketing)'],
  ['POWER_BI_PRO', 'Power BI Pro'],
  ['POWER_BI_PREMIUM', 'Power BI Premium'],
  ['POWER_APPS', 'Power Apps'],
  ['POWER_AUTOMATE', 'Power Automate'],
  ['POWER_PAGES', 'Power Pages'],
  ['COPILOT_STUDIO', 'Microsoft Copilot Studio'],
];

type Reason = [code: string, category: string, en: string, nl: string];
const REASONS: Reason[] = [
  ['DOMAIN_TENANT_MISMATCH', 'ENTRY_CHECK', 'The domain is not a verified domain of this tenant.', 'Het domein is geen geverifieerd domein van deze tenant.'],
  ['TENANT_UNKNOWN', 'ENTRY_CHECK', 'No customer tenant with this tenant ID is known.', 'Er is geen klanttenant met deze tenant-id bekend.'],
  ['SUBSCRIPTION_NOT_IN_TENANT', 'ENTRY_CHECK', 'The customer has no subscription to this product in this tenant.', 'De klant heeft in deze tenant geen abonnement op dit product.'],
  ['SUBSCRIPTION_INACTIVE', 'ENTRY_CHECK', 'The subscription is not active.', 'Het abonnement is niet actief.'],
  ['SUBSCRIPTION_CSP', 'ENTRY_CHECK', 'CSP subscriptions are claimed through the CSP partner association process, not CPOR.', 'CSP-abonnementen worden geclaimd via het CSP-samenwerkingsproces, niet via CPOR.'],
  ['SUBSCRIPTION_REQUIRED', 'ENTRY_CHECK', 'The customer has several subscriptions to this product: choose one.', 'De klant heeft meerdere abonnementen op dit product: kies er een.'],
  ['PRODUCT_NOT_IN_SOLUTION_AREA', 'ENTRY_CHECK', 'The product does not belong to the chosen solution area.', 'Het product hoort niet bij het gekozen oplossingsgebied.'],
  ['PROGRAM_EXCLUDED', 'ENTRY_CHECK', 'This program is not claimed through customer association (CPOR); use the partner association claim process.', 'Dit programma wordt niet via klantkoppeling (CPOR) geclaimd; gebruik het proces voor samenwerkingsclaims.'],
  ['ALREADY_ASSOCIATED_WITH_YOU', 'ENTRY_CHECK', 'You already hold an active association for this workload or subscription.', 'U hebt al een actieve koppeling voor deze workload of dit abonnement.'],
  ['DUPLICATE_OPEN_CLAIM', 'ENTRY_CHECK', 'You already have an open claim for this workload or subscription.', 'U hebt al een openstaande claim voor deze workload of dit abonnement.'],
  ['POE_MISSING', 'ENTRY_CHECK', 'Attach at least one proof of execution document.', 'Voeg ten minste één document als bewijs van uitvoering toe.'],
  ['LOCATION_NOT_ENROLLED', 'ENTRY_CHECK', 'This partner location is not enrolled in the program.', 'Deze partnerlocatie is niet ingeschreven voor het programma.'],
  ['CUSTOMER_SIGNATURE_MISSING', 'INFORMATION_REQUEST', 'The proof of execution lacks the customer\'s signature.', 'Het bewijs van uitvoering mist de handtekening van de klant.'],
  ['DATES_MISSING_OR_OLD', 'INFORMATION_REQUEST', 'The proof of execution has no dates, or they are too old.', 'Het bewijs van uitvoering heeft geen datums, of ze zijn te oud.'],
  ['WORK_DESCRIPTION_MISSING', 'INFORMATION_REQUEST', 'Describe the work you did for the customer.', 'Beschrijf het werk dat u voor de klant hebt gedaan.'],
  ['PRODUCTS_MISSING', 'INFORMATION_REQUEST', 'The proof of execution does not name the claimed products.', 'Het bewijs van uitvoering noemt de geclaimde producten niet.'],
  ['CUSTOMER_DECLINED', 'REJECTION', 'The customer declined the association.', 'De klant heeft de koppeling geweigerd.'],
  ['INSUFFICIENT_POE', 'REJECTION', 'The proof of execution is not sufficient.', 'Het bewijs van uitvoering is onvoldoende.'],
  ['PARTNER_REQUEST', 'REJECTION', 'Rejected at the partner\'s request.', 'Afgewezen op verzoek van de partner.'],
  ['NO_PARTNER_RESPONSE', 'REJECTION', 'The partner did not respond to the information request in time.', 'De partner heeft niet op tijd gereageerd op het verzoek om informatie.'],
  ['POE_UNAVAILABLE', 'REJECTION', 'The proof of execution could not be opened or verified.', 'Het bewijs van uitvoering kon niet worden geopend of gecontroleerd.'],
  ['LOST_CONFLICT', 'REJECTION', 'Another partner\'s claim on the same workload or subscription was chosen.', 'De claim van een andere partner op dezelfde workload of hetzelfde abonnement is gekozen.'],
  ['WITHDRAWN', 'ENDING', 'The partner withdrew the claim.', 'De partner heeft de claim ingetrokken.'],
  ['SUPERSEDED', 'ENDING', 'Another partner\'s claim on the same workload or subscription became active.', 'De claim van een andere partner op dezelfde workload of hetzelfde abonnement is actief geworden.'],
  ['SUBSCRIPTION_EXPIRED', 'ENDING', 'The subscription expired.', 'Het abonnement is verlopen.'],
  ['CUSTOMER_REVOKED', 'ENDING', 'The customer revoked the association.', 'De klant heeft de koppeling ingetrokken.'],
  ['PARTNER_DISASSOCIATED', 'ENDING', 'The partner ended the association.', 'De partner heeft de koppeling beëindigd.'],
];

/** Seeds solution areas, activities, programs and their rules, products and reason codes. */
export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('solution_areas')
    .values([
      { code: 'MICROSOFT_365', name_en: 'Microsoft 365', name_nl: 'Microsoft 365', sort_order: 1 },
      { code: 'BUSINESS_APPLICATIONS', name_en: 'Business Applications', name_nl: 'Bedrijfstoepassingen', sort_order: 2 },
    ])
    .execute();
  await db
    .insertInto('activities')
    .values([
      { code: 'USAGE', name_en: 'Usage', name_nl: 'Gebruik', sort_order: 1 },
      { code: 'PRE_SALES', name_en: 'Pre-sales', name_nl: 'Presales', sort_order: 2 },
      { code: 'REVENUE', name_en: 'Revenue association', name_nl: 'Omzetkoppeling', sort_order: 3 },
    ])
    .execute();
  const claimable = (code: string, en: string, nl: string, unit: string, order: number) => ({
    code, name_en: en, name_nl: nl, is_claimable: true, exclusivity_unit: unit,
    conflict_rule: 'REVIEWER_DECIDES', ...SETTINGS, sort_order: order,
  });
  const refused = (code: string, name: string, order: number) => ({
    code, name_en: name, name_nl: name, is_claimable: false, referral_en: REFERRAL_EN,
    referral_nl: REFERRAL_NL, sort_order: order,
  });
  await db
    .insertInto('programs')
    .values([
      claimable('OSU_M365', 'OSU Microsoft 365', 'OSU Microsoft 365', 'WORKLOAD', 1),
      claimable('OSA_SELL', 'OSA Sell', 'OSA Sell', 'SUBSCRIPTION', 2),
      claimable('OSU_BIZAPPS', 'OSU Business Applications', 'OSU Bedrijfstoepassingen', 'SUBSCRIPTION', 3),
      claimable('REVENUE_ASSOCIATION', 'Revenue association', 'Omzetkoppeling', 'SUBSCRIPTION', 4),
      refused('CSP', 'Cloud Solution Provider (CSP)', 10),
      refused('MANAGED_RESELLER', 'Managed Reseller', 11),
      refused('HOSTING', 'Hosting', 12),
      refused('SURFACE', 'Surface', 13),
    ])
    .execute();
  await db
    .insertInto('program_rules')
    .values([
      { solution_area: 'MICROSOFT_365', activity: 'USAGE', program_code: 'OSU_M365' },
      { solution_area: 'MICROSOFT_365', activity: 'PRE_SALES', program_code: 'OSA_SELL' },
      { solution_area: 'BUSINESS_APPLICATIONS', activity: 'USAGE', program_code: 'OSU_BIZAPPS' },
      { solution_area: 'BUSINESS_APPLICATIONS', activity: 'PRE_SALES', program_code: 'OSA_SELL' },
      { solution_area: 'BUSINESS_APPLICATIONS', activity: 'REVENUE', program_code: 'REVENUE_ASSOCIATION' },
    ])
    .execute();
  await db
    .insertInto('products')
    .values([
      ...M365.map(([code, name], i) => ({ code, name, solution_area: 'MICROSOFT_365', sort_order: i + 1 })),
      ...BIZAPPS.map(([code, name], i) => ({ code, name, solution_area: 'BUSINESS_APPLICATIONS', sort_order: i + 1 })),
    ])
    .execute();
  await db
    .insertInto('reason_codes')
    .values(REASONS.map(([code, category, en, nl]) => ({ code, category, message_en: en, message_nl: nl })))
    .execute();
}
