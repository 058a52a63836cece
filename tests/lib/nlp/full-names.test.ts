import { describe, expect, test } from 'vitest';
import { findFullNames } from '../../../lib/nlp/full-names';
import { contextFor } from './post-context';

const names = (text: string, policy = {}) => findFullNames(contextFor(text, policy)).map((name) => name.text);

describe('findFullNames', () => {
  test('is worked out once per post and shared by the rules', () => {
    const ctx = contextFor('Meet Laura Bennett');
    expect(findFullNames(ctx)).toBe(findFullNames(ctx));
  });

  test('gives offsets into the text as typed and folded keys for the roster', () => {
    const text = 'Well done Zoë D’Souza!';
    const [name] = findFullNames(contextFor(text));
    expect(text.slice(name.start, name.end)).toBe('Zoë D’Souza');
    expect(name).toMatchObject({ first: 'zoe', surname: "d'souza" });
  });

  test('finds names from many backgrounds', () => {
    expect(
      names(
        'Thanks to Aoife Byrne, Rhys Llewellyn, Chidi Okonkwo, Kwabena Mensah, Zofia Nowak, Oksana Melnyk, Hamza Qureshi, Harpreet Sandhu, Wei Chen, Emre Yilmaz and Shanice Campbell.',
      ),
    ).toEqual([
      'Aoife Byrne',
      'Rhys Llewellyn',
      'Chidi Okonkwo',
      'Kwabena Mensah',
      'Zofia Nowak',
      'Oksana Melnyk',
      'Hamza Qureshi',
      'Harpreet Sandhu',
      'Wei Chen',
      'Emre Yilmaz',
      'Shanice Campbell',
    ]);
  });

  test('knows lower-case surnames from the roster, the surname list and their shape', () => {
    const roster = [{ name: 'Ffion Vaughan-Pryce', socialMediaConsent: false }];
    expect(names('ffion vaughan-pryce and ellie mcgregor and amy hargreaves', { roster })).toEqual([
      'ffion vaughan-pryce',
      'ellie mcgregor',
      'amy hargreaves',
    ]);
  });

  test('takes a particle into the surname', () => {
    expect(names('Welcome Lotte van der Berg and Ahmed Al Farsi')).toEqual(['Lotte van der Berg', 'Ahmed Al Farsi']);
  });

  test('leaves out everyday words after a first name', () => {
    expect(names('a daisy chain, a summer term, George Pig and a jenny wren in the hedge')).toEqual([]);
  });

  test('a list of first names missing a comma is not a surname', () => {
    expect(names('Thank you Ava Noah and Yusuf')).toEqual([]);
  });
});
