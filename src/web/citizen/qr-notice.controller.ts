import { Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { h } from 'preact';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { OrgReader } from '../../org/org-reader.service.js';
import { SessionsReader } from '../../sessions/sessions-reader.service.js';
import type { SessionRecord } from '../../sessions/session-record.js';
import { render } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { qrDataUrl } from '../common/qr.js';
import { unitPath } from './texts.js';
import { QrNoticePage, type NoticeSession } from './qr-notice.page.js';
import { SiteOfficeService } from './site-office.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The session page of the booking journey (web1's `/dat-lich/:sessionId`). */
export const sessionPagePath = (sessionId: string) => `/dat-lich/${sessionId}`;
const UPCOMING_DAYS = 31;

/**
 * "/in-thong-bao/…" — printable A4 notices with a QR code to the unit's calendar page or a session's page. The link is
 * absolute, from PUBLIC_BASE_URL (never from the request's Host header, which a client can set).
 */
@WebController('in-thong-bao')
export class QrNoticeController {
  constructor(
    private readonly org: OrgReader,
    private readonly sessions: SessionsReader,
    private readonly offices: SiteOfficeService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async noticeSession(s: SessionRecord): Promise<NoticeSession> {
    const [official, venue] = await Promise.all([this.org.findOfficial(s.officialId), this.org.findVenue(s.venueId)]);
    return {
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      timeZone: s.timeZone,
      who: official ? `${official.fullName}, ${official.title}` : '',
      venue: venue ? `${venue.name}, ${venue.address}` : '',
      status: s.status,
      changeReason: s.changeReason,
    };
  }

  @Get('don-vi/:unitId')
  async unit(@Param('unitId') unitId: string, @Res() res: Response): Promise<void> {
    const unit = UUID.test(unitId) ? await this.org.findUnit(unitId) : null;
    if (!unit) throw new NotFoundError('Đơn vị');
    const url = `${this.config.publicBaseUrl}${unitPath(unit.id)}`;
    const now = this.clock.now();
    const upcoming = (
      await this.sessions.publishedStartingBetween(now, new Date(now.getTime() + UPCOMING_DAYS * 86_400_000))
    )
      .filter((s) => s.unitId === unit.id)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    render(
      res,
      h(QrNoticePage, {
        office: await this.offices.of(unit),
        title: 'Lịch tiếp công dân',
        subtitle: `${unit.name}: các buổi tiếp công dân trong ${UPCOMING_DAYS} ngày tới`,
        url,
        qr: await qrDataUrl(url),
        sessions: await Promise.all(upcoming.map((s) => this.noticeSession(s))),
        backPath: unitPath(unit.id),
      }),
    );
  }

  @Get('buoi-tiep/:sessionId')
  async session(@Param('sessionId') sessionId: string, @Res() res: Response): Promise<void> {
    const s = UUID.test(sessionId) ? await this.sessions.find(sessionId) : null;
    // Only what the public calendar shows: a published session.
    if (!s || !s.publishedAt) throw new NotFoundError('Buổi tiếp công dân');
    const unit = await this.org.findUnit(s.unitId);
    const url = `${this.config.publicBaseUrl}${sessionPagePath(s.id)}`;
    render(
      res,
      h(QrNoticePage, {
        office: unit ? await this.offices.of(unit) : await this.offices.site(),
        title: 'Thông báo tiếp công dân',
        subtitle: unit ? `${unit.name}: buổi tiếp công dân của lãnh đạo` : 'Buổi tiếp công dân của lãnh đạo',
        url,
        qr: await qrDataUrl(url),
        sessions: [await this.noticeSession(s)],
        backPath: sessionPagePath(s.id),
      }),
    );
  }
}
