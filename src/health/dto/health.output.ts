/** Response bodies of health.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class HealthOutput {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

export class LivenessOutput {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ description: 'Seconds since the process started' }) uptimeSeconds: number;
}

export class ReadinessOutput {
  @ApiProperty({ enum: ['ready'] }) status: 'ready';
}
