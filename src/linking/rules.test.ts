import { describe, expect, it } from 'vitest';
import { compileGazetteer } from './gazetteer';
import { kindHint, listOpener, settlementNounBefore } from './hints';
import { linkText } from './link';
import { linkReport } from './report';
import { RESOLUTION_RULES } from './resolve';
import { settlementItems, slug } from './settlements';
import { spellingKey, ukrainianFormKey } from './spelling';
import type { GazetteerEntry, ResolutionRule } from './types';

// A gazetteer of its own, so each rule can be shown on the smallest text that triggers it.
const box = (p: [number, number]): [number, number, number, number] => [
  p[0] - 0.1,
  p[1] - 0.1,
  p[0] + 0.1,
  p[1] + 0.1,
];
const region = (id: string, name: string, status: GazetteerEntry['status'], bbox: GazetteerEntry['bbox']) =>
  ({
    id,
    name,
    kind: 'region',
    group: 'named-regions',
    aliases: [],
    seat: false,
    bbox,
    status,
  }) as GazetteerEntry;
const town = (id: string, name: string, regionId: string, population: number, point: [number, number]) =>
  ({
    id,
    name,
    kind: 'city',
    group: 'towns',
    aliases: [],
    seat: false,
    bbox: box(point),
    point,
    population,
    region: regionId,
  }) as GazetteerEntry;

const ENTRIES: GazetteerEntry[] = [
  {
    id: 'UA',
    name: 'Ukraine',
    kind: 'country',
    group: 'countries',
    aliases: [],
    seat: false,
    bbox: [22, 44, 40, 52],
    adjectives: ['Ukrainian'],
  },
  region('UA-65', 'Kherson', 'claimed-2022', [31.5, 45.7, 35.3, 47.6]),
  town('gn:kherson', 'Kherson', 'UA-65', 290_000, [32.6, 46.6]),
  region('UA-63', 'Kharkiv', 'none', [34.9, 48.5, 38.1, 50.5]),
  town('gn:kharkiv', 'Kharkiv', 'UA-63', 1_400_000, [36.25, 50.0]),
  region('UA-14', 'Donetsk', 'claimed-2022', [36.5, 46.9, 38.9, 49.3]),
  town('gn:donetsk', 'Donetsk', 'UA-14', 900_000, [37.8, 48.0]),
  region('UA-09', 'Luhansk', 'claimed-2022', [37.8, 47.8, 40.2, 50.1]),
  region('UA-12', 'Dnipropetrovsk', 'none', [33.1, 47.4, 36.9, 49.2]),
  {
    id: 'dnipro-river',
    name: 'Dnipro',
    kind: 'river',
    group: 'context',
    aliases: [],
    seat: false,
    bbox: [30, 46, 35, 51],
  },
  town('gn:dnipro', 'Dnipro', 'UA-12', 980_000, [35.0, 48.45]),
  town('gn:beryslav', 'Beryslav', 'UA-65', 12_000, [33.4, 46.8]),
  town('gn:dudchany', 'Dudchany', 'UA-65', 2_100, [33.76, 47.19]),
  town('gn:izium', 'Izium', 'UA-63', 45_000, [37.26, 49.21]),
  town('gn:kupiansk', 'Kupiansk', 'UA-63', 27_000, [37.6, 49.71]),
  town('gn:lyman-14', 'Lyman', 'UA-14', 20_000, [37.8, 48.99]),
  town('gn:lyman-63', 'Lyman', 'UA-63', 4_000, [36.3, 49.6]),
  town('gn:sloviansk', 'Sloviansk', 'UA-14', 106_000, [37.6, 48.85]),
  town('gn:novoselivka-14', 'Novoselivka', 'UA-14', 0, [37.9, 48.9]),
  town('gn:novoselivka-51', 'Novoselivka', 'UA-51', 3_000, [30.1, 46.5]),
  town('gn:makiivka', 'Makiivka', 'UA-14', 340_000, [37.97, 48.05]),
  town('gn:oleksandrivka', 'Oleksandrivka', 'UA-35', 10_500, [32.2, 48.7]),
  town('gn:ukrainka', 'Ukrainka', 'UA-32', 13_600, [30.75, 50.15]),
  town('gn:svatove', 'Svatove', 'UA-09', 18_800, [38.16, 49.41]),
  town('gn:velyka-oleksandrivka', 'Velyka Oleksandrivka', 'UA-65', 10_200, [33.3, 47.3]),
  {
    id: 'black-sea',
    name: 'Black Sea',
    kind: 'sea',
    group: 'context',
    aliases: [],
    seat: false,
    bbox: [27, 40, 42, 47],
  },
];
const compiled = compileGazetteer({ entries: ENTRIES });

/** The mention of `surface` (its `nth` occurrence among mentions of that surface) in the linked text. */
function mentionOf(text: string, surface: string, nth = 0) {
  const result = linkText(text, compiled);
  return { result, mention: result.mentions.filter((m) => m.surface === surface)[nth] };
}

// One row per rule id: the text, the name, which of its mentions, and the feature the rule must choose.
const RULE_TABLE: Array<[ResolutionRule, string, string, number, string]> = [
  ['demonym', 'Ukrainian troops advanced.', 'Ukrainian', 0, 'UA'],
  ['unique', 'Troops entered Izium.', 'Izium', 0, 'gn:izium'],
  ['river-article', 'They crossed the Dnipro at night.', 'Dnipro', 0, 'dnipro-river'],
  ['kind-hint', 'Shelling went on in the Kharkiv region.', 'Kharkiv', 0, 'UA-63'],
  ['dateline', 'KHARKIV — Shelling went on.', 'KHARKIV', 0, 'gn:kharkiv'],
  ['parallel-regions', 'Three died in the Dnipropetrovsk region, five in Donetsk.', 'Donetsk', 0, 'UA-14'],
  ['region-cue', 'Kharkiv governor Oleh Syniehubov spoke.', 'Kharkiv', 0, 'UA-63'],
  ['possessive-region', 'Kherson’s Beryslav was shelled.', 'Kherson', 0, 'UA-65'],
  ['compass-region', 'Troops advanced in north-eastern Kharkiv.', 'Kharkiv', 0, 'UA-63'],
  ['town-in-region', 'Kupiansk, a town in Kharkiv, was freed.', 'Kharkiv', 0, 'UA-63'],
  ['city-cue', 'The mayor of Kharkiv said the metro runs.', 'Kharkiv', 0, 'gn:kharkiv'],
  ['coordinated-region', 'Shelling hit Kharkiv and Donetsk.', 'Kharkiv', 0, 'UA-63'],
  ['region-default', 'Fighting continued across Kherson.', 'Kherson', 0, 'UA-65'],
  ['city-default', 'It rained in Kharkiv.', 'Kharkiv', 0, 'gn:kharkiv'],
  ['region-in-sentence', 'Lyman in the Donetsk region was encircled.', 'Lyman', 0, 'gn:lyman-14'],
  ['region-in-paragraph', 'The Donetsk region burns. Troops fought near Lyman.', 'Lyman', 0, 'gn:lyman-14'],
  ['town-in-sentence', 'Troops moved from Sloviansk to Lyman.', 'Lyman', 0, 'gn:lyman-14'],
  ['proximity', 'Troops left Sloviansk. Later they reached Lyman.', 'Lyman', 0, 'gn:lyman-14'],
  ['largest', 'Lyman is quiet.', 'Lyman', 0, 'gn:lyman-14'],
];

// Rules that accept a small place, fix a listed settlement or make one up, with the same columns.
const ACCEPT_TABLE: Array<[ResolutionRule, string, string, number, string]> = [
  ['settlement-noun', 'Fighting went on near the village of Dudchany.', 'Dudchany', 0, 'gn:dudchany'],
  ['region-in-paragraph', 'In the Kherson region, shells fell near Dudchany.', 'Dudchany', 0, 'gn:dudchany'],
  [
    'region-in-article',
    'The Kherson region held.\n\nIn Dudchany, shells fell.',
    'Dudchany',
    0,
    'gn:dudchany',
  ],
  [
    'settlement-list',
    'In the Donetsk region, shelling went on.\n\nTroops freed the villages of Novoselivka and Torske.',
    'Novoselivka',
    0,
    'gn:novoselivka-14',
  ],
  [
    'unlocated-settlement',
    'In the Donetsk region, shelling went on.\n\nTroops freed the villages of Novoselivka and Torske.',
    'Torske',
    0,
    'unlocated:torske',
  ],
  [
    'same-as-before',
    'Troops in the Donetsk region freed the villages of Torske and Yampil. Later they left Torske.',
    'Torske',
    1,
    'unlocated:torske',
  ],
];

describe('resolution rules, one row per rule id', () => {
  it('has a row for every rule in RESOLUTION_RULES, in their order', () => {
    expect(RULE_TABLE.map(([id]) => id)).toEqual(RESOLUTION_RULES.map((r) => r.id));
  });

  it.each([...RULE_TABLE, ...ACCEPT_TABLE])('%s: %j', (rule, text, surface, nth, featureId) => {
    const { mention } = mentionOf(text, surface, nth);
    expect(mention?.featureId).toBe(featureId);
    expect(mention?.resolution).toBe(rule);
  });
});

describe('settlements the text names after a cue', () => {
  it('makes up a place for a listed village no gazetteer has, in the region the text gives', () => {
    const text =
      'Troops pushed into the Luhansk region, retaking the villages of Makiivka, Hrekivka and Nevske.';
    const { result } = mentionOf(text, 'Makiivka');
    // Never the city of Makiivka in the Donetsk region: the text says villages, in Luhansk.
    expect(result.mentions.map((m) => m.featureId)).toEqual([
      'UA-09',
      'unlocated:makiivka',
      'unlocated:hrekivka',
      'unlocated:nevske',
    ]);
    const place = result.places?.find((p) => p.id === 'unlocated:makiivka');
    expect(place).toMatchObject({
      name: 'Makiivka',
      kind: 'city',
      region: 'UA-09',
      bbox: [37.8, 47.8, 40.2, 50.1],
    });
    expect(place?.unlocated).toMatch(/Luhansk region/u);
  });

  it('reads "Mala Oleksandrivka" as one place and never links the bare Oleksandrivka inside it', () => {
    expect(
      mentionOf('Troops freed the villages of Dudchany and Mala Oleksandrivka.', 'Mala Oleksandrivka')
        .mention,
    ).toMatchObject({ featureId: 'unlocated:mala-oleksandrivka', resolution: 'unlocated-settlement' });
    const bare = linkText('Mala Oleksandrivka was quiet.', compiled);
    expect(bare.mentions).toEqual([]);
  });

  it('does not take a listed village for a same-named town in another oblast', () => {
    const { mention } = mentionOf(
      'In southern Kherson, troops freed the villages of Dudchany and Ukrainka.',
      'Ukrainka',
    );
    expect(mention).toMatchObject({ featureId: 'unlocated:ukrainka' });
    expect(
      mentionOf('Residents of Ukrainka, a village near Kherson, fled.', 'Ukrainka').mention?.featureId,
    ).toBe('unlocated:ukrainka');
  });

  it('falls back to the country when the text gives no region, and makes nothing without a place named', () => {
    const { result } = mentionOf('In Ukraine, troops freed the village of Torske.', 'Torske');
    expect(result.places?.[0]).toMatchObject({ id: 'unlocated:torske', bbox: [22, 44, 40, 52] });
    expect(result.places?.[0]?.region).toBeUndefined();
    expect(linkText('Troops freed the village of Torske.', compiled).places).toBeUndefined();
  });

  it('reports a made-up place with its reason instead of a point', () => {
    const result = linkText('Troops in the Donetsk region freed the village of Torske.', compiled);
    const report = linkReport(result, compiled.byId);
    const feature = report.features['unlocated:torske'];
    expect(feature?.name).toBe('Torske');
    expect(feature && 'unlocated' in feature ? feature.unlocated : '').toMatch(/Donetsk region/u);
    expect(report.mentions.map((m) => m.feature)).toEqual(['UA-14', 'unlocated:torske']);
  });

  it('finds list items, appositions and slugs', () => {
    const folded =
      'They took the villages of Velyka Dymerka, Torske and Nova Kamianka, and Ukrainka, a small village.';
    const items = settlementItems(folded, [{ index: 0, start: 0, end: folded.length }]);
    expect(items.map((i) => folded.slice(i.start, i.end))).toEqual([
      'Velyka Dymerka',
      'Torske',
      'Nova Kamianka',
      'Ukrainka',
    ]);
    expect(slug('Kup’yans’k Vuzlovyi')).toBe('kupyansk-vuzlovyi');
  });
});

describe('Russian forms of Ukrainian names', () => {
  it('links Svatovo and Velikaya Aleksandrovka to the Ukrainian spellings, by a second look-up', () => {
    expect(ukrainianFormKey(spellingKey('Velikaya Aleksandrovka'))).toBe(spellingKey('Velyka Oleksandrivka'));
    expect(spellingKey('Svatovo')).toBe('svatovo');
    const text = 'Fighting went on near Svatovo and Velikaya Aleksandrovka.';
    expect(linkText(text, compiled).mentions.map((m) => `${m.surface}>${m.featureId}`)).toEqual([
      'Svatovo>gn:svatove',
      'Velikaya Aleksandrovka>gn:velyka-oleksandrivka',
    ]);
  });
});

describe('organisations and people named after places', () => {
  it('leaves the Black Sea Fleet and the self-declared People’s Republics alone', () => {
    expect(
      linkText('The Black Sea Fleet fired from the Black Sea.', compiled).mentions.map((m) => m.start),
    ).toEqual([35]);
    expect(linkText("Pushilin heads the Donetsk People's Republic.", compiled).mentions).toEqual([]);
  });

  it('reads Lesya Ukrainka as a person', () => {
    expect(
      linkText('They met at the Lesya Ukrainka monument near Kherson.', compiled).mentions.map(
        (m) => m.surface,
      ),
    ).toEqual(['Kherson']);
  });
});

describe('kind hints (hints.ts), shared by the matcher and the resolver', () => {
  const hint = (text: string, name: string) => {
    const start = text.indexOf(name);
    return kindHint(text, { start: 0, end: text.length }, { start, end: start + name.length });
  };

  it('reads region and settlement nouns around a name', () => {
    expect(hint('the Kharkiv region', 'Kharkiv')).toBe('region');
    expect(hint('Zaporizhzhia city', 'Zaporizhzhia')).toBe('city');
    expect(hint('the city of Kherson', 'Kherson')).toBe('city');
    expect(hint('Kherson villages', 'Kherson')).toBeUndefined();
    expect(hint('Lyman, a small town', 'Lyman')).toBe('city');
  });

  it('reaches through coordinated heads and settlement lists', () => {
    const heads = 'the Kharkiv, Donetsk, Luhansk and Kherson oblasts';
    for (const name of ['Kharkiv', 'Donetsk', 'Luhansk', 'Kherson']) expect(hint(heads, name)).toBe('region');
    expect(hint('the Krasnodar and Rostov regions', 'Krasnodar')).toBe('region');
    expect(hint('Kharkiv, Donetsk said', 'Kharkiv')).toBeUndefined();
    const list = 'the villages of Ab, Cd Ef, and Gh';
    expect(hint(list, 'Gh')).toBe('city');
    expect(listOpener(list, 0, list.indexOf('Gh'))?.word).toBe('of');
    expect(settlementNounBefore(list, 0, list.indexOf('Cd'))).toBe('villages');
    expect(settlementNounBefore('officials of Ab and Cd', 0, 20)).toBeUndefined();
  });
});
