/** Words that make poor keywords on their own: meeting vocabulary and English glue. */
const GENERIC = new Set(
  (
    'a an and the of for to in on at with by from or re fw fwd via vs meeting meetings call catch up catchup ' +
    'weekly monthly daily fortnightly quarterly annual review update updates session sessions discussion brief ' +
    'briefing prep check in 1 1:1 one to teams zoom online virtual invite invitation held hold tbc cancelled ' +
    'busy pm am agenda group board forum committee workshop'
  ).split(' '),
);

/** Words of a title: separators split, but "&" and "/" inside a word keep it whole ("C&M", "111/CAS"). */
export function titleWords(title: string): string[] {
  return title
    .split(/[\s,:;|()[\]{}"'–—-]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

/** Phrases of 1–3 words that neither start nor end with a generic word, as written in the title. */
export function titlePhrases(title: string): string[] {
  const words = titleWords(title);
  const out = new Set<string>();
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const first = words[i]!.toLowerCase();
      const last = words[i + n - 1]!.toLowerCase();
      if (GENERIC.has(first) || GENERIC.has(last) || /^\d{1,2}$/.test(last)) continue;
      out.add(words.slice(i, i + n).join(' '));
    }
  }
  return [...out];
}

/** Titles that name a system usually say so: "… ICS", "… ICB", "… STP", "… ICP". */
export function looksLikeSystem(phrase: string): boolean {
  return /(?:^|\s)(ICS|ICB|STP|ICP)$/i.test(phrase) && phrase.includes(' ');
}
