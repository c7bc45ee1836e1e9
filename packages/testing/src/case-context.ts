import {
  HouseholdCaseContextDocument,
  createWohnnetzClient,
  type CaseContextFragment,
  type Client,
  type RecordConsentInput,
} from '@wohnnetz/client';
import { consentPolicy } from '@wohnnetz/consent-policy';
import { demoHouseholds } from '@wohnnetz/demo-data';
import { startTestHub, type TestHub } from './test-hub';

/**
 * The case context as the typed client reads it: of one household with a page of its consents
 * (HouseholdCaseContext), or of a page of households with how many consents each has
 * (HouseholdCaseContexts).
 */
type CaseContextRead = CaseContextFragment & {
  consents: { totalCount: number; nodes?: { recipientAgency: unknown }[] } | null;
};

/**
 * A household with data in every subgraph: every nested field (and loader) of the typed client's
 * case context is resolved for it (of its consents, one names an agency where they are read).
 */
export const hasDataEverywhere = (household: CaseContextRead) =>
  (household.members?.length ?? 0) > 0 &&
  household.benefitCase !== null &&
  (household.tenancyWarnings?.length ?? 0) > 0 &&
  (household.supportCases?.length ?? 0) > 0 &&
  household.tenancy !== null &&
  (household.trainingEnrollments?.length ?? 0) > 0 &&
  (household.consents?.totalCount ?? 0) > 0 &&
  (household.consents?.nodes?.some((grant) => grant.recipientAgency !== null) ?? true);

/** A hub whose Dortmund housing office may read every consentable category of every household. */
export interface CaseContextHub {
  hub: TestHub;
  /** The typed client as a case worker of the housing office of Dortmund (CASE_COORDINATION). */
  client: Client;
  /** A Dortmund household (the office's own records) with data in every subgraph. */
  householdId: string;
}

/**
 * Starts a test hub of 36 demo households, each consenting to release every consentable
 * category to the housing office of Dortmund for CASE_COORDINATION, and finds a household whose
 * case context touches every subgraph: the tests that take a part of the hub away (a service, a
 * table) see what that withholds.
 */
export async function startCaseContextHub(
  options: { statementTimeoutMs?: number; connectionWaitMs?: number } = {},
): Promise<CaseContextHub> {
  const households = 36;
  const hub = await startTestHub({ households, ...options });
  try {
    await hub.giveConsent({
      agencyId: 'housing-dortmund',
      categories: [...consentPolicy().consentableCategories],
      purposes: ['CASE_COORDINATION'],
      households,
    });
    const client = createWohnnetzClient({
      url: hub.gatewayUrl,
      token: await hub.token({ agencyId: 'housing-dortmund' }),
      purpose: 'CASE_COORDINATION',
    });
    for (const { id } of demoHouseholds(households)) {
      const result = await client.query(HouseholdCaseContextDocument, { id }).toPromise();
      const household = result.data?.household;
      if (household?.municipality === 'DORTMUND' && hasDataEverywhere(household)) {
        return { hub, client, householdId: id };
      }
    }
    throw new Error('no Dortmund demo household has data in every subgraph');
  } catch (error) {
    await hub.stop();
    throw error;
  }
}

/** A consent of the household for a welfare provider, under its own document reference. */
export const welfareConsentInput = (
  householdId: string,
  documentReference: string,
): RecordConsentInput => ({
  householdId,
  grantorName: 'Test Grantor',
  recipientAgencyId: 'welfare-dortmund-nord',
  categories: ['SUPPORT_NOTES'],
  purposes: ['TENANCY_SUPPORT'],
  form: 'WRITTEN',
  informedOf: ['PURPOSE', 'CONSEQUENCES_OF_REFUSAL', 'RIGHT_TO_WITHDRAW'],
  informationLanguage: 'de',
  documentReference,
});
