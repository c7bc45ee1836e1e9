import { loaderById, loaderByParent, textKey, type BaseContext } from '@wohnnetz/service-kit';
import { AgencySchema, type Agency } from './entities/agency.entity';
import { ConsentEventSchema, type ConsentEvent } from './entities/consent-event.entity';
import { ConsentGrantSchema, type ConsentGrant } from './entities/consent-grant.entity';

export interface ConsentContext extends BaseContext {
  /**
   * The moment of the request: every consent's state in one response is computed for it, and a
   * mutation records its change at it (a withdrawal moves it to the moment it holds the grant's
   * row, see resolvers/Mutation.ts).
   */
  now: Date;
  agencies: ReturnType<typeof loaderById<Agency>>;
  consentsByHousehold: ReturnType<typeof loaderByParent<ConsentGrant>>;
  /** A grant's events, oldest first. */
  eventsByGrant: ReturnType<typeof loaderByParent<ConsentEvent>>;
  /**
   * After a write: forget what this request has loaded and decided, so the rest of it reads and
   * decides on the new state.
   */
  forgetLoaded(): void;
}

export function createConsentContext(base: BaseContext): ConsentContext {
  const context: ConsentContext = {
    ...base,
    now: new Date(),
    agencies: loaderById(base.em, AgencySchema, (agency) => agency.id, textKey),
    consentsByHousehold: loaderByParent(
      base.em,
      ConsentGrantSchema,
      'householdId',
      (grant) => grant.householdId,
      // Newest recorded first, then id: the order of Household.consents (and recordedConsents).
      { recordedAt: 'desc', id: 'desc' },
    ),
    // GIVEN sorts before WITHDRAWN should both carry the same instant.
    eventsByGrant: loaderByParent(base.em, ConsentEventSchema, 'grant', (event) => event.grant.id, {
      at: 'asc',
      kind: 'asc',
      id: 'asc',
    }),
    forgetLoaded: () => {
      base.em.clear();
      base.consent.forget();
      context.consentsByHousehold.clearAll();
      context.eventsByGrant.clearAll();
    },
  };
  return context;
}
