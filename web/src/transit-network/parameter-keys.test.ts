import { describe, expect, it } from 'vitest';
import { PARAMETER_DEFINITIONS } from '../../../src/domain/transit/network/parameters.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import az from './locales/az.json';
import en from './locales/en.json';
import fa from './locales/fa.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';
import tk from './locales/tk.json';
import { parameterLabel, splitParameterKey } from './parameter-keys.ts';

type Catalog = Record<string, Record<string, string> | string>;
const catalogs: Record<Locale, Catalog> = { fa, ru, en, az, kk, tk };

function lookup(catalog: Catalog, key: string): string | undefined {
  const [section = '', name = ''] = key.split('.');
  const entries = catalog[section];
  return typeof entries === 'object' ? entries[name] : undefined;
}

describe('parameter keys', () => {
  it('reads the mode and the cargo type out of a freight rate key', () => {
    expect(splitParameterKey('cost_usd_per_tonne_km.sea.reefer')).toEqual({
      quantity: 'cost_usd_per_tonne_km',
      mode: 'sea',
      cargo: 'reefer',
    });
  });

  it('reads a key without mode or cargo as a quantity alone', () => {
    expect(splitParameterKey('port_handling_hours')).toEqual({
      quantity: 'port_handling_hours',
      mode: null,
      cargo: null,
    });
  });

  it('does not take an unknown second part for a mode', () => {
    expect(splitParameterKey('speed_kmh.air').mode).toBeNull();
  });

  it('names a freight rate by quantity, mode and cargo in that order', () => {
    const english = (key: string) => lookup(catalogs.en, key) ?? key;
    expect(parameterLabel('cost_usd_per_tonne_km.sea.reefer', english)).toBe('Freight rate · Sea · Refrigerated');
  });

  it.each(LOCALES)('has a label and a unit for every parameter of the model in %s', (locale) => {
    const catalog = catalogs[locale];
    for (const definition of PARAMETER_DEFINITIONS) {
      const { quantity, mode, cargo } = splitParameterKey(definition.key);
      const needed = [
        `quantity.${quantity}`,
        `unit.${definition.unit}`,
        `unitValue.${definition.unit}`,
        ...(mode ? [`mode.${mode}`] : []),
        ...(cargo ? [`cargo.${cargo}`] : []),
      ];
      for (const key of needed) expect(lookup(catalog, key), `${locale}: ${key}`).toBeTruthy();
    }
  });
});
