import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT, TEXT } from '../database/column-types.js';
import type { PetitionType } from '../petitions/domain/petition-types.js';
import type { Salutation } from './domain/citizen-address.js';
import type { HandlingRoute } from './domain/handling.js';
import type { ReceptionForm } from '../sessions/domain/online-reception.js';

/**
 * One person (or group) received at a session: a line of the reception log (Form 03) and a case of the
 * session's minutes. ID numbers are encrypted (FieldCipher) with a blind index; they never appear in logs.
 */
@Entity({ name: 'reception_cases' })
export class ReceptionCaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) minutesId: string;
  @Column({ type: 'varchar', length: 36 }) sessionId: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  /** Order of the case in the minutes (1, 2, …). */
  @Column({ type: 'integer' }) seq: number;
  /** Local date of the session: the "Ngày tiếp" of Form 03. */
  @Column({ type: 'date' }) receivedOn: string;
  @Column({ type: 'varchar', length: 32, nullable: true }) bookingCode: string | null;
  /** Form of reception of the case: in person or online ("tiếp công dân trực tuyến" in the log and the minutes). */
  @Column({ type: 'varchar', length: 16, default: 'in_person' }) form: ReceptionForm;
  @Column({ type: 'varchar', length: 120 }) fullName: string;
  /** Form of address in documents ("ong", "ba"); null when not recorded ("công dân"). */
  @Column({ type: 'varchar', length: 8, nullable: true }) salutation: Salutation | null;
  @Column({ type: 'varchar', length: 300 }) address: string;
  @Column({ type: 'varchar', length: 200 }) idNumberEnc: string;
  @Column({ type: 'varchar', length: 64 }) idNumberIndex: string;
  @Column({ type: 'integer', default: 1 }) groupSize: number;
  /** Encrypted JSON `[{fullName, idNumber}]` of the other representatives, or null. */
  @Column({ type: TEXT, nullable: true }) representativesEnc: string | null;
  @Column({ type: TEXT }) summary: string;
  @Column({ type: TEXT, nullable: true }) request: string | null;
  @Column({ type: 'varchar', length: 16 }) petitionType: PetitionType;
  @Column({ type: 'varchar', length: 300, nullable: true }) previouslyHandledBy: string | null;
  @Column({ type: 'varchar', length: 16 }) handlingRoute: HandlingRoute;
  @Column({ type: 'integer', nullable: true }) refusalGround: number | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) refusalReason: string | null;
  @Column({ type: TEXT }) conclusion: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) assigneeUnitId: string | null;
  @Column({ type: 'date', nullable: true }) dueDate: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  /** The petition created from this case when the minutes were finalised. */
  @Column({ type: 'varchar', length: 36, nullable: true }) petitionId: string | null;
  @Column({ type: 'varchar', length: 36 }) createdBy: string;
  @Column({ type: INSTANT }) createdAt: Date;
}
