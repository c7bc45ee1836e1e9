import type { ApolloServerPlugin } from '@apollo/server';
import type { BaseContext } from './context';
import { describeForLog } from './error-log';

/**
 * Holds a subgraph's answer until the access log holds every decision it was resolved with: the
 * registry answers a batch's decisions while it writes them (ConsentGuard.logged). If a write
 * failed, nothing of the answer leaves the subgraph — it is replaced by one CONSENT_UNAVAILABLE
 * error, and the gateway reports the subgraph's fields as unavailable.
 */
export function accessLogBarrier<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.consent.logged();
          } catch (error) {
            console.error(
              `answer withheld (request ${contextValue.requestId}): the access log write was not confirmed:`,
              describeForLog(error, { stack: true }),
            );
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: 'the access log write was not confirmed; the answer is withheld',
                    extensions: { code: 'CONSENT_UNAVAILABLE' },
                  },
                ],
              },
            };
          }
        },
      }),
  };
}
