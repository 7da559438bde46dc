/**
 * fast-check generators of hostile and odd article text: random Unicode, control characters,
 * binary-looking strings, HTML, mixed scripts and languages, and "news soup" — real names,
 * titles, trigger words, dates and quotes in random order, which reaches the deep parts of the
 * pipeline (interactions, dates, merge) instead of stopping at "no actors found".
 */
import fc from 'fast-check';

/** Words the pipeline reacts to: actors, titles, triggers, dates, quotes, boilerplate. */
const NEWS_WORDS = [
  'U.S. President Donald Trump', 'Russian President Vladimir Putin', 'Putin', 'Trump', 'Zelenskyy', 'Selenskyj',
  'Bundeskanzler Friedrich Merz', 'Merz', 'Wolodymyr Selenskyj', 'the Kremlin', 'Kremlin', 'NATO', 'Rutte',
  'Russia', 'Russland', 'Ukraine', 'Ukrainian', 'ukrainischen', 'Präsidenten', 'Moscow', 'Kyiv', 'Kiew', 'Washington',
  'spoke by phone with', 'telefonierte mit', 'met', 'traf', 'held talks with', 'called', 'urged', 'forderte', 'said',
  'sagte', 'according to', 'laut', 'will meet', 'plans to', 'next week', 'on Tuesday', 'am Montag', 'yesterday',
  'on July 3', 'am 3. Juli', 'since May 19', '2025-06-04', 'in Istanbul', 'in Berlin', 'ceasefire', 'Waffenstillstand',
  'drone strikes', 'sanctions', 'he', 'his', 'him', 'er', 'sein', 'they', '"', '“', '”', '„', "'s", '’s', ',', '.', ';',
  ':', '-', '—', '(', ')', '\n', '\n\n', 'Also Read:', 'By Jane Doe', 'Reuters', ' date 2025-06-04\n', 'and', 'und',
  'with', 'mit', 'the', 'der', 'die', 'den', 'dem', 'of', 'to', 'Mr.', 'Dr.', 'Gen.', 'St.', 'U.N.', 'e.g.',
];

const SCRIPTS = [
  'Путин провёл телефонный разговор с Трампом.', 'الرئيس الروسي فلاديمير بوتين', '普京与特朗普通电话。',
  'Ο Πούτιν μίλησε με τον Τραμπ.', 'פוטין שוחח עם טראמפ', 'プーチン大統領', '🇺🇦🇷🇺🤝💬', 'Zażółć gęślą jaźń.',
  'Türkiye’nin Cumhurbaşkanı Erdoğan', 'ﬁancé ǅemal Ⅻ ①②③', 'e\u0301e\u0301 a\u0308o\u0308', '\u200b\u200d\u2060\ufeff',
  '\u202e\u202dRTL override', 'a\u0000b', '\ud800', '\udfff', 'x\uffffy',
];

const newsSoup = fc.array(fc.constantFrom(...NEWS_WORDS), { minLength: 1, maxLength: 120 }).map((w) => w.join(' '));

const ACTORS = [
  'U.S. President Donald Trump', 'Russian President Vladimir Putin', 'Putin', 'Trump', 'Ukrainian President Volodymyr Zelenskyy',
  'Bundeskanzler Friedrich Merz', 'der russische Präsident Wladimir Putin', 'dem ukrainischen Präsidenten Wolodymyr Selenskyj',
  'NATO Secretary General Mark Rutte', 'the Kremlin', 'Kremlin aide Yuri Ushakov', 'Turkish President Recep Tayyip Erdogan',
  'he', 'er', 'Prime Minister Narendra Modi', 'Moscow', 'Kyiv', 'the Ukrainian leader', 'French President Emmanuel Macron',
];
const TRIGGERS = [
  'spoke by phone with', 'telefonierte mit', 'met', 'met with', 'traf', 'held talks with', 'called', 'urged', 'forderte',
  'said', 'sagte', 'will meet', 'plans to meet', 'criticized', 'received a phone call from', 'hosted', 'empfing', 'spoke with',
];
const WHEN = ['', 'on Tuesday', 'am Montag', 'yesterday', 'on July 3', 'am 3. Juli', 'last week', 'next week', 'on Friday, June 6'];
const EXTRA = ['', 'in Istanbul', 'in Berlin', 'about a ceasefire in Ukraine', 'über Sanktionen', ', the Kremlin said', ', according to Reuters'];

/** Sentence-shaped news: actor, trigger, actor, date, place — with noise words in between. */
const newsSentences = fc.array(
  fc.tuple(
    fc.constantFrom(...ACTORS), fc.constantFrom(...TRIGGERS), fc.constantFrom(...ACTORS), fc.constantFrom(...WHEN),
    fc.constantFrom(...EXTRA), fc.array(fc.constantFrom(...NEWS_WORDS), { maxLength: 3 }), fc.constantFrom('.', '!', '?', '', '."', '.”'),
  ).map(([a, t, b, when, extra, noise, end]) => `${a} ${t} ${b} ${when} ${extra} ${noise.join(' ')}`.replace(/\s+/g, ' ').trim() + end),
  { minLength: 1, maxLength: 25 },
).map((sentences) => sentences.join(' '));

const controlSoup = fc.string({
  unit: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
  maxLength: 400,
});

const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    newsSentences,
    newsSoup,
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.tuple(
      fc.constantFrom('p', 'div', 'script', 'style', 'a', 'b', 'br', 'img', 'iframe', 'nav', 'footer', '!--', 'svg', 'math'),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.constantFrom('', ' class="x"', ' href="javascript:alert(1)"', ' onerror="alert(1)"', ' style="display:none"'),
    ).map(([tag, kids, attr]) => `<${tag}${attr}>${kids.join('')}</${tag}>`),
  ),
})).node;

const mixed = fc.array(
  fc.oneof(newsSoup, fc.constantFrom(...SCRIPTS), fc.string({ unit: 'grapheme-composite', maxLength: 60 })),
  { minLength: 1, maxLength: 12 },
).map((parts) => parts.join(' '));

/** Any article-ish text up to a few kilobytes. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: newsSentences },
  { weight: 3, arbitrary: newsSoup },
  { weight: 2, arbitrary: mixed },
  { weight: 2, arbitrary: html },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 2000 }) },
  { weight: 1, arbitrary: controlSoup },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1500 }).map((b) => Buffer.from(b).toString('latin1')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '.', '"', '„', '\u0000', 'a', 'Putin.', '...'.repeat(500)) },
);

/** One line of about a megabyte: the shape that makes super-linear code show. */
export const megabyteLine: fc.Arbitrary<string> = fc.tuple(
  fc.oneof(newsSentences, newsSoup, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), fc.constantFrom('a', 'Putin ', '"', 'A. ', '(', '-')),
  fc.integer({ min: 700_000, max: 1_100_000 }),
).map(([chunk, size]) => {
  const oneLine = chunk.replace(/[\r\n]+/g, ' ') || 'x';
  return oneLine.repeat(Math.ceil(size / oneLine.length)).slice(0, size);
});

export const publishedAt: fc.Arbitrary<string | null> = fc.option(
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

export const language: fc.Arbitrary<string | null> = fc.constantFrom(null, null, 'en', 'de', 'fr', 'zz');

/** The same seed every run (reproducible failures); FUZZ_SEED=<n> explores other inputs. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20250604);
