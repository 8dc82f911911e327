/** Response bodies of auth.controller.ts for the OpenAPI document; each handler declares its return type with them, so the compiler checks the views against them. */
import { ApiProperty } from '@nestjs/swagger';

export class LoginResultUserOutput {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) username: string;
  @ApiProperty({ isArray: true, enum: ['admin', 'office', 'leader', 'secretary', 'handler', 'inspector', 'viewer'] })
  roles: ('admin' | 'office' | 'leader' | 'secretary' | 'handler' | 'inspector' | 'viewer')[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId: string | null;
}

export class LoginResultOutput {
  @ApiProperty({ type: String }) accessToken: string;
  @ApiProperty({ type: () => LoginResultUserOutput }) user: LoginResultUserOutput;
  @ApiProperty({ type: Boolean }) mustChangePassword: boolean;
}
