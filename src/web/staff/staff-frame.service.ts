import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { StaffDirectory } from '../../auth/staff-directory.service.js';
import { OrgReader } from '../../org/org-reader.service.js';
import { CsrfService } from '../common/csrf.js';
import { TtlMemo } from '../common/ttl-memo.js';
import { currentNav, navFor, ROLE_LABELS } from './staff-nav.js';
import type { StaffUser } from './staff-controller.js';
import type { StaffFrame } from './staff-layout.js';

/**
 * What every workspace page shows around its content: who is signed in (name, roles, unit), the navigation of their
 * roles with the current entry, and the CSRF token of the page's forms (the sign-out button is a form). Names are
 * memoised for 30 s.
 */
@Injectable()
export class StaffFrameService {
  private readonly names = new TtlMemo<string>(30_000);

  constructor(
    private readonly org: OrgReader,
    private readonly directory: StaffDirectory,
    private readonly csrf: CsrfService,
  ) {}

  async of(user: StaffUser, req: Request, res: Response): Promise<StaffFrame> {
    const [unitName, person] = await Promise.all([
      user.unitId
        ? this.names.get(`u:${user.unitId}`, async () => (await this.org.findUnit(user.unitId!))?.name ?? '')
        : Promise.resolve('Tất cả đơn vị'),
      this.names.get(`p:${user.id}`, async () => {
        const p = (await this.directory.people([user.id])).get(user.id);
        return p?.fullName || user.username;
      }),
    ]);
    const nav = navFor(user.roles);
    return {
      user,
      displayName: person,
      roleLabel: user.roles.map((r) => ROLE_LABELS[r] ?? r).join(', '),
      unitName,
      nav,
      current: currentNav(req.path, nav),
      csrf: this.csrf.token(req, res),
    };
  }
}
