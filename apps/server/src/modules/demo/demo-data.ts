import type { ProgramCode, Role } from '@associa/contracts';

/** Demo organisations, people and locations; every demo login shares one password. */
export const DEMO_ORGANISATIONS: {
  key: string;
  kind: 'VENDOR' | 'PARTNER';
  name: string;
  country: string;
  users: { email: string; name: string; role: Role; locale: 'en' | 'nl' }[];
  locations: { mpnId: string; name: string; country: string; programs: ProgramCode[] }[];
}[] = [
  {
    key: 'vendor',
    kind: 'VENDOR',
    name: 'Vendor Partner Programs',
    country: 'US',
    users: [
      { email: 'program.admin@vendor.example', name: 'Priya Raman', role: 'PROGRAM_ADMIN', locale: 'en' },
      { email: 'reviewer@vendor.example', name: 'Rob Visser', role: 'REVIEWER', locale: 'nl' },
      { email: 'reviewer2@vendor.example', name: 'Rita Costa', role: 'REVIEWER', locale: 'en' },
    ],
    locations: [],
  },
  {
    key: 'northwind',
    kind: 'PARTNER',
    name: 'Northwind Traders',
    country: 'NL',
    users: [
      { email: 'partner.admin@northwind.example', name: 'Nina de Vries', role: 'PARTNER_ADMIN', locale: 'nl' },
      { email: 'partner.user@northwind.example', name: 'Noah Bakker', role: 'PARTNER_USER', locale: 'nl' },
    ],
    locations: [
      { mpnId: '4412001', name: 'Northwind Traders Amsterdam', country: 'NL', programs: ['OSU_M365', 'OSA_SELL', 'OSU_BIZAPPS', 'REVENUE_ASSOCIATION'] },
      { mpnId: '4412002', name: 'Northwind Traders Seattle', country: 'US', programs: ['OSU_M365', 'OSA_SELL'] },
    ],
  },
  {
    key: 'fabrikam',
    kind: 'PARTNER',
    name: 'Fabrikam Consulting',
    country: 'DE',
    users: [{ email: 'partner.admin@fabrikam.example', name: 'Felix Wagner', role: 'PARTNER_ADMIN', locale: 'en' }],
    locations: [
      { mpnId: '5523001', name: 'Fabrikam Consulting München', country: 'DE', programs: ['OSU_M365', 'OSA_SELL', 'OSU_BIZAPPS', 'REVENUE_ASSOCIATION'] },
    ],
  },
];

/** Demo customer tenants: name, country, IANA zone and custom domain (an onmicrosoft.com domain is added). */
export const DEMO_TENANTS: [name: string, country: string, timeZone: string, domain: string][] = [
  ['Contoso Nederland', 'NL', 'Europe/Amsterdam', 'contoso.nl'],
  ['Tailspin Toys Rotterdam', 'NL', 'Europe/Amsterdam', 'tailspintoys.nl'],
  ['Wingtip Zorg', 'NL', 'Europe/Amsterdam', 'wingtipzorg.nl'],
  ['Adatum Maschinenbau', 'DE', 'Europe/Berlin', 'adatum.de'],
  ['Litware Logistik', 'DE', 'Europe/Berlin', 'litware-logistik.de'],
  ['Proseware Versicherungen', 'DE', 'Europe/Berlin', 'proseware.de'],
  ['Contoso Ltd', 'US', 'America/New_York', 'contoso.com'],
  ['Woodgrove Bank', 'US', 'America/Chicago', 'woodgrovebank.com'],
  ['Alpine Ski House', 'US', 'America/Denver', 'alpineskihouse.com'],
  ['Coho Winery', 'US', 'America/Los_Angeles', 'cohowinery.com'],
  ['Fourth Coffee Tokyo', 'JP', 'Asia/Tokyo', 'fourthcoffee.jp'],
  ['Lucerne Publishing Osaka', 'JP', 'Asia/Tokyo', 'lucernepublishing.jp'],
  ['Margie Travel Kyoto', 'JP', 'Asia/Tokyo', 'margiestravel.jp'],
  ['Northwind Alimentos', 'BR', 'America/Sao_Paulo', 'alimentos.com.br'],
  ['Relecloud Brasil', 'BR', 'America/Sao_Paulo', 'relecloud.com.br'],
  ['Trey Research Manaus', 'BR', 'America/Manaus', 'treyresearch.com.br'],
  ['Blue Yonder Airlines India', 'IN', 'Asia/Kolkata', 'blueyonder.in'],
  ['Humongous Insurance Pune', 'IN', 'Asia/Kolkata', 'humongousinsurance.in'],
  ['VanArsdel Mumbai', 'IN', 'Asia/Kolkata', 'vanarsdel.in'],
  ['Graphic Design Institute London', 'GB', 'Europe/London', 'graphicdesigninstitute.co.uk'],
  ['School of Fine Art Paris', 'FR', 'Europe/Paris', 'fineartschool.fr'],
  ['Wide World Importers Sydney', 'AU', 'Australia/Sydney', 'wideworldimporters.com.au'],
];

/**
 * Subscription patterns, cycled over the tenants so every channel and state occurs, some tenants
 * have two active subscriptions of one product (the partner must choose) and some have none.
 */
export const DEMO_SUBSCRIPTION_PATTERNS: [product: string, channel: string, state: string][][] = [
  [['MICROSOFT_TEAMS', 'EA', 'ACTIVE'], ['EXCHANGE_ONLINE', 'EA', 'ACTIVE'], ['DYNAMICS_365_SALES', 'DIRECT', 'ACTIVE'], ['DYNAMICS_365_SALES', 'MCA', 'ACTIVE'], ['POWER_BI_PRO', 'DIRECT', 'ACTIVE']],
  [['MICROSOFT_365_APPS', 'CSP', 'ACTIVE'], ['DYNAMICS_365_BUSINESS_CENTRAL', 'CSP', 'ACTIVE'], ['POWER_APPS', 'DIRECT', 'SUSPENDED']],
  [['SHAREPOINT_ONLINE', 'DIRECT', 'ACTIVE'], ['DYNAMICS_365_CUSTOMER_SERVICE', 'DIRECT', 'GRACE'], ['DYNAMICS_365_FIELD_SERVICE', 'EA', 'ACTIVE']],
  [['INTUNE', 'OPEN', 'ACTIVE'], ['DYNAMICS_365_FINANCE', 'EA', 'ACTIVE'], ['DYNAMICS_365_SUPPLY_CHAIN_MANAGEMENT', 'EA', 'ACTIVE'], ['POWER_AUTOMATE', 'MCA', 'EXPIRED']],
  [['MICROSOFT_365_COPILOT', 'MCA', 'ACTIVE'], ['DYNAMICS_365_SALES', 'EA', 'EXPIRED'], ['COPILOT_STUDIO', 'DIRECT', 'ACTIVE']],
  [['EXCHANGE_ONLINE', 'CSP', 'ACTIVE'], ['POWER_BI_PREMIUM', 'EA', 'ACTIVE'], ['POWER_BI_PREMIUM', 'DIRECT', 'ACTIVE'], ['DYNAMICS_365_COMMERCE', 'OPEN', 'SUSPENDED']],
];
