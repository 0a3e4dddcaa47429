// Redacted forms of personal numbers, for screens a visitor may glance at and for logs that must not hold them:
// a phone keeps its first 3 and last 4 digits (as Chinese receipts print it), an ID number its first 2 and last 2.
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone ? '***' : '';
}

export function maskIdNumber(id: string): string {
  return id.length >= 15 ? `${id.slice(0, 2)}${'*'.repeat(id.length - 4)}${id.slice(-2)}` : id ? '***' : '';
}
