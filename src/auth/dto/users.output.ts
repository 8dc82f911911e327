/** Response bodies of users.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class UserOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) username: string;
  @ApiProperty({ type: String, nullable: true }) fullName: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ isArray: true, enum: ['admin', 'office', 'leader', 'secretary', 'handler', 'inspector', 'viewer'] })
  roles: ('admin' | 'office' | 'leader' | 'secretary' | 'handler' | 'inspector' | 'viewer')[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) officialId: string | null;
  @ApiProperty({ type: Boolean }) active: boolean;
}

export class FeedTokenOutput {
  @ApiProperty({ type: String }) token: string;
}

export class PasswordResetOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) oneTimePassword: string;
  @ApiProperty({ type: Boolean }) mustChangePassword: boolean;
}
