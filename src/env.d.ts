declare namespace App {
  interface Locals {
    /** On a notice's page: which notice it is and where its file is, for the components of its text. */
    notice?: { id: string; path: string };
  }
}

/** The address of a module bundled apart, loaded on demand (src/integrations/lazy-module.ts). */
declare module 'lazy-module:*' {
  const url: string;
  export default url;
}

/** qrcode's SVG renderer, which its promise API wraps (src/formats/qr.ts). */
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  const renderer: { render(qr: QRCode, options?: QRCodeRenderersOptions): string };
  export default renderer;
}
