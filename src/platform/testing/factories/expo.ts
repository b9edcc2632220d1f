import type { ExhibitorProduct } from '../../../domain/expo/model.ts';
import { createExhibitorsRepository } from '../../../domain/expo/exhibitors-repository.ts';
import { createFloorRepository } from '../../../domain/expo/floor-repository.ts';
import { hsCodesOfProducts } from '../../../domain/expo/rules.ts';
import type { Executor } from '../../db/client.ts';
import type { LocalizedText } from '../../i18n/localized-text.ts';
import type { Locale } from '../../i18n/locales.ts';
import { EXPO_2025 } from './summit.ts';

const WRITTEN_AT = new Date('2025-10-01T08:00:00Z');

export type HallSpec = {
  expoId?: string;
  name?: LocalizedText;
  widthM?: number;
  depthM?: number;
  sortOrder?: number;
};

/** An empty hall of an expo (2025 unless told), 40 by 30 metres. */
export async function insertHall(db: Executor, spec: HallSpec = {}): Promise<string> {
  const hall = await createFloorRepository(db).insertHall({
    expoId: spec.expoId ?? EXPO_2025,
    name: spec.name ?? { en: 'Test hall' },
    widthM: spec.widthM ?? 40,
    depthM: spec.depthM ?? 30,
    sortOrder: spec.sortOrder ?? 0,
  });
  return hall.id;
}

export type BoothSpec = { hallId: string; code: string; xM?: number; yM?: number; widthM?: number; depthM?: number };

/** A 3 by 3 metre booth in the hall's corner unless told, without the overlap checks of the floor plan. */
export async function insertBooth(db: Executor, spec: BoothSpec): Promise<string> {
  const [booth] = await createFloorRepository(db).insertBooths([
    {
      hallId: spec.hallId,
      code: spec.code,
      xM: spec.xM ?? 0,
      yM: spec.yM ?? 0,
      widthM: spec.widthM ?? 3,
      depthM: spec.depthM ?? 3,
    },
  ]);
  return booth!.id;
}

export type ExhibitorSpec = {
  expoId?: string;
  organisation?: string;
  provinceId?: string;
  description?: LocalizedText;
  products?: ExhibitorProduct[];
  contactLanguages?: Locale[];
  email?: string | null;
  website?: string | null;
  ownerUserId?: string | null;
};

/** An exhibitor of an expo (2025 unless told) from Gilan, its HS codes taken from its products as the expo does. */
export async function insertExhibitor(db: Executor, spec: ExhibitorSpec = {}): Promise<string> {
  const products = spec.products ?? [];
  const exhibitor = await createExhibitorsRepository(db).insert({
    expoId: spec.expoId ?? EXPO_2025,
    organisation: spec.organisation ?? 'Test Exhibitor',
    provinceId: spec.provinceId ?? 'gilan',
    description: spec.description ?? {},
    products,
    hsCodes: hsCodesOfProducts(products),
    contactLanguages: spec.contactLanguages ?? [],
    email: spec.email ?? null,
    website: spec.website ?? null,
    ownerUserId: spec.ownerUserId ?? null,
    createdAt: WRITTEN_AT,
    updatedAt: WRITTEN_AT,
    isDemo: false,
  });
  return exhibitor.id;
}

export type BoothAssignmentSpec = { boothId: string; exhibitorId: string; assignedAt?: Date };

/**
 * A booth given to an exhibitor, a plain insert: a second assignment of the booth fails on its
 * primary key. Takes a transaction too, to hold an assignment uncommitted.
 */
export async function insertBoothAssignment(db: Executor, spec: BoothAssignmentSpec): Promise<void> {
  await createFloorRepository(db).insertAssignment({
    boothId: spec.boothId,
    exhibitorId: spec.exhibitorId,
    assignedAt: spec.assignedAt ?? WRITTEN_AT,
    assignedBy: null,
  });
}
