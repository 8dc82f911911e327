import { Controller, Get, Header, Headers, Param } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { PublicRateLimit } from '../common/http/throttling.js';
import { PetitionLookupOutput } from './dto/petition-lookup.output.js';
import { PetitionLookupService } from './petition-lookup.service.js';

export const LOOKUP_SECRET_HEADER = 'x-lookup-secret';

@ApiTags('public')
@Controller('public/petitions')
export class PublicPetitionsController {
  constructor(private readonly lookups: PetitionLookupService) {}

  @ApiOperation({
    summary: 'Tra cứu hồ sơ: trạng thái, đơn vị giải quyết, thời hạn, gia hạn và kết quả (cần mã bí mật)',
  })
  @ApiOkResponse({ type: PetitionLookupOutput })
  @ApiNotFoundResponse({ description: 'the same answer for a wrong code and a wrong secret' })
  @ApiHeader({ name: 'X-Lookup-Secret', required: true })
  @Get(':code')
  @Public()
  @PublicRateLimit()
  @Header('Cache-Control', 'no-store')
  get(
    @Param('code') code: string,
    @Headers(LOOKUP_SECRET_HEADER) secret: string | undefined,
  ): Promise<PetitionLookupOutput> {
    return this.lookups.lookup(code, secret);
  }
}
