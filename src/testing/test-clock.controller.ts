import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeController, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Public } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { IsInstant } from '../common/validation/decorators.js';
import { Clock } from '../common/time/clock.js';
import { TestClockGetOutput, TestClockSetOutput } from './test-clock.output.js';

class SetClockDto {
  /** Freeze the clock at this instant. */
  @IsOptional() @IsInstant() now?: string;
  /** Or move it forward by this many milliseconds. */
  @IsOptional() @IsInt() @Min(0) @Max(10 * 365 * 24 * 3600 * 1000) advanceMs?: number;
}

/**
 * Test hook: a controllable clock for end-to-end tests of jobs and deadlines. Registered ONLY when NODE_ENV=test and
 * TEST_CLOCK=true (see TestingModule); it does not exist in any other process.
 */
@ApiExcludeController()
@AuditEntity('')
@Controller('__test/clock')
export class TestClockController {
  constructor(private readonly clock: Clock) {}

  @ApiOperation({ summary: 'Đồng hồ thử nghiệm: thời điểm hiện tại' })
  @ApiOkResponse({ type: TestClockGetOutput })
  @Get()
  @Public()
  get(): TestClockGetOutput {
    return { now: this.clock.now().toISOString() };
  }

  @ApiOperation({ summary: 'Đồng hồ thử nghiệm: đặt hoặc tua thời điểm' })
  @ApiOkResponse({ type: TestClockSetOutput })
  @Post()
  @Public()
  @HttpCode(200)
  set(@Body() dto: SetClockDto): TestClockSetOutput {
    if (dto.now) this.clock.setNow(dto.now);
    if (dto.advanceMs) this.clock.advance(dto.advanceMs);
    return { now: this.clock.now().toISOString() };
  }
}
