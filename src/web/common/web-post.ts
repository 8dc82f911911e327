import { Post, UseGuards, applyDecorators } from '@nestjs/common';
import { PublicThrottlerGuard } from '../../common/http/throttling.js';
import { CsrfGuard } from './csrf.js';

/** A form post of the website: rate-limited per client like the public API, then refused without a valid CSRF token. */
export const WebPost = (path?: string) => applyDecorators(Post(path), UseGuards(PublicThrottlerGuard, CsrfGuard));
