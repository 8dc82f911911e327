import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { UuidPipe } from '../common/validation/uuid.pipe.js';
import { AllowPendingPassword, type AuthUser, CurrentUser, Roles } from './auth.decorators.js';
import { CreateUserDto, UpdateUserDto } from './dto/auth.dto.js';
import { UserAdminService } from './user-admin.service.js';
import { UsersService } from './users.service.js';
import { FeedTokenOutput, PasswordResetOutput, UserOutput } from './dto/users.output.js';

@ApiTags('auth')
@ApiBearerAuth()
@AuditEntity('user')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly admin: UserAdminService,
  ) {}

  @ApiCreatedResponse({ type: UserOutput })
  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Tạo tài khoản cán bộ (quản trị viên)' })
  create(@Body() dto: CreateUserDto): Promise<UserOutput> {
    return this.users.create(dto);
  }

  @ApiOkResponse({ type: UserOutput, isArray: true })
  @Get()
  @Roles('admin', 'office')
  @ApiOperation({ summary: 'Danh sách tài khoản trong phạm vi đơn vị' })
  list(@CurrentUser() user: AuthUser): Promise<UserOutput[]> {
    return this.users.list(user);
  }

  @ApiOkResponse({ type: UserOutput })
  @Get('me')
  @AllowPendingPassword()
  @ApiOperation({ summary: 'Tài khoản đang đăng nhập' })
  me(@CurrentUser() user: AuthUser): Promise<UserOutput> {
    return this.users.me(user);
  }

  /** A new secret token for the personal calendar feed (shows planned sessions of the user's scope). */
  @ApiCreatedResponse({ type: FeedTokenOutput })
  @Post('me/feed-token')
  @ApiOperation({ summary: 'Cấp mới mã bí mật cho lịch cá nhân (mã cũ hết hiệu lực)' })
  feedToken(@CurrentUser() user: AuthUser): Promise<FeedTokenOutput> {
    return this.users.rotateFeedToken(user);
  }

  @ApiOkResponse({ type: UserOutput })
  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Xem một tài khoản (quản trị viên)' })
  get(@Param('id', UuidPipe) id: string): Promise<UserOutput> {
    return this.admin.get(id);
  }

  /** Audited by the service, in its transaction, with what changed. */
  @ApiOkResponse({ type: UserOutput })
  @Patch(':id')
  @Roles('admin')
  @AuditEntity('')
  @ApiOperation({
    summary: 'Khóa/mở khóa tài khoản, đổi vai trò, đổi đơn vị; mọi phiên đăng nhập cũ của tài khoản bị hủy ngay',
  })
  update(
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<UserOutput> {
    return this.admin.update(id, dto, actor);
  }

  /** The one-time password is in this response only; it is neither stored in clear nor logged. */
  @ApiCreatedResponse({ type: PasswordResetOutput })
  @Post(':id/password-reset')
  @Roles('admin')
  @AuditEntity('')
  @ApiOperation({
    summary:
      'Đặt lại mật khẩu: trả về mật khẩu dùng một lần (chỉ hiển thị một lần), người dùng phải đổi mật khẩu khi đăng nhập',
  })
  resetPassword(@Param('id', UuidPipe) id: string, @CurrentUser() actor: AuthUser): Promise<PasswordResetOutput> {
    return this.admin.resetPassword(id, actor);
  }
}
