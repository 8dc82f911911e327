import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { containsSealedIdentity } from './identity-scan.js';
import { canReadSealedIdentity, redactPetition, revealsSealedIdentity, type Viewer } from './redaction.js';
import { PETITION_TYPES, type PetitionType, type Petitioner } from './petition-types.js';

const petitioner: Petitioner = {
  fullName: 'Phạm Văn Đức',
  idNumber: '031085004321',
  address: 'Số 5 Lạch Tray, Ngô Quyền',
  phone: '0903123456',
};

function petition(type: PetitionType = 'denunciation', unitId = 'unit-le-chan') {
  return {
    id: 'p-1',
    type,
    unitId,
    petitioner: { ...petitioner },
    content: 'Tôi, Phạm Văn Đức (CCCD 031085004321), tố cáo cán bộ địa chính nhận tiền.',
    tags: ['đất đai', 'pham van duc'],
    meta: { receivedAt: new Date('2026-03-02T01:00:00Z'), note: 'Liên hệ 0903 123 456' },
  };
}

const viewer = (roles: string[], unitId: string | null = 'unit-le-chan', scope: string[] = [unitId ?? '']): Viewer => ({
  roles,
  unitId,
  unitScope: new Set(scope),
});

describe('redactPetition', () => {
  it('the inspector of the petition’s unit sees the denouncer', () => {
    const out = redactPetition(petition(), viewer(['inspector']));
    expect(out.petitioner).toEqual(petitioner);
    expect(out.identityProtected).toBe(true);
    expect(out.content).toContain('Phạm Văn Đức');
  });

  it.each([['office'], ['secretary'], ['handler'], ['leader'], ['viewer'], ['admin']])(
    'a %s of the same unit does not',
    (role) => {
      const out = redactPetition(petition(), viewer([role]));
      expect(out.petitioner).toBeNull();
      expect(out.identityProtected).toBe(true);
      expect(containsSealedIdentity(JSON.stringify(out), petitioner)).toBe(false);
    },
  );

  it('an inspector of another unit does not, even a parent unit whose scope contains it', () => {
    const parent = viewer(['inspector'], 'unit-city', ['unit-city', 'unit-le-chan']);
    const out = redactPetition(petition(), parent);
    expect(out.petitioner).toBeNull();
    expect(containsSealedIdentity(JSON.stringify(out), petitioner)).toBe(false);
    expect(redactPetition(petition(), viewer(['inspector'], 'unit-ngo-quyen')).petitioner).toBeNull();
  });

  it('a viewer without a unit does not', () => {
    expect(redactPetition(petition(), viewer(['inspector'], null)).petitioner).toBeNull();
  });

  it('scrubs the identity from every other field, nested ones included, and keeps non-plain values', () => {
    const p = petition();
    const out = redactPetition(p, viewer(['handler']));
    expect(out.content).toBe('Tôi, [đã ẩn] (CCCD [đã ẩn]), tố cáo cán bộ địa chính nhận tiền.');
    expect(out.tags).toEqual(['đất đai', '[đã ẩn]']);
    expect(out.meta.note).toBe('Liên hệ [đã ẩn]');
    expect(out.meta.receivedAt).toBeInstanceOf(Date);
    expect(out.id).toBe('p-1');
    // The input is left alone.
    expect(p.petitioner).toEqual(petitioner);
    expect(p.content).toContain('Phạm Văn Đức');
  });

  it.each(['complaint', 'recommendation', 'feedback'] as const)('%s: the petitioner is not sealed', (type) => {
    const out = redactPetition(petition(type), viewer(['viewer'], 'other'));
    expect(out.petitioner).toEqual(petitioner);
    expect(out.identityProtected).toBe(false);
  });

  it('an anonymous denunciation is protected and has no petitioner', () => {
    const out = redactPetition({ ...petition(), petitioner: null, anonymous: true }, viewer(['handler']));
    expect(out).toMatchObject({ petitioner: null, identityProtected: true });
  });

  it('property: for a denunciation, only the inspector of that very unit ever gets the identity back', () => {
    const roles = ['admin', 'office', 'leader', 'secretary', 'handler', 'inspector', 'viewer'];
    fc.assert(
      fc.property(
        fc.subarray(roles),
        fc.constantFrom('u1', 'u2', 'u3'),
        fc.constantFrom('u1', 'u2', 'u3'),
        fc.constantFrom(...PETITION_TYPES),
        (rs, viewerUnit, petitionUnit, type) => {
          const v = viewer(rs, viewerUnit, ['u1', 'u2', 'u3']);
          const p = petition(type, petitionUnit);
          const out = redactPetition(p, v);
          const leaked = containsSealedIdentity(JSON.stringify(out), petitioner);
          const allowed = type !== 'denunciation' || (rs.includes('inspector') && viewerUnit === petitionUnit);
          expect(leaked).toBe(allowed);
          expect(revealsSealedIdentity(p, v)).toBe(type === 'denunciation' && allowed);
        },
      ),
    );
  });
});

describe('canReadSealedIdentity', () => {
  it('requires the inspector role and the same unit', () => {
    expect(canReadSealedIdentity({ unitId: 'a' }, viewer(['inspector'], 'a'))).toBe(true);
    expect(canReadSealedIdentity({ unitId: 'a' }, viewer(['inspector', 'admin'], 'b', ['a', 'b']))).toBe(false);
    expect(canReadSealedIdentity({ unitId: 'a' }, viewer(['admin'], 'a'))).toBe(false);
  });
});
