/** Response bodies of task-admin.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class DailyRunResultOutput {
  @ApiProperty({ type: Boolean }) ran: boolean;
  @ApiProperty({ type: String }) day: string;
  @ApiProperty({ type: Number }) markedOverdue: number;
  @ApiProperty({ type: Number }) reminded: number;
  @ApiProperty({ type: Number }) escalated: number;
  @ApiProperty({ type: Number }) notifications: number;
}

export class TaskContactsOutput {
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String, nullable: true }) headEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) officeEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) handlerEmail: string | null;
}
