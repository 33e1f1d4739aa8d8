/** Kubernetes resource quantities ("10Gi", "500M", "1.5Ti") as bytes, and back. */
const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  m: 1e-3,
};

export function parseQuantity(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  const m = /^([+-]?\d+(?:\.\d+)?)([a-zA-Z]*)$/.exec((value ?? '').trim());
  if (!m) return 0;
  const factor = BINARY[m[2]] ?? DECIMAL[m[2]] ?? 1;
  return Number(m[1]) * factor;
}

/** Bytes in the largest binary unit that divides them exactly, as the API server prints them. */
export function formatQuantity(bytes: number): string {
  for (const unit of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
    const size = BINARY[unit];
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return String(Math.round(bytes));
}

export const GIB = 2 ** 30;
