import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { IsInstant, IsTimeZone } from '../../common/validation/decorators.js';
import { DIALOGUE_MODES, type DialogueMode } from '../domain/dialogue-presets.js';
import {
  DIALOGUE_STATUSES,
  DIALOGUE_TRIGGERS,
  type DialogueStatus,
  type DialogueTrigger,
} from '../domain/dialogue-rules.js';
import { cleanName } from '../../common/text/clean.js';
import { CleanText } from '../../common/text/clean.decorators.js';

export const CO_ORGANIZER_ROLES = ['co_organizer', 'co_chair', 'invited'] as const;

/** Each entry: a name (string, ≤ 200 characters) or `{name, role?: co_organizer|co_chair|invited}`. At most 10. */
function IsCoOrganizerList(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCoOrganizerList',
      target: target.constructor,
      propertyName,
      options: {
        message: 'Mỗi đơn vị phối hợp là một tên (tối đa 200 ký tự) hoặc {name, role}; tối đa 10 đơn vị.',
        context: { custom: true },
        ...options,
      },
      validator: {
        validate: (v: unknown) =>
          Array.isArray(v) &&
          v.length <= 10 &&
          v.every((x) => {
            const name = typeof x === 'string' ? x : (x as { name?: unknown })?.name;
            if (typeof name !== 'string' || !name.trim() || name.length > 200) return false;
            if (typeof x === 'string') return true;
            const keys = Object.keys(x as object);
            const role = (x as { role?: unknown }).role;
            return (
              keys.every((k) => k === 'name' || k === 'role') &&
              (role === undefined || (CO_ORGANIZER_ROLES as readonly unknown[]).includes(role))
            );
          }),
      },
    });
}

/** Co-organizer names cleaned like every name (NFC, no bidi, zero-width or control characters), strings or `{name}`. */
const CleanCoOrganizers = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? value.map((x: unknown) => {
          if (typeof x === 'string') return cleanName(x);
          if (typeof x === 'object' && x !== null && typeof (x as { name?: unknown }).name === 'string')
            return { ...x, name: cleanName((x as { name: string }).name) };
          return x;
        })
      : value,
  );

const CO_ORGANIZERS_DOC = {
  description:
    'Cơ quan phối hợp/đồng chủ trì: tên, hoặc {name, role}. Ví dụ: Ủy ban MTTQ Việt Nam phường (co_organizer); Thường trực HĐND phường (co_chair); Đảng ủy phường (invited).',
  example: [
    { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Hồng Bàng', role: 'co_organizer' },
    { name: 'Thường trực Hội đồng nhân dân phường Hồng Bàng', role: 'co_chair' },
  ],
  isArray: true,
  type: Object,
};

export class CreateDialogueDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId: string;
  @ApiProperty({ maxLength: 500, example: 'Chỉnh trang đô thị và an toàn giao thông trên địa bàn phường' })
  @CleanText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  topic: string;
  @ApiPropertyOptional({ maxLength: 5000, description: 'Nội dung và cách thức tham dự được thông báo.' })
  @CleanText()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  content?: string;
  @ApiProperty({ example: '2026-03-20T01:00:00.000Z' }) @IsInstant() startsAt: string;
  @ApiProperty({ example: '2026-03-20T03:00:00.000Z' }) @IsInstant() endsAt: string;
  @ApiPropertyOptional({ default: 'Asia/Ho_Chi_Minh' }) @IsOptional() @IsTimeZone() timeZone?: string;
  @ApiProperty({ enum: DIALOGUE_MODES }) @IsIn(DIALOGUE_MODES) mode: DialogueMode;
  @ApiPropertyOptional({ format: 'uuid', description: 'Bắt buộc với in_person và hybrid.' })
  @IsOptional()
  @IsUUID()
  venueId?: string;
  @ApiPropertyOptional({ maxLength: 500, description: 'Đường dẫn https; bắt buộc với online và hybrid.' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string;
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 5 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  chairOfficialIds: string[];
  @ApiPropertyOptional(CO_ORGANIZERS_DOC) @CleanCoOrganizers() @IsOptional() @IsCoOrganizerList() coOrganizers?: (
    string | { name: string; role?: (typeof CO_ORGANIZER_ROLES)[number] }
  )[];
  @ApiProperty({ enum: DIALOGUE_TRIGGERS }) @IsIn(DIALOGUE_TRIGGERS) trigger: DialogueTrigger;
  @ApiPropertyOptional({
    minimum: 0.01,
    maximum: 100,
    description: 'Tỷ lệ cử tri đề nghị (%), bắt buộc với voter_request; tối thiểu theo bộ quy tắc (10% cấp xã).',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(100)
  voterRequestShare?: number;
}

export class UpdateDialogueDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @CleanText()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  topic?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @CleanText() @IsOptional() @IsString() @MaxLength(5000) content?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() endsAt?: string;
  @ApiPropertyOptional({ enum: DIALOGUE_MODES }) @IsOptional() @IsIn(DIALOGUE_MODES) mode?: DialogueMode;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID() venueId?: string;
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  chairOfficialIds?: string[];
  @ApiPropertyOptional(CO_ORGANIZERS_DOC)
  @CleanCoOrganizers()
  @IsOptional()
  @IsCoOrganizerList()
  coOrganizers?: CreateDialogueDto['coOrganizers'];
  @ApiPropertyOptional({ enum: ['cancelled'] }) @IsOptional() @IsIn(['cancelled']) status?: 'cancelled';
  @ApiPropertyOptional({ maxLength: 1000, description: 'Bắt buộc khi sửa hoặc hủy hội nghị đã thông báo.' })
  @CleanText()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}

export class DialogueQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: DIALOGUE_STATUSES }) @IsOptional() @IsIn(DIALOGUE_STATUSES) status?: DialogueStatus;
  @ApiPropertyOptional() @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() to?: string;
}

export class HeldDialogueDto {
  @ApiPropertyOptional({ maxLength: 1000 }) @CleanText() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class DialogueResultsDto {
  @ApiProperty({ maxLength: 20000 }) @CleanText() @IsString() @IsNotEmpty() @MaxLength(20000) summary: string;
}

export class DialogueComplianceQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Đơn vị và các đơn vị trực thuộc; mặc định: phạm vi của người dùng.',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year: number;
}

export class PublicDialogueQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Chỉ các hội nghị đã công bố kết quả.' })
  @IsOptional()
  @Type(() => Boolean)
  @IsBoolean()
  withResults?: boolean;
}
