// Version vectors for bundles. A replica's vector maps each device (node id)
// to the highest HLC among the ops it holds from that device. The vector
// stands for a set of ops only because of the prefix property: a replica that
// holds an op of node N holds every op of N with a lower or equal HLC. It
// holds because a device stamps its own ops with a clock that only moves
// forward, a bundle carries every op above the vector it was made against,
// and an import applies a whole bundle or nothing. So "the ops a peer has
// not seen" are exactly the ops above the peer's vector.

/** node id → highest HLC held from that node. */
export type VersionVector = Readonly<Record<string, string>>;

/** Whether an op stamped `hlc` by `node` lies above the vector (the vector's holder has not seen it). */
export function isAbove(vector: VersionVector, node: string, hlc: string): boolean {
  const seen = Object.prototype.hasOwnProperty.call(vector, node) ? vector[node] : undefined;
  return seen === undefined || hlc > seen;
}

/** The vector of a replica that holds the ops of both (per node, the higher HLC). */
export function unionOf(a: VersionVector, b: VersionVector): Record<string, string> {
  const out: Record<string, string> = { ...a };
  for (const [node, hlc] of Object.entries(b)) if (isAbove(out, node, hlc)) out[node] = hlc;
  return out;
}

/** The nodes for which `vector` lacks ops that `needed` has: empty when `vector` covers `needed`. */
export function missingFrom(vector: VersionVector, needed: VersionVector): string[] {
  return Object.entries(needed)
    .filter(([node, hlc]) => isAbove(vector, node, hlc))
    .map(([node]) => node)
    .sort();
}
