import { AuditEntity } from '../../../audit/audit.decorator.js';
import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { CreateVenueDto, UpdateVenueDto } from '../../../org/dto/venue.dto.js';
import { VenuesService } from '../../../org/venues.service.js';
import { UnitsService } from '../../../org/units.service.js';
import type { FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { pageOf, paging } from '../../domain/paging.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { asDto, attempt, auditAs, pathId } from './admin-input.js';
import { VENUES_PATH } from './admin-paths.js';
import { formText, matchesQuery } from './domain/admin-forms.js';
import { VenueFormPage, type VenueValues } from './venue-form.page.js';
import { VenuesPage } from './venues.page.js';
import { unitOptions } from './unit-options.js';

const valuesOf = (body: Record<string, unknown>): VenueValues => ({
  name: formText(body.name, 300),
  address: formText(body.address, 400),
  unitId: formText(body.unitId, 64),
});

/** `/can-bo/quan-tri/dia-diem`: reception venues (admin), through the same service as `/api/v1/venues`. */
@AuditEntity('venue')
@StaffController('quan-tri/dia-diem', 'admin')
export class AdminVenuesController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly venues: VenuesService,
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
    const all = (await this.venues.list(user, {}))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .filter((v) => matchesQuery(q, v.name, v.address));
    const p = paging(trang, all.length);
    const unitNames = new Map((await unitOptions(this.units, user)).map((u) => [u.value, u.label]));
    const frame = await this.frames.of(user, req, res);
    render(res, h(VenuesPage, { frame, venues: pageOf(all, p), unitNames, paging: p, q }));
  }

  @Get('moi')
  async newForm(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    const values: VenueValues = { name: '', address: '', unitId: '' };
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
      this.venues.create(
        user,
        await asDto(CreateVenueDto, {
          name: values.name,
          address: values.address,
          unitId: values.unitId,
        }),
      ),
    );
    if (result.ok) return seeOther(res, `${VENUES_PATH}?q=${encodeURIComponent(values.name)}`);
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
    const o = await this.venues.get(user, pathId(rawId, 'Địa điểm'));
    const values: VenueValues = { ...o };
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
    const o = await this.venues.get(user, pathId(rawId, 'Địa điểm'));
    const values = { ...valuesOf(body), unitId: o.unitId };
    const result = await attempt(async () =>
      this.venues.update(
        user,
        o.id,
        await asDto(UpdateVenueDto, {
          name: values.name,
          address: values.address,
        }),
      ),
    );
    if (result.ok) return seeOther(res, `${VENUES_PATH}?q=${encodeURIComponent(values.name)}`);
    await this.show(user, o.id, values, result.errors, result.status, req, res);
  }

  private async show(
    user: StaffUser,
    venueId: string | null,
    values: VenueValues,
    errors: FormErrors | null,
    status: number,
    req: Request,
    res: Response,
  ): Promise<void> {
    const units = await unitOptions(this.units, user);
    const unitName = units.find((u) => u.value === values.unitId)?.label ?? null;
    const frame = await this.frames.of(user, req, res);
    render(res, h(VenueFormPage, { frame, venueId, units, unitName, values, errors }), status);
  }
}
