/** Response bodies of session-bookings.controller.ts for the OpenAPI document; the handlers' return types keep them equal to the views. */
import { ApiProperty } from '@nestjs/swagger';

export class SlotOutput {
  @ApiProperty({ type: String }) startsAt: string;
  @ApiProperty({ type: String }) endsAt: string;
  @ApiProperty({ type: Number }) seats: number;
  @ApiProperty({ type: Number }) remaining: number;
}
