import type { LayerGroup } from '../linking/types';

/** What a legend entry shows; the text is the user's only guide to what a colour means, so it says "as of when". */
export interface LayerInfo {
  group: LayerGroup;
  title: string;
  description: string;
  defaultVisible: boolean;
}

/**
 * The legend, in the order it is shown.
 * @example LAYERS.find((l) => l.group === 'soviet')?.defaultVisible // false
 */
export const LAYERS: readonly LayerInfo[] = [
  {
    group: 'claimed-2022',
    title: 'Regions Russia claimed to annex',
    description:
      'Kherson, Zaporizhzhia, Donetsk, Luhansk: borders Russia claimed to annex, 30 Sep 2022. Whole administrative regions, not the line of control.',
    defaultVisible: true,
  },
  {
    group: 'annexed-2014',
    title: 'Crimea and Sevastopol',
    description: 'Annexed by Russia in March 2014; Ukrainian territory under international law.',
    defaultVisible: true,
  },
  {
    group: 'named-regions',
    title: 'Other regions named',
    description: 'Kharkiv and Dnipropetrovsk regions: administrative borders as of 2022.',
    defaultVisible: true,
  },
  {
    group: 'towns',
    title: 'Towns and landmarks',
    description: 'Lyman, Kyiv, Moscow and the Kremlin (points).',
    defaultVisible: true,
  },
  {
    group: 'countries',
    title: 'Countries named',
    description: 'Russia, Ukraine, the United States, France: internationally recognised borders.',
    defaultVisible: true,
  },
  {
    group: 'soviet',
    title: 'Former Soviet Union',
    description: 'The 15 Soviet republics as of 1991, before its collapse.',
    defaultVisible: false,
  },
  {
    group: 'context',
    title: 'Context',
    description: 'Regions and countries the article does not name, drawn quietly for orientation.',
    defaultVisible: true,
  },
];

export type LayerVisibility = Record<LayerGroup, boolean>;

/**
 * The visibility every fresh view starts with.
 * @example defaultVisibility().soviet // false
 */
export function defaultVisibility(): LayerVisibility {
  return Object.fromEntries(LAYERS.map((l) => [l.group, l.defaultVisible])) as LayerVisibility;
}
