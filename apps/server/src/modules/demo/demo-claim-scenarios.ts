import type { CreateClaimRequest } from '@associa/contracts';
import { deterministicUuid } from '../../lib/deterministic-uuid';
import type { DemoCast, DemoClaimSteps } from './demo-claim-steps';

const AMSTERDAM = deterministicUuid('location:4412001');
const SEATTLE = deterministicUuid('location:4412002');
const MUNICH = deterministicUuid('location:5523001');

const NINA = { name: 'Nina de Vries', email: 'nina.devries@northwind.example' };
const FELIX = { name: 'Felix Wagner', email: 'felix.wagner@fabrikam.example' };
const NOAH = { name: 'Noah Bakker', email: 'noah.bakker@northwind.example' };

/** A complete Microsoft 365 usage claim on a demo tenant's workloads. */
function m365(
  name: string,
  locationId: string,
  domain: string,
  products: string[],
  customerContact: { name: string; title: string; email: string },
  partnerContact: { name: string; email: string },
  comments: string,
): CreateClaimRequest {
  return {
    name,
    locationId,
    customer: { domain, tenantId: deterministicUuid(`tenant:${domain}`) },
    solutionArea: 'MICROSOFT_365',
    activities: ['USAGE'],
    lines: products.map((productCode) => ({ productCode })),
    customerContact,
    partnerContact,
    comments,
  };
}

/**
 * The demo's claims, one per state a partner or reviewer meets in a working week; `days` count
 * back from now and keep every open deadline (review, response, dispute, consent) in the future.
 * Contoso Nederland (contoso.nl) is left unclaimed: the browser tests claim its keys for Northwind.
 */
export async function playDemoClaimScenarios(steps: DemoClaimSteps, cast: DemoCast): Promise<void> {
  const { northwind, fabrikam, reviewer, reviewer2 } = cast;

  // 1. Northwind: Teams and Exchange at Contoso Ltd, confirmed by the customer a month ago.
  const megan = { name: 'Megan Bowen', title: 'IT director', email: 'megan.bowen@contoso.com' };
  const teams = await steps.submitted(
    northwind,
    m365('Contoso Teams rollout', SEATTLE, 'contoso.com', ['MICROSOFT_TEAMS', 'EXCHANGE_ONLINE'], megan, NOAH, 'Rolled out Teams and migrated 1,200 mailboxes to Exchange Online.'),
    45,
  );
  await steps.assign(reviewer, teams, 40);
  await steps.approve(reviewer, teams, 36, 'Signed statement of work and adoption report are in order.');
  await steps.confirm(teams, 35, megan.name);

  // 6b. Northwind: Business Applications on Wingtip Zorg's one Field Service subscription (picked automatically).
  const fieldService = await steps.submitted(
    northwind,
    {
      ...m365(
        'Wingtip Zorg Field Service planning',
        AMSTERDAM,
        'wingtipzorg.nl',
        ['DYNAMICS_365_FIELD_SERVICE'],
        { name: 'Eva Smit', title: 'Operations manager', email: 'eva.smit@wingtipzorg.nl' },
        NINA,
        'Home-care visit planning for 35 locations on Dynamics 365 Field Service.',
      ),
      solutionArea: 'BUSINESS_APPLICATIONS',
      customerTechnicalContact: { name: 'Tom de Boer', title: 'Solution architect', email: 'tom.deboer@wingtipzorg.nl' },
    },
    30,
  );
  await steps.approve(reviewer2, fieldService, 24);
  await steps.confirm(fieldService, 23, 'Eva Smit');

  // 6a. Northwind: an association that ran for months and was then ended by the partner.
  const tailspin = await steps.submitted(
    northwind,
    m365(
      'Tailspin Toys Microsoft 365 Apps deployment',
      AMSTERDAM,
      'tailspintoys.nl',
      ['MICROSOFT_365_APPS'],
      { name: 'Sanne Visser', title: 'Head of IT', email: 'sanne.visser@tailspintoys.nl' },
      NINA,
      'Deployed Microsoft 365 Apps to 120 desktops and set up update channels.',
    ),
    130,
  );
  await steps.approve(reviewer, tailspin, 120);
  await steps.confirm(tailspin, 118, 'Sanne Visser');
  await steps.disassociate(northwind, tailspin, 14, 'Our support contract with Tailspin Toys ended; they moved their desktops to another partner.');

  // 2. Northwind: approved a couple of hours ago, waiting for the customer (the consent e-mail lands in the outbox).
  const alpine = await steps.submitted(
    northwind,
    m365(
      'Alpine Ski House SharePoint intranet',
      SEATTLE,
      'alpineskihouse.com',
      ['SHAREPOINT_ONLINE'],
      { name: 'Diego Siciliani', title: 'IT manager', email: 'diego.siciliani@alpineskihouse.com' },
      NOAH,
      'Replaced the file shares of 14 resorts with a SharePoint intranet.',
    ),
    9,
  );
  await steps.assign(reviewer2, alpine, 5);
  await steps.approve(reviewer2, alpine, 0.1, 'Approved: the customer is asked to confirm.');

  // 3. Northwind and Fabrikam claim the same key (Adatum's Intune workload): both contested.
  const jonas = { name: 'Jonas Becker', title: 'IT-Leiter', email: 'jonas.becker@adatum.de' };
  await steps.submitted(northwind, m365('Adatum Intune device rollout', AMSTERDAM, 'adatum.de', ['INTUNE'], jonas, NINA, 'Enrolled 800 laptops in Intune with compliance policies.'), 6);
  const fabrikamAdatum = await steps.submitted(
    fabrikam,
    m365('Adatum endpoint management', MUNICH, 'adatum.de', ['INTUNE'], jonas, FELIX, 'Intune rollout for the Stuttgart and Ulm plants.'),
    4,
  );
  await steps.assign(reviewer, fabrikamAdatum, 2);

  // 4. Northwind: the reviewer wants the customer's signature on the statement of work.
  const proseware = await steps.submitted(
    northwind,
    m365(
      'Proseware Exchange Online migration',
      AMSTERDAM,
      'proseware.de',
      ['EXCHANGE_ONLINE'],
      { name: 'Katrin Müller', title: 'Leiterin IT-Betrieb', email: 'katrin.mueller@proseware.de' },
      NINA,
      'Migrated 650 mailboxes from the on-premises Exchange servers.',
    ),
    10,
  );
  await steps.assign(reviewer2, proseware, 4);
  await steps.requestInformation(reviewer2, proseware, 3, ['CUSTOMER_SIGNATURE_MISSING'], 'The statement of work is not signed by Proseware. Please upload the countersigned copy.');

  // 5. Northwind: rejected last week for thin proof, still within its dispute window.
  const woodgrove = await steps.submitted(
    northwind,
    m365(
      'Woodgrove Bank Microsoft 365 Apps deployment',
      SEATTLE,
      'woodgrovebank.com',
      ['MICROSOFT_365_APPS'],
      { name: 'Adele Vance', title: 'Workplace services manager', email: 'adele.vance@woodgrovebank.com' },
      NOAH,
      'Packaged and deployed Microsoft 365 Apps for the branch offices.',
    ),
    20,
    'project-summary.pdf',
  );
  await steps.reject(reviewer, woodgrove, 6, 'INSUFFICIENT_POE', 'The summary does not show the deployment itself or its dates. A dated deployment report or a signed acceptance would do.');

  // 7. Northwind: a draft started yesterday, not yet complete.
  await steps.draft(northwind, { name: 'Coho Winery device management', locationId: SEATTLE, customer: { domain: 'cohowinery.com' }, solutionArea: 'MICROSOFT_365' }, 1);

  // 8. Fabrikam: Copilot at Litware, active for over a month.
  const litware = await steps.submitted(
    fabrikam,
    m365(
      'Litware Copilot rollout',
      MUNICH,
      'litware-logistik.de',
      ['MICROSOFT_365_COPILOT'],
      { name: 'Lena Hoffmann', title: 'CIO', email: 'lena.hoffmann@litware-logistik.de' },
      FELIX,
      'Copilot pilot and rollout for 250 dispatchers and planners.',
    ),
    50,
  );
  await steps.approve(reviewer, litware, 41);
  await steps.confirm(litware, 40, 'Lena Hoffmann');
}
