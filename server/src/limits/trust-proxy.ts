/**
 * PACER_TRUST_PROXY as Express's `trust proxy` value: `true`/`false`, a hop count, or
 * comma-separated addresses/subnets/names (`loopback`, `10.0.0.0/8`). Login throttling by
 * address uses `req.ip`, which names the client only when the proxies before it are trusted
 * (the console forwards browsers' requests from loopback with X-Forwarded-For).
 */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
