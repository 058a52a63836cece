import { describe, expect, test } from 'vitest';
import { confidentText, keptWord, MIN_CONFIDENCE } from '../../../../lib/vision/writing/confident-words';
import { joinLooks } from '../../../../lib/vision/writing/create-writing-reader';

const sure = (text: string) => ({ text, confidence: 95 });
const unsure = (text: string) => ({ text, confidence: MIN_CONFIDENCE - 20 });

describe('only writing read with confidence is kept', () => {
  test('words read with confidence are kept, line by line', () => {
    expect(confidentText([[sure('Lily-Mae'), sure('Thompson')], [sure('07700'), sure('900461')]])).toBe('Lily-Mae Thompson\n07700 900461');
  });

  test('a word left out breaks the line, so noise never joins two words into a name', () => {
    expect(confidentText([[sure('Oliver'), unsure('xX'), sure('Bennett')]])).toBe('Oliver\nBennett');
  });

  test('single characters and strings that are not words are left out', () => {
    for (const text of ['|', 'a', '—-—', '«©.', 'h-™', '¥', '...']) expect(keptWord(sure(text))).toBeUndefined();
  });

  test('the joins names, numbers and addresses use survive; punctuation around a word ends the phrase', () => {
    expect(keptWord(sure("O'Connor"))).toBe("O'Connor");
    expect(keptWord(sure('jade.parker@example.com'))).toBe('jade.parker@example.com');
    expect(confidentText([[sure('Happy'), sure('Birthday,'), sure('Noah!')]])).toBe('Happy Birthday\nNoah');
    expect(confidentText([[sure('Ask'), sure('(Mrs'), sure('Patel)')]])).toBe('Ask\nMrs Patel');
  });

  test('a picture with nothing read gives no writing', () => {
    expect(confidentText([])).toBe('');
    expect(confidentText([[unsure('Amelia'), unsure('Brown')]])).toBe('');
  });
});

describe('the two looks at a picture are joined', () => {
  test('a further look adds only lines holding words not read before, not parts of them', () => {
    expect(joinLooks('Lily-Mae Thompson', 'Mae\nTho\nthompson')).toBe('Lily-Mae Thompson');
    expect(joinLooks('hday\nFreya', 'Happy Birthday\nFreya Wilson\nFreya')).toBe('hday\nFreya\nHappy Birthday\nFreya Wilson');
    expect(joinLooks('Star of the Week\nOliver Bennett', 'Oliver\nStar of the Week')).toBe('Star of the Week\nOliver Bennett');
    expect(joinLooks('', 'Isla Morgan')).toBe('Isla Morgan');
    expect(joinLooks('', '')).toBe('');
  });
});
