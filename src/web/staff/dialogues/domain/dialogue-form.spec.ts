import { describe, expect, it } from '@jest/globals';
import {
  dialogueFieldOf,
  instantOf,
  minutesItemInput,
  moderationInput,
  parseDateVi,
  parseTimeVi,
  readDialogueForm,
} from './dialogue-form.js';

describe('dialogue planning form', () => {
  it('reads dates typed the Vietnamese way and refuses impossible ones', () => {
    expect(parseDateVi('20/03/2026')).toBe('2026-03-20');
    expect(parseDateVi('5/3/2026')).toBe('2026-03-05');
    expect(parseDateVi('2026-03-20')).toBe('2026-03-20');
    expect(parseDateVi('31/02/2026')).toBeNull();
    expect(parseDateVi('')).toBeNull();
  });

  it('reads times of day', () => {
    expect(parseTimeVi('08:00')).toBe(480);
    expect(parseTimeVi('8h30')).toBe(510);
    expect(parseTimeVi('14')).toBeNull();
    expect(parseTimeVi('24:00')).toBeNull();
  });

  it('turns local Việt Nam time into UTC instants', () => {
    expect(instantOf('2026-03-20', 8 * 60)).toBe('2026-03-20T01:00:00.000Z');
  });

  it('builds the API body: venue only in person, link only online, share only for a voter request', () => {
    const r = readDialogueForm('unit', {
      topic: 'Chủ đề',
      date: '20/03/2026',
      startTime: '08:00',
      endTime: '10:00',
      mode: 'in_person',
      venueId: 'v',
      onlineUrl: 'https://x.vn',
      chairOfficialId: 'c',
      trigger: 'periodic',
      voterRequestShare: '12',
    });
    expect(r.problems).toEqual({});
    expect(r.input).toEqual({
      unitId: 'unit',
      topic: 'Chủ đề',
      startsAt: '2026-03-20T01:00:00.000Z',
      endsAt: '2026-03-20T03:00:00.000Z',
      timeZone: 'Asia/Ho_Chi_Minh',
      mode: 'in_person',
      venueId: 'v',
      chairOfficialIds: ['c'],
      trigger: 'periodic',
    });
    const online = readDialogueForm('unit', {
      date: '20/03/2026',
      startTime: '08:00',
      endTime: '10:00',
      mode: 'online',
      venueId: 'v',
      onlineUrl: 'https://x.vn',
      chairOfficialId: 'c',
      trigger: 'voter_request',
      voterRequestShare: '12,5',
    }).input!;
    expect(online.venueId).toBeUndefined();
    expect(online.onlineUrl).toBe('https://x.vn');
    expect(online.voterRequestShare).toBe(12.5);
  });

  it('names the fields of what cannot be read', () => {
    const r = readDialogueForm('unit', { date: 'mai', startTime: '10:00', endTime: '09:00' });
    expect(r.input).toBeNull();
    expect(Object.keys(r.problems)).toEqual(['date', 'endTime', 'chairOfficialId']);
    expect(dialogueFieldOf('startsAt')).toBe('startTime');
    expect(dialogueFieldOf('chairOfficialIds[0]')).toBe('chairOfficialId');
    expect(dialogueFieldOf('venueId')).toBe('venueId');
    expect(dialogueFieldOf('somethingElse')).toBeNull();
  });
});

describe('moderation and minutes forms', () => {
  it('sends only the fields of the chosen action', () => {
    expect(moderationInput({ action: 'reject', reason: 'Ngoài chủ đề', mergeIntoId: 'x' })).toEqual({
      action: 'reject',
      reason: 'Ngoài chủ đề',
    });
    expect(moderationInput({ action: 'reject', reason: '  ' })).toEqual({ action: 'reject' });
    expect(moderationInput({ action: 'merge', mergeIntoId: 'q1', reason: 'r' })).toEqual({
      action: 'merge',
      mergeIntoId: 'q1',
    });
  });

  it('builds a minutes item with its commitment, or says what is missing', () => {
    const ok = minutesItemInput({
      questionId: 'q',
      commitmentText: 'Lắp đèn',
      commitmentUnitId: 'u',
      commitmentDueDate: '30/04/2026',
    });
    expect(ok.problems).toEqual({});
    expect(ok.input).toEqual({
      questionId: 'q',
      commitment: { assigneeUnitId: 'u', dueDate: '2026-04-30', text: 'Lắp đèn' },
    });
    expect(Object.keys(minutesItemInput({}).problems)).toEqual(['questionId']);
    expect(Object.keys(minutesItemInput({ questionText: 'Hỏi gì?' }).problems)).toEqual(['answer']);
    expect(
      Object.keys(minutesItemInput({ questionText: 'Hỏi?', commitmentText: 'Làm', commitmentDueDate: 'x' }).problems),
    ).toEqual(['commitmentDueDate', 'commitmentUnitId']);
  });
});
