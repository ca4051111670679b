// A rate as a person reads it: '0.025' → '2.5%', '0.005' → '0.5%'; a fraction ('1/3') stays as written.
/** Moves the decimal point of an exact decimal string two places (no binary floating point). */
export function percentText(rate: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim());
  if (!m) return rate;
  const frac = (m[2] ?? '').padEnd(2, '0');
  const whole = `${m[1]}${frac.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = frac.slice(2).replace(/0+$/, '');
  return `${whole}${rest ? `.${rest}` : ''}%`;
}
