/**
 * The `link` command: prints the sentences, place mentions and features of one UTF-8 text file as JSON.
 *
 * Usage: npm run --silent link -- FILE [--format json|geojson|w3c|lpf|csv]   (FILE may be - for standard input)
 *
 * Every failure is one line on stderr and a non-zero exit: 2 for a usage error, 1 for input that cannot be
 * linked (missing, unreadable, binary, too large).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  importAnnotations,
  MAX_IMPORT_BYTES,
  toCsv,
  toGeoJson,
  toLinkedPlaces,
  toMapSvg,
  toW3cAnnotations,
  type ExportInput,
} from '../src/export';
import { compileGazetteer, linkText } from '../src/linking';
import { linkReport, mergeGazetteers, type LinkReport } from '../src/linking/report';
import type { Gazetteer, GazetteerEntry, LinkResult } from '../src/linking/types';
import { applyCorrections, type BaseLinks } from '../src/review';
import { backgroundGeometries, geometryIndex, statusIndex } from './geometry-index';

/** Articles are tens of kilobytes; anything this large is not an article, and JSON for it would be huge. */
export const MAX_BYTES = 4 * 1024 * 1024;

const FORMATS = ['json', 'geojson', 'w3c', 'lpf', 'csv', 'svg'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: npm run --silent link -- FILE [--format json|geojson|w3c|lpf|csv]

Links the places named in FILE (UTF-8 text; - reads standard input) and prints, by default (--format json),
one JSON object:

  sentences  [{start, end}]                                  every sentence, in order
  mentions   [{start, end, text, feature, reading, rule}]    every place name found
  features   {id: {name, kind, point | bbox | unlocated}}   the features the mentions point to

Offsets are JavaScript string indices (UTF-16 code units), end-exclusive: text.slice(start, end) is the
sentence or the name exactly as written (a UTF-8 byte-order mark is kept as character 0).
"reading" is literal (the place), metonym (its government or army: "Kyiv's forces", "the Kremlin said")
or adjective ("Ukrainian troops"). "rule" names the rule that decided:
for capitals and the Kremlin the reading rule (dateline, possessive, hyphen-compound, locative-compound,
agent-by, object-of-verb, reaction-source, role-noun, locative, subject-verb, default); for adjectives
"demonym"; for other places the rule that chose the feature (unique, river-article, kind-hint, dateline,
parallel-regions, region-cue, possessive-region, compass-region, town-in-region, city-cue,
coordinated-region, region-default, city-default, region-in-sentence, region-in-paragraph, town-in-sentence,
proximity, largest, same-as-before, settlement-list), let a small place be linked (settlement-noun,
region-in-paragraph, region-in-article), or made up a place no gazetteer has (unlocated-settlement: a name
after "the villages of"; id unlocated:<slug>, feature {name, kind, unlocated, bbox} with the reason and the
bbox of the region the text gives).
src/linking/README.md explains each.
Feature ids: ISO 3166-2 for first-level regions (UA-14), ISO 3166-1 alpha-2 for countries (RU), gn:<GeoNames
id> for towns (gn:704204), readable ids for the rest (kremlin, SU, dnipro-river, black-sea).
"point" is [lon, lat]; "bbox" is [west, south, east, north] in degrees.

The gazetteer is data/gazetteer.json plus data/gazetteer-world.json (built by npm run data).

Other formats (every link "automatic", the linker's, unless --annotations gives a reviewed file):
  geojson  a GeoJSON FeatureCollection, one feature per place named, with its outline from data/*.geojson or
           data/geo/*.geojson (else the gazetteer's point), the sentences that mention it and each link's status
  w3c      W3C Web Annotation JSON-LD: one annotation per mention, body the GeoNames URI (else our id), target
           a TextPositionSelector (the offsets above) and a TextQuoteSelector (exact, prefix, suffix)
  lpf      Linked Places Format (World Historical Gazetteer GeoJSON-LD), one feature per place
  csv      one row per mention (RFC 4180, CRLF); a cell starting with = + - @ gets a leading ' so that
           spreadsheets do not run it as a formula
  svg      the map as an SVG picture: the places numbered in order of first mention, legend, attribution
src/export/README.md describes each.

Options:
  --format F         json (default), geojson, w3c, lpf, csv or svg
  --annotations PATH start from a W3C annotation file exported for FILE (--format w3c, or the app's export,
                     with people's corrections): its links and statuses are used instead of the linker's;
                     a file that does not fit FILE is refused whole, naming the annotation at fault
  --gazetteer PATH   link against this gazetteer file only
  -h, --help         show this help

Exit status: 0 on success, 1 when the input cannot be linked (missing, binary, over ${MAX_BYTES / 1024 / 1024} MiB),
2 on a usage error.`;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

interface Options {
  file: string;
  gazetteer: string | undefined;
  format: Format;
  annotations: string | undefined;
}

function isFormat(s: string | undefined): s is Format {
  return (FORMATS as readonly string[]).includes(s ?? '');
}

function parseArgs(args: string[]): Options | 'help' {
  let file: string | undefined;
  let gazetteer: string | undefined;
  let format: Format = 'json';
  let annotations: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!isFormat(value)) {
        throw new CliError(`--format needs one of ${FORMATS.join(', ')}${value ? `, not ${value}` : ''}`, 2);
      }
      format = value;
    } else if (arg === '--annotations' || arg.startsWith('--annotations=')) {
      annotations = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!annotations) throw new CliError('--annotations needs a file', 2);
    } else if (arg === '--gazetteer' || arg.startsWith('--gazetteer=')) {
      gazetteer = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!gazetteer) throw new CliError('--gazetteer needs a file', 2);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unknown option ${arg} (see --help)`, 2);
    } else if (file !== undefined) {
      throw new CliError('expected one FILE, got more (see --help)', 2);
    } else {
      file = arg;
    }
  }
  if (file === undefined) throw new CliError('missing FILE (see --help)', 2);
  return { file, gazetteer, format, annotations };
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

function readInput(file: string): Buffer {
  if (file === '-') {
    const data = readFileSync(0);
    if (data.length > MAX_BYTES) throw new CliError(`standard input is larger than ${MAX_BYTES} bytes`, 1);
    return data;
  }
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new CliError(`${file} is a directory, not a text file`, 1);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`, 1);
    if (code === 'EACCES') throw new CliError(`${file}: permission denied`, 1);
    throw new CliError(`${file}: cannot read (${code || 'unknown error'})`, 1);
  }
  if (size > MAX_BYTES) {
    throw new CliError(
      `${file} is ${size} bytes; the limit is ${MAX_BYTES} bytes (an article, not a corpus)`,
      1,
    );
  }
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError(`${file}: cannot read (${errorCode(error) || 'unknown error'})`, 1);
  }
}

function decode(name: string, data: Buffer): string {
  if (data.includes(0))
    throw new CliError(`${name} looks binary (it contains NUL bytes); expected UTF-8 text`, 1);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    throw new CliError(`${name} is not valid UTF-8 text`, 1);
  }
}

function readGazetteer(path: string): Gazetteer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = errorCode(error);
    throw new CliError(`gazetteer ${path}: ${code === 'ENOENT' ? 'no such file' : 'not valid JSON'}`, 1);
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as Gazetteer).entries)) {
    throw new CliError(`gazetteer ${path}: expected {"entries": [...]}`, 1);
  }
  return parsed as Gazetteer;
}

function defaultGazetteer(): Gazetteer {
  const base = readGazetteer(fileURLToPath(new URL('../data/gazetteer.json', import.meta.url)));
  const worldPath = fileURLToPath(new URL('../data/gazetteer-world.json', import.meta.url));
  // The world file holds every default entry too, enriched (points, population, region); it wins on shared ids.
  return existsSync(worldPath) ? mergeGazetteers(readGazetteer(worldPath), base) : base;
}

function run(args: string[]): void {
  const options = parseArgs(args);
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const name = options.file === '-' ? 'standard input' : options.file;
  const text = decode(name, readInput(options.file));
  const gazetteer = options.gazetteer ? readGazetteer(options.gazetteer) : defaultGazetteer();
  const compiled = compileGazetteer(gazetteer);
  const linked = linkText(text, compiled);
  const madeUp = new Map<string, GazetteerEntry>((linked.places ?? []).map((p) => [p.id, p]));
  const placeOf = (id: string) => compiled.byId.get(id) ?? madeUp.get(id);
  const links = options.annotations ? readReview(options.annotations, text, linked, placeOf) : linked;
  if (options.format === 'json') {
    process.stdout.write(formatReport(linkReport(links, compiled.byId)));
    return;
  }
  const dataDir = fileURLToPath(new URL('../data', import.meta.url));
  const geometry = geometryIndex(dataDir);
  const statuses = statusIndex(dataDir);
  const input: ExportInput = {
    articleId: options.file === '-' ? 'stdin' : basename(options.file),
    text,
    meta: { title: '', source: '', date: '' },
    links: applyCorrections(text, links, []),
    placeOf,
    geometryOf: (id) => geometry.get(id) ?? null,
    statusOf: (id) => statuses.get(id),
  };
  process.stdout.write(formatExport(options.format, input));
}

/** The links of a reviewed annotation file (an export of this text), or one line saying which annotation is wrong. */
function readReview(
  path: string,
  text: string,
  linked: LinkResult,
  placeOf: (id: string) => GazetteerEntry | undefined,
): BaseLinks {
  let json: string;
  try {
    if (statSync(path).size > MAX_IMPORT_BYTES) {
      throw new CliError(`annotations ${path}: larger than ${MAX_IMPORT_BYTES} bytes`, 1);
    }
    json = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `annotations ${path}: ${errorCode(error) === 'ENOENT' ? 'no such file' : 'cannot read'}`,
      1,
    );
  }
  const result = importAnnotations(json, text, {
    knownPlace: (id) => placeOf(id) !== undefined,
    sentences: linked.sentences,
  });
  if (!result.ok) throw new CliError(`annotations ${path}: ${result.error}`, 1);
  return linked.places ? { ...result.links, places: linked.places } : result.links;
}

/** JSON with one feature or annotation per line: the geometry stays compact, the file stays diffable. */
function formatExport(format: Exclude<Format, 'json'>, input: ExportInput): string {
  if (format === 'csv') return toCsv(input);
  if (format === 'svg') {
    return toMapSvg(input, {
      background: backgroundGeometries(fileURLToPath(new URL('../data', import.meta.url))),
    });
  }
  const doc =
    format === 'geojson'
      ? toGeoJson(input)
      : format === 'lpf'
        ? toLinkedPlaces(input)
        : toW3cAnnotations(input);
  const entries = Object.entries(doc).map(([key, value]) => {
    const list: unknown =
      key === 'features' ? value : key === 'first' ? (value as { items: unknown }).items : null;
    if (!Array.isArray(list)) return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const lines =
      list.length === 0 ? '[]' : `[\n    ${list.map((item) => JSON.stringify(item)).join(',\n    ')}\n  ]`;
    if (key === 'features') return `  "features": ${lines}`;
    // The annotation page: its own fields on one line, then its items one per line.
    const page = { ...(value as object), items: [] };
    return `  "first": ${JSON.stringify(page).slice(0, -3)}[${lines.slice(1)}}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

/** Valid JSON with one sentence, mention or feature per line: compact, yet readable and diffable. */
function formatReport(report: LinkReport): string {
  const list = (items: unknown[]) =>
    items.length === 0 ? '[]' : `[\n    ${items.map((item) => JSON.stringify(item)).join(',\n    ')}\n  ]`;
  const features = Object.entries(report.features).map(
    ([id, feature]) => `${JSON.stringify(id)}: ${JSON.stringify(feature)}`,
  );
  const featureBlock = features.length === 0 ? '{}' : `{\n    ${features.join(',\n    ')}\n  }`;
  return `{\n  "sentences": ${list(report.sentences)},\n  "mentions": ${list(report.mentions)},\n  "features": ${featureBlock}\n}\n`;
}

function main(): void {
  // A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not a failure to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    run(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`link: ${message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
