/** Response bodies of test-clock.controller.ts for the OpenAPI document; the handlers' return types keep them equal to the views. */
import { ApiProperty } from '@nestjs/swagger';

export class TestClockGetOutput {
  @ApiProperty({ type: String }) now: string;
}

export class TestClockSetOutput {
  @ApiProperty({ type: String }) now: string;
}
