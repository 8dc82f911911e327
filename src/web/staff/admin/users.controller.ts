import { AuditEntity } from '../../../audit/audit.decorator.js';
import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { randomBytes } from 'node:crypto';
import { CreateUserDto, UpdateUserDto } from '../../../auth/dto/auth.dto.js';
import { AUTH_ERRORS } from '../../../auth/errors.js';
import { UserAdminService } from '../../../auth/user-admin.service.js';
import { UsersService, type UserView } from '../../../auth/users.service.js';
import { failOnField } from '../../../common/errors/catalogue.js';
import { DomainError } from '../../../common/errors/domain-error.js';
import { UnitsService } from '../../../org/units.service.js';
import type { FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { pageOf, paging } from '../../domain/paging.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { asDto, attempt, pathId, refused } from './admin-input.js';
import { formList, formText, matchesQuery } from './domain/admin-forms.js';
import { OneTimePasswordPage } from './one-time-password.page.js';
import { NewUserPage, type NewUserValues } from './user-new.page.js';
import { UserPage } from './user.page.js';
import { UsersPage } from './users.page.js';
import { unitOptions } from './unit-options.js';
import { USERS_PATH } from './admin-paths.js';

/**
 * `/can-bo/quan-tri/tai-khoan`: accounts (admin only), through the same services as `/api/v1/users`. A new account
 * gets a one-time password (shown once on the answer of the post); the person must change it at first sign-in.
 */
@AuditEntity('user')
@StaffController('quan-tri/tai-khoan', 'admin')
export class AdminUsersController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly users: UsersService,
    private readonly admin: UserAdminService,
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
    const all = (await this.users.list(user))
      .sort((a, b) => a.username.localeCompare(b.username))
      .filter((u) => matchesQuery(q, u.username, u.fullName));
    const p = paging(trang, all.length);
    const unitNames = new Map((await unitOptions(this.units, user)).map((u) => [u.value, u.label]));
    render(
      res,
      h(UsersPage, { frame: await this.frames.of(user, req, res), users: pageOf(all, p), unitNames, paging: p, q }),
    );
  }

  @Get('moi')
  async newForm(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    const values: NewUserValues = { username: '', fullName: '', title: '', roles: [], unitId: '' };
    render(
      res,
      h(NewUserPage, {
        frame: await this.frames.of(user, req, res),
        units: await unitOptions(this.units, user),
        values,
      }),
    );
  }

  @WebPost()
  async create(
    @CurrentStaff() user: StaffUser,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const values: NewUserValues = {
      username: formText(body.username, 64),
      fullName: formText(body.fullName, 200),
      title: formText(body.title, 300),
      roles: formList(body.roles),
      unitId: formText(body.unitId, 64),
    };
    const result = await attempt(async () => {
      const dto = await asDto(CreateUserDto, {
        username: values.username,
        // A random first password nobody sees: the one-time password below replaces it at once.
        password: randomBytes(24).toString('base64url'),
        ...(values.fullName ? { fullName: values.fullName } : {}),
        ...(values.title ? { title: values.title } : {}),
        roles: values.roles,
        unitId: values.unitId,
      });
      let created: UserView;
      try {
        created = await this.users.create(dto);
      } catch (e) {
        if (e instanceof DomainError && e.code === AUTH_ERRORS.USERNAME_TAKEN.code) {
          throw failOnField(AUTH_ERRORS.USERNAME_TAKEN, 'username');
        }
        throw e;
      }
      return { created, reset: await this.admin.resetPassword(created.id, user) };
    }, fieldOfUser);
    const frame = await this.frames.of(user, req, res);
    if (!result.ok) {
      const units = await unitOptions(this.units, user);
      return render(res, h(NewUserPage, { frame, units, values, errors: result.errors }), result.status);
    }
    const { created, reset } = result.value;
    render(
      res,
      h(OneTimePasswordPage, {
        frame,
        username: created.username,
        userId: created.id,
        created: true,
        password: reset.oneTimePassword,
      }),
    );
  }

  @Get(':id')
  async detail(
    @CurrentStaff() user: StaffUser,
    @Param('id') rawId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const account = await this.admin.get(pathId(rawId, 'Tài khoản'));
    await this.showAccount(user, account, { roles: account.roles, unitId: account.unitId ?? '' }, null, 200, req, res);
  }

  @WebPost(':id')
  @AuditEntity('') // the service records the change itself, with what changed
  async update(
    @CurrentStaff() user: StaffUser,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const id = pathId(rawId, 'Tài khoản');
    const values = { roles: formList(body.roles), unitId: formText(body.unitId, 64) };
    const result =
      values.roles.length === 0
        ? refused({ roles: 'Chọn ít nhất một vai trò.' })
        : await attempt(
            async () =>
              this.admin.update(id, await asDto(UpdateUserDto, { roles: values.roles, unitId: values.unitId }), user),
            fieldOfUser,
          );
    if (result.ok) return seeOther(res, `${USERS_PATH}/${id}`);
    await this.showAccount(user, await this.admin.get(id), values, result.errors, result.status, req, res);
  }

  @WebPost(':id/trang-thai')
  @AuditEntity('') // the service records the change itself, with what changed
  async setActive(
    @CurrentStaff() user: StaffUser,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const id = pathId(rawId, 'Tài khoản');
    const disabled = body.disabled === 'true';
    const result = await attempt(() => this.admin.update(id, { disabled }, user));
    if (result.ok) return seeOther(res, `${USERS_PATH}/${id}`);
    const account = await this.admin.get(id);
    const values = { roles: account.roles, unitId: account.unitId ?? '' };
    await this.showAccount(user, account, values, result.errors, result.status, req, res);
  }

  @WebPost(':id/dat-lai-mat-khau')
  @AuditEntity('') // the service records the change itself, with what changed
  async resetPassword(
    @CurrentStaff() user: StaffUser,
    @Param('id') rawId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const account = await this.admin.get(pathId(rawId, 'Tài khoản'));
    const reset = await this.admin.resetPassword(account.id, user);
    render(
      res,
      h(OneTimePasswordPage, {
        frame: await this.frames.of(user, req, res),
        username: account.username,
        userId: account.id,
        created: false,
        password: reset.oneTimePassword,
      }),
    );
  }

  private async showAccount(
    user: StaffUser,
    account: UserView,
    values: { roles: string[]; unitId: string },
    errors: FormErrors | null,
    status: number,
    req: Request,
    res: Response,
  ): Promise<void> {
    const units = await unitOptions(this.units, user);
    const unitName = units.find((u) => u.value === account.unitId)?.label ?? '—';
    const frame = await this.frames.of(user, req, res);
    render(res, h(UserPage, { frame, user: account, units, unitName, values, errors }), status);
  }
}

/** The API's field paths of an account form → the ids of its fields (`roles[0]` → the roles fieldset). */
function fieldOfUser(path: string): string | null {
  const root = path.replace(/[[.].*$/, '');
  return ['username', 'fullName', 'title', 'roles', 'unitId'].includes(root) ? root : null;
}
