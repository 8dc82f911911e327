import { Module } from '@nestjs/common';
import { AssetsController } from './assets.controller.js';
import { CsrfGuard, CsrfService } from './csrf.js';

/**
 * The website's shared parts for every audience (citizens now, staff later): assets, CSRF. Layout, form components,
 * formats and the error mapping are plain functions and components in this folder.
 */
@Module({
  controllers: [AssetsController],
  providers: [CsrfService, CsrfGuard],
  exports: [CsrfService, CsrfGuard],
})
export class WebCommonModule {}
