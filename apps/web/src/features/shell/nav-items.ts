import type { UserAction } from '@associa/contracts';
import {
  IconAddressBook,
  IconAdjustments,
  IconChartBar,
  IconChartLine,
  IconBuildingStore,
  IconClipboardCheck,
  IconEye,
  IconFileCertificate,
  IconFileImport,
  IconHistory,
  IconKey,
  IconLink,
  IconMail,
  IconMapPin,
  IconUsers,
  IconWebhook,
  type Icon,
} from '@tabler/icons-react';

/** The shell's pages in menu order, each shown only when the server allows its action; the first one allowed is the landing page. */
export const navItems = [
  { path: '/review', action: 'review.work', labelKey: 'nav.review', icon: IconClipboardCheck },
  { path: '/claims', action: 'claims.read', labelKey: 'nav.claims', icon: IconFileCertificate },
  { path: '/associations', action: 'claims.read', labelKey: 'nav.associations', icon: IconLink },
  { path: '/usage', action: 'usage.read', labelKey: 'nav.usage', icon: IconChartLine },
  { path: '/usage/access-log', action: 'usage.accessLog', labelKey: 'nav.usageAccess', icon: IconEye },
  { path: '/locations', action: 'locations.read', labelKey: 'nav.locations', icon: IconMapPin },
  { path: '/directory', action: 'directory.read', labelKey: 'nav.directory', icon: IconAddressBook },
  { path: '/partners', action: 'partners.manage', labelKey: 'nav.partners', icon: IconBuildingStore },
  { path: '/users', action: 'users.manage', labelKey: 'nav.users', icon: IconUsers },
  { path: '/tokens', action: 'tokens.manage', labelKey: 'nav.tokens', icon: IconKey },
  { path: '/webhooks', action: 'webhooks.manage', labelKey: 'nav.webhooks', icon: IconWebhook },
  { path: '/admin/programs', action: 'catalog.manage', labelKey: 'nav.programs', icon: IconAdjustments },
  // Imports have no action of their own: whoever manages the catalogue loads the directory and usage.
  { path: '/admin/imports', action: 'catalog.manage', labelKey: 'nav.imports', icon: IconFileImport },
  { path: '/admin/usage', action: 'usage.dashboard', labelKey: 'nav.usageDashboard', icon: IconChartBar },
  { path: '/admin/outbox', action: 'outbox.read', labelKey: 'nav.outbox', icon: IconMail },
  { path: '/admin/audit', action: 'audit.read', labelKey: 'nav.audit', icon: IconHistory },
] as const satisfies readonly { path: string; action: UserAction; labelKey: `nav.${string}`; icon: Icon }[];

/** The menu entries a user with these actions may see. */
export function allowedNavItems(allowedActions: readonly UserAction[]) {
  return navItems.filter((item) => allowedActions.includes(item.action));
}
