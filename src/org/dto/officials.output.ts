/** Response bodies of officials.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class OfficialOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) fullName: string;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId: string;
  @ApiProperty({ enum: ['head', 'deputy', 'member'] }) position: 'head' | 'deputy' | 'member';
  @ApiProperty({ enum: ['party', 'government'] }) body: 'party' | 'government';
  @ApiProperty({ type: Boolean }) active: boolean;
}
