import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntity } from '../audit/audit.decorator.js';
import { type AuthUser, CurrentUser, Roles } from './auth.decorators.js';
import { CreateUserDto } from './dto/auth.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('auth')
@ApiBearerAuth()
@AuditEntity('user')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({ summary: 'Tạo tài khoản cán bộ (quản trị viên)' })
  @Post()
  @Roles('admin')
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @ApiOperation({ summary: 'Danh sách tài khoản cán bộ' })
  @Get()
  @Roles('admin', 'office')
  list(@CurrentUser() user: AuthUser) {
    return this.users.list(user);
  }

  @ApiOperation({ summary: 'Thông tin tài khoản đang đăng nhập' })
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return this.users.me(user);
  }

  /** A new secret token for the personal calendar feed (shows planned sessions of the user's scope). */
  @ApiOperation({ summary: 'Cấp mã bí mật mới cho lịch cá nhân (các buổi tiếp dự kiến trong phạm vi của người dùng)' })
  @Post('me/feed-token')
  feedToken(@CurrentUser() user: AuthUser) {
    return this.users.rotateFeedToken(user);
  }
}
