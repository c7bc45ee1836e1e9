import { agencyRefusal, describeRefusal } from './agency-standing';

const caller = { agencyId: 'welfare-hagen-mitte', agencyKind: 'WELFARE_PROVIDER', requestId: 'r' };
const registered = { kind: 'WELFARE_PROVIDER', leftOn: null };

test('an agency takes part until the start of its leftOn day in Berlin (CET: 23:00 UTC the day before)', () => {
  const leaving = { ...registered, leftOn: '2026-11-25' };
  expect(agencyRefusal(caller, leaving, new Date('2026-11-24T22:59:59.999Z'))).toBeNull();
  const refusal = agencyRefusal(caller, leaving, new Date('2026-11-24T23:00:00.000Z'));
  expect(refusal).toEqual({ reason: 'left', leftOn: '2026-11-25' });
  expect(describeRefusal(caller, refusal!)).toBe(
    'agency welfare-hagen-mitte left the programme on 2026-11-25',
  );
  // In summer (CEST) the day starts at 22:00 UTC.
  const summer = { ...registered, leftOn: '2026-07-01' };
  expect(agencyRefusal(caller, summer, new Date('2026-06-30T21:59:59.999Z'))).toBeNull();
  expect(agencyRefusal(caller, summer, new Date('2026-06-30T22:00:00.000Z'))).not.toBeNull();
});

test('an agency the registry does not hold, or holds as another kind, does not take part', () => {
  const now = new Date();
  expect(agencyRefusal(caller, registered, now)).toBeNull();
  const unknown = agencyRefusal(caller, null, now)!;
  expect(describeRefusal(caller, unknown)).toBe(
    'agency welfare-hagen-mitte is not registered in the consent registry',
  );
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const otherKind = agencyRefusal(caller, { kind: 'JOBCENTER', leftOn: null }, now)!;
    expect(describeRefusal(caller, otherKind)).toBe(
      'agency welfare-hagen-mitte is registered as JOBCENTER, but the token names it a WELFARE_PROVIDER',
    );
    // Told once per request, however many of its decision calls find it.
    agencyRefusal(caller, { kind: 'JOBCENTER', leftOn: null }, now);
    expect(spy).toHaveBeenCalledTimes(1);
    agencyRefusal({ ...caller, requestId: 'r2' }, { kind: 'JOBCENTER', leftOn: null }, now);
    expect(spy).toHaveBeenCalledTimes(2);
  } finally {
    spy.mockRestore();
  }
});
