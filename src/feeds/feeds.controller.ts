import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { FeedListDto, FeedListQuery } from './dto/feeds.dto.js';
import type { FeedKind } from './feed-source.js';
import { FeedTargets } from './feed-targets.js';
import { FeedsService } from './feeds.service.js';
import { ApiBinaryResponse } from '../common/http/openapi-responses.js';

const FEED_DOC = {
  description:
    'iCalendar (RFC 5545) feed, public: published sessions (and cancellations of published ones as STATUS:CANCELLED) from 12 months back to 60 months ahead. ' +
    "With ?token=<personal feed token from POST /users/me/feed-token> it also shows planned sessions (STATUS:TENTATIVE) of the token owner's units; " +
    "a wrong token, or a record outside the owner's scope, answers 404. Conditional GET with If-None-Match / If-Modified-Since answers 304.",
};
const TOKEN_QUERY = {
  name: 'token',
  required: false,
  description: 'Personal calendar-feed token of a staff user (never logged).',
};

/** Public iCalendar feeds per official, unit and venue, and the list of their links (webcal:// and http(s)). */
@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(
    private readonly feeds: FeedsService,
    private readonly targets: FeedTargets,
  ) {}

  @Get()
  @Public()
  @PublicRateLimit()
  @ApiOperation({ summary: 'Đường dẫn mọi lịch công khai (cán bộ, đơn vị đang hoạt động, địa điểm)' })
  @ApiOkResponse({ type: FeedListDto })
  list(@Query() q: FeedListQuery): Promise<FeedListDto> {
    return this.targets.list(q.unitId);
  }

  @Get('officials/:id.ics')
  @Public()
  @PublicRateLimit()
  @ApiOperation({ summary: 'Lịch tiếp công dân của một cán bộ', ...FEED_DOC })
  @ApiQuery(TOKEN_QUERY)
  @ApiBinaryResponse('text/calendar; charset=utf-8', 'text/calendar')
  @ApiResponse({ status: 304, description: 'Not modified' })
  @ApiNotFoundResponse({ description: 'Unknown official, or wrong token' })
  official(
    @Param('id', UuidPipe) id: string,
    @Query('token') token: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.send('official', id, token, req, res);
  }

  @Get('units/:id.ics')
  @Public()
  @PublicRateLimit()
  @ApiOperation({
    summary: 'Lịch tiếp công dân của một đơn vị (chỉ cán bộ của đơn vị, không gồm đơn vị cấp dưới)',
    ...FEED_DOC,
  })
  @ApiQuery(TOKEN_QUERY)
  @ApiBinaryResponse('text/calendar; charset=utf-8', 'text/calendar')
  @ApiResponse({ status: 304, description: 'Not modified' })
  @ApiNotFoundResponse({ description: 'Unknown unit, or wrong token' })
  unit(
    @Param('id', UuidPipe) id: string,
    @Query('token') token: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.send('unit', id, token, req, res);
  }

  @Get('venues/:id.ics')
  @Public()
  @PublicRateLimit()
  @ApiOperation({ summary: 'Lịch tiếp công dân tại một địa điểm', ...FEED_DOC })
  @ApiQuery(TOKEN_QUERY)
  @ApiBinaryResponse('text/calendar; charset=utf-8', 'text/calendar')
  @ApiResponse({ status: 304, description: 'Not modified' })
  @ApiNotFoundResponse({ description: 'Unknown venue, or wrong token' })
  venue(
    @Param('id', UuidPipe) id: string,
    @Query('token') token: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.send('venue', id, token, req, res);
  }

  private async send(kind: FeedKind, id: string, token: unknown, req: Request, res: Response): Promise<void> {
    const out = await this.feeds.feed(kind, id, token, {
      ifNoneMatch: req.get('if-none-match'),
      ifModifiedSince: req.get('if-modified-since'),
    });
    res.setHeader('ETag', out.etag);
    res.setHeader('Last-Modified', new Date(out.lastModified).toUTCString());
    res.setHeader('Cache-Control', out.cacheControl);
    if (token !== undefined) res.setHeader('X-Robots-Tag', 'noindex');
    if (out.status === 304) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${out.filename}"`);
    // Load + render time of this response (a miss renders; a hit comes from the in-memory cache keyed by ETag).
    res.setHeader('Server-Timing', `feed;desc="${out.cache}";dur=${out.renderMs.toFixed(2)}`);
    res.status(200).end(out.body);
  }
}
