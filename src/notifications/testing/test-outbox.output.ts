/** Response bodies of test-outbox.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class TestOutboxEnqueuedOutput {
  @ApiProperty({ type: Boolean }) enqueued: boolean;
}
