/**
 * `pnpm -s agencies [--check] <file.json>`: registers the agencies taking part in the programme
 * in the consent registry (which agencies a consent may name, with their kind and municipality),
 * from a file an operator keeps (agency-file.ts). Run with the registry's own database settings;
 * the tables' owner writes (MIGRATION_DATABASE_URL, else DATABASE_URL). `--help`: the usage.
 */
import { resolve } from 'node:path';
import { readJsonFile } from '@wohnnetz/service-kit';
import { OperatorRefused } from '../operator/operator-refused';
import {
  commandArguments,
  runOperatorCommand,
  withRegistryOwner,
} from '../operator/registry-owner';
import { parseAgencyFile } from './agency-file';
import { describeRegistration, registerAgencies } from './register-agencies';

const USAGE = `usage: pnpm -s agencies [--check] <file.json>
Registers the agencies of the file in the consent registry's database: adds new ones, corrects
the name and municipality of registered ones, removes none; all of it or, on any problem, nothing.
  --check   only say what would change
The file: { "agencies": [{ "id": "housing-dortmund", "kind": "HOUSING_OFFICE",
            "municipality": "DORTMUND", "name": "Wohnungsamt Dortmund" }, …] }
  an agency that left the programme also gives the day it left: "leftOn": "2027-01-31"
  (Europe/Berlin; from that day on no consent may name it and nothing of another agency's is
  released to it); leaving it out again is rejoining
The database: as the registry's (DATABASE_URL, DATABASE_NAME, default wohnnetz_consent); the
role that owns its tables writes (MIGRATION_DATABASE_URL when the registry runs as a role of its
own).`;

runOperatorCommand(async () => {
  const { values, positionals } = commandArguments(USAGE, {
    options: {
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) throw new OperatorRefused(USAGE);
  // pnpm runs the command in the repository's root; a relative path is the operator's, from
  // where pnpm was run (INIT_CWD).
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  const listed = parseAgencyFile(readJsonFile(file, 'the agency file'), file);
  const registration = await withRegistryOwner(
    'agencies',
    "change the registry's agencies",
    (orm) => registerAgencies(orm, listed, { source: file, checkOnly: values.check }),
  );
  for (const line of describeRegistration(registration, values.check)) console.log(line);
});
