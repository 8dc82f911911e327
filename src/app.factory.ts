import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { bodyDepthGuard } from './common/http/body-depth.js';
import { documentProblems } from './common/http/openapi-problems.js';
import { apiErrorCodes } from './error-codes.js';
import { requestContextMiddleware } from './common/http/request-context.middleware.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { securityHeaders, webCompression, webNotFound } from './web/common/http-setup.js';
import { SiteExceptionFilter } from './web/common/site-exception.filter.js';
import { webRouteExcludes } from './web/common/web-controller.js';

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

  // Strict CSP everywhere but the Swagger UI; compression for the website's pages and assets (src/web).
  app.use(securityHeaders());
  app.use(webCompression());
  app.use(requestContextMiddleware);

  // The website's pages (src/web, WebController) are served at the root, outside the API's prefix.
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'api/health', method: RequestMethod.GET },
      ...webRouteExcludes().map((path) => ({ path, method: RequestMethod.ALL })),
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  // problem+json for the API, Vietnamese HTML error pages for the website.
  app.useGlobalFilters(new SiteExceptionFilter());

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
  // The routes are registered by init(); the website's 404 page goes after them.
  await app.init();
  app.use(webNotFound());
  return app;
}
