import { Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { ThrottlerRequest } from '@nestjs/throttler/dist/throttler.guard.interface.js';
import type { AppConfig } from '../../config/app-config.js';

/** Two named limits per client (IP): public citizen routes and staff login. A limit of 0 turns it off. */
export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'public', ttl: 60_000, limit: config.throttleLimit },
      { name: 'login', ttl: 60_000, limit: config.loginThrottleLimit },
    ],
  };
}

abstract class NamedThrottlerGuard extends ThrottlerGuard {
  protected abstract readonly throttlerName: string;

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    if (props.throttler.name !== this.throttlerName || props.limit <= 0) return true;
    return super.handleRequest(props);
  }
}

@Injectable()
export class PublicThrottlerGuard extends NamedThrottlerGuard {
  protected readonly throttlerName = 'public';
}

@Injectable()
export class LoginThrottlerGuard extends NamedThrottlerGuard {
  protected readonly throttlerName = 'login';
}

/** Marks a public (citizen-facing) route as rate-limited per client. */
export const PublicRateLimit = () => applyDecorators(UseGuards(PublicThrottlerGuard));
