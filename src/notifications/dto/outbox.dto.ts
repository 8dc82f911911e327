import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import { OUTBOX_STATUSES, type OutboxStatus } from '../outbox-message.entity.js';

export class OutboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;

  @ApiPropertyOptional({ example: 'booking.confirmed' })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[a-z][a-z0-9_.-]*$/)
  kind?: string;
}

/** One outbox message as admins see it: attachment names and sizes, never their content. */
export interface OutboxItemDto {
  id: string;
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
  attachments: { filename: string; contentType: string; size: number }[];
}

export interface OutboxDetailDto extends OutboxItemDto {
  text: string;
  html: string | null;
}
