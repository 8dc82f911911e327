/** Response bodies of health.controller.ts for the OpenAPI document; the handlers' return types keep them equal to the views. */
import { ApiProperty } from '@nestjs/swagger';

export class HealthOutput {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}
