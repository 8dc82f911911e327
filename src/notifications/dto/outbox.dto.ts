import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import { OUTBOX_CHANNELS, OUTBOX_STATUSES, type OutboxChannel, type OutboxStatus } from '../outbox-message.entity.js';

export class OutboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;

  @ApiPropertyOptional({ enum: OUTBOX_CHANNELS })
  @IsOptional()
  @IsIn(OUTBOX_CHANNELS)
  channel?: OutboxChannel;

  @ApiPropertyOptional({ example: 'booking.confirmed' })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[a-z][a-z0-9_.-]*$/)
  kind?: string;
}

/** One outbox message as admins see it: attachment names and sizes, never their content. */
export interface OutboxItemDto {
  id: string;
  channel: OutboxChannel;
  kind: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  refType: string | null;
  refId: string | null;
  dedupeKey: string | null;
  notBefore: string | null;
  claimedBy: string | null;
  createdAt: string;
  sentAt: string | null;
  /** About a denunciation: recipient, subject, text and attachment names are sealed in this view. */
  identitySealed: boolean;
  /** The text is a one-time code: never shown. */
  secret: boolean;
  /** SMS: template and version, parts submitted, delivery receipt state and time. */
  template: string | null;
  parts: number | null;
  deliveryState: string | null;
  deliveredAt: string | null;
  attachments: { filename: string; contentType: string; size: number }[];
}

export interface OutboxDetailDto extends OutboxItemDto {
  text: string;
  html: string | null;
}
