import { Transform } from 'class-transformer';
import { cleanFreeText, cleanIfString, cleanName } from './clean.js';

/**
 * DTO property decorators applying `cleanName` / `cleanFreeText` when the global pipe turns the body into the DTO
 * (before class-validator runs, so length and emptiness rules see the cleaned text). Arrays of strings are cleaned
 * element by element.
 */
const cleaning = (clean: (s: string) => string) =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => cleanIfString(v, clean)) : cleanIfString(value, clean),
  );

/** A person's name, a title, a unit or venue name: NFC, without bidi overrides, zero-width or control characters. */
export const CleanName = (): PropertyDecorator => cleaning(cleanName);

/** A free text: NFC, without bidi overrides or zero-width characters; keeps tabs and line breaks. */
export const CleanText = (): PropertyDecorator => cleaning(cleanFreeText);
