import type { UnitsService } from '../../../org/units.service.js';
import type { StaffUser } from '../staff-controller.js';

/** The units the admin may choose from, as options of a drop-down list (name and code), in Vietnamese order. */
export async function unitOptions(units: UnitsService, user: StaffUser): Promise<{ value: string; label: string }[]> {
  return (await units.list(user, {}))
    .map((u) => ({ value: u.id, label: u.code ? `${u.name} (${u.code})` : u.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}
