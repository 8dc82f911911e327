import { describe, expect, it } from '@jest/globals';
import { bareTitle, type SignerInput, signerBlock } from './signer-block.js';

const ubnd = { kind: 'state', collective: 'Ủy ban nhân dân', headTitle: 'Chủ tịch' } as const;
const party = { kind: 'party', collective: 'Đảng ủy', headTitle: 'Bí thư' } as const;
const board = { kind: 'state', collective: null, headTitle: 'Trưởng Ban Tiếp công dân thành phố' } as const;
const who = (title: string, position: 'head' | 'deputy' | 'member') => ({ fullName: 'Nguyễn Văn An', title, position });

describe('signerBlock (Decree 30 Art. 13: authority marks)', () => {
  const cases: [string, SignerInput, { role: string; title?: string }][] = [
    [
      'the chair signs for the People’s Committee',
      { ...ubnd, signer: who('Chủ tịch Ủy ban nhân dân phường Hồng Bàng', 'head') },
      { role: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' },
    ],
    [
      'a vice-chair signs for the chair',
      { ...ubnd, signer: who('Phó Chủ tịch Ủy ban nhân dân phường Hồng Bàng', 'deputy') },
      { role: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' },
    ],
    [
      'a deputy whose title is unknown still signs as the deputy',
      { ...ubnd, signer: who('Ủy viên', 'deputy') },
      { role: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' },
    ],
    [
      'an official the chair delegated signs TUQ.',
      { ...ubnd, signer: who('Trưởng ban Tiếp công dân phường', 'member') },
      { role: 'TM. ỦY BAN NHÂN DÂN\nTUQ. CHỦ TỊCH', title: 'TRƯỞNG BAN' },
    ],
    [
      'the party secretary signs for the committee',
      { ...party, signer: who('Bí thư Đảng ủy phường Hồng Bàng', 'head') },
      { role: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ' },
    ],
    [
      'a deputy party secretary signs K/T',
      { ...party, signer: who('Phó Bí thư Đảng ủy phường', 'deputy') },
      { role: 'T/M ĐẢNG ỦY\nK/T BÍ THƯ', title: 'PHÓ BÍ THƯ' },
    ],
    [
      'the head of a board signs with the bare title',
      { ...board, signer: who('Trưởng Ban Tiếp công dân thành phố', 'head') },
      { role: 'TRƯỞNG BAN' },
    ],
    [
      'a deputy head of a board signs KT.',
      { ...board, signer: who('Phó Trưởng Ban Tiếp công dân thành phố', 'deputy') },
      { role: 'KT. TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN' },
    ],
  ];
  it.each(cases)('%s', (_name, input, want) => {
    const block = signerBlock(input);
    expect(block.role).toBe(want.role);
    expect(block.title).toBe(want.title);
    expect(block.name).toBe('Nguyễn Văn An');
    expect(`${block.role} ${block.title ?? ''}`).not.toMatch(/PHƯỜNG|THÀNH PHỐ|HỒNG BÀNG/u);
  });

  it.each([
    ['Chủ tịch UBND phường', 'Chủ tịch'],
    ['Phó Chủ tịch Ủy ban nhân dân thành phố', 'Phó Chủ tịch'],
    ['Trưởng Ban Tiếp công dân thành phố', 'Trưởng ban'],
    ['Chánh Thanh tra thành phố', 'Chánh Thanh tra'],
    ['Giám đốc Sở Xây dựng', 'Giám đốc'],
    ['Công chức Văn phòng', 'Công chức Văn phòng'],
  ])('bareTitle(%s) = %s', (full, bare) => expect(bareTitle(full)).toBe(bare));
});
