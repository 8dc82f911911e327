import { AuditEntity } from '../../../audit/audit.decorator.js';
import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { CreateOfficialDto, UpdateOfficialDto } from '../../../org/dto/official.dto.js';
import { OfficialsService } from '../../../org/officials.service.js';
import { UnitsService } from '../../../org/units.service.js';
import type { FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { pageOf, paging } from '../../domain/paging.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { asDto, attempt, auditAs, pathId } from './admin-input.js';
import { OFFICIALS_PATH } from './admin-paths.js';
import { formText, matchesQuery } from './domain/admin-forms.js';
import { OfficialFormPage, type OfficialValues } from './official-form.page.js';
import { OfficialsPage } from './officials.page.js';
import { unitOptions } from './unit-options.js';

const valuesOf = (body: Record<string, unknown>): OfficialValues => ({
  fullName: formText(body.fullName, 200),
  title: formText(body.title, 300),
  unitId: formText(body.unitId, 64),
  position: formText(body.position, 20),
  body: formText(body.body, 20),
  active: body.active === 'yes',
});

/** `/can-bo/quan-tri/can-bo`: leading officials (admin), through the same service as `/api/v1/officials`. */
@AuditEntity('official')
@StaffController('quan-tri/can-bo', 'admin')
export class AdminOfficialsController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly officials: OfficialsService,
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
    const all = (await this.officials.list(user, {}))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'))
      .filter((o) => matchesQuery(q, o.fullName, o.title));
    const p = paging(trang, all.length);
    const unitNames = new Map((await unitOptions(this.units, user)).map((u) => [u.value, u.label]));
    const frame = await this.frames.of(user, req, res);
    render(res, h(OfficialsPage, { frame, officials: pageOf(all, p), unitNames, paging: p, q }));
  }

  @Get('moi')
  async newForm(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    const values: OfficialValues = { fullName: '', title: '', unitId: '', position: '', body: '', active: true };
    await this.show(user, null, values, null, 200, req, res);
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
    const result = await attempt(async () =>
      this.officials.create(
        user,
        await asDto(CreateOfficialDto, {
          fullName: values.fullName,
          title: values.title,
          unitId: values.unitId,
          position: values.position,
          body: values.body,
        }),
      ),
    );
    if (result.ok) return seeOther(res, `${OFFICIALS_PATH}?q=${encodeURIComponent(values.fullName)}`);
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
    const o = await this.officials.get(user, pathId(rawId, 'Cán bộ'));
    const values: OfficialValues = { ...o };
    await this.show(user, o.id, values, null, 200, req, res);
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
    const o = await this.officials.get(user, pathId(rawId, 'Cán bộ'));
    const values = { ...valuesOf(body), unitId: o.unitId };
    const result = await attempt(async () =>
      this.officials.update(
        user,
        o.id,
        await asDto(UpdateOfficialDto, {
          fullName: values.fullName,
          title: values.title,
          position: values.position,
          body: values.body,
          active: values.active,
        }),
      ),
    );
    if (result.ok) return seeOther(res, `${OFFICIALS_PATH}?q=${encodeURIComponent(values.fullName)}`);
    await this.show(user, o.id, values, result.errors, result.status, req, res);
  }

  private async show(
    user: StaffUser,
    officialId: string | null,
    values: OfficialValues,
    errors: FormErrors | null,
    status: number,
    req: Request,
    res: Response,
  ): Promise<void> {
    const units = await unitOptions(this.units, user);
    const unitName = units.find((u) => u.value === values.unitId)?.label ?? null;
    const frame = await this.frames.of(user, req, res);
    render(res, h(OfficialFormPage, { frame, officialId, units, unitName, values, errors }), status);
  }
}
