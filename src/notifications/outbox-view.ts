import { disclose, type Reader, SEALED_LABEL } from '../common/privacy/masking-policy.js';
import type { OutboxDetailDto, OutboxItemDto } from './dto/outbox.dto.js';
import type { OutboxMessageEntity } from './outbox-message.entity.js';

/** What admins see instead of a one-time code's text. */
export const SECRET_LABEL = '(mã dùng một lần, không hiển thị)';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * One outbox message as `reader` may see it, by the masking policy (src/common/privacy/masking-policy.ts). The
 * recipient follows the table's `recipient` column (clear for the admin, who runs the outbox). A message about
 * a denunciation (`identitySealed`) is for the denouncer: its recipient, subject, text and attachment names are sealed
 * for everyone (nobody unseals an identity through the outbox). `clear` says the recipient was shown in clear (the
 * caller audits the read).
 */
export function outboxView(
  m: OutboxMessageEntity,
  reader: Reader,
): { item: OutboxItemDto; clear: boolean; sealed: boolean } {
  const seen = disclose(reader, { kind: 'outboxMessage', sealed: m.identitySealed, unitId: null });
  const sealed = seen.sealed;
  const sms = m.channel === 'sms';
  const item: OutboxItemDto = {
    id: m.id,
    channel: m.channel,
    kind: m.kind,
    // An SMS recipient is stored as its mask only (the number itself is encrypted in to_enc and read only to send).
    to: sms ? (sealed ? SEALED_LABEL : m.toAddress) : seen.show('recipient', m.toAddress)!,
    subject: sealed ? SEALED_LABEL : m.subject,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    refType: m.refType,
    refId: m.refId,
    dedupeKey: m.dedupeKey,
    notBefore: iso(m.notBefore),
    claimedBy: m.claimedBy,
    createdAt: m.createdAt.toISOString(),
    sentAt: iso(m.sentAt),
    identitySealed: m.identitySealed,
    secret: m.secret,
    template: m.template,
    parts: m.parts,
    deliveryState: m.deliveryState,
    deliveredAt: iso(m.deliveredAt),
    attachments: (m.attachments ?? []).map((a) => ({
      filename: sealed ? SEALED_LABEL : a.filename,
      contentType: a.contentType,
      size: Buffer.byteLength(a.content, 'utf8'),
    })),
  };
  return { item, clear: !sms && seen.of('recipient') === 'clear', sealed };
}

export function outboxDetail(m: OutboxMessageEntity, reader: Reader): { detail: OutboxDetailDto; clear: boolean } {
  const { item, clear, sealed } = outboxView(m, reader);
  return {
    detail: {
      ...item,
      text: sealed ? SEALED_LABEL : m.secret ? SECRET_LABEL : m.text,
      html: sealed ? (m.html === null ? null : SEALED_LABEL) : m.html,
    },
    clear,
  };
}
