import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { OrgModule } from '../../org/org.module.js';
import { WebCommonModule } from '../common/web-common.module.js';
import { ChangePasswordController, StaffHomeController } from './home.controller.js';
import { SignInController, SignOutController } from './sign-in.controller.js';
import { StaffSessionGuard } from './staff-controller.js';
import { StaffFrameService } from './staff-frame.service.js';

/**
 * The staff workspace's foundation (`/can-bo`): sign-in/out, the session guard, the frame of every page (who is signed
 * in, navigation by role), the home page and the password change. Each role's pages are their own modules beside it,
 * importing this one for the guard and the frame.
 */
@Module({
  imports: [WebCommonModule, AuthModule, OrgModule],
  controllers: [SignInController, SignOutController, StaffHomeController, ChangePasswordController],
  providers: [StaffSessionGuard, StaffFrameService],
  exports: [StaffSessionGuard, StaffFrameService, WebCommonModule, AuthModule],
})
export class StaffWebModule {}
