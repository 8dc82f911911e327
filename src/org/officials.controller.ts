import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { CreateOfficialDto, OfficialQuery, UpdateOfficialDto } from './dto/official.dto.js';
import { OfficialsService } from './officials.service.js';
import { OfficialOutput } from './dto/officials.output.js';

@ApiTags('organisation')
@ApiBearerAuth()
@AuditEntity('official')
@Controller('officials')
export class OfficialsController {
  constructor(private readonly officials: OfficialsService) {}

  @ApiOperation({ summary: 'Danh sách cán bộ lãnh đạo' })
  @ApiOkResponse({ type: OfficialOutput, isArray: true })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() q: OfficialQuery): Promise<OfficialOutput[]> {
    return this.officials.list(user, q);
  }

  @ApiOperation({ summary: 'Xem một cán bộ lãnh đạo' })
  @ApiOkResponse({ type: OfficialOutput })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<OfficialOutput> {
    return this.officials.get(user, id);
  }

  @ApiOperation({ summary: 'Thêm cán bộ lãnh đạo' })
  @ApiCreatedResponse({ type: OfficialOutput })
  @Post()
  @Roles('office')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOfficialDto): Promise<OfficialOutput> {
    return this.officials.create(user, dto);
  }

  @ApiOperation({ summary: 'Sửa thông tin cán bộ lãnh đạo' })
  @ApiOkResponse({ type: OfficialOutput })
  @Patch(':id')
  @Roles('office')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateOfficialDto,
  ): Promise<OfficialOutput> {
    return this.officials.update(user, id, dto);
  }
}
