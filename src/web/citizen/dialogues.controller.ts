import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { Clock } from '../../common/time/clock.js';
import { createValidationPipe } from '../../common/validation/validation.pipe.js';
import { DialoguePublicService } from '../../dialogues/dialogue-public.service.js';
import { DialogueQuestionsService } from '../../dialogues/dialogue-questions.service.js';
import { SubmitQuestionDto } from '../../dialogues/dto/question.dto.js';
import { OrgReader } from '../../org/org-reader.service.js';
import { CsrfService } from '../common/csrf.js';
import { formErrorsFrom, type FormErrors } from '../common/form-errors.js';
import { render, seeOther } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { WebPost } from '../common/web-post.js';
import { DialoguePage, DialoguesPage, dialoguePath } from './dialogues.page.js';
import { SiteOfficeService } from './site-office.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** "/doi-thoai" — dialogues for citizens, from the same services as GET /public/dialogues and POST …/questions. */
@WebController('doi-thoai')
export class DialoguesWebController {
  private readonly validation = createValidationPipe();

  constructor(
    private readonly dialogues: DialoguePublicService,
    private readonly questions: DialogueQuestionsService,
    private readonly org: OrgReader,
    private readonly offices: SiteOfficeService,
    private readonly csrf: CsrfService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query('unitId') unitId: unknown, @Res() res: Response): Promise<void> {
    const unit = typeof unitId === 'string' && UUID.test(unitId) ? await this.org.findUnit(unitId) : null;
    const dialogues = await this.dialogues.list({ unitId: unit?.id });
    const office = unit ? await this.offices.of(unit) : await this.offices.site();
    render(res, h(DialoguesPage, { office, unitName: unit?.name ?? null, dialogues }));
  }

  private async show(
    req: Request,
    res: Response,
    id: string,
    extra: { sent?: boolean; values?: Record<string, string | undefined>; errors?: FormErrors | null },
  ): Promise<void> {
    if (!UUID.test(id)) {
      // Unknown dialogue: the service's own 404 (shown as the site's Vietnamese page).
      await this.dialogues.get('00000000-0000-0000-0000-000000000000');
    }
    const d = await this.dialogues.get(id);
    const unit = await this.org.findUnit(d.unitId);
    const open = d.status === 'published' && this.clock.now() < new Date(d.endsAt);
    render(
      res,
      h(DialoguePage, {
        office: unit ? await this.offices.of(unit) : await this.offices.site(),
        d,
        questions: await this.questions.publicList(id),
        open,
        csrf: this.csrf.token(req, res),
        sent: extra.sent ?? false,
        values: extra.values,
        errors: extra.errors,
      }),
      extra.errors ? 400 : 200,
    );
  }

  @Get(':id')
  async one(@Param('id') id: string, @Query('da-gui') sent: unknown, @Req() req: Request, @Res() res: Response) {
    await this.show(req, res, id, { sent: sent === '1' });
  }

  /** The question form: same validation and service as the API; POST → 303 → the page with "Đã gửi câu hỏi". */
  @WebPost(':id/cau-hoi')
  async ask(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const values = { fullName: str(body.fullName), contact: str(body.contact), question: str(body.question) };
    const input: Record<string, unknown> = { fullName: values.fullName ?? '', question: values.question ?? '' };
    if (values.contact?.trim()) input.contact = values.contact;
    try {
      const dto = (await this.validation.transform(input, {
        type: 'body',
        metatype: SubmitQuestionDto,
      })) as SubmitQuestionDto;
      if (UUID.test(id)) {
        await this.questions.submit(id, dto);
        return seeOther(res, `${dialoguePath(id)}?da-gui=1`);
      }
    } catch (e) {
      const errors = formErrorsFrom(e);
      if (!errors) throw e;
      return this.show(req, res, id, { values, errors });
    }
    return this.show(req, res, id, {});
  }
}
