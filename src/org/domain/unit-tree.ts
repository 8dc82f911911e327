export interface UnitNode {
  id: string;
  parentId: string | null;
}

/** The unit and every unit below it. Safe against cycles in bad data. */
export function subtreeOf(units: readonly UnitNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const seen = new Set<string>();
  if (!units.some((u) => u.id === rootId)) return seen;
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const c of children.get(id) ?? []) stack.push(c);
  }
  return seen;
}

/** True when making `parentId` the parent of `unitId` would create a cycle. */
export function wouldCreateCycle(units: readonly UnitNode[], unitId: string, parentId: string | null): boolean {
  if (parentId === null) return false;
  if (parentId === unitId) return true;
  return subtreeOf(units, unitId).has(parentId);
}

/** Chain from the unit up to the root, nearest first. */
export function ancestorsOf(units: readonly UnitNode[], unitId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  const seen = new Set<string>();
  let cur = byId.get(unitId)?.parentId ?? null;
  while (cur !== null && !seen.has(cur)) {
    seen.add(cur);
    out.push(cur);
    cur = byId.get(cur)?.parentId ?? null;
  }
  return out;
}

/** A unit is in force on a date when the date lies within [validFrom, validTo] (open ends allowed). */
export function isInForce(unit: { validFrom: string | null; validTo: string | null }, onDate: string): boolean {
  if (unit.validFrom !== null && onDate < unit.validFrom) return false;
  if (unit.validTo !== null && onDate > unit.validTo) return false;
  return true;
}
