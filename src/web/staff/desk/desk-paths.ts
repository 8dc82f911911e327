import { STAFF_PREFIX } from '../staff-paths.js';

/** The secretary's desk: `/can-bo/ban-tiep` and the pages of one session under it. */
export const DESK_PATH = `${STAFF_PREFIX}/ban-tiep`;
export const deskSessionPath = (sessionId: string): string => `${DESK_PATH}/${sessionId}`;
export const finalizePath = (sessionId: string): string => `${deskSessionPath(sessionId)}/hoan-tat`;
export const downloadPath = (sessionId: string, file: string): string => `${deskSessionPath(sessionId)}/tai/${file}`;

/** The messages shown after a post (POST → 303 → GET `?xong=<key>`). */
export const DESK_DONE = {
  'da-den': 'Đã ghi nhận công dân có mặt.',
  'vang-mat': 'Đã ghi nhận công dân vắng mặt.',
  'bien-ban': 'Đã lập biên bản (dự thảo). Mời ghi các vụ việc.',
  'vu-viec': 'Đã ghi vụ việc vào biên bản và sổ tiếp công dân.',
  'xoa-vu-viec': 'Đã xóa vụ việc khỏi biên bản dự thảo.',
  'hoan-tat': 'Đã hoàn tất biên bản. Các đơn và công việc đã được tạo, giao cho đơn vị xử lý.',
  'dinh-chinh': 'Đã thêm văn bản đính chính vào biên bản.',
} as const;
export type DeskDone = keyof typeof DESK_DONE;
export const isDeskDone = (v: unknown): v is DeskDone => typeof v === 'string' && Object.hasOwn(DESK_DONE, v);
