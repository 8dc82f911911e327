import { type DynamicModule, Module } from '@nestjs/common';
import { TestOutboxController } from './test-outbox.controller.js';

/** Test-only outbox routes; an empty module unless NODE_ENV=test and TEST_HOOKS=true. */
@Module({})
export class NotificationsTestingModule {
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const enabled = env.NODE_ENV === 'test' && env.TEST_HOOKS === 'true';
    return { module: NotificationsTestingModule, controllers: enabled ? [TestOutboxController] : [] };
  }
}
