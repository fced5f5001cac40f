import { readFileSync } from 'node:fs';
import { compileGazetteer, linkText } from '../src/linking';
const g = compileGazetteer(JSON.parse(readFileSync('data/gazetteer-world.json','utf8')));
const t = process.argv[2] ?? '';
const r = linkText(t, g);
for (const m of r.mentions) console.log(m.surface, m.featureId, m.reading, m.rule, m.resolution);
console.log(JSON.stringify(r.places ?? []));
console.log(r.sentences.map(s => t.slice(s.start, s.end)));
