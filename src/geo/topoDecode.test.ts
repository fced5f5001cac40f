import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature as topojsonFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeTopology, type PackedTopology } from './topoDecode';
import { encodeTopology } from './topoEncode';

const square = (id: string, x: number, y: number, x2 = x + 1, y2 = y + 1): Feature<Polygon> => ({
  type: 'Feature',
  properties: { id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x2, y],
        [x2, y2],
        [x, y2],
        [x, y],
      ],
    ],
  },
});

/** A square with a square hole, and an island beside it: one MultiPolygon. */
const holed: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: { id: 'H', name: 'Holed', tags: ['a', 'b'] },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [10, 10],
          [14, 10],
          [14, 14],
          [10, 14],
          [10, 10],
        ],
        [
          [11, 11],
          [11, 12],
          [12, 12],
          [12, 11],
          [11, 11],
        ],
      ],
      square('', 20.125, -30.001).geometry.coordinates,
    ],
  },
};

const borders = (): unknown =>
  JSON.parse(readFileSync(new URL('../../data/borders.topojson', import.meta.url), 'utf8'));

describe('topology packing', () => {
  it('gives back exactly the features it was given, shared edges stored once', () => {
    // 34.123 is not a sum of binary fractions: it must come back as the same double a GeoJSON file would parse to.
    const layers = {
      a: [square('A', 0, 0), square('B', 1, 0), square('C', 34.123, 44.951, 34.124, 44.952)],
      b: [holed],
    };
    const packed = encodeTopology(layers, 1000);
    expect(decodeTopology(JSON.parse(JSON.stringify(packed)))).toEqual({
      a: { type: 'FeatureCollection', features: layers.a },
      b: { type: 'FeatureCollection', features: layers.b },
    });
    // A and B meet along x = 1: the edge between their two shared corners is one arc, walked both ways.
    const refs = packed.layers.a?.flatMap((f) => (f.type === 'Polygon' ? f.arcs.flat() : []));
    const shared = refs?.filter((ref) => refs.includes(~ref));
    expect(shared).toHaveLength(2);
  });

  it('refuses coordinates off its grid rather than moving them', () => {
    expect(() => encodeTopology({ a: [square('A', 0.0005, 0)] }, 1000)).toThrow(/grid/);
  });

  it('decodes the real data like topojson-client does', () => {
    const packed = borders() as PackedTopology;
    const ours = decodeTopology(packed);
    // The same arcs in plain TopoJSON (absolute positions, no transform), read by the reference implementation.
    let [x, y] = [0, 0];
    const arcs = packed.arcs.map((arc) => {
      const positions: number[][] = [];
      for (let i = 0; i < arc.length; i += 2) {
        x += arc[i] ?? 0;
        y += arc[i + 1] ?? 0;
        positions.push([x / packed.quantum, y / packed.quantum]);
      }
      return positions;
    });
    for (const [name, features] of Object.entries(packed.layers)) {
      const topology = {
        type: 'Topology',
        arcs,
        objects: { [name]: { type: 'GeometryCollection', geometries: features } },
      } as unknown as Topology;
      const reference = topojsonFeature(topology, name) as unknown as { features: Feature[] };
      expect(ours[name]?.features.map((f) => f.geometry)).toEqual(reference.features.map((f) => f.geometry));
    }
  });

  it('re-encodes the real data to the same arcs', () => {
    const packed = borders() as PackedTopology;
    const decoded = decodeTopology(packed);
    // The build packs the layers in this order; arcs are numbered by first use.
    const order = ['regions', 'countries', 'soviet-union'];
    const again = encodeTopology(
      Object.fromEntries(order.map((name) => [name, decoded[name]?.features ?? []])),
      packed.quantum,
    );
    expect(again.arcs).toEqual(packed.arcs);
    expect(again.layers).toEqual(packed.layers);
  });

  it.each([
    ['not an object', null],
    ['another format', { type: 'Topology', arcs: [], objects: {} }],
    ['no quantum', { type: 'ArticleAtlasTopology', arcs: [], layers: {} }],
    ['a fractional step', { type: 'ArticleAtlasTopology', quantum: 1, arcs: [[0, 0, 0.5, 1]], layers: {} }],
    ['an arc of one point', { type: 'ArticleAtlasTopology', quantum: 1, arcs: [[0, 0]], layers: {} }],
    [
      'a missing arc',
      {
        type: 'ArticleAtlasTopology',
        quantum: 1,
        arcs: [],
        layers: { a: [{ type: 'Polygon', properties: {}, arcs: [[0]] }] },
      },
    ],
    [
      'an open ring',
      {
        type: 'ArticleAtlasTopology',
        quantum: 1,
        arcs: [[0, 0, 1, 0, 0, 1, -1, 0]],
        layers: { a: [{ type: 'Polygon', properties: {}, arcs: [[0]] }] },
      },
    ],
    [
      'a point feature',
      {
        type: 'ArticleAtlasTopology',
        quantum: 1,
        arcs: [],
        layers: { a: [{ type: 'Point', properties: {}, arcs: [] }] },
      },
    ],
    [
      'no properties',
      { type: 'ArticleAtlasTopology', quantum: 1, arcs: [], layers: { a: [{ type: 'Polygon', arcs: [] }] } },
    ],
    ['a layer that is no list', { type: 'ArticleAtlasTopology', quantum: 1, arcs: [], layers: { a: {} } }],
  ])('rejects %s with a clear error', (_what, input) => {
    expect(() => decodeTopology(input)).toThrow(/^Bad topology: /);
  });
});
