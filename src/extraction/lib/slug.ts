import { createHash } from 'node:crypto';

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATE: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };

/**
 * Lower-case ASCII slug of a name: "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy",
 * "Jonas Gahr Støre" -> "jonas-gahr-store". A name with letters of another script ("Иван Петров")
 * gets a hash of the whole name after its ASCII part, so ids are never empty and distinct names
 * never share one.
 */
export function slug(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øłđıßæœþð]/g, (c) => TRANSLITERATE[c])
    .replace(/['’`]/g, '');
  const ascii = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!/[^\x00-\x7f]/.test(folded.replace(/[^\p{L}\p{N}]/gu, ''))) return ascii;
  const hash = createHash('sha256').update(name.normalize('NFC').toLowerCase()).digest('hex').slice(0, 10);
  return ascii ? `${ascii}-${hash}` : `u-${hash}`;
}
