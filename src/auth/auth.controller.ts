import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuditEntity } from '../audit/audit.decorator.js';
import { LoginThrottlerGuard } from '../common/http/throttling.js';
import { AllowPendingPassword, type AuthUser, CurrentUser, Public } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto, LoginDto } from './dto/auth.dto.js';
import { LoginResultOutput } from './dto/auth.output.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /**
   * Staff sign-in: returns a bearer token. Rate-limited per client (IP) and per account (increasing lock-out after
   * repeated failures, 429 with Retry-After); failures are audited with a keyed hash of the username, never the password.
   */
  @ApiOkResponse({ type: LoginResultOutput })
  @Post('login')
  @HttpCode(200)
  @Public()
  @AuditEntity('')
  @UseGuards(LoginThrottlerGuard)
  @ApiOperation({ summary: 'Đăng nhập của cán bộ: trả về token; khóa tạm thời tăng dần sau nhiều lần nhập sai' })
  login(@Body() dto: LoginDto, @Req() req: Request): Promise<LoginResultOutput> {
    return this.auth.login(dto.username, dto.password, req.ip);
  }

  /** Audited by the service. Returns a fresh token: every older token of the user stops working. */
  @ApiOkResponse({ type: LoginResultOutput })
  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @AllowPendingPassword()
  @AuditEntity('')
  @ApiOperation({ summary: 'Đổi mật khẩu của chính mình (cần mật khẩu hiện tại); các phiên đăng nhập cũ bị hủy' })
  changePassword(@Body() dto: ChangePasswordDto, @CurrentUser() user: AuthUser): Promise<LoginResultOutput> {
    return this.auth.changePassword(user, dto.current, dto.next);
  }
}
