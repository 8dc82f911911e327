import { Foundation1764230400000 } from './1764230400000-Foundation.js';
import { Calendar1764234000000 } from './1764234000000-Calendar.js';
import { Sessions1764237600000 } from './1764237600000-Sessions.js';
import { Notifications1764241200000 } from './1764241200000-Notifications.js';
import { Bookings1764244800000 } from './1764244800000-Bookings.js';
import { Petitions1764248400000 } from './1764248400000-Petitions.js';
import { Minutes1764252000000 } from './1764252000000-Minutes.js';
import { Dialogues1764255600000 } from './1764255600000-Dialogues.js';
import { BookingAttendees1764259200000 } from './1764259200000-BookingAttendees.js';
import { BookingIndexes1764262800000 } from './1764262800000-BookingIndexes.js';
import { UserTokenVersion1790000041873 } from './1790000041873-UserTokenVersion.js';
import { OutboxIdentitySealed1790004817000 } from './1790004817000-OutboxIdentitySealed.js';
import { BindCiphertextsToRows1790000412345 } from './1790000412345-BindCiphertextsToRows.js';
import { AuditChain1790000431870 } from './1790000431870-AuditChain.js';
import { DocumentPeople1790000500317 } from './1790000500317-DocumentPeople.js';
import { PetitionLookup1790100000000 } from './1790100000000-PetitionLookup.js';
import { OnlineReception1790700000000 } from './1790700000000-OnlineReception.js';
import { StaffSessions1790900000000 } from './1790900000000-StaffSessions.js';
import { PetitionTimeliness1791000000000 } from './1791000000000-PetitionTimeliness.js';
import { SmsChannelAndBookingHolds1790400000000 } from './1790400000000-SmsChannelAndBookingHolds.js';
import { Surveys1790200000000 } from './1790200000000-Surveys.js';
import { Reports1790300000000 } from './1790300000000-Reports.js';
import { ReportIndexes1790800000000 } from './1790800000000-ReportIndexes.js';

/** Every migration, in order (explicit: no globs). Append new ones at the end. */
export const ALL_MIGRATIONS = [
  Foundation1764230400000,
  Calendar1764234000000,
  Sessions1764237600000,
  Notifications1764241200000,
  Bookings1764244800000,
  Petitions1764248400000,
  Minutes1764252000000,
  Dialogues1764255600000,
  BookingAttendees1764259200000,
  BookingIndexes1764262800000,
  UserTokenVersion1790000041873,
  BindCiphertextsToRows1790000412345,
  AuditChain1790000431870,
  OutboxIdentitySealed1790004817000,
  DocumentPeople1790000500317,
  PetitionLookup1790100000000,
  OnlineReception1790700000000,
  SmsChannelAndBookingHolds1790400000000,
  Surveys1790200000000,
  Reports1790300000000,
  ReportIndexes1790800000000,
  StaffSessions1790900000000,
  PetitionTimeliness1791000000000,
];
