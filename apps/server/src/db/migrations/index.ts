import type { Migration } from 'kysely';
import * as m0001 from './0001-initial-schema';
import * as m0002 from './0002-seed-catalogue';
import * as m0003 from './0003-claims';
import * as m0004 from './0004-claims-search';
import * as m0005 from './0005-review';
import * as m0006 from './0006-notifications';
import * as m0007 from './0007-review-queue-index';
import * as m0008 from './0008-associations';
import * as m0009 from './0009-worker-heartbeats';
import * as m0010 from './0010-review-queue-status-index';
import * as m0011 from './0011-people';
import * as m0012 from './0012-imports';
import * as m0013 from './0013-usage-access';
import * as m0014 from './0014-events-webhooks';
import * as m0015 from './0015-history-chain';
import * as m0016 from './0016-bulk-claims';
import * as m0017 from './0017-shared-limits';
import * as m0018 from './0018-catalog-version';
import * as m0019 from './0019-contact-domain-reason';
import * as m0020 from './0020-document-storage';
import * as m0021 from './0021-claims-submitted-sort';
import * as m0022 from './0022-bulk-deadline-paths';
import * as m0023 from './0023-claim-products';
import * as m0024 from './0024-actor-change-notices';

/** Every migration by name, in order; a landed migration is never edited, only followed. */
export const migrations: Record<string, Migration> = {
  '0001-initial-schema': m0001,
  '0002-seed-catalogue': m0002,
  '0003-claims': m0003,
  '0004-claims-search': m0004,
  '0005-review': m0005,
  '0006-notifications': m0006,
  '0007-review-queue-index': m0007,
  '0008-associations': m0008,
  '0009-worker-heartbeats': m0009,
  '0010-review-queue-status-index': m0010,
  '0011-people': m0011,
  '0012-imports': m0012,
  '0013-usage-access': m0013,
  '0014-events-webhooks': m0014,
  '0015-history-chain': m0015,
  '0016-bulk-claims': m0016,
  '0017-shared-limits': m0017,
  '0018-catalog-version': m0018,
  '0019-contact-domain-reason': m0019,
  '0020-document-storage': m0020,
  '0021-claims-submitted-sort': m0021,
  '0022-bulk-deadline-paths': m0022,
  '0023-claim-products': m0023,
  '0024-actor-change-notices': m0024,
};
