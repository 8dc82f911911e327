import { AuditEntity } from '../../../audit/audit.decorator.js';
import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { RulePresetsService } from '../../../calendar/rule-presets.service.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import type { FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { attempt, auditAs, refused } from './admin-input.js';
import { PRESETS_PATH } from './admin-paths.js';
import { addPresetVersion, formText, versionListsOf, versionTemplate } from './domain/admin-forms.js';
import { PresetPage, type NewVersionValues } from './preset.page.js';
import { PresetsPage } from './presets.page.js';

function nameOf(raw: string): string {
  if (!/^[a-z0-9-]{1,64}$/.test(raw)) throw new NotFoundError('Bộ quy tắc');
  return raw;
}

/**
 * `/can-bo/quan-tri/quy-dinh`: the rule presets (admin), through the same service as `/api/v1/rule-presets`: each
 * preset's lists of dated versions and revisions; adding a version stores a new revision of the whole document
 * (the service refuses invalid documents and any change to a version already in force).
 */
@AuditEntity('rule_preset')
@StaffController('quan-tri/quy-dinh', 'admin')
export class AdminPresetsController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly presets: RulePresetsService,
  ) {}

  @Get()
  async list(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    const presets = await this.presets.list();
    render(res, h(PresetsPage, { frame: await this.frames.of(user, req, res), presets }));
  }

  @Get(':name')
  async preset(
    @CurrentStaff() user: StaffUser,
    @Param('name') rawName: string,
    @Query('danh_muc') list: string | undefined,
    @Query('da_luu') saved: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const { document } = await this.presets.document(nameOf(rawName));
    const lists = versionListsOf(document);
    const chosen = lists.find((l) => l.path === list) ?? lists[0];
    const values: NewVersionValues = {
      list: chosen?.path ?? '',
      effectiveFrom: '',
      content: chosen ? JSON.stringify(versionTemplate(chosen.versions), null, 2) : '',
    };
    await this.show(user, rawName, values, null, 200, req, res, saved === '1');
  }

  @WebPost(':name/phien-ban')
  async addVersion(
    @CurrentStaff() user: StaffUser,
    @Param('name') rawName: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    auditAs('update');
    const name = nameOf(rawName);
    const current = await this.presets.document(name);
    const values: NewVersionValues = {
      list: formText(body.list, 300),
      effectiveFrom: formText(body.effectiveFrom, 20),
      content: typeof body.content === 'string' ? body.content.slice(0, 20000) : '',
    };
    const expected = Number.parseInt(formText(body.expectedRevision, 10), 10);
    const added = addPresetVersion(current.document, values.list, values.effectiveFrom, values.content);
    const result = !added.ok
      ? refused(added.errors)
      : await attempt(
          () =>
            this.presets.update(name, added.document, user.username, Number.isInteger(expected) ? expected : undefined),
          (path) => (path.startsWith('document') ? 'content' : null),
        );
    if (result.ok) return seeOther(res, `${PRESETS_PATH}/${name}?da_luu=1`);
    await this.show(user, name, values, result.errors, result.status, req, res, false);
  }

  private async show(
    user: StaffUser,
    rawName: string,
    values: NewVersionValues,
    errors: FormErrors | null,
    status: number,
    req: Request,
    res: Response,
    saved: boolean,
  ): Promise<void> {
    const name = nameOf(rawName);
    const { revision, document } = await this.presets.document(name);
    const revisions = (await this.presets.revisions(name)).map((r) => ({
      revision: r.revision,
      createdAt: r.createdAt,
      createdBy: r.createdBy,
    }));
    const frame = await this.frames.of(user, req, res);
    const description = typeof document.description === 'string' ? document.description : null;
    render(
      res,
      h(PresetPage, {
        frame,
        name,
        revision,
        description,
        lists: versionListsOf(document),
        revisions,
        values,
        errors,
        saved,
      }),
      status,
    );
  }
}
