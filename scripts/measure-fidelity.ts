/**
 * Prints how far the drawn outlines pass from their Natural Earth 1:10m source vertices (scripts/data/fidelity.ts),
 * per country with drawn regions: median, 99th percentile and largest gap in km.
 *
 *   npx tsx scripts/measure-fidelity.ts            # the committed data/
 *   npx tsx scripts/measure-fidelity.ts /tmp/data  # another build (npm run data -- --out /tmp/data)
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GapFigures } from './data/border-gap';
import { measureFidelity } from './data/fidelity';
import { REGION_SOURCES } from './data/outlines';

const dir = process.argv[2] ?? new URL('../data/', import.meta.url).pathname;
const data = pathToFileURL(`${resolve(dir)}/`);
const km = (n: number): string => n.toFixed(3).padStart(7);
const row = (g: GapFigures, drawn: number): string =>
  `${km(g.medianKm)} ${km(g.p99Km)} ${km(g.maxKm)} ${String(g.vertices).padStart(7)} ${String(drawn).padStart(7)}`;

console.log(`fidelity of ${data.pathname} (km from each 1:10m source vertex to the drawn line)`);
console.log('    coast/borders: median     p99     max  source   drawn | region lines: median     p99     max  source   drawn');
const all = measureFidelity(data, Object.keys(REGION_SOURCES).sort());
for (const { country, coast, regions, drawn } of all) {
  console.log(`${country}               ${row(coast, drawn.coast)} |              ${row(regions, drawn.regions)}`);
}
const mean = (pick: (g: { coast: GapFigures; regions: GapFigures }) => number): string =>
  (all.reduce((sum, f) => sum + pick(f), 0) / all.length).toFixed(3);
console.log(
  `mean of the 14: coast p99 ${mean((f) => f.coast.p99Km)}, coast max ${mean((f) => f.coast.maxKm)}, ` +
    `regions p99 ${mean((f) => f.regions.p99Km)}, regions max ${mean((f) => f.regions.maxKm)}`,
);
