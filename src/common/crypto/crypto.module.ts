import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { FieldCipher } from './field-cipher.js';

/**
 * Provides the process's FieldCipher (AES-256-GCM + blind index) built from `config.dataKey` (DATA_KEY).
 * Import it in any feature that stores citizen identity data.
 */
@Module({
  providers: [
    { provide: FieldCipher, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new FieldCipher(config.dataKeys) },
  ],
  exports: [FieldCipher],
})
export class CryptoModule {}
