// The hall's public URL is what every QR code on the displays and kiosks points phones to, so it must be a plain
// web address on the hall's own network: http(s) only (never javascript:, data: or file:), no user name or
// password, no query or fragment, and a host that phones on the hall Wi-Fi reach locally — a private IPv4 or IPv6
// address, or a local name (one label like `gighall`, or .local / .lan / .home.arpa / .internal). An address out
// on the internet is refused: a QR code in the hall must not send people to someone else's site.
// Written without the URL class so it runs in shared/ (no DOM, no Node); one rule for the hub, console and pages.

const SHAPE = /^(https?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?(\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?$/i;
const LOCAL_SUFFIXES = ['.local', '.lan', '.home.arpa', '.internal'];

function privateIpv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b, c, d] = m.slice(1).map(Number) as [number, number, number, number];
  if ([a, b, c, d].some((n) => n > 255)) return false;
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

function privateIpv6(bracketed: string): boolean {
  const host = bracketed.slice(1, -1).toLowerCase();
  return /^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host);
}

function localName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(h)) return false;
  if (/^[\d.]+$/.test(h)) return false; // a numeric host is an IPv4 address or nothing
  if (h === 'localhost') return false; // a phone's own localhost is not the hub
  return !h.includes('.') || LOCAL_SUFFIXES.some((s) => h.endsWith(s));
}

/** '' (use the hub's own address) or an http(s) address on the hall network. */
export function isHallUrl(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  const m = SHAPE.exec(v);
  if (!m) return false;
  const host = m[2]!;
  const port = m[3] === undefined ? null : Number(m[3]);
  if (port !== null && (port < 1 || port > 65535)) return false;
  return host.startsWith('[') ? privateIpv6(host) : privateIpv4(host) || localName(host);
}
