import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { CreateUnitDto, UnitQuery, UpdateUnitDto } from './dto/unit.dto.js';
import { UnitsService } from './units.service.js';

@ApiTags('organisation')
@ApiBearerAuth()
@AuditEntity('unit')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @ApiOperation({ summary: 'Danh sách đơn vị' })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() q: UnitQuery) {
    return this.units.list(user, q);
  }

  @ApiOperation({ summary: 'Xem một đơn vị' })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.units.get(user, id);
  }

  @ApiOperation({ summary: 'Thêm đơn vị' })
  @Post()
  @Roles('admin')
  create(@Body() dto: CreateUnitDto) {
    return this.units.create(dto);
  }

  @ApiOperation({ summary: 'Sửa thông tin đơn vị' })
  @Patch(':id')
  @Roles('admin')
  update(@Param('id', UuidPipe) id: string, @Body() dto: UpdateUnitDto) {
    return this.units.update(id, dto);
  }
}
