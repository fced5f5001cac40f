// Heap snapshots for the benchmark's memory figures. V8's "used heap" counts the machine code it compiles for
// functions that have become hot (MapLibre's camera, render and parsing code), which keeps growing for hundreds
// of cycles and is not held by anything a page could leak; a snapshot lets us count what the page's objects
// retain apart from that code.
import type { CDPSession } from '@playwright/test';

/** The parts of V8's .heapsnapshot format read here (see the `meta` block of any snapshot). */
export interface HeapSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Bytes reachable from the roots, by kind (each object's own size, summed). */
export interface HeapSplit {
  /** The page's JavaScript objects: objects, arrays, closures, strings, their shapes and ArrayBuffer contents. */
  objects: number;
  /** Bytecode and compiled machine code, with V8's bookkeeping for them (feedback, dependencies, deopt data). */
  code: number;
  /** Objects of the browser itself (DOM nodes, performance entries, …), which live outside V8's heap. */
  browser: number;
}

// V8 internals that snapshots label "native" but that exist only for compiled code: dependent-code lists on
// shapes and property cells, deoptimisation data, and the wrappers between trusted and untrusted space.
const CODE_NATIVES = new Set([
  'system / WeakArrayList',
  'system / ProtectedFixedArray',
  'system / SharedFunctionInfoWrapper',
]);

/**
 * Splits a heap snapshot's reachable objects into the page's objects, compiled code and browser objects.
 * Weak edges do not keep anything alive, so what only they reach is left out, as a garbage collection would.
 * @example splitHeap(JSON.parse(readFileSync('a.heapsnapshot', 'utf8'))).objects
 */
export function splitHeap(snapshot: HeapSnapshot): HeapSplit {
  const { meta } = snapshot.snapshot;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const TYPE = meta.node_fields.indexOf('type');
  const NAME = meta.node_fields.indexOf('name');
  const SIZE = meta.node_fields.indexOf('self_size');
  const EDGES = meta.node_fields.indexOf('edge_count');
  const EDGE_TYPE = meta.edge_fields.indexOf('type');
  const TO = meta.edge_fields.indexOf('to_node');
  const { nodes, edges, strings } = snapshot;
  const count = nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += (nodes[i * nf + EDGES] ?? 0) * ef;
    firstEdge[i + 1] = e;
  }
  const weak = edgeTypes.indexOf('weak');
  const reached = new Uint8Array(count);
  // Node 0 is the synthetic root.
  const stack = [0];
  reached[0] = 1;
  while (stack.length) {
    const i = stack.pop() as number;
    for (let e = firstEdge[i] as number; e < (firstEdge[i + 1] as number); e += ef) {
      if (edges[e + EDGE_TYPE] === weak) continue;
      const to = (edges[e + TO] as number) / nf;
      if (!reached[to]) {
        reached[to] = 1;
        stack.push(to);
      }
    }
  }
  const split: HeapSplit = { objects: 0, code: 0, browser: 0 };
  for (let i = 0; i < count; i++) {
    if (!reached[i]) continue;
    const type = nodeTypes[nodes[i * nf + TYPE] as number];
    const size = nodes[i * nf + SIZE] ?? 0;
    if (type === 'synthetic') continue;
    if (type === 'code') split.code += size;
    else if (type === 'native') {
      const name = strings[nodes[i * nf + NAME] as number] ?? '';
      // V8's own objects are named "system / …"; every other native object belongs to the browser.
      if (CODE_NATIVES.has(name)) split.code += size;
      else if (name.startsWith('system / ')) split.objects += size;
      else split.browser += size;
    } else split.objects += size;
  }
  return split;
}

/** Takes a heap snapshot of the page behind `cdp` (V8 collects garbage first) and splits it. */
export async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }): void => {
    chunks.push(chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return splitHeap(JSON.parse(chunks.join('')) as HeapSnapshot);
}
