import type { CargoType } from '../transit/model.ts';

/** HS chapters whose goods travel chilled or frozen, in bulk, or as liquid; other goods go in containers. */
const CARGO_BY_HS_CHAPTER: Record<string, CargoType> = {
  '02': 'reefer',
  '03': 'reefer',
  '04': 'reefer',
  '07': 'reefer',
  '08': 'reefer',
  '16': 'reefer',
  '10': 'bulk',
  '11': 'bulk',
  '12': 'bulk',
  '23': 'bulk',
  '25': 'bulk',
  '26': 'bulk',
  '31': 'bulk',
  '15': 'liquid',
  '27': 'liquid',
};

/** Subcategories of goods that an item may name without an HS code, and how they travel. */
const CARGO_BY_SUBCATEGORY: Record<string, CargoType> = {
  'agriculture_food.grain_cereals': 'bulk',
  'agriculture_food.rice': 'bulk',
  'agriculture_food.fruit_nuts': 'reefer',
  'agriculture_food.vegetables': 'reefer',
  'agriculture_food.livestock_meat_dairy': 'reefer',
  'agriculture_food.vegetable_oils': 'liquid',
  'fisheries_aquaculture.fresh_frozen_fish': 'reefer',
  'fisheries_aquaculture.caviar_sturgeon_products': 'reefer',
  'fisheries_aquaculture.kilka_fishmeal': 'bulk',
  'energy.oil': 'liquid',
  'energy.gas': 'liquid',
  'trade_industry.construction_materials': 'bulk',
  'trade_industry.metals': 'bulk',
};

/** Sectors of goods, and how their goods travel unless a subcategory above says otherwise. */
const CARGO_BY_SECTOR: Record<string, CargoType> = {
  trade_industry: 'container',
  agriculture_food: 'container',
  fisheries_aquaculture: 'reefer',
};

/**
 * How an item's goods travel, for the delivery estimate between two provinces; null for a
 * service, a project or electricity, which no corridor carries.
 */
export function cargoOf(item: { hsCodes: readonly string[]; taxonomyCodes: readonly string[] }): CargoType | null {
  for (const code of item.hsCodes) {
    const cargo = ownValue(CARGO_BY_HS_CHAPTER, code.slice(0, 2));
    if (cargo) return cargo;
  }
  if (item.hsCodes.length > 0) return 'container';
  for (const code of item.taxonomyCodes) {
    const cargo = ownValue(CARGO_BY_SUBCATEGORY, code);
    if (cargo) return cargo;
  }
  for (const code of item.taxonomyCodes) {
    const cargo = ownValue(CARGO_BY_SECTOR, code.split('.')[0]!);
    if (cargo) return cargo;
  }
  return null;
}

/** Codes come from user data: a taxonomy code named `constructor` must not find Object's. */
function ownValue(table: Record<string, CargoType>, code: string): CargoType | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}
