import qrcode from "qrcode-generator";

interface QrCodeProps {
  /** What the code encodes (a URL). */
  text: string;
  /** Accessible name of the image. */
  label: string;
  /** Rendered width and height, in CSS pixels. */
  size?: number;
}

/** Modules of white border around the code: the QR specification asks for four. */
const QUIET_ZONE = 4;

/** The most error correction the text fits in (a long playground link does not fit at H). */
function makeQr(text: string) {
  for (const level of ["H", "Q", "M", "L"] as const) {
    try {
      const qr = qrcode(0, level);
      qr.addData(text);
      qr.make();
      return qr;
    } catch {
      // Too long for this level ("code length overflow"): try the next one down.
    }
  }
  return null;
}

/**
 * A QR code drawn as SVG in the browser (qrcode-generator, MIT): high error correction, so it
 * still scans from the back of a room with a projector's glare or keystone. Always black on
 * white, whatever the page theme, as phone cameras expect.
 */
export function QrCode({ text, label, size = 360 }: QrCodeProps) {
  const qr = makeQr(text);
  if (!qr) return <p className="text-xl">This link is too long for a QR code.</p>;
  const count = qr.getModuleCount();
  const total = count + 2 * QUIET_ZONE;
  let path = "";
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) path += `M${col + QUIET_ZONE},${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${total} ${total}`} shapeRendering="crispEdges" data-testid="share-qr">
      <rect width={total} height={total} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
