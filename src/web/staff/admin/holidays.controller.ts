import { AuditEntity } from '../../../audit/audit.decorator.js';
import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { CalendarService } from '../../../calendar/calendar.service.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import { MAX_YEAR, MIN_YEAR } from '../../../common/validation/date-range.js';
import type { FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { attempt, auditAs, refused } from './admin-input.js';
import { HOLIDAYS_PATH } from './admin-paths.js';
import {
  dateInputOf,
  formText,
  holidayEntriesOf,
  holidayRowsOf,
  holidaySourceOf,
  type HolidayRow,
  type HolidaySourceValues,
} from './domain/admin-forms.js';
import { HolidaysPage, type HolidayYearView } from './holidays.page.js';

/** Blank rows under a year's days, to add new ones without JavaScript. */
const BLANK_ROWS = 5;

function yearOf(raw: string): number {
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw new NotFoundError('Năm');
  return year;
}

const sourceValuesOf = (body: Record<string, unknown>): HolidaySourceValues => ({
  document: formText(body.sourceDocument, 200),
  issuer: formText(body.sourceIssuer, 200),
  date: formText(body.sourceDate, 20),
  covers: formText(body.sourceCovers, 300),
  url: formText(body.sourceUrl, 500),
});

/**
 * `/can-bo/quan-tri/ngay-nghi/:year`: a year's official days off (admin), read and replaced through the same service
 * as `GET/PUT /api/v1/holidays/:year`, with the year's source note (the first document; others are kept).
 */
@AuditEntity('holiday_year')
@StaffController('quan-tri/ngay-nghi', 'admin')
export class AdminHolidaysController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly calendar: CalendarService,
  ) {}

  @Get()
  thisYear(@Res() res: Response): void {
    seeOther(res, `${HOLIDAYS_PATH}/${this.calendar.today().slice(0, 4)}`);
  }

  @Get(':year')
  async year(
    @CurrentStaff() user: StaffUser,
    @Param('year') rawYear: string,
    @Query('da_luu') saved: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const view = await this.calendar.holidays(yearOf(rawYear));
    const rows: HolidayRow[] = [
      ...view.entries.map((e) => ({ date: dateInputOf(e.date), name: e.name, kind: e.kind })),
      ...Array.from({ length: BLANK_ROWS }, () => ({ date: '', name: '', kind: 'holiday' })),
    ];
    const first = view.source[0];
    const sourceValues: HolidaySourceValues = {
      document: first?.document ?? '',
      issuer: first?.issuer ?? '',
      date: dateInputOf(first?.date),
      covers: first?.covers ?? '',
      url: first?.url ?? '',
    };
    await this.show(user, view, rows, sourceValues, null, 200, req, res, saved === '1');
  }

  @WebPost(':year')
  async replace(
    @CurrentStaff() user: StaffUser,
    @Param('year') rawYear: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    auditAs('update');
    const year = yearOf(rawYear);
    const rows = holidayRowsOf(body);
    const sourceValues = sourceValuesOf(body);
    const { entries, errors } = holidayEntriesOf(year, rows);
    const source = holidaySourceOf(sourceValues);
    const current = await this.calendar.holidays(year);
    const result =
      Object.keys(errors).length > 0 || !source.ok
        ? refused({ ...errors, ...(source.ok ? {} : source.errors) })
        : await attempt(
            () =>
              this.calendar.replaceYear(year, entries, [
                ...(source.source ? [source.source] : []),
                ...current.source.slice(1),
              ]),
            () => null,
          );
    if (result.ok) return seeOther(res, `${HOLIDAYS_PATH}/${year}?da_luu=1`);
    await this.show(user, current, rows, sourceValues, result.errors, result.status, req, res, false);
  }

  private async show(
    user: StaffUser,
    view: HolidayYearView,
    rows: HolidayRow[],
    sourceValues: HolidaySourceValues,
    errors: FormErrors | null,
    status: number,
    req: Request,
    res: Response,
    saved: boolean,
  ): Promise<void> {
    const frame = await this.frames.of(user, req, res);
    render(res, h(HolidaysPage, { frame, view, rows, sourceValues, errors, saved }), status);
  }
}
