// The benchmark corpus: the sample article (www/sample.txt) plus news-like
// articles generated here from templates with a fixed seed, so every run and
// every machine measures the same bytes. Nothing comes from the eval data.
//
//   node scripts/bench-corpus.mjs [OUT_DIR] [--mb N]
// writes OUT_DIR (default target/bench):
//   corpus.txt        ~N MB (default 1) of articles separated by blank lines
//   corpus.jsonl      the same articles, one {"id","text"} per line (for annotate --jsonl)
//   article-5000w.txt one 5,000-word article
//   scale-100k.txt, scale-1m.txt, scale-10m.txt  for the linearity check
// and, imported, exports the same texts as functions.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE = readFileSync(join(ROOT, 'www/sample.txt'), 'utf8');

/** A small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Invented names, and real places and institutions as any news text has them.
const FIRST = ['Amelia', 'Tomasz', 'Priya', 'Jonas', 'Chiara', 'Kwame', 'Sofía', 'Mikhail', 'Aisha', 'Oliver',
  'Hélène', 'Darius', 'Mei', 'Rafael', 'Ingrid', 'Yusuf', 'Zoë', 'Bogdan', 'Leila', 'Søren'];
const LAST = ['Hartley', 'Kowalczyk', 'Raman', 'Lindqvist', 'Ferraro', 'Mensah', 'Álvarez', 'Orlov', 'Haddad',
  'Whitcombe', 'Lefèvre', 'Karimi', 'Zhang', 'Duarte', 'Nyström', 'Demir', 'O’Connell', 'Petrenko', 'Nasser', 'Brandt'];
const TITLE = ['Foreign Secretary', 'Health Minister', 'Mayor', 'chief executive', 'spokesperson', 'opposition leader',
  'Finance Minister', 'police chief', 'Senator', 'Prime Minister'];
const PLACE = ['London', 'Paris', 'Berlin', 'Warsaw', 'Kyiv', 'Ankara', 'Nairobi', 'São Paulo', 'Jakarta', 'Ottawa',
  'Manchester', 'Lagos', 'Tokyo', 'Madrid', 'Brussels', 'Geneva', 'Québec', 'Kraków', 'Seoul', 'Cairo'];
const COUNTRY = ['France', 'Germany', 'Poland', 'Ukraine', 'Turkey', 'Kenya', 'Brazil', 'Indonesia', 'Canada',
  'Nigeria', 'Japan', 'Spain', 'Belgium', 'Switzerland', 'Egypt', 'the UK', 'the United States', 'India'];
const NATION = ['French', 'German', 'Polish', 'Ukrainian', 'Turkish', 'Kenyan', 'Brazilian', 'Canadian', 'Japanese',
  'Spanish', 'British', 'American', 'Indian', 'Egyptian'];
const ORG = ['the Foreign Office', 'the Ministry of Defence', 'the European Commission', 'the World Health Organization',
  'the Bank of England', 'the United Nations', 'Reuters', 'the Electoral Commission', 'Nordwind Energy',
  'the Metropolitan Police', 'the Treasury', 'Greenfield Holdings', 'the Red Cross', 'the Supreme Court'];
const TOPIC = ['the new tariffs', 'the pipeline deal', 'the hospital waiting lists', 'the expulsion of two diplomats',
  'the emergency budget', 'the flood defences', 'the data breach', 'the ceasefire talks', 'the rail strike',
  'the election results', 'the price of electricity', 'the merger'];
const CUE = ['said', 'told reporters', 'said in a statement', 'added', 'warned', 'insisted', 'claimed', 'told the BBC'];
const DENY = ['denied', 'rejected', 'dismissed', 'refuted'];
const FALSE = ['entirely false', 'baseless', 'completely untrue', 'unfounded', 'fabricated'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FILLER = [
  'The decision follows months of negotiations and several missed deadlines.',
  'Officials had been expected to publish the figures earlier in the week.',
  'Critics say the plan does little to address the underlying problem, which has grown since 2019.',
  'Markets reacted calmly, with shares closing slightly higher by the afternoon.',
  'Residents described long queues and confusion at the main station.',
  'The report, which runs to more than 300 pages, was delayed twice.',
  'Talks are due to resume next month, according to people familiar with the matter.',
  'It is the third such incident this year — and the most serious so far.',
  'Analysts noted that turnout was lower than in previous years, at about 58%.',
  'The committee will hear evidence from regulators and consumer groups before it reports.',
];

/** One generated article of at least `minWords` words. */
export function article(seed, minWords = 450) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const num = () => Math.floor(r() * 900 + 2);
  const paras = [];
  const lead = person();
  const place = pick(PLACE);
  paras.push(`${pick(NATION)} officials to review ${pick(TOPIC)} after talks in ${place}`);
  paras.push(`By ${person()}`);
  let words = 0;
  const add = (p) => { paras.push(p); words += p.split(/\s+/).length; };
  add(`${pick(COUNTRY).replace(/^the /, 'The ')} is to review ${pick(TOPIC)}, ${pick(ORG)} said on ${pick(DAY)}, ` +
    `after a meeting in ${place} that lasted ${num() % 12 + 2} hours.`);
  while (words < minWords) {
    switch (Math.floor(r() * 8)) {
      case 0: add(`${pick(TITLE).replace(/^./, (c) => c.toUpperCase())} ${lead} said: “We have made real progress on ${pick(TOPIC)}, ` +
        `and we expect to say more by the end of ${pick(MONTH)}. Nobody should doubt our resolve.”`); break;
      case 1: add(`"This is not the end of the matter," ${person()}, a ${pick(NATION)} ${pick(TITLE)}, ${pick(CUE)}. ` +
        `"We will keep pressing ${pick(ORG)} for answers."`); break;
      case 2: add(`${person()} ${pick(['said', 'claimed', 'warned', 'insisted'])} that ${pick(TOPIC)} would cost ` +
        `£${num()}m over ${num() % 9 + 2} years, a figure ${pick(ORG)} disputed.`); break;
      case 3: add(`${pick(ORG).replace(/^the /, 'The ')} ${pick(DENY)} the allegations, saying they were ${pick(FALSE)}. ` +
        `A spokesperson ${pick(CUE)} the claims about ${pick(TOPIC)} were ${pick(FALSE)}.`); break;
      case 4: add(`On ${num() % 28 + 1} ${pick(MONTH)} ${2000 + (num() % 26)}, about ${num()},${String(num()).padStart(3, '0')} ` +
        `people gathered in ${pick(PLACE)}, according to ${pick(ORG)}. Prices rose by ${(r() * 9).toFixed(1)}% in ${pick(COUNTRY)}.`); break;
      case 5: add(`“The accusations made against our staff are ${pick(FALSE)},” the ${pick(NATION)} embassy in ${pick(PLACE)} said, ` +
        `adding that ${lead} had met ${person()} in ${pick(PLACE)} and ${pick(PLACE)} last ${pick(DAY)}.`); break;
      case 6: add(`${pick(FILLER)} ${pick(FILLER)}`); break;
      default: add(`${person()}, who leads ${pick(ORG)}, told ${pick(ORG)} that ${pick(TOPIC)} was “a matter for ${pick(COUNTRY)}”. ` +
        `${pick(FILLER)}`);
    }
  }
  return paras.join('\n\n');
}

/** Articles (the sample first, then generated ones) adding up to at least `bytes` UTF-8 bytes. */
export function corpus(bytes = 1 << 20) {
  const out = [SAMPLE];
  let n = Buffer.byteLength(SAMPLE);
  for (let seed = 1; n < bytes; seed++) {
    const a = seed % 10 === 0 ? SAMPLE : article(seed, 300 + (seed * 37) % 900);
    out.push(a);
    n += Buffer.byteLength(a) + 2;
  }
  return out;
}

/** One article of `words` words (the 5,000-word case). */
export const longArticle = (words = 5000) => article(4242, words);

/** A text of at least `bytes` bytes: articles joined by blank lines. */
export const text = (bytes) => corpus(bytes).join('\n\n');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const mbAt = args.indexOf('--mb');
  const mb = mbAt >= 0 ? Number(args.splice(mbAt, 2)[1]) : 1;
  const out = args[0] ?? join(ROOT, 'target/bench');
  mkdirSync(out, { recursive: true });
  const arts = corpus(mb * (1 << 20));
  const write = (name, s) => { const p = join(out, name); if (!existsSync(p) || readFileSync(p, 'utf8') !== s) writeFileSync(p, s); };
  write('corpus.txt', arts.join('\n\n'));
  write('corpus.jsonl', arts.map((t, i) => JSON.stringify({ id: i, text: t })).join('\n') + '\n');
  write('article-5000w.txt', longArticle());
  write('scale-100k.txt', text(100 * 1024));
  write('scale-1m.txt', text(1 << 20));
  write('scale-10m.txt', text(10 << 20));
  console.log(`wrote ${out}: ${arts.length} articles, ${(Buffer.byteLength(arts.join('\n\n')) / 1048576).toFixed(2)} MB`);
}
