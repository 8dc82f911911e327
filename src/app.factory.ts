import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { bodyDepthGuard } from './common/http/body-depth.js';
import { documentProblems } from './common/http/openapi-problems.js';
import { apiErrorCodes } from './error-codes.js';
import { ProblemDetailsFilter } from './common/http/problem-details.filter.js';
import { requestContextMiddleware } from './common/http/request-context.middleware.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';

/** Builds the whole HTTP application from a validated configuration (used by main.ts and by the e2e tests). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.set('etag', false);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: false });
  app.use(bodyDepthGuard);

  const strict = helmet();
  const forDocs = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/docs') ? forDocs(req, res, next) : strict(req, res, next),
  );
  app.use(requestContextMiddleware);

  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'api/health', method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const doc = new DocumentBuilder()
    .setTitle('tiepdan API')
    .setDescription(
      'Tiếp công dân, đối thoại trực tiếp và xử lý đơn — API cho văn phòng, thư ký, cơ quan xử lý và công dân.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup(
    'api/docs',
    app,
    () => documentProblems(SwaggerModule.createDocument(app, doc), apiErrorCodes()),
    { jsonDocumentUrl: 'api/docs-json' },
  );
  return app;
}
