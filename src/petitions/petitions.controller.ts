import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { AcceptPetitionDto, CreateExtensionDto, CreatePetitionDto, PausePetitionDto, PetitionQuery, ResumePetitionDto, UpdatePetitionFlagsDto } from './dto/petition.dto.js';
import { PetitionClockService } from './petition-clock.service.js';
import { PetitionsService } from './petitions.service.js';

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

  @Post()
  @Roles(...INTAKE)
  @ApiOperation({ summary: 'Tiếp nhận đơn: deadlines computed from the rule preset; a denouncer’s identity is sealed (encrypted, apart)' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePetitionDto) {
    return this.petitions.create(user, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Petitions in scope; queue=anonymous lists anonymous denunciations; never the identity of a denouncer' })
  list(@CurrentUser() user: AuthUser, @Query() q: PetitionQuery) {
    return this.petitions.list(user, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A petition with deadlines[]; a denunciation’s petitioner only for an inspector of its unit (audited)' })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.petitions.get(user, id);
  }

  @Patch(':id')
  @Roles(...CLOCK)
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdatePetitionFlagsDto) {
    return this.clock.update(user, id, dto);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles(...CLOCK)
  @ApiOperation({ summary: 'Records the acceptance (thụ lý) date: steps counted from acceptance become final' })
  accept(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: AcceptPetitionDto) {
    return this.clock.accept(user, id, dto);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @Roles(...CLOCK)
  @ApiOperation({ summary: 'Stops the clock while the citizen is asked for clarification' })
  pause(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: PausePetitionDto) {
    return this.clock.pause(user, id, dto);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Roles(...CLOCK)
  @ApiOperation({ summary: 'Restarts the clock: due dates move by the length of the pause' })
  resume(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: ResumePetitionDto) {
    return this.clock.resume(user, id, dto);
  }

  @Post(':id/extensions')
  @Roles(...CLOCK)
  @ApiOperation({ summary: 'A written extension decision (denunciation: complex once, especially complex twice, ≤ 30 days each)' })
  extend(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: CreateExtensionDto) {
    return this.clock.extend(user, id, dto);
  }
}
