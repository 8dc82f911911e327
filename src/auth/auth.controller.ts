import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuditEntity } from '../audit/audit.decorator.js';
import { LoginThrottlerGuard } from '../common/http/throttling.js';
import { Public } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { LoginDto } from './dto/auth.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Staff sign-in: returns a bearer token. Rate-limited per client; failures are logged without the password. */
  @ApiOperation({ summary: 'Cán bộ đăng nhập, nhận mã truy cập (giới hạn tần suất)' })
  @Post('login')
  @HttpCode(200)
  @Public()
  @AuditEntity('')
  @UseGuards(LoginThrottlerGuard)
  login(@Body() dto: LoginDto, @Req() req: Request) {
    return this.auth.login(dto.username, dto.password, req.ip);
  }
}
