import type { Config } from './config.ts';
import type { Database, DatabaseHandle, DatabaseKind } from './db/client.ts';
import type { Mailer } from './mail/mailer.ts';

/** What every route module receives: the database, the clock and the outside world, nothing global. */
export type AppDeps = {
  db: Database;
  databaseKind: DatabaseKind;
  now: () => Date;
  config: Config;
  mailer: Mailer | null;
  /** The database's change notices; without them the instance keeps no copy of public answers. */
  listenForChanges?: DatabaseHandle['listen'];
};
