import type { IsoDate } from './calendar.types.js';

interface VersionLike {
  effectiveFrom: string;
  effectiveTo?: string;
  [k: string]: unknown;
}

/** Every `versions` array in a preset document, keyed by its JSON path (series[0].versions, items[2].versions, …). */
export function collectVersionLists(doc: unknown, path = ''): Map<string, VersionLike[]> {
  const out = new Map<string, VersionLike[]>();
  const walk = (node: unknown, p: string, keyHint: string) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${p}[${i}]`, keyHint));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    // Identify list items by a stable key when they have one, so reordering does not look like a change.
    const id =
      ['key', 'kind', 'type'].map((k) => obj[k]).find((v) => typeof v === 'string') ??
      (typeof obj.level === 'string' && typeof obj.body === 'string' ? `${obj.level}/${obj.body}` : undefined);
    const here = id !== undefined ? `${keyHint}<${String(id)}>` : p;
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'versions' && Array.isArray(v)) out.set(`${here}.versions`, v as VersionLike[]);
      else walk(v, `${here}.${k}`, `${here}.${k}`);
    }
  };
  walk(doc, path, path);
  return out;
}

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, val) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => a.localeCompare(b)))
      : val,
  );

/**
 * Past periods keep their rule: a new revision may add versions (and close the open one with effectiveTo from today on),
 * but may not remove or alter any version that took effect before `today`. Returns the paths of violations.
 */
export function changedHistory(before: unknown, after: unknown, today: IsoDate): string[] {
  const old = collectVersionLists(before);
  const next = collectVersionLists(after);
  const problems: string[] = [];
  for (const [path, versions] of old) {
    const candidates = next.get(path) ?? [];
    for (const v of versions) {
      if (v.effectiveFrom > today) continue; // not yet in force: may change freely
      const match = candidates.find((c) => c.effectiveFrom === v.effectiveFrom);
      if (!match) {
        problems.push(`${path}[effectiveFrom=${v.effectiveFrom}] removed`);
        continue;
      }
      const { effectiveTo: oldTo, ...oldRest } = v;
      const { effectiveTo: newTo, ...newRest } = match;
      if (stable(oldRest) !== stable(newRest)) problems.push(`${path}[effectiveFrom=${v.effectiveFrom}] changed`);
      // Closing an open version is allowed only from today on; an existing end date that has passed is fixed.
      if (oldTo !== newTo) {
        const pastEnd = oldTo !== undefined && oldTo <= today;
        const newEndInPast = newTo !== undefined && newTo < today;
        if (pastEnd || newEndInPast)
          problems.push(`${path}[effectiveFrom=${v.effectiveFrom}] end date changed in the past`);
      }
    }
  }
  return problems;
}
