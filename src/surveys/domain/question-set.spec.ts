import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerProblems, currentQuestionSet, parseQuestionSet } from './question-set.js';

const DIR = join(process.cwd(), 'data', 'survey-questions');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('question set files', () => {
  it.each(files)('%s is valid, named after its version, and cites its source', (f) => {
    const set = parseQuestionSet(JSON.parse(readFileSync(join(DIR, f), 'utf8')));
    expect(f).toBe(`v${set.version}.json`);
    expect(set.source).toMatch(/SIPAS/);
  });

  it('v1 asks the four SIPAS-based criteria', () => {
    const v1 = parseQuestionSet(JSON.parse(readFileSync(join(DIR, 'v1.json'), 'utf8')));
    expect(v1.criteria.map((c) => c.key)).toEqual(['reception', 'timeliness', 'clarity', 'outcome']);
  });
});

describe('versions and answers', () => {
  const base = JSON.parse(readFileSync(join(DIR, 'v1.json'), 'utf8'));
  const v1 = parseQuestionSet(base);
  const v2 = parseQuestionSet({ ...base, version: 2, validFrom: '2027-07-01' });

  it('hands out the highest version already valid', () => {
    expect(currentQuestionSet([v1, v2], '2027-06-30')!.version).toBe(1);
    expect(currentQuestionSet([v2, v1], '2027-07-01')!.version).toBe(2);
    expect(currentQuestionSet([v2], '2026-01-01')).toBeNull();
  });

  it('rejects malformed documents', () => {
    expect(() => parseQuestionSet({ ...base, version: 0 })).toThrow();
    expect(() => parseQuestionSet({ ...base, scale: ['a', 'b'] })).toThrow();
    expect(() => parseQuestionSet({ ...base, criteria: [base.criteria[0], base.criteria[0]] })).toThrow(/twice/);
    expect(() => parseQuestionSet({ ...base, criteria: [{ ...base.criteria[0], key: 'Bad Key' }] })).toThrow();
  });

  it('wants every criterion answered with an integer 1..5 and nothing else', () => {
    expect(answerProblems(v1, { reception: 5, timeliness: 1, clarity: 3, outcome: 4 })).toEqual([]);
    expect(answerProblems(v1, { reception: 5, timeliness: 1, clarity: 3 }).map((p) => p.field)).toEqual([
      'answers.outcome',
    ]);
    expect(answerProblems(v1, { reception: 6, timeliness: 0, clarity: 2.5, outcome: '4' }).map((p) => p.field)).toEqual(
      ['answers.reception', 'answers.timeliness', 'answers.clarity', 'answers.outcome'],
    );
    expect(answerProblems(v1, { reception: 5, timeliness: 1, clarity: 3, outcome: 4, name: 3 })[0].field).toBe(
      'answers.name',
    );
    expect(answerProblems(v1, null)).toHaveLength(1);
    expect(answerProblems(v1, [1, 2])).toHaveLength(1);
  });
});
