/**
 * The receipt code a student gets after reporting (PRODUCT M2): 16 random digits, shown in groups of four. It is
 * the only key to their report: Kring keeps a keyed hash to find the report and derives the key to read it
 * from the code itself, so a lost code cannot be recovered.
 */
export const RECEIPT_DIGITS = 16;

/** "1234 5678 9012 3456". */
export function formatReceipt(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** The digits of a code as typed (spaces, dashes and dots allowed), or null when it cannot be a code. */
export function normaliseReceipt(typed: string): string | null {
  const digits = typed.replace(/[\s.-]/g, '');
  return new RegExp(`^\\d{${RECEIPT_DIGITS}}$`).test(digits) ? digits : null;
}

/**
 * How long a source must wait after `failures` wrong codes in a row: three tries free, then a delay that
 * doubles from one second up to an hour. With 10^16 codes, guessing stays hopeless.
 */
export function retryAfterMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(1000 * 2 ** (failures - 3), 60 * 60_000);
}
