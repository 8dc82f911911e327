import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @Get()
  @Roles('admin', 'office')
  list(@CurrentUser() user: AuthUser) {
    return this.users.list(user);
  }

  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return this.users.me(user);
  }

  /** A new secret token for the personal calendar feed (shows planned sessions of the user's scope). */
  @Post('me/feed-token')
  feedToken(@CurrentUser() user: AuthUser) {
    return this.users.rotateFeedToken(user);
  }
}
