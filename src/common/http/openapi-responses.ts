/**
 * Documenting success answers in the OpenAPI document. @nestjs/swagger describes bodies from classes, while handlers
 * build plain view objects (`*-view.ts`): each view has an output class with @ApiProperty (`dto/*.output.ts`), and the
 * handler declares it as its return type (`Promise<SessionOutput>`), so the compiler rejects a view that no longer
 * fits the documented class. Lists of pages: `ApiPageResponse(ItemOutput)` with `Promise<Page<ItemOutput>>`.
 */
import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** `{ items, total, limit, offset }` of a paginated list (`Page<T>` in src/common/pagination.ts). */
export class PageOutput {
  @ApiProperty({ description: 'Tổng số bản ghi khớp bộ lọc' }) total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

/** 200 with a page of `model` items: `allOf: [PageOutput, { items: model[] }]`. */
export function ApiPageResponse(model: Type<unknown>) {
  return applyDecorators(
    ApiExtraModels(PageOutput, model),
    ApiOkResponse({
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageOutput) },
          {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: { $ref: getSchemaPath(model) } } },
          },
        ],
      },
    }),
  );
}

/** A file or stream answer: documented with each content type and `format: binary`. */
export function ApiBinaryResponse(description: string, ...contentTypes: string[]) {
  const content = Object.fromEntries(contentTypes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }]));
  return applyDecorators(ApiProduces(...contentTypes), ApiResponse({ status: 200, description, content }));
}

/** 204 No Content. */
export const ApiNoContent = () => ApiResponse({ status: 204, description: 'Không có nội dung' });
