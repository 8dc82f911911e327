import { AuditEntity } from '../../../audit/audit.decorator.js';
import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { CreateUnitDto, UpdateUnitDto } from '../../../org/dto/unit.dto.js';
import { UnitsService, type UnitView } from '../../../org/units.service.js';
import type { FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { pageOf, paging } from '../../domain/paging.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { asDto, attempt, auditAs, pathId, refused } from './admin-input.js';
import { UNITS_PATH } from './admin-paths.js';
import { dateInputOf, formText, matchesQuery, parseDateInput } from './domain/admin-forms.js';
import { UnitFormPage, type UnitValues } from './unit-form.page.js';
import { UnitsPage } from './units.page.js';

const EMPTY: UnitValues = { name: '', level: '', parentId: '', code: '', validFrom: '', validTo: '' };

const valuesOf = (body: Record<string, unknown>): UnitValues => ({
  name: formText(body.name, 300),
  level: formText(body.level, 20),
  parentId: formText(body.parentId, 64),
  code: formText(body.code, 64),
  validFrom: formText(body.validFrom, 20),
  validTo: formText(body.validTo, 20),
});

/** Dates typed as dd/mm/yyyy → ISO; a date that does not exist is refused beside its field. */
function datesOf(v: UnitValues): { validFrom: string | null; validTo: string | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const read = (raw: string, field: string) => {
    if (raw === '') return null;
    const iso = parseDateInput(raw);
    if (!iso) errors[field] = 'Nhập ngày dạng ngày/tháng/năm, ví dụ 01/07/2025.';
    return iso;
  };
  return { validFrom: read(v.validFrom, 'validFrom'), validTo: read(v.validTo, 'validTo'), errors };
}

/** `/can-bo/quan-tri/don-vi`: units (admin), through the same service as `/api/v1/units`. */
@AuditEntity('unit')
@StaffController('quan-tri/don-vi', 'admin')
export class AdminUnitsController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly units: UnitsService,
  ) {}

  @Get()
  async list(
    @CurrentStaff() user: StaffUser,
    @Query('trang') trang: string | undefined,
    @Query('q') rawQ: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const q = formText(rawQ, 100);
    const units = await this.units.list(user, {});
    const names = new Map(units.map((u) => [u.id, u.name]));
    const all = units.filter((u) => matchesQuery(q, u.name, u.code)).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    const p = paging(trang, all.length);
    render(
      res,
      h(UnitsPage, { frame: await this.frames.of(user, req, res), units: pageOf(all, p), names, paging: p, q }),
    );
  }

  @Get('moi')
  async newForm(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    await this.show(user, null, EMPTY, null, 200, req, res);
  }

  @WebPost()
  async create(
    @CurrentStaff() user: StaffUser,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const values = valuesOf(body);
    const dates = datesOf(values);
    const result =
      Object.keys(dates.errors).length > 0
        ? refused(dates.errors)
        : await attempt(async () =>
            this.units.create(
              await asDto(CreateUnitDto, {
                name: values.name,
                level: values.level,
                ...(values.parentId ? { parentId: values.parentId } : {}),
                ...(values.code ? { code: values.code } : {}),
                ...(dates.validFrom ? { validFrom: dates.validFrom } : {}),
                ...(dates.validTo ? { validTo: dates.validTo } : {}),
              }),
            ),
          );
    if (result.ok) return seeOther(res, `${UNITS_PATH}?q=${encodeURIComponent(values.name)}`);
    await this.show(user, null, values, result.errors, result.status, req, res);
  }

  @Get(':id')
  async editForm(
    @CurrentStaff() user: StaffUser,
    @Param('id') rawId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const unit = await this.units.get(user, pathId(rawId, 'Đơn vị'));
    await this.show(user, unit.id, toValues(unit), null, 200, req, res);
  }

  @WebPost(':id')
  async update(
    @CurrentStaff() user: StaffUser,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    auditAs('update');
    const unit = await this.units.get(user, pathId(rawId, 'Đơn vị'));
    const values = { ...valuesOf(body), code: unit.code ?? '' };
    const dates = datesOf(values);
    const result =
      Object.keys(dates.errors).length > 0
        ? refused(dates.errors)
        : await attempt(async () =>
            this.units.update(
              unit.id,
              await asDto(UpdateUnitDto, {
                name: values.name,
                level: values.level,
                parentId: values.parentId || null,
                validFrom: dates.validFrom,
                validTo: dates.validTo,
              }),
            ),
          );
    if (result.ok) return seeOther(res, `${UNITS_PATH}?q=${encodeURIComponent(values.name)}`);
    await this.show(user, unit.id, values, result.errors, result.status, req, res);
  }

  private async show(
    user: StaffUser,
    unitId: string | null,
    values: UnitValues,
    errors: FormErrors | null,
    status: number,
    req: Request,
    res: Response,
  ): Promise<void> {
    const parents = (await this.units.list(user, {}))
      .filter((u) => u.id !== unitId)
      .map((u) => ({ value: u.id, label: u.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
    const frame = await this.frames.of(user, req, res);
    render(res, h(UnitFormPage, { frame, unitId, parents, values, errors }), status);
  }
}

const toValues = (u: UnitView): UnitValues => ({
  name: u.name,
  level: u.level,
  parentId: u.parentId ?? '',
  code: u.code ?? '',
  validFrom: dateInputOf(u.validFrom),
  validTo: dateInputOf(u.validTo),
});
