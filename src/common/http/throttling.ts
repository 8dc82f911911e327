import { type ExecutionContext, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { ThrottlerLimitDetail, ThrottlerRequest } from '@nestjs/throttler/dist/throttler.guard.interface.js';
import type { Response } from 'express';
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

  /** Named throttlers only set `Retry-After-<name>`; clients and proxies understand the standard `Retry-After` (seconds). */
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    context
      .switchToHttp()
      .getResponse<Response>()
      .setHeader('Retry-After', String(Math.max(1, Math.ceil(detail.timeToBlockExpire))));
    return super.throwThrottlingException(context, detail);
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
