import { describe, expect, it } from '@jest/globals';
import QRCode from 'qrcode';
import { qrDataUrl } from './qr.js';

describe('qrDataUrl', () => {
  it('encodes the URL as an SVG data URL whose modules are those of the URL’s QR code', async () => {
    const url = 'https://tiepcongdan.haiphong.gov.vn/don-vi/9b2f0c1e-1111-4c2d-8e3f-123456789abc';
    const out = await qrDataUrl(url);
    expect(out.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const svg = Buffer.from(out.slice('data:image/svg+xml;base64,'.length), 'base64').toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(svg).toContain(`viewBox="0 0 ${qr.modules.size + 4} ${qr.modules.size + 4}"`);
    // Another URL gives another picture.
    expect(await qrDataUrl(`${url}x`)).not.toBe(out);
  });

  it('refuses anything but an http(s) URL', async () => {
    await expect(qrDataUrl('javascript:alert(1)')).rejects.toThrow(RangeError);
    await expect(qrDataUrl('https://a b')).rejects.toThrow(RangeError);
  });
});
