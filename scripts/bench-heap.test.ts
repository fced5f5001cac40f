import { describe, expect, it } from 'vitest';
import { splitHeap, type HeapSnapshot } from './bench-heap';

// A hand-made snapshot in V8's layout: root → window → {array, closure → code, <div>}, window ⇢ weakly → cache,
// and an object nothing reaches.
const NODE_TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native', 'synthetic'];
const EDGE_TYPES = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];
const nodeOf = (type: string, name: number, id: number, size: number, edgeCount: number): number[] => [
  NODE_TYPES.indexOf(type),
  name,
  id,
  size,
  edgeCount,
];
const NF = 5;
const edgeTo = (type: string, node: number): number[] => [EDGE_TYPES.indexOf(type), 0, node * NF];

function snapshot(): HeapSnapshot {
  const strings = [
    '',
    'Window',
    'Array',
    'listener',
    'system / Code',
    '<div>',
    'system / WeakArrayList',
    'system / PropertyArray',
    'Cache',
    'Lost',
  ];
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [NODE_TYPES],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [EDGE_TYPES],
      },
    },
    nodes: [
      ...nodeOf('synthetic', 0, 1, 0, 1), // 0 root
      ...nodeOf('object', 1, 3, 100, 6), // 1 window
      ...nodeOf('array', 2, 5, 40, 0), // 2
      ...nodeOf('closure', 3, 7, 32, 1), // 3
      ...nodeOf('code', 4, 9, 500, 0), // 4
      ...nodeOf('native', 5, 11, 200, 0), // 5 a DOM node
      ...nodeOf('native', 6, 13, 60, 0), // 6 dependent code
      ...nodeOf('native', 7, 15, 24, 0), // 7 an object's properties
      ...nodeOf('object', 8, 17, 1000, 0), // 8 only weakly held
      ...nodeOf('object', 9, 19, 3000, 0), // 9 unreachable
    ],
    edges: [
      ...edgeTo('element', 1),
      ...edgeTo('property', 2),
      ...edgeTo('property', 3),
      ...edgeTo('internal', 5),
      ...edgeTo('internal', 6),
      ...edgeTo('internal', 7),
      ...edgeTo('weak', 8),
      ...edgeTo('internal', 4),
    ],
    strings,
  };
}

describe('splitHeap', () => {
  it('counts what the roots reach, by kind, leaving out what only weak edges or nothing reach', () => {
    expect(splitHeap(snapshot())).toEqual({ objects: 100 + 40 + 32 + 24, code: 500 + 60, browser: 200 });
  });

  it('counts an object once however many edges reach it', () => {
    const s = snapshot();
    // A second edge from the window to the array, replacing the weak one.
    s.edges.splice(6 * 3, 3, ...edgeTo('property', 2));
    expect(splitHeap(s).objects).toBe(196);
  });
});
