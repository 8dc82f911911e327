import { type Query, firstUnchained, rowsAfter } from './audit-chain.store.js';
import { type ChainBreak, type ChainHead, ChainVerifier } from './domain/audit-chain.js';

export type VerifyResult =
  { ok: true; count: number; head: ChainHead } | { ok: false; seq: number | null; id: string; message: string };

const REASONS: Record<ChainBreak['reason'], string> = {
  gap: 'row(s) missing before this one (deleted)',
  prev_hash: 'prev_hash does not match the previous row (a row before it was rewritten or removed)',
  hash: 'content does not match its hash (rewritten)',
  unchained: 'row outside the chain (inserted around the application)',
};

const BATCH = 1000;

/** Walks the whole chain in `seq` order; `expected` is a head noted earlier that must still be in it, unchanged. */
export async function verifyAuditChain(query: Query, expected?: ChainHead): Promise<VerifyResult> {
  const stray = await firstUnchained(query);
  if (stray) return { ok: false, seq: stray.seq, id: stray.id, message: REASONS.unchained };
  const verifier = new ChainVerifier();
  let last = 0;
  let anchorSeen = false;
  for (;;) {
    const rows = await rowsAfter(query, last, BATCH);
    if (rows.length === 0) break;
    const broken = verifier.check(rows);
    if (broken) return { ok: false, seq: broken.seq, id: broken.id, message: REASONS[broken.reason] };
    for (const r of rows)
      if (expected && r.seq === expected.seq) {
        if (r.hash !== expected.hash)
          return { ok: false, seq: r.seq, id: r.id, message: 'hash differs from the head noted earlier' };
        anchorSeen = true;
      }
    last = rows[rows.length - 1]!.seq!;
  }
  if (expected && !anchorSeen)
    return {
      ok: false,
      seq: expected.seq,
      id: '-',
      message: 'the head noted earlier is gone (rows removed from the end)',
    };
  return { ok: true, ...verifier.verified };
}
