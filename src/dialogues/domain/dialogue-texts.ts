/**
 * Vietnamese texts of a dialogue for calendars and public pages. Only public data goes in: the topic, the unit, the
 * chairs (public officials), the place or link and how to send questions; never anything about the people who asked.
 */
import type { DialogueMode } from './dialogue-presets.js';
import type { DialogueStatus, DialogueTrigger } from './dialogue-rules.js';

const clean = (v: string): string => v.normalize('NFC').replace(/\s+/g, ' ').trim();

export const MODE_LABELS: Readonly<Record<DialogueMode, string>> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  hybrid: 'Trực tiếp kết hợp trực tuyến',
};

export const TRIGGER_LABELS: Readonly<Record<DialogueTrigger, string>> = {
  periodic: 'Định kỳ',
  voter_request: 'Theo đề nghị của cử tri',
  necessary: 'Khi cần thiết',
};

export const STATUS_LABELS: Readonly<Record<DialogueStatus, string>> = {
  draft: 'Dự thảo',
  published: 'Đã thông báo',
  held: 'Đã tổ chức',
  results_published: 'Đã công bố kết quả',
  cancelled: 'Đã hủy',
};

/** "Hội nghị đối thoại trực tiếp với Nhân dân: <topic>", prefixed "[Đã hủy]" when cancelled. */
export function dialogueSummary(topic: string, cancelled = false): string {
  return `${cancelled ? '[Đã hủy] ' : ''}Hội nghị đối thoại trực tiếp với Nhân dân: ${clean(topic)}`;
}

export interface DialogueDescriptionInput {
  unitName: string;
  mode: DialogueMode;
  chairs: { fullName: string; title: string }[];
  coOrganizers: { name: string }[];
  venue?: { name: string; address: string } | null;
  onlineUrl?: string | null;
  questionsUrl?: string | null;
}

export function dialogueDescription(i: DialogueDescriptionInput): string {
  const lines = [`Đơn vị tổ chức: ${clean(i.unitName)}.`, `Hình thức: ${MODE_LABELS[i.mode]}.`];
  if (i.chairs.length) lines.push(`Chủ trì: ${i.chairs.map((c) => clean(`${c.title} ${c.fullName}`)).join('; ')}.`);
  if (i.coOrganizers.length) lines.push(`Phối hợp: ${i.coOrganizers.map((c) => clean(c.name)).join('; ')}.`);
  if (i.venue) lines.push(`Địa điểm: ${clean(i.venue.name)}, ${clean(i.venue.address)}.`);
  if (i.onlineUrl) lines.push(`Tham gia trực tuyến: ${clean(i.onlineUrl)}`);
  if (i.questionsUrl) lines.push(`Gửi câu hỏi trước hội nghị: ${clean(i.questionsUrl)}`);
  return lines.join('\n');
}
