// The part of `qrcode` that pages use, typed without Node. @types/qrcode also describes the Node API (files,
// streams) and so pulls every Node global into whatever includes it; tsconfig.pages.json maps `qrcode` here so
// a page that reaches for `process` or `Buffer` still fails its typecheck.
declare module 'qrcode' {
  export type QRCodeErrorCorrectionLevel = 'low' | 'medium' | 'quartile' | 'high' | 'L' | 'M' | 'Q' | 'H';
  export interface QRCodeRenderOptions {
    errorCorrectionLevel?: QRCodeErrorCorrectionLevel;
    margin?: number;
    scale?: number;
    width?: number;
    color?: { dark?: string; light?: string };
  }
  export function toString(text: string, options: QRCodeRenderOptions & { type: 'svg' }): Promise<string>;
  export function toDataURL(
    text: string,
    options?: QRCodeRenderOptions & { type?: 'image/png' | 'image/jpeg' | 'image/webp' },
  ): Promise<string>;
  const QRCode: { toString: typeof toString; toDataURL: typeof toDataURL };
  export default QRCode;
}
