import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { newId } from '../common/ids.js';
import type { ReceptionForm } from '../sessions/domain/online-reception.js';
import { PlainInsert } from '../database/plain-insert.js';
import {
  ACTIVE_BOOKING_STATUSES,
  BookingAttendeeEntity,
  BookingEntity,
  type BookingStatus,
  BookingSlotEntity,
} from './booking.entity.js';
import { BookingVerificationEntity } from './booking-verification.entity.js';

/**
 * Every ORM/SQL call of bookings (bookings, booking_attendees, booking_slots). Sessions, officials and venues are read
 * through their owners' readers (BookingSessions). Writes take the transaction's EntityManager.
 */
@Injectable()
export class BookingsRepository {
  private readonly pg: boolean;

  constructor(@Inject(DataSource) private readonly ds: DataSource) {
    this.pg = ds.options.type === 'postgres';
    this.bookingInsert = new PlainInsert(ds, BookingEntity);
    this.attendeeInsert = new PlainInsert(ds, BookingAttendeeEntity);
  }

  private m(em?: EntityManager): EntityManager {
    return em ?? this.ds.manager;
  }

  // --- capacity -------------------------------------------------------------------------------

  /**
   * Creates the capacity row of a slot and form if missing (concurrent callers: one insert wins, the others do nothing).
   * Each form of a hybrid slot has its own row, so seats of one form are never taken by the other.
   */
  async ensureSlot(
    em: EntityManager,
    sessionId: string,
    slotIndex: number,
    seats: number,
    form: ReceptionForm = 'in_person',
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(BookingSlotEntity)
      .values({ id: newId(), sessionId, slotIndex, form, seats, taken: 0, waitlistSeq: 0 })
      .orIgnore()
      .execute();
  }

  /** Guarded conditional update: takes `n` seats only if they fit. True when taken. (Raw SQL: the hottest statement.) */
  async takeSeats(
    em: EntityManager,
    sessionId: string,
    slotIndex: number,
    n: number,
    form: ReceptionForm = 'in_person',
  ): Promise<boolean> {
    const sql = this.pg
      ? 'UPDATE booking_slots SET taken = taken + $1 WHERE session_id = $2 AND slot_index = $3 AND form = $4 AND taken + $1 <= seats'
      : 'UPDATE booking_slots SET taken = taken + ? WHERE session_id = ? AND slot_index = ? AND form = ? AND taken + ? <= seats';
    const result = await em.queryRunner!.query(
      sql,
      this.pg ? [n, sessionId, slotIndex, form] : [n, sessionId, slotIndex, form, n],
      true,
    );
    return result.affected === 1;
  }

  /**
   * Seats still free in a slot, read for a refusal message. On PostgreSQL the row is locked (FOR UPDATE waits for the
   * transactions taking seats right now and reads what they committed), so the figure is the one in force.
   */
  async remainingSeats(
    em: EntityManager,
    sessionId: string,
    slotIndex: number,
    form: ReceptionForm = 'in_person',
  ): Promise<number> {
    const sql = this.pg
      ? 'SELECT seats - taken AS remaining FROM booking_slots WHERE session_id = $1 AND slot_index = $2 AND form = $3 FOR UPDATE'
      : 'SELECT seats - taken AS remaining FROM booking_slots WHERE session_id = ? AND slot_index = ? AND form = ?';
    const rows = (await em.queryRunner!.query(sql, [sessionId, slotIndex, form])) as { remaining: number | string }[];
    return rows.length === 0 ? 0 : Math.max(0, Number(rows[0]!.remaining));
  }

  async releaseSeats(
    em: EntityManager,
    sessionId: string,
    slotIndex: number,
    n: number,
    form: ReceptionForm = 'in_person',
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .update(BookingSlotEntity)
      .set({ taken: () => 'CASE WHEN taken >= :n THEN taken - :n ELSE 0 END' })
      .where('session_id = :sessionId AND slot_index = :slotIndex AND form = :form', { sessionId, slotIndex, n, form })
      .execute();
  }

  /** Hands out the next waitlist sequence number of the slot (the update locks the row on PostgreSQL). */
  async nextWaitlistSeq(
    em: EntityManager,
    sessionId: string,
    slotIndex: number,
    form: ReceptionForm = 'in_person',
  ): Promise<number> {
    await em
      .createQueryBuilder()
      .update(BookingSlotEntity)
      .set({ waitlistSeq: () => 'waitlist_seq + 1' })
      .where('session_id = :sessionId AND slot_index = :slotIndex AND form = :form', { sessionId, slotIndex, form })
      .execute();
    return (await this.findSlot(em, sessionId, slotIndex, form))!.waitlistSeq;
  }

  findSlot(
    em: EntityManager | undefined,
    sessionId: string,
    slotIndex: number,
    form: ReceptionForm = 'in_person',
  ): Promise<BookingSlotEntity | null> {
    return this.m(em).getRepository(BookingSlotEntity).findOneBy({ sessionId, slotIndex, form });
  }

  slotsOf(sessionId: string, em?: EntityManager): Promise<BookingSlotEntity[]> {
    return this.m(em).getRepository(BookingSlotEntity).findBy({ sessionId });
  }

  /** The slot rows of several sessions in one query (the public calendar's seat counts). */
  slotsOfMany(sessionIds: string[]): Promise<BookingSlotEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.ds.getRepository(BookingSlotEntity).findBy({ sessionId: In(sessionIds) });
  }

  // --- bookings -------------------------------------------------------------------------------

  private readonly bookingInsert: PlainInsert<BookingEntity>;
  private readonly attendeeInsert: PlainInsert<BookingAttendeeEntity>;

  /** Plain INSERT of every column (see PlainInsert: the hottest write of the booking path). */
  insert(em: EntityManager, booking: BookingEntity): Promise<void> {
    return this.bookingInsert.run(em, booking);
  }

  /**
   * The people the booking brings (booker first, then representatives), active: a person already holding an active
   * place in the session violates `ux_booking_attendees_session_citizen` (see `violated`).
   */
  async insertAttendees(
    em: EntityManager,
    booking: Pick<BookingEntity, 'id' | 'sessionId'>,
    idIndexes: readonly string[],
    active = true,
  ): Promise<void> {
    for (const [position, idNumberIndex] of idIndexes.entries()) {
      await this.attendeeInsert.run(
        em,
        Object.assign(new BookingAttendeeEntity(), {
          bookingId: booking.id,
          position,
          sessionId: booking.sessionId,
          idNumberIndex,
          active,
        }),
      );
    }
  }

  findByCode(code: string, em?: EntityManager): Promise<BookingEntity | null> {
    return this.m(em).getRepository(BookingEntity).findOneBy({ code });
  }

  /** Whether the person with this ID blind index holds an active place in the session (as booker or representative). */
  async holdsPlace(sessionId: string, idNumberIndex: string): Promise<boolean> {
    return (await this.ds.getRepository(BookingAttendeeEntity).countBy({ sessionId, idNumberIndex, active: true })) > 0;
  }

  /** Whether any of these ID blind indexes holds an active place in the session (inside the booking's transaction). */
  async holdsAnyPlace(em: EntityManager, sessionId: string, idNumberIndexes: readonly string[]): Promise<boolean> {
    return (
      (await em
        .getRepository(BookingAttendeeEntity)
        .countBy({ sessionId, idNumberIndex: In([...idNumberIndexes]), active: true })) > 0
    );
  }

  /** Conditional status change: only from one of `from`. True when this call changed it (races lose cleanly). */
  async transition(
    em: EntityManager,
    id: string,
    from: readonly BookingStatus[],
    patch: Partial<BookingEntity>,
  ): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(BookingEntity)
      .set(patch)
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    if (result.affected !== 1) return false;
    // The people of a booking that no longer holds a place may book again (or come with another group).
    if (patch.status && !ACTIVE_BOOKING_STATUSES.includes(patch.status)) {
      await em
        .createQueryBuilder()
        .update(BookingAttendeeEntity)
        .set({ active: false })
        .where('booking_id = :id', { id })
        .execute();
    }
    return true;
  }

  /** The waiting line of one slot and form, first in line first. */
  waitlisted(
    em: EntityManager | undefined,
    sessionId: string,
    slotIndex: number,
    form: ReceptionForm = 'in_person',
  ): Promise<BookingEntity[]> {
    return this.m(em)
      .getRepository(BookingEntity)
      .find({
        where: { sessionId, slotIndex, form, status: 'waitlisted' },
        order: { waitlistPosition: 'ASC', createdAt: 'ASC', id: 'ASC' },
      });
  }

  listForSession(sessionId: string): Promise<BookingEntity[]> {
    return this.ds
      .getRepository(BookingEntity)
      .find({ where: { sessionId }, order: { slotIndex: 'ASC', createdAt: 'ASC' } });
  }

  withStatus(sessionIds: string[], statuses: readonly BookingStatus[], em?: EntityManager): Promise<BookingEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.m(em)
      .getRepository(BookingEntity)
      .find({ where: { sessionId: In(sessionIds), status: In([...statuses]) }, order: { createdAt: 'ASC' } });
  }

  // --- pending holds (BOOKING_VERIFICATION) -----------------------------------------------------

  insertVerification(em: EntityManager, v: BookingVerificationEntity): Promise<unknown> {
    return em.getRepository(BookingVerificationEntity).insert(v);
  }

  findVerification(em: EntityManager, bookingId: string): Promise<BookingVerificationEntity | null> {
    return em.getRepository(BookingVerificationEntity).findOneBy({ bookingId });
  }

  /** Counts a wrong code; true when this call counted it (the row still exists). */
  async countWrongCode(em: EntityManager, bookingId: string): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(BookingVerificationEntity)
      .set({ attempts: () => 'attempts + 1' })
      .where('booking_id = :bookingId', { bookingId })
      .execute();
    return r.affected === 1;
  }

  async deleteVerification(em: EntityManager, bookingId: string): Promise<void> {
    await em.getRepository(BookingVerificationEntity).delete({ bookingId });
  }

  /** The people of a verified booking take their places: may violate ux_booking_attendees_session_citizen. */
  async activateAttendees(em: EntityManager, bookingId: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(BookingAttendeeEntity)
      .set({ active: true })
      .where('booking_id = :bookingId', { bookingId })
      .execute();
  }

  /**
   * Pending holds whose time is up (in one slot, one session, or everywhere): the seats they still count are free.
   * Returned with what the release needs.
   */
  async expiredHolds(
    em: EntityManager | undefined,
    now: Date,
    where: { sessionId?: string; slotIndex?: number; form?: ReceptionForm } = {},
    limit = 500,
  ): Promise<
    { id: string; sessionId: string; slotIndex: number; seats: number; form: ReceptionForm; holdsSeats: boolean }[]
  > {
    const qb = this.m(em)
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .innerJoin(BookingVerificationEntity, 'v', 'v.booking_id = b.id')
      .select([
        'b.id AS id',
        'b.session_id AS "sessionId"',
        'b.slot_index AS "slotIndex"',
        'b.seats AS seats',
        'b.form AS form',
      ])
      .addSelect('v.holds_seats', 'holdsSeats')
      .where("b.status = 'pending'")
      .andWhere('v.expires_at <= :now', { now });
    if (where.sessionId) qb.andWhere('b.session_id = :sessionId', { sessionId: where.sessionId });
    if (where.slotIndex !== undefined) qb.andWhere('b.slot_index = :slotIndex', { slotIndex: where.slotIndex });
    if (where.form) qb.andWhere('b.form = :form', { form: where.form });
    const rows = await qb.limit(limit).getRawMany<{
      id: string;
      sessionId: string;
      slotIndex: number | string;
      seats: number | string;
      form: ReceptionForm | null;
      holdsSeats: boolean | number | string;
    }>();
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.sessionId,
      slotIndex: Number(r.slotIndex),
      seats: Number(r.seats),
      form: r.form ?? 'in_person',
      holdsSeats: r.holdsSeats === true || r.holdsSeats === 1 || r.holdsSeats === '1' || r.holdsSeats === 't',
    }));
  }
}
