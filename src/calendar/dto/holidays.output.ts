/** Response bodies of holidays.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class HolidayEntryOutput {
  @ApiProperty({ type: String }) date: string;
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ enum: ['holiday', 'day_off', 'working_day'] }) kind: 'holiday' | 'day_off' | 'working_day';
}

/** A document a year's calendar comes from. */
export class HolidaySourceOutput {
  @ApiProperty({ type: String, example: 'Văn bản số 9859/VPCP-KGVX' }) document: string;
  @ApiProperty({ type: String }) issuer: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) date: string | null;
  @ApiProperty({ type: String }) covers: string;
  @ApiProperty({ type: String }) url: string;
}

export class HolidayYearOutput {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: Boolean }) computed: boolean;
  @ApiProperty({ type: () => [HolidaySourceOutput] }) source: HolidaySourceOutput[];
  @ApiProperty({ type: () => [HolidayEntryOutput] }) entries: HolidayEntryOutput[];
}
