import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';
import { DomainError } from '../common/errors/domain-error.js';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Liveness with a database round trip. */
  @ApiOperation({ summary: 'Kiểm tra hoạt động của dịch vụ và cơ sở dữ liệu' })
  @Get()
  @Public()
  async health(): Promise<{ status: 'ok' }> {
    try {
      await this.ds.query('SELECT 1');
    } catch {
      throw new DomainError('DATABASE_UNAVAILABLE', 503, 'Cơ sở dữ liệu không phản hồi.');
    }
    return { status: 'ok' };
  }
}
