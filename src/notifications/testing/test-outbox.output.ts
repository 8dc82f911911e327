/** Response bodies of test-outbox.controller.ts for the OpenAPI document; the handlers' return types keep them equal to the views. */
import { ApiProperty } from '@nestjs/swagger';

export class TestOutboxEnqueuedOutput {
  @ApiProperty({ type: Boolean }) enqueued: boolean;
}
