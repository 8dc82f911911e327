import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../auth/auth.decorators.js';
import { ComplianceService } from './compliance.service.js';
import { ComplianceQuery } from './dto/compliance.dto.js';

@ApiTags('compliance')
@ApiBearerAuth()
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  /** Per head official: required sessions (preset in force), held in person, held by a deputy, shortfall. */
  @ApiOperation({ summary: 'Theo người đứng đầu: số buổi tiếp phải tổ chức, đã trực tiếp tiếp, đã ủy quyền, còn thiếu' })
  @Get()
  report(@CurrentUser() user: AuthUser, @Query() q: ComplianceQuery) {
    return this.compliance.report(user, q);
  }
}
