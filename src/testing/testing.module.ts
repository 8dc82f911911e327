import { type DynamicModule, Module } from '@nestjs/common';
import { TestClockController } from './test-clock.controller.js';

/** Test-only routes; an empty module unless NODE_ENV=test and TEST_CLOCK=true. */
@Module({})
export class TestingModule {
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const enabled = env.NODE_ENV === 'test' && env.TEST_CLOCK === 'true';
    return { module: TestingModule, controllers: enabled ? [TestClockController] : [] };
  }
}
