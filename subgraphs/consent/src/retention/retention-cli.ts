/**
 * `pnpm -s retention [--check] [--at-most <n>] [--access-log <period>] [--ended-consents <period>]`:
 * deletes what the consent registry has kept longer than the programme's retention periods
 * (ADR 0024), as the role that owns its tables. `--help`: the usage.
 */
import { OperatorRefused } from '../operator/operator-refused';
import {
  commandArguments,
  runOperatorCommand,
  withRegistryOwner,
} from '../operator/registry-owner';
import {
  DEFAULT_AT_MOST,
  applyRetention,
  describeRetention,
  type Retention,
} from './apply-retention';
import { atMostPerRun, retentionPeriod } from './retention-period';

const USAGE = `usage: pnpm -s retention [--check] [--at-most <n>] [--access-log <period>] [--ended-consents <period>]
Deletes from the consent registry's database what it has kept longer than the programme's
retention periods, in one transaction or not at all. A period is at least a year: 400d, 18m, 2y.
  --access-log       the access log's records made longer ago than the period
  --ended-consents   consents withdrawn or expired longer ago than the period, with their history;
                     one the access log may still cite (it ended after the log's oldest record,
                     less a day) is kept until that record is deleted (--access-log)
  --at-most <n>      at most n log records, and n consents, in this run (default ${DEFAULT_AT_MOST});
                     the registry's writes wait while it runs: a large backlog takes several runs
  --check            only say what would be deleted
The database: as the registry's (DATABASE_URL, DATABASE_NAME, default wohnnetz_consent); the
role that owns its tables deletes (MIGRATION_DATABASE_URL when the registry runs as a role of its
own). The registry's writes wait while it runs: run it when the programme is quiet.`;

runOperatorCommand(async () => {
  const { values, positionals } = commandArguments(USAGE, {
    options: {
      'access-log': { type: 'string' },
      'ended-consents': { type: 'string' },
      'at-most': { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const retention: Retention = {
    atMost: values['at-most'] === undefined ? DEFAULT_AT_MOST : atMostPerRun(values['at-most']),
  };
  if (values['access-log'] !== undefined) {
    retention.accessLog = retentionPeriod(values['access-log'], '--access-log');
  }
  if (values['ended-consents'] !== undefined) {
    retention.endedConsents = retentionPeriod(values['ended-consents'], '--ended-consents');
  }
  if (positionals.length > 0 || (!retention.accessLog && !retention.endedConsents)) {
    throw new OperatorRefused(USAGE);
  }
  const report = await withRegistryOwner('retention', "delete from the registry's record", (orm) =>
    applyRetention(orm, retention, { checkOnly: values.check }),
  );
  for (const line of describeRetention(report, values.check)) console.log(line);
});
