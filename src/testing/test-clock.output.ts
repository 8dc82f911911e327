/** Response bodies of test-clock.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class TestClockGetOutput {
  @ApiProperty({ type: String }) now: string;
}

export class TestClockSetOutput {
  @ApiProperty({ type: String }) now: string;
}
