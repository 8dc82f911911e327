/** Response bodies of venues.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class VenueOutput {
  @ApiProperty({ type: String }) id: string;
  @ApiProperty({ type: String }) unitId: string;
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: String }) address: string;
}
