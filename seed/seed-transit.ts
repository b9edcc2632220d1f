import { readFileSync } from 'node:fs';
import type { Transaction } from '../src/platform/db/client.ts';
import type { LocalizedText } from '../src/platform/i18n/localized-text.ts';
import type { ScenarioChange } from '../src/domain/transit/model.ts';
import {
  transitLegs,
  transitNetworkState,
  transitNodes,
  transitParameters,
  transitScenarios,
} from '../src/domain/transit/tables.ts';
import { buildPortRow } from './build-seed.ts';
import {
  buildTransitNetwork,
  type ParameterSeed,
  type ReferenceCorridor,
  type TransitAdditions,
} from './build-transit-network.ts';
import type { ReferencePort, Translations } from './reference-types.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

type ScenarioSeed = {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  source?: string;
  changes: ScenarioChange[];
};

export function loadTransitSeed() {
  const translations = readJson<Translations>('./translations.json');
  const ports = readJson<{ ports: ReferencePort[] }>('./reference/ports.json').ports.map((port) =>
    buildPortRow(port, translations),
  );
  const network = buildTransitNetwork(
    readJson<ReferenceCorridor>('./reference/corridor.json'),
    readJson<TransitAdditions>('./transit/additions.json'),
    ports,
  );
  return {
    network,
    parameters: readJson<{ parameters: ParameterSeed[] }>('./transit/parameters.json').parameters,
    scenarios: readJson<{ scenarios: ScenarioSeed[] }>('./transit/scenarios.json').scenarios,
  };
}

/** The corridor network, its cost model and the what-if scenarios the planner ships with. */
export async function seedTransit(tx: Transaction): Promise<void> {
  const now = new Date();
  const { network, parameters, scenarios } = loadTransitSeed();
  await tx.insert(transitNodes).values(network.nodes.map((node) => ({ ...node, updatedAt: now })));
  await tx.insert(transitLegs).values(network.legs.map((leg) => ({ ...leg, updatedAt: now })));
  await tx.insert(transitParameters).values(parameters.map((parameter) => ({ ...parameter, updatedAt: now })));
  await tx.insert(transitNetworkState).values({ id: 1, version: 1, changedAt: now });
  await tx.insert(transitScenarios).values(
    scenarios.map((scenario) => ({
      name: scenario.name,
      description: scenario.description,
      changes: scenario.changes,
      source: scenario.source ?? null,
      ownerUserId: null,
      createdAt: now,
      updatedAt: now,
    })),
  );
}
