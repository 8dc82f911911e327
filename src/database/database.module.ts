import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source.options.js';
import { runMigrationsOnce, runMigrationsVia } from './migration-runner.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { DatabaseMetrics } from './database-metrics.js';
import { JobLockService } from './job-lock.service.js';
import { SeedLogService } from './seed-log.service.js';
import { SqliteCheckpointer } from './sqlite-checkpointer.js';
import { TransactionRunner } from './transaction.runner.js';

/** Opens the database and runs committed migrations before any other module touches it. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const options = { ...buildDataSourceOptions(config.database), namingStrategy: new SnakeNamingStrategy() };
        if (config.database.type === 'postgres' && config.database.migrationUrl) {
          const applied = await runMigrationsVia(options, config.database.migrationUrl);
          if (applied.length > 0)
            new Logger('Database').log(`Applied migrations (migration role): ${applied.join(', ')}`);
        }
        return options;
      },
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        const applied = await runMigrationsOnce(dataSource);
        if (applied.length > 0) new Logger('Database').log(`Applied migrations: ${applied.join(', ')}`);
        return dataSource;
      },
    }),
  ],
  providers: [TransactionRunner, SeedLogService, JobLockService, SqliteCheckpointer, DatabaseMetrics],
  exports: [TransactionRunner, SeedLogService, JobLockService],
})
export class DatabaseModule {}
