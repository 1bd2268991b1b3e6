import type { Actor } from '../users/actor';
import { isPartnerStaff, isVendorStaff } from '../users/policies';

/** Partner staff read their organisation's events; vendor staff every event. */
export const canReadEvents = (actor: Actor) => isPartnerStaff(actor) || isVendorStaff(actor);

/** Whether the actor sees every organisation's events (and the vendor's own), not just its own. */
export const readsAllEvents = (actor: Actor) => isVendorStaff(actor);
