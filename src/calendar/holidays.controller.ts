import { Body, Controller, Get, Param, ParseArrayPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { flattenValidationErrors } from '../common/validation/validation-errors.js';
import { YearPipe } from '../common/validation/year.pipe.js';
import { CalendarService } from './calendar.service.js';
import { HolidayEntryDto, HolidayQuery } from './dto/calendar.dto.js';
import { HolidayEntryOutput, HolidayYearOutput } from './dto/holidays.output.js';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';

const yearPipe = new YearPipe();

@ApiTags('calendar')
@AuditEntity('holiday_year')
@Controller('holidays')
export class HolidaysController {
  constructor(private readonly calendar: CalendarService) {}

  /** Official days off of a year: published lists where known, the computed default otherwise (public). */
  @ApiOperation({ summary: 'Ngày nghỉ chính thức của một năm (danh sách đã công bố hoặc tính sẵn)' })
  @ApiOkResponse({ type: HolidayEntryOutput, isArray: true })
  @Get()
  @Public()
  @PublicRateLimit()
  async list(@Query() q: HolidayQuery): Promise<HolidayEntryOutput[]> {
    return (await this.calendar.holidays(q.year)).entries;
  }

  /** The year's list with its sources and whether it is computed. */
  @ApiOperation({ summary: 'Ngày nghỉ của một năm, kèm nguồn và cho biết có phải tính sẵn không' })
  @ApiOkResponse({ type: HolidayYearOutput })
  @Get(':year')
  @Public()
  @PublicRateLimit()
  detail(@Param('year', yearPipe) year: number): Promise<HolidayYearOutput> {
    return this.calendar.holidays(year);
  }

  /** Replaces a year's list (administrator), e.g. when the Government publishes the days off. */
  @ApiOperation({ summary: 'Thay danh sách ngày nghỉ của một năm (quản trị viên)' })
  @ApiOkResponse({ type: HolidayEntryOutput, isArray: true })
  @Put(':year')
  @ApiBearerAuth()
  @Roles('admin')
  @ApiBody({ type: HolidayEntryDto, isArray: true })
  replace(
    @Param('year', yearPipe) year: number,
    @Body(
      new ParseArrayPipe({
        items: HolidayEntryDto,
        whitelist: true,
        forbidNonWhitelisted: true,
        exceptionFactory: (errors) =>
          fail(COMMON_ERRORS.VALIDATION_FAILED, {
            errors: Array.isArray(errors) ? flattenValidationErrors(errors as never) : [],
          }),
      }),
    )
    entries: HolidayEntryDto[],
  ): Promise<HolidayEntryOutput[]> {
    return this.calendar.replaceYear(year, entries);
  }
}
