import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { AuditEntity } from '../audit/audit.decorator.js';
import { CreateVenueDto, UpdateVenueDto, VenueQuery } from './dto/venue.dto.js';
import { VenuesService } from './venues.service.js';
import { VenueOutput } from './dto/venues.output.js';

@ApiTags('organisation')
@ApiBearerAuth()
@AuditEntity('venue')
@Controller('venues')
export class VenuesController {
  constructor(private readonly venues: VenuesService) {}

  @ApiOperation({ summary: 'Danh sách địa điểm tiếp công dân' })
  @ApiOkResponse({ type: VenueOutput, isArray: true })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() q: VenueQuery): Promise<VenueOutput[]> {
    return this.venues.list(user, q);
  }

  @ApiOperation({ summary: 'Xem một địa điểm tiếp công dân' })
  @ApiOkResponse({ type: VenueOutput })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<VenueOutput> {
    return this.venues.get(user, id);
  }

  @ApiOperation({ summary: 'Thêm địa điểm tiếp công dân' })
  @ApiCreatedResponse({ type: VenueOutput })
  @Post()
  @Roles('office')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateVenueDto): Promise<VenueOutput> {
    return this.venues.create(user, dto);
  }

  @ApiOperation({ summary: 'Sửa địa điểm tiếp công dân' })
  @ApiOkResponse({ type: VenueOutput })
  @Patch(':id')
  @Roles('office')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateVenueDto,
  ): Promise<VenueOutput> {
    return this.venues.update(user, id, dto);
  }
}
