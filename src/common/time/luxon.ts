import { createRequire } from 'node:module';
import type * as Luxon from 'luxon';

/**
 * Luxon, loaded once. `cron` (through @nestjs/schedule) `require`s Luxon's CommonJS build; an ESM `import … from
 * 'luxon'` would load its separate ES build as well, a second copy of the library (its source, code and zone caches)
 * resident in every process. Every module of tiepdan takes Luxon from here, the same CommonJS build.
 */
const luxon = createRequire(import.meta.url)('luxon') as typeof Luxon;

export const DateTime = luxon.DateTime;
export type DateTime = Luxon.DateTime;
export const IANAZone = luxon.IANAZone;
export type IANAZone = Luxon.IANAZone;
