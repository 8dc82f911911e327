import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import {
  AcceptPetitionDto,
  CreateExtensionDto,
  CreatePetitionDto,
  PausePetitionDto,
  PetitionQuery,
  ResumePetitionDto,
  UpdatePetitionFlagsDto,
} from './dto/petition.dto.js';
import { PetitionClockService } from './petition-clock.service.js';
import { PetitionsService } from './petitions.service.js';
import { ApiPageResponse } from '../common/http/openapi-responses.js';
import type { Page } from '../common/pagination.js';
import { PetitionListItemOutput, PetitionOutput } from './dto/petitions.output.js';

/** Staff who take in petitions and run their legal clock. */
const INTAKE = ['office', 'secretary', 'handler', 'inspector'] as const;
const CLOCK = ['office', 'secretary', 'inspector', 'leader'] as const;

@ApiTags('petitions')
@ApiBearerAuth()
@AuditEntity('petition')
@Controller('petitions')
export class PetitionsController {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly clock: PetitionClockService,
  ) {}

  @ApiCreatedResponse({ type: PetitionOutput })
  @Post()
  @Roles(...INTAKE)
  @ApiOperation({
    summary: 'Tiếp nhận đơn: tính các thời hạn theo bộ quy tắc; danh tính người tố cáo được mã hóa và lưu riêng',
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePetitionDto): Promise<PetitionOutput> {
    return this.petitions.create(user, dto);
  }

  @ApiPageResponse(PetitionListItemOutput)
  @Get()
  @ApiOperation({
    summary:
      'Danh sách đơn trong phạm vi; queue=anonymous liệt kê tố cáo nặc danh; không bao giờ lộ danh tính người tố cáo',
  })
  list(@CurrentUser() user: AuthUser, @Query() q: PetitionQuery): Promise<Page<PetitionListItemOutput>> {
    return this.petitions.list(user, q);
  }

  @ApiOkResponse({ type: PetitionOutput })
  @Get(':id')
  @ApiOperation({
    summary: 'Xem một đơn với các thời hạn; người tố cáo chỉ hiện với thanh tra của đơn vị (có ghi nhật ký)',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<PetitionOutput> {
    return this.petitions.get(user, id);
  }

  @ApiOperation({ summary: 'Sửa các đánh dấu của đơn' })
  @ApiOkResponse({ type: PetitionOutput })
  @Patch(':id')
  @Roles(...CLOCK)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdatePetitionFlagsDto,
  ): Promise<PetitionOutput> {
    return this.clock.update(user, id, dto);
  }

  @ApiOkResponse({ type: PetitionOutput })
  @Post(':id/accept')
  @HttpCode(200)
  @Roles(...CLOCK)
  @ApiOperation({ summary: 'Ghi ngày thụ lý: các bước tính từ ngày thụ lý được chốt' })
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: AcceptPetitionDto,
  ): Promise<PetitionOutput> {
    return this.clock.accept(user, id, dto);
  }

  @ApiOkResponse({ type: PetitionOutput })
  @Post(':id/pause')
  @HttpCode(200)
  @Roles(...CLOCK)
  @ApiOperation({ summary: 'Tạm dừng tính thời hạn trong khi đề nghị công dân bổ sung, làm rõ' })
  pause(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: PausePetitionDto,
  ): Promise<PetitionOutput> {
    return this.clock.pause(user, id, dto);
  }

  @ApiOkResponse({ type: PetitionOutput })
  @Post(':id/resume')
  @HttpCode(200)
  @Roles(...CLOCK)
  @ApiOperation({ summary: 'Tiếp tục tính thời hạn: các hạn lùi thêm bằng thời gian tạm dừng' })
  resume(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ResumePetitionDto,
  ): Promise<PetitionOutput> {
    return this.clock.resume(user, id, dto);
  }

  @ApiCreatedResponse({ type: PetitionOutput })
  @Post(':id/extensions')
  @Roles(...CLOCK)
  @ApiOperation({
    summary:
      'Quyết định gia hạn bằng văn bản (tố cáo phức tạp: một lần; đặc biệt phức tạp: hai lần; mỗi lần ≤ 30 ngày)',
  })
  extend(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateExtensionDto,
  ): Promise<PetitionOutput> {
    return this.clock.extend(user, id, dto);
  }
}
