import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDialoguePresets } from './dialogue-presets.js';
import {
  type DialogueFact,
  dialogueCompliance,
  durationFits,
  mayDo,
  noticeRespected,
  resultsOverdue,
  voterShareSufficient,
} from './dialogue-rules.js';
import { contentHash, itemProblem, minutesContent } from './minutes-lock.js';

const presets = parseDialoguePresets(
  JSON.parse(readFileSync(join(process.cwd(), 'data', 'rules', 'dialogues.json'), 'utf8')),
);
const fact = (localDate: string, over: Partial<DialogueFact> = {}): DialogueFact => ({
  localDate,
  mode: 'in_person',
  trigger: 'periodic',
  status: 'held',
  ...over,
});

describe('dialogue lifecycle rules', () => {
  it('allows each action only from its states', () => {
    expect(mayDo('draft', 'publish')).toBe(true);
    expect(mayDo('published', 'publish')).toBe(false);
    expect(mayDo('held', 'cancel')).toBe(false);
    expect(mayDo('published', 'results')).toBe(false);
    expect(mayDo('held', 'results')).toBe(true);
    expect(mayDo('draft', 'questions')).toBe(false);
  });

  it('checks notice, results limits, voter share and length', () => {
    expect(noticeRespected('2026-01-30', '2026-01-30')).toBe(true);
    expect(noticeRespected('2026-01-31', '2026-01-30')).toBe(false);
    expect(resultsOverdue('2026-02-23', '2026-02-23', '2026-03-30')).toBe(false);
    expect(resultsOverdue('2026-02-23', '2026-02-24', '2026-02-24')).toBe(true);
    expect(resultsOverdue('2026-02-23', null, '2026-02-23')).toBe(false);
    expect(resultsOverdue('2026-02-23', null, '2026-02-24')).toBe(true);
    expect(voterShareSufficient(9.99, 10)).toBe(false);
    expect(voterShareSufficient(10, 10)).toBe(true);
    expect(durationFits(89, { min: 90, max: 120 })).toBe(false);
    expect(durationFits(120, { min: 90, max: 120 })).toBe(true);
    expect(durationFits(300, null)).toBe(true);
  });
});

describe('dialogue compliance', () => {
  it('commune 2026: one a year plus each voter request; cancelled ones ignored', () => {
    const c = dialogueCompliance(
      presets,
      'commune',
      2026,
      [
        fact('2026-03-10'),
        fact('2026-05-10', { trigger: 'voter_request' }),
        fact('2026-06-10', { trigger: 'voter_request', status: 'published' }),
        fact('2026-07-10', { trigger: 'voter_request', status: 'cancelled' }),
        fact('2025-12-10'),
      ],
      '2026-06-01',
    );
    expect(c).toMatchObject({ required: 3, held: 2, due: 1, voterRequests: { requested: 2, held: 1, due: 1 } });
  });

  it('department 2026: every two months counts online dialogues only, per period', () => {
    const c = dialogueCompliance(
      presets,
      'department',
      2026,
      [
        fact('2026-01-10', { mode: 'online' }),
        fact('2026-02-10', { mode: 'hybrid' }),
        fact('2026-03-10', { mode: 'in_person' }),
      ],
      '2026-12-31',
    );
    const s = c.series.find((x) => x.key === 'haiphong-online-1374-department')!;
    expect(s).toMatchObject({ required: 6, held: 1, due: 5 });
    expect(c.required).toBe(6);
    expect(c.due).toBe(5);
    expect(c.held).toBe(3);
  });

  it('never reports more due than required, nor a negative number (property)', () => {
    const arb = fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      mode: fc.constantFrom('in_person', 'online', 'hybrid'),
      trigger: fc.constantFrom('periodic', 'voter_request', 'necessary'),
      status: fc.constantFrom('draft', 'published', 'held', 'results_published', 'cancelled'),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 30 }), fc.constantFrom('city', 'commune', 'department'), (xs, level) => {
        const facts = xs.map((x) => ({
          ...x,
          localDate: `2026-${String(x.month).padStart(2, '0')}-${String(x.day).padStart(2, '0')}`,
        })) as DialogueFact[];
        const c = dialogueCompliance(presets, level as 'city', 2026, facts, '2026-07-01');
        return c.due >= 0 && c.due <= c.required && c.held >= 0;
      }),
    );
  });
});

describe('minutes locking', () => {
  it('hashes content independently of key order, and changes with any edit', () => {
    const items = [{ position: 1, questionId: 'q', questionText: 'Câu hỏi', answer: 'Trả lời', commitment: null }];
    const a = contentHash(minutesContent('d', 'Tóm tắt', items));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ b: 1, a: 'x' })).toBe(contentHash({ a: 'x', b: 1 }));
    expect(contentHash(minutesContent('d', 'Tóm tắt', [{ ...items[0], answer: 'Trả lời khác' }]))).not.toBe(a);
    // NFC and NFD spellings of the same Vietnamese text hash alike.
    expect(contentHash({ t: 'Hồng Bàng'.normalize('NFD') })).toBe(contentHash({ t: 'Hồng Bàng' }));
  });

  it('requires an answer or a commitment, not both', () => {
    expect(itemProblem({ answer: 'x' })).toBeNull();
    expect(itemProblem({ commitment: { text: 'y' } })).toBeNull();
    expect(itemProblem({ answer: ' ' })).not.toBeNull();
    expect(itemProblem({ answer: 'x', commitment: {} })).not.toBeNull();
  });
});
