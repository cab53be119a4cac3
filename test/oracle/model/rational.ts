/**
 * Exact rational numbers on BigInt: a numerator and a positive denominator in lowest terms. No
 * decimal.js, no binary floats: the independent model of the payroll rules (payrollModel.ts) computes
 * with these only, so it cannot share a rounding mistake with the engine.
 */

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** ⌊a ÷ b⌋ for b > 0 (BigInt division truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

export class Q {
  readonly n: bigint;
  readonly d: bigint;

  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new Error("Q: division by zero");
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(n, d) || 1n;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }

  /** "1,234.50", "-0.375", "8%", "12" or a JSON number as written in a config file. */
  static of(x: string | number): Q {
    const text = String(x).trim().replace(/,/g, "");
    const percent = text.endsWith("%");
    const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(percent ? text.slice(0, -1) : text);
    if (m === null || (m[2] === "" && (m[3] ?? "") === "")) throw new Error(`Q.of: not a decimal: ${String(x)}`);
    const decimals = m[3] ?? "";
    const magnitude = new Q(BigInt((m[2] || "0") + decimals), 10n ** BigInt(decimals.length));
    const signed = m[1] === "-" ? magnitude.neg() : magnitude;
    return percent ? signed.div(new Q(100n)) : signed;
  }

  static readonly ZERO = new Q(0n);
  static readonly ONE = new Q(1n);

  add(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Q): Q {
    return this.add(o.neg());
  }
  mul(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return new Q(this.n * o.d, this.d * o.n);
  }
  neg(): Q {
    return new Q(-this.n, this.d);
  }
  cmp(o: Q): number {
    const diff = this.n * o.d - o.n * this.d;
    return diff < 0n ? -1 : diff > 0n ? 1 : 0;
  }
  lt(o: Q): boolean {
    return this.cmp(o) < 0;
  }
  le(o: Q): boolean {
    return this.cmp(o) <= 0;
  }
  isNegative(): boolean {
    return this.n < 0n;
  }
  static max(a: Q, b: Q): Q {
    return a.cmp(b) >= 0 ? a : b;
  }
  static min(a: Q, b: Q): Q {
    return a.cmp(b) <= 0 ? a : b;
  }

  /** To whole fen, half away from zero (Excel's ROUND(x, 2)). */
  roundFen(): Q {
    const fen = abs(this.n) * 100n;
    // ⌊fen / d + 1/2⌋ = ⌊(2 fen + d) / 2d⌋
    const rounded = (2n * fen + this.d) / (2n * this.d);
    return new Q(this.n < 0n ? -rounded : rounded, 100n);
  }

  /** To whole fen, toward minus infinity. */
  floorFen(): Q {
    return new Q(floorDiv(this.n * 100n, this.d), 100n);
  }

  /** "1234.50": only for amounts in whole fen (throws otherwise, so a model slip cannot hide). */
  toMoney(): string {
    const fen = this.n * (100n / this.d);
    if (100n % this.d !== 0n) throw new Error(`Q.toMoney: not whole fen: ${this.n}/${this.d}`);
    const sign = fen < 0n ? "-" : "";
    const digits = abs(fen).toString().padStart(3, "0");
    return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  }
}
