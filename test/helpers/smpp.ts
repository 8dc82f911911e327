import type { AddressInfo } from 'node:net';
import smpp, { type PDU, type Session } from 'smpp';

/** One submit_sm as the test SMSC received it (the short_message decoded by the smpp package: UDH split off). */
export interface ReceivedSubmit {
  systemId: string;
  sourceAddr: string;
  sourceAddrTon: number;
  destinationAddr: string;
  dataCoding: number;
  esmClass: number;
  registeredDelivery: number;
  /** The concatenation information element of the UDH, when present. */
  concat: { ref: number; total: number; seq: number } | null;
  /** The text as the smpp package decodes it (GSM 03.38 for data_coding 0, UTF-16BE for 8), without the UDH. */
  text: string;
  messageId: string;
  session: Session;
}

export interface TestSmpp {
  port: number;
  /** `smpp://<systemId>:<password>@127.0.0.1:<port>` for SMS_SMPP_URL. */
  url: string;
  binds: { systemId: string; password: string; ok: boolean }[];
  submits: ReceivedSubmit[];
  /** Waits until at least `n` submit_sm have arrived; throws after `timeoutMs`. */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedSubmit[]>;
  /** Sends a delivery receipt (deliver_sm, esm_class 0x04) for a received part, on the session that submitted it. */
  receipt(s: ReceivedSubmit, stat?: string): Promise<void>;
  /** Drops every client connection (to test the client's reconnection). */
  dropAll(): void;
  close(): Promise<void>;
}

/** Joins the parts of concatenated messages (by UDH reference) into whole texts, in arrival order of first parts. */
export function joinParts(submits: ReceivedSubmit[]): { destination: string; text: string; parts: ReceivedSubmit[] }[] {
  const out: { destination: string; text: string; parts: ReceivedSubmit[] }[] = [];
  const open = new Map<string, { destination: string; text: string; parts: ReceivedSubmit[] }>();
  for (const s of submits) {
    if (!s.concat) {
      out.push({ destination: s.destinationAddr, text: s.text, parts: [s] });
      continue;
    }
    const key = `${s.destinationAddr}|${s.concat.ref}|${s.concat.total}`;
    let m = open.get(key);
    if (!m) {
      m = { destination: s.destinationAddr, text: '', parts: [] };
      open.set(key, m);
      out.push(m);
    }
    m.parts.push(s);
    if (m.parts.length === s.concat.total) {
      m.parts.sort((a, b) => a.concat!.seq - b.concat!.seq);
      m.text = m.parts.map((p) => p.text).join('');
      open.delete(key);
    }
  }
  return out;
}

/**
 * A real SMPP server (the smpp package's server side) on port 0: answers bind_transceiver/transmitter (checking the
 * password), submit_sm (message ids `m1`, `m2`, …), enquire_link and unbind, records every submit_sm, and can send
 * deliver_sm delivery receipts.
 */
export async function startSmpp(opts: { systemId?: string; password?: string } = {}): Promise<TestSmpp> {
  const systemId = opts.systemId ?? 'tiepdan';
  const password = opts.password ?? 'secret12';
  const binds: TestSmpp['binds'] = [];
  const submits: ReceivedSubmit[] = [];
  let seq = 0;
  const server = smpp.createServer({}, (session: Session) => {
    let bound = '';
    session.on('error', () => undefined);
    const bind = (pdu: PDU) => {
      const ok = pdu.system_id === systemId && pdu.password === password;
      binds.push({ systemId: String(pdu.system_id), password: String(pdu.password), ok });
      session.send(pdu.response({ command_status: ok ? 0 : 0x0e, system_id: 'TESTSMSC' }));
      if (ok) bound = String(pdu.system_id);
    };
    session.on('bind_transceiver', bind);
    session.on('bind_transmitter', bind);
    session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: PDU) => {
      if (!bound) {
        session.send(pdu.response({ command_status: 0x04 }));
        return;
      }
      const messageId = `m${++seq}`;
      const sm = pdu.short_message as { udh?: Buffer[]; message?: unknown } | string;
      const text = typeof sm === 'string' ? sm : String(sm.message ?? '');
      const ie = typeof sm === 'string' ? undefined : sm.udh?.find((u) => u[0] === 0x00 && u[1] === 0x03);
      const concat = ie ? { ref: ie[2]!, total: ie[3]!, seq: ie[4]! } : null;
      submits.push({
        systemId: bound,
        sourceAddr: String(pdu.source_addr),
        sourceAddrTon: Number(pdu.source_addr_ton),
        destinationAddr: String(pdu.destination_addr),
        dataCoding: Number(pdu.data_coding),
        esmClass: Number(pdu.esm_class),
        registeredDelivery: Number(pdu.registered_delivery),
        concat,
        text,
        messageId,
        session,
      });
      session.send(pdu.response({ message_id: messageId }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const waitFor = async (n: number, timeoutMs = 20_000) => {
    const until = Date.now() + timeoutMs;
    while (submits.length < n) {
      if (Date.now() > until) throw new Error(`expected ${n} submit_sm, got ${submits.length}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return submits;
  };
  return {
    port,
    url: `smpp://${systemId}:${password}@127.0.0.1:${port}`,
    binds,
    submits,
    waitFor,
    receipt: (s, stat = 'DELIVRD') =>
      new Promise<void>((resolve, reject) => {
        const text = `id:${s.messageId} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:2612010830 done date:2612010831 stat:${stat} err:000 text:`;
        const ok = s.session.deliver_sm(
          {
            source_addr: s.destinationAddr,
            destination_addr: s.sourceAddr,
            esm_class: 0x04,
            short_message: text,
            receipted_message_id: s.messageId,
          },
          (resp: PDU) => (resp.command_status === 0 ? resolve() : reject(new Error('deliver_sm refused'))),
        );
        if (!ok) reject(new Error('session closed'));
      }),
    dropAll: () => {
      for (const s of [...server.sessions]) s.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of [...server.sessions]) s.destroy();
        server.close(() => resolve());
      }),
  };
}
