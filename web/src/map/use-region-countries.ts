// Loads the Natural Earth country outlines (world-atlas, shipped with the app) lazily and
// reduces them to the countries of the Caspian region.
import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countriesInRegion } from './map-geometry.ts';
import type { CountryShape } from './map-geometry.ts';

export type RegionCountriesState =
  | { status: 'loading' }
  | { status: 'ready'; shapes: CountryShape[] }
  | { status: 'error' };

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let pending: Promise<CountryShape[]> | undefined;

/** The dynamic import puts the ~750 kB TopoJSON into a chunk of its own, fetched on first use. */
export function loadRegionCountries(): Promise<CountryShape[]> {
  pending ??= import('world-atlas/countries-50m.json').then((module) => {
    const topology = module.default as unknown as CountriesTopology;
    return countriesInRegion(feature(topology, topology.objects.countries));
  });
  pending.catch(() => {
    pending = undefined; // let a later mount retry after a failed chunk load
  });
  return pending;
}

export function useRegionCountries(): RegionCountriesState {
  const [state, setState] = useState<RegionCountriesState>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    loadRegionCountries().then(
      (shapes) => active && setState({ status: 'ready', shapes }),
      () => active && setState({ status: 'error' }),
    );
    return () => {
      active = false;
    };
  }, []);
  return state;
}
