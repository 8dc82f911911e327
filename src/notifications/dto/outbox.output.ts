/** Response bodies of outbox.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class OutboxItemAttachmentsOutput {
  @ApiProperty({ type: String }) filename: string;
  @ApiProperty({ type: String }) contentType: string;
  @ApiProperty({ type: Number }) size: number;
}

export class OutboxItemOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['email', 'sms'] }) channel: 'email' | 'sms';
  @ApiProperty({ type: String }) kind: string;
  @ApiProperty({ type: String }) to: string;
  @ApiProperty({ type: String }) subject: string;
  @ApiProperty({ enum: ['pending', 'sending', 'sent', 'failed'] }) status: 'pending' | 'sending' | 'sent' | 'failed';
  @ApiProperty({ type: Number }) attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, nullable: true }) refType: string | null;
  @ApiProperty({ type: String, nullable: true }) refId: string | null;
  @ApiProperty({ type: String, nullable: true }) dedupeKey: string | null;
  @ApiProperty({ type: String, nullable: true }) notBefore: string | null;
  @ApiProperty({ type: String, nullable: true }) claimedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({ type: Boolean }) identitySealed: boolean;
  @ApiProperty({ type: Boolean, description: 'Mã dùng một lần: nội dung không bao giờ hiển thị' }) secret: boolean;
  @ApiProperty({ type: String, nullable: true }) template: string | null;
  @ApiProperty({ type: Number, nullable: true }) parts: number | null;
  @ApiProperty({ type: String, nullable: true }) deliveryState: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: string | null;
  @ApiProperty({ type: () => [OutboxItemAttachmentsOutput] }) attachments: OutboxItemAttachmentsOutput[];
}

export class OutboxStatusCountsOutput {
  @ApiProperty({ type: Number }) pending: number;
  @ApiProperty({ type: Number }) sending: number;
  @ApiProperty({ type: Number }) sent: number;
  @ApiProperty({ type: Number }) failed: number;
}

export class OutboxChannelCountsOutput {
  @ApiProperty({ type: () => OutboxStatusCountsOutput }) email: OutboxStatusCountsOutput;
  @ApiProperty({ type: () => OutboxStatusCountsOutput }) sms: OutboxStatusCountsOutput;
}

export class OutboxSummaryOutput extends OutboxStatusCountsOutput {
  @ApiProperty({ type: () => OutboxChannelCountsOutput }) byChannel: OutboxChannelCountsOutput;
}

/** One message with its text and HTML (as masked for the reader). */
export class OutboxDetailOutput extends OutboxItemOutput {
  @ApiProperty({ type: String }) text: string;
  @ApiProperty({ type: String, nullable: true }) html: string | null;
}

export class FlushResultOutput {
  @ApiProperty({ type: Number }) sent: number;
  @ApiProperty({ type: Number }) retrying: number;
  @ApiProperty({ type: Number }) failed: number;
  @ApiProperty({ type: Number }) requeuedStale: number;
}
