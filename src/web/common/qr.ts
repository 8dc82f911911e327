/**
 * A QR code as an SVG data URL, for `<img src>` (the CSP allows `img-src data:`; no inline script or style). Error
 * correction M (15 %): survives a scratched or sun-faded notice board print. Only http(s) URLs are encoded.
 */
export async function qrDataUrl(url: string): Promise<string> {
  if (!/^https?:\/\/[^\s]+$/.test(url)) throw new RangeError(`not an http(s) URL: ${url}`);
  const { default: QRCode } = await import('qrcode'); // loaded on first use, not at start-up
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
