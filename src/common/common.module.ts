import { Global, Module } from '@nestjs/common';
import { Metrics } from './metrics/metrics.js';
import { RedisConnection } from './redis/redis-connection.js';
import { Clock } from './time/clock.js';

@Global()
@Module({ providers: [Clock, Metrics, RedisConnection], exports: [Clock, Metrics, RedisConnection] })
export class CommonModule {}
