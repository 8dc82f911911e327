import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../auth/auth.decorators.js';
import { ComplianceService } from './compliance.service.js';
import { ComplianceQuery } from './dto/compliance.dto.js';
import { ComplianceRowOutput } from './dto/compliance.output.js';

@ApiTags('compliance')
@ApiBearerAuth()
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  /** Per head official: required sessions (preset in force), held in person, held by a deputy, shortfall. */
  @ApiOperation({
    summary: 'Theo người đứng đầu: số buổi tiếp phải tổ chức, đã trực tiếp tiếp, đã ủy quyền, còn thiếu',
  })
  @ApiOkResponse({ type: ComplianceRowOutput, isArray: true })
  @Get()
  report(@CurrentUser() user: AuthUser, @Query() q: ComplianceQuery): Promise<ComplianceRowOutput[]> {
    return this.compliance.report(user, q);
  }
}
