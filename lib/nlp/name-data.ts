/**
 * The name lists' storage format: a sorted list, front-coded in blocks. Entries
 * are separated by commas, blocks of {@link BLOCK} entries by "|". Each entry is
 * one digit (how many letters it shares with the entry before, at most 9; 0 for
 * a block's first) and the rest of the word. Lookups binary-search the blocks'
 * first words and read one block, so a list costs nothing to load beyond the
 * string itself and about half the plain list's size.
 */

const BLOCK = 16;

/** Front-codes a sorted list of words that hold no digits, commas or bars. */
export function encodeWords(sorted: readonly string[]): string {
  let out = '';
  let previous = '';
  sorted.forEach((word, i) => {
    const head = i % BLOCK === 0;
    let shared = 0;
    if (!head) while (shared < 9 && shared < word.length && word[shared] === previous[shared]) shared++;
    out += `${i === 0 ? '' : head ? '|' : ','}${shared}${word.slice(shared)}`;
    previous = word;
  });
  return out;
}

/** A front-coded word list, searched where it lies. */
export class WordList {
  private readonly heads: number[] = [];

  constructor(private readonly coded: string) {
    if (coded.length === 0) return;
    this.heads.push(0);
    for (let at = coded.indexOf('|'); at >= 0; at = coded.indexOf('|', at + 1)) this.heads.push(at + 1);
  }

  /** How many blocks the list has (for the benchmark's size line). */
  get blocks(): number {
    return this.heads.length;
  }

  private headWord(block: number): string {
    const from = this.heads[block] + 1;
    let to = from;
    while (to < this.coded.length && this.coded[to] !== ',' && this.coded[to] !== '|') to++;
    return this.coded.slice(from, to);
  }

  /** Words looked up before, with the answer: a post asks about the same few words many times. */
  private readonly seen = new Map<string, boolean>();

  has(word: string): boolean {
    let answer = this.seen.get(word);
    if (answer === undefined) {
      if (this.seen.size > 20_000) this.seen.clear();
      this.seen.set(word, (answer = this.search(word)));
    }
    return answer;
  }

  private search(word: string): boolean {
    let low = 0;
    let high = this.heads.length - 1;
    // The last block whose first word is not after `word`.
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.headWord(mid) <= word) low = mid;
      else high = mid - 1;
    }
    if (this.heads.length === 0) return false;
    let at = this.heads[low];
    let previous = '';
    while (at < this.coded.length) {
      let to = at + 1;
      while (to < this.coded.length && this.coded[to] !== ',' && this.coded[to] !== '|') to++;
      const entry = previous.slice(0, this.coded.charCodeAt(at) - 48) + this.coded.slice(at + 1, to);
      if (entry === word) return true;
      if (entry > word || this.coded[to] !== ',') return false;
      previous = entry;
      at = to + 1;
    }
    return false;
  }

  /** Every word, in order (for tests and the generator). */
  *[Symbol.iterator](): Iterator<string> {
    let previous = '';
    let at = 0;
    while (at < this.coded.length) {
      let to = at + 1;
      while (to < this.coded.length && this.coded[to] !== ',' && this.coded[to] !== '|') to++;
      previous = previous.slice(0, this.coded.charCodeAt(at) - 48) + this.coded.slice(at + 1, to);
      yield previous;
      at = to + 1;
    }
  }
}
