/**
 * Documenting success answers in the OpenAPI document. @nestjs/swagger describes bodies from classes, while handlers
 * build plain view objects (`*-view.ts`): each view type gets an output class with @ApiProperty (`dto/*.output.ts`)
 * and a compile-time check `sameShape<View, Output>()` that both describe the same fields, so the document cannot drift
 * from what the handler returns.
 */
import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** `true` only when A and B are assignable to each other (same fields, compatible types). */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compile-time check, no run-time effect: `sameShape<SessionView, SessionOutput>(true)` fails to compile on drift. */
export function sameShape<A, B>(ok: SameShape<A, B>): void {
  void ok;
}

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
          { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: getSchemaPath(model) } } } },
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
