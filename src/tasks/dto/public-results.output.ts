/** Response bodies of public-results.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class PublicResultOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String }) unitName: string;
  @ApiProperty({ enum: ['complaint', 'denunciation', 'recommendation', 'feedback'] }) petitionType:
    'complaint' | 'denunciation' | 'recommendation' | 'feedback';
  @ApiProperty({ type: String }) petitionTypeLabel: string;
  @ApiProperty({ type: String }) subject: string;
  @ApiProperty({ type: String }) answer: string;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt: string;
}
