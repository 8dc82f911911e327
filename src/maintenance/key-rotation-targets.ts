import type { DataSource } from 'typeorm';
import { bookingsKeyRotation } from '../bookings/bookings-key-rotation.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import type { KeyRotationTarget } from '../common/crypto/key-rotation.js';
import type { AppConfig } from '../config/app-config.js';
import { dialoguesKeyRotation } from '../dialogues/dialogues-key-rotation.js';
import { minutesKeyRotation } from '../minutes/minutes-key-rotation.js';
import { notificationsKeyRotation } from '../notifications/notifications-key-rotation.js';
import { petitionsKeyRotation } from '../petitions/petitions-key-rotation.js';
import { schedulesKeyRotation } from '../schedules/schedules-key-rotation.js';
import { sessionsKeyRotation } from '../sessions/sessions-key-rotation.js';

/**
 * Every table holding FieldCipher ciphertexts, each rotated by the module that owns it. A module that adds an
 * encrypted column adds it to its target (a unit test checks every `…Enc` column of the entities is covered).
 */
export function keyRotationTargets(ds: DataSource, config: AppConfig): KeyRotationTarget[] {
  const cipher = new FieldCipher(config.dataKeys);
  return [
    ...bookingsKeyRotation(ds, cipher),
    ...petitionsKeyRotation(ds, cipher, config),
    ...minutesKeyRotation(ds, cipher),
    ...dialoguesKeyRotation(ds, cipher),
    ...sessionsKeyRotation(ds, cipher),
    ...schedulesKeyRotation(ds, cipher),
    ...notificationsKeyRotation(ds, cipher),
  ];
}
