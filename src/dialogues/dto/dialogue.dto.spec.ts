import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { CreateDialogueDto } from './dialogue.dto.js';

describe('CreateDialogueDto co-organizers', () => {
  it('are cleaned like names: NFC, without bidi overrides or zero-width characters, strings and {name} alike', () => {
    const dto = plainToInstance(CreateDialogueDto, {
      coOrganizers: [
        '\u202EHội Nông dân phường'.normalize('NFD'),
        { name: 'Đoàn\u200B Thanh niên', role: 'invited' },
        5,
      ],
    });
    expect(dto.coOrganizers).toEqual([
      'Hội Nông dân phường'.normalize('NFC'),
      { name: 'Đoàn Thanh niên', role: 'invited' },
      5,
    ]);
  });
});
