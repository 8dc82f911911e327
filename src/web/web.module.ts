import { Module } from '@nestjs/common';
import { CitizenWebModule } from './citizen/citizen-web.module.js';
import { WebCommonModule } from './common/web-common.module.js';

/** The website (server-rendered HTML beside the API): one module per audience on the shared web-common layer. */
@Module({ imports: [WebCommonModule, CitizenWebModule] })
export class WebModule {}
