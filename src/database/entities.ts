import { AuditEntity } from '../audit/audit.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { StaffSessionEntity } from '../auth/staff-session.entity.js';
import { OfficialEntity } from '../org/official.entity.js';
import { UnitEntity } from '../org/unit.entity.js';
import { VenueEntity } from '../org/venue.entity.js';
import { HolidayYearEntity } from '../calendar/holiday-year.entity.js';
import { RulePresetEntity, RulePresetRevisionEntity } from '../calendar/rule-preset.entity.js';
import { ScheduleEntity, ScheduleSkipEntity } from '../schedules/schedule.entity.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { BookingAttendeeEntity, BookingEntity, BookingSlotEntity } from '../bookings/booking.entity.js';
import { SeedLogEntity } from './seed-log.entity.js';
import {
  PetitionEntity,
  PetitionExtensionEntity,
  PetitionIdentityEntity,
  PetitionPauseEntity,
} from '../petitions/petition.entity.js';
import {
  PublicResultEntity,
  TaskAlertEntity,
  TaskContactEntity,
  TaskEntity,
  TaskEventEntity,
} from '../tasks/task.entity.js';
import { OutboxMessageEntity, SmsPartEntity } from '../notifications/outbox-message.entity.js';
import { BookingVerificationEntity } from '../bookings/booking-verification.entity.js';
import { MinutesAmendmentEntity, MinutesEntity } from '../minutes/minutes.entity.js';
import { ReceptionCaseEntity } from '../minutes/reception-case.entity.js';
import { DialogueChairEntity, DialogueEntity, DialogueQuestionEntity } from '../dialogues/dialogue.entity.js';
import {
  DialogueMinuteAmendmentEntity,
  DialogueMinuteItemEntity,
  DialogueMinutesEntity,
} from '../dialogues/dialogue-minutes.entity.js';
import { ReportSnapshotEntity } from '../reports/report-snapshot.entity.js';
import {
  SurveyAnswerEntity,
  SurveyInvitationEntity,
  SurveyQuestionSetEntity,
  SurveyScoreEntity,
} from '../surveys/survey.entity.js';

/** Every entity of the application (explicit: no globs, so tests and the build see the same list). */
export const ALL_ENTITIES = [
  SeedLogEntity,
  UnitEntity,
  OfficialEntity,
  VenueEntity,
  UserEntity,
  AuditEntity,
  HolidayYearEntity,
  RulePresetEntity,
  RulePresetRevisionEntity,
  ScheduleEntity,
  ScheduleSkipEntity,
  SessionEntity,
  OutboxMessageEntity,
  SmsPartEntity,
  BookingVerificationEntity,
  BookingSlotEntity,
  BookingEntity,
  BookingAttendeeEntity,
  PetitionEntity,
  PetitionIdentityEntity,
  PetitionPauseEntity,
  PetitionExtensionEntity,
  TaskEntity,
  TaskEventEntity,
  TaskAlertEntity,
  TaskContactEntity,
  PublicResultEntity,
  MinutesEntity,
  MinutesAmendmentEntity,
  ReceptionCaseEntity,
  DialogueEntity,
  DialogueChairEntity,
  DialogueQuestionEntity,
  DialogueMinutesEntity,
  DialogueMinuteItemEntity,
  DialogueMinuteAmendmentEntity,
  ReportSnapshotEntity,
  SurveyQuestionSetEntity,
  SurveyInvitationEntity,
  SurveyAnswerEntity,
  SurveyScoreEntity,
  StaffSessionEntity,
];
