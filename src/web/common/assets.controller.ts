import { Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { assetByFile } from './assets.js';
import { WebController } from './web-controller.js';

/** The stylesheet and script of the pages, by hashed name: cached for a year, never changed under the same name. */
@WebController('assets')
export class AssetsController {
  @Get(':file')
  file(@Param('file') file: string, @Res() res: Response): void {
    const asset = assetByFile(file);
    if (!asset) throw new NotFoundError('Tệp');
    res.status(200);
    res.setHeader('Content-Type', asset.contentType);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.send(asset.body);
  }
}
