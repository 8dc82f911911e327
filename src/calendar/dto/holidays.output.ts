/** Response bodies of holidays.controller.ts for the OpenAPI document; the handlers' return types keep them equal to the views. */
import { ApiProperty } from '@nestjs/swagger';

export class HolidayEntryOutput {
  @ApiProperty({ type: String }) date: string;
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ enum: ['holiday', 'day_off', 'working_day'] }) kind: 'holiday' | 'day_off' | 'working_day';
}

export class HolidayYearOutput {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: Boolean }) computed: boolean;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) source: unknown[];
  @ApiProperty({ type: () => [HolidayEntryOutput] }) entries: HolidayEntryOutput[];
}
