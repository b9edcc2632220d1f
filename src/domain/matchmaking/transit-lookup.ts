import type { RequestContext } from '../../platform/context/request-context.ts';
import type { CargoType } from '../transit/model.ts';
import { provinceMatrix } from '../transit/planning/province-cache.ts';
import type { TransitEstimate } from './model.ts';

/** A delivery estimate with what it assumes: the cargo type and the cheapest route's days. */
export type DeliveryEstimate = TransitEstimate & { cargo: CargoType; fromProvinceId: string; toProvinceId: string };

/**
 * Delivery between provinces from the transit planner's province matrix (cached in the database
 * per network version, so every instance reads the same), one matrix per cargo type asked for.
 * The cheapest route is assumed: that is what a buyer compares offers by.
 */
export function createTransitLookups(context: RequestContext) {
  const matrices = new Map<CargoType, Promise<Map<string, DeliveryEstimate>>>();
  const load = (cargo: CargoType) => {
    let matrix = matrices.get(cargo);
    if (!matrix) {
      matrix = provinceMatrix(context, cargo).then(
        (answer) =>
          new Map(
            answer.pairs.map((pair) => [
              `${pair.fromProvinceId}>${pair.toProvinceId}`,
              {
                cargo,
                fromProvinceId: pair.fromProvinceId,
                toProvinceId: pair.toProvinceId,
                routeFound: pair.routeFound,
                hours: pair.cheapest?.hours ?? 0,
                usdPerTonne: pair.cheapest?.usdPerTonne ?? 0,
                borders: pair.cheapest?.borders ?? 0,
                co2KgPerTonne: pair.cheapest?.co2KgPerTonne ?? 0,
              },
            ]),
          ),
      );
      matrices.set(cargo, matrix);
    }
    return matrix;
  };
  return {
    /** A synchronous lookup for the pure rules, once the matrix of the cargo is loaded; null cargo means no goods move. */
    async lookupFor(cargo: CargoType | null): Promise<DeliveryLookup> {
      if (!cargo) return () => null;
      const matrix = await load(cargo);
      return (from, to) => matrix.get(`${from}>${to}`) ?? null;
    },
  };
}

export type DeliveryLookup = (fromOfferProvince: string, toNeedProvince: string) => DeliveryEstimate | null;
