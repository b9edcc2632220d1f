import type { Transaction } from '../src/platform/db/client.ts';
import { boothAssignments, buyerInterests, exhibitors, expoBooths, expoHalls } from '../src/domain/expo/tables.ts';
import type { LocalizedText } from '../src/platform/i18n/localized-text.ts';
import type { Locale } from '../src/platform/i18n/locales.ts';
import type { ExhibitorProduct, TradeVolume } from '../src/domain/expo/model.ts';
import { hsCodesOfProducts } from '../src/domain/expo/rules.ts';

export type DemoHall = {
  code: string;
  name: LocalizedText;
  widthM: number;
  depthM: number;
  boothWidthM: number;
  boothDepthM: number;
};
export type DemoExhibitor = {
  booth: string | null;
  organisation: string;
  provinceId: string;
  description: LocalizedText;
  products: ExhibitorProduct[];
  contactLanguages: Locale[];
  email?: string;
};
export type DemoBuyerInterest = {
  organisation: string;
  countryCode: string;
  provinceId: string;
  hsCodes: string[];
  volume: TradeVolume;
  note: LocalizedText;
  contactLanguages: Locale[];
};
export type DemoExpo = { halls: DemoHall[]; exhibitors: DemoExhibitor[]; buyerInterests: DemoBuyerInterest[] };

export const DEMO_EXPO_ID = 'caspian-expo-2025';
const BOOTHS_PER_ROW = 6;
const GAP_M = 1;
const AISLE_M = 4;

/**
 * Twelve booths per hall in two rows of six facing an aisle, a metre apart, three metres from the
 * entrance wall: codes run A1–A6 along the first row and A7–A12 along the second.
 */
export function layOutBooths(
  hall: DemoHall,
): { code: string; xM: number; yM: number; widthM: number; depthM: number }[] {
  const rowWidth = BOOTHS_PER_ROW * hall.boothWidthM + (BOOTHS_PER_ROW - 1) * GAP_M;
  const left = (hall.widthM - rowWidth) / 2;
  return Array.from({ length: BOOTHS_PER_ROW * 2 }, (_, index) => {
    const row = Math.floor(index / BOOTHS_PER_ROW);
    const column = index % BOOTHS_PER_ROW;
    return {
      code: `${hall.code}${index + 1}`,
      xM: left + column * (hall.boothWidthM + GAP_M),
      yM: 3 + row * (hall.boothDepthM + AISLE_M),
      widthM: hall.boothWidthM,
      depthM: hall.boothDepthM,
    };
  });
}

export function demoExhibitorRow(exhibitor: DemoExhibitor, now: Date) {
  const { booth: _booth, email, ...content } = exhibitor;
  return {
    ...content,
    expoId: DEMO_EXPO_ID,
    hsCodes: hsCodesOfProducts(content.products),
    email: email ?? null,
    website: null,
    ownerUserId: null,
    createdAt: now,
    updatedAt: now,
    isDemo: true,
  };
}

/** The demo expo: halls, booths, exhibitors, eight booths assigned and buyers' interests, all flagged demo. */
export async function insertDemoExpo(tx: Transaction, demo: DemoExpo): Promise<void> {
  const now = new Date();
  const boothIds = new Map<string, string>();
  for (const [index, hall] of demo.halls.entries()) {
    const [row] = await tx
      .insert(expoHalls)
      .values({
        expoId: DEMO_EXPO_ID,
        name: hall.name,
        widthM: hall.widthM,
        depthM: hall.depthM,
        sortOrder: index,
        isDemo: true,
      })
      .returning();
    const booths = await tx
      .insert(expoBooths)
      .values(layOutBooths(hall).map((booth) => ({ ...booth, hallId: row!.id })))
      .returning();
    for (const booth of booths) boothIds.set(booth.code, booth.id);
  }
  for (const exhibitor of demo.exhibitors) {
    const [row] = await tx.insert(exhibitors).values(demoExhibitorRow(exhibitor, now)).returning();
    const boothId = exhibitor.booth ? boothIds.get(exhibitor.booth) : undefined;
    if (exhibitor.booth && !boothId) throw new Error(`seed: demo booth ${exhibitor.booth} is not on the floor`);
    if (boothId)
      await tx.insert(boothAssignments).values({ boothId, exhibitorId: row!.id, assignedAt: now, assignedBy: null });
  }
  await tx.insert(buyerInterests).values(
    demo.buyerInterests.map((interest) => ({
      ...interest,
      expoId: DEMO_EXPO_ID,
      ownerUserId: null,
      createdAt: now,
      isDemo: true,
    })),
  );
}
