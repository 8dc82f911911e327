import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { CreateUnitDto, UnitQuery, UpdateUnitDto } from './dto/unit.dto.js';
import { UnitsService } from './units.service.js';
import { UnitOutput } from './dto/units.output.js';

@ApiTags('organisation')
@ApiBearerAuth()
@AuditEntity('unit')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @ApiOperation({ summary: 'Danh sách đơn vị' })
  @ApiOkResponse({ type: UnitOutput, isArray: true })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() q: UnitQuery): Promise<UnitOutput[]> {
    return this.units.list(user, q);
  }

  @ApiOperation({ summary: 'Xem một đơn vị' })
  @ApiOkResponse({ type: UnitOutput })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<UnitOutput> {
    return this.units.get(user, id);
  }

  @ApiOperation({ summary: 'Thêm đơn vị' })
  @ApiCreatedResponse({ type: UnitOutput })
  @Post()
  @Roles('admin')
  create(@Body() dto: CreateUnitDto): Promise<UnitOutput> {
    return this.units.create(dto);
  }

  @ApiOperation({ summary: 'Sửa thông tin đơn vị' })
  @ApiOkResponse({ type: UnitOutput })
  @Patch(':id')
  @Roles('admin')
  update(@Param('id', UuidPipe) id: string, @Body() dto: UpdateUnitDto): Promise<UnitOutput> {
    return this.units.update(id, dto);
  }
}
