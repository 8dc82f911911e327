/** Response bodies of venues.controller.ts for the OpenAPI document; the handlers' return types keep them equal to the views. */
import { ApiProperty } from '@nestjs/swagger';

export class VenueOutput {
  @ApiProperty({ type: String }) id: string;
  @ApiProperty({ type: String }) unitId: string;
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: String }) address: string;
}
