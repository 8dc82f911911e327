/** Response bodies of rule-presets.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class RulePresetSummaryOutput {
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: Number }) revision: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
  @ApiProperty({ type: String, nullable: true }) updatedBy: string | null;
}

export class RulePresetDocumentOutput {
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: Number }) revision: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) document: Record<string, unknown>;
}

export class RulePresetRevisionOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: Number }) revision: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) document: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
}

export class RulePresetUpdateOutput {
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: Number }) revision: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) document: Record<string, unknown>;
}
