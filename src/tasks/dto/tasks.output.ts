/** Response bodies of tasks.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class TaskPetitionOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['complaint', 'denunciation', 'recommendation', 'feedback'] }) type:
    'complaint' | 'denunciation' | 'recommendation' | 'feedback';
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty({ type: String }) content: string;
  @ApiProperty({ type: String }) receivedOn: string;
  @ApiProperty({ type: Boolean }) identityProtected: boolean;
}

export class TaskEventsOutput {
  @ApiProperty({ type: String }) action: string;
  @ApiProperty({ type: String }) fromStatus: string;
  @ApiProperty({ type: String }) toStatus: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) fromUnitId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) toUnitId: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) byUserId: string | null;
  @ApiProperty({ type: String }) at: string;
}

export class TaskResultOutput {
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: Boolean }) publish: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt: string;
}

export class TaskListItemOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) petitionId: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String, format: 'uuid' }) assigneeUnitId: string;
  @ApiProperty({ type: String }) instruction: string;
  @ApiProperty({ enum: ['open', 'in_progress', 'done', 'returned'] }) status:
    'open' | 'in_progress' | 'done' | 'returned';
  @ApiProperty({ type: String }) statusLabel: string;
  @ApiProperty({ type: Boolean }) overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) dueAt: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: () => TaskResultOutput, nullable: true }) result: TaskResultOutput | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
}

export class TaskOutput extends TaskListItemOutput {
  @ApiProperty({ type: () => TaskPetitionOutput, nullable: true }) petition: TaskPetitionOutput | null;
  @ApiProperty({ type: () => [TaskEventsOutput] }) events: TaskEventsOutput[];
}
