/**
 * QR codes for printed notices, made at build time as inline SVG so the
 * page needs no image request and no script. The same text always gives
 * the same SVG, so builds stay reproducible.
 */
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
  // Level M survives a smudge or a fold on a notice board; margin 4 is the quiet zone the standard asks for.
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
