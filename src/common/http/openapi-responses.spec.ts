import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Delete, Get, HttpCode, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiProperty, DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { Page } from '../pagination.js';
import { ApiBinaryResponse, ApiNoContent, ApiPageResponse } from './openapi-responses.js';

class ThingOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
}

@Controller('things')
class ThingsController {
  @Get()
  @ApiPageResponse(ThingOutput)
  list(): Page<ThingOutput> {
    return { items: [], total: 0, limit: 50, offset: 0 };
  }

  @Get('file')
  @ApiBinaryResponse('A file', 'application/pdf', 'text/csv')
  file(): void {}

  @Delete()
  @HttpCode(204)
  @ApiNoContent()
  remove(): void {}
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

describe('OpenAPI success-response helpers', () => {
  let app: INestApplication;
  let doc: OpenAPIObject;
  beforeAll(async () => {
    app = await NestFactory.create(ThingsModule, { logger: false });
    doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
  });
  afterAll(() => app.close());

  it('documents a page as PageOutput with items of the model', () => {
    const schema = doc.paths['/things']!.get!.responses['200'] as {
      content: Record<string, { schema: { allOf: unknown[] } }>;
    };
    expect(schema.content['application/json']!.schema.allOf).toEqual([
      { $ref: '#/components/schemas/PageOutput' },
      {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', items: { $ref: '#/components/schemas/ThingOutput' } } },
      },
    ]);
    expect(Object.keys(doc.components!.schemas!.PageOutput!)).toContain('properties');
    expect(Object.keys((doc.components!.schemas!.PageOutput as { properties: object }).properties).sort()).toEqual([
      'limit',
      'offset',
      'total',
    ]);
    expect(doc.components!.schemas!.ThingOutput).toBeDefined();
  });

  it('documents a file with each content type as a binary string', () => {
    const res = doc.paths['/things/file']!.get!.responses['200'] as { content: Record<string, { schema: unknown }> };
    expect(res.content).toEqual({
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'text/csv': { schema: { type: 'string', format: 'binary' } },
    });
  });

  it('documents 204 without a body', () => {
    expect(Object.keys(doc.paths['/things']!.delete!.responses)).toEqual(['204']);
  });
});
