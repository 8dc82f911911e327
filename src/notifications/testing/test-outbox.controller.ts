import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeController, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SMS_TEMPLATE_NAMES, type SmsTemplateName } from '../domain/sms-templates.js';
import { Public } from '../../auth/auth.decorators.js';
import { AuditEntity } from '../../audit/audit.decorator.js';
import { IsInstant } from '../../common/validation/decorators.js';
import { TransactionRunner } from '../../database/transaction.runner.js';
import { NotificationsService } from '../notifications.service.js';
import { TestOutboxEnqueuedOutput } from './test-outbox.output.js';

class TestAttachmentDto {
  @IsString() @MaxLength(200) filename: string;
  @IsString() @MaxLength(1_000_000) content: string;
  @IsString() @MaxLength(200) contentType: string;
}

class TestOutboxDto {
  @IsString() @MaxLength(64) kind: string;
  @IsString() @MaxLength(320) to: string;
  @IsString() @MaxLength(500) subject: string;
  @IsString() @MaxLength(200_000) text: string;
  @IsOptional() @IsString() @MaxLength(500_000) html?: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TestAttachmentDto)
  attachments?: TestAttachmentDto[];
  @IsOptional() @IsString() @MaxLength(32) refType?: string;
  @IsOptional() @IsString() @MaxLength(64) refId?: string;
  @IsOptional() @IsString() @MaxLength(200) dedupeKey?: string;
  @IsOptional() @IsInstant() notBefore?: string;
}

class TestSmsDto {
  @IsString() @MaxLength(64) kind: string;
  @IsString() @MaxLength(20) phone: string;
  @IsIn(SMS_TEMPLATE_NAMES) template: SmsTemplateName;
  @IsObject() values: Record<string, string>;
  /** Enqueues this many copies (one transaction each batch of 100): for the SMS throughput bench. */
  @IsOptional() @IsInt() @Min(1) @Max(100_000) copies?: number;
}

/**
 * Test hook: enqueues an e-mail in a transaction of its own, so outbox tests need no other module. Registered ONLY
 * when NODE_ENV=test and TEST_HOOKS=true (see NotificationsTestingModule).
 */
@ApiExcludeController()
@AuditEntity('')
@Controller('__test/outbox')
export class TestOutboxController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly tx: TransactionRunner,
  ) {}

  @ApiOperation({ summary: 'Thử nghiệm: đưa một thư vào hàng đợi' })
  @ApiOkResponse({ type: TestOutboxEnqueuedOutput })
  @Post()
  @Public()
  @HttpCode(200)
  async enqueue(@Body() dto: TestOutboxDto): Promise<TestOutboxEnqueuedOutput> {
    const enqueued = await this.tx.run((em) =>
      this.notifications.enqueue(em, { ...dto, notBefore: dto.notBefore ? new Date(dto.notBefore) : undefined }),
    );
    return { enqueued };
  }

  @ApiOperation({ summary: 'Thử nghiệm: đưa tin nhắn vào hàng đợi' })
  @ApiOkResponse({ type: TestOutboxEnqueuedOutput })
  @Post('sms')
  @Public()
  @HttpCode(200)
  async enqueueSms(@Body() dto: TestSmsDto): Promise<TestOutboxEnqueuedOutput> {
    let enqueued = true;
    const { copies = 1, ...msg } = dto;
    for (let done = 0; done < copies; done += 100) {
      const n = Math.min(100, copies - done);
      await this.tx.run(async (em) => {
        for (let i = 0; i < n; i++) enqueued = (await this.notifications.enqueueSms(em, msg)) && enqueued;
      });
    }
    return { enqueued };
  }
}
