import { describe, expect, it } from 'vitest';
import { describeNotification, findMentions, presenceSentence } from '@/lib/collaboration';

const staff = [
  { id: 1, name: 'Ana Ruiz', slug: 'ana-ruiz' },
  { id: 2, name: 'Ana', slug: 'ana' },
  { id: 3, name: 'Łukasz Nowak', slug: 'lukasz-nowak' },
  { id: 4, name: 'Bo Lind', slug: 'bo' },
];

describe('findMentions', () => {
  it('finds staff by full name or slug, in any case, in order of first mention, once each', () => {
    expect(findMentions('@bo and @ANA RUIZ, see @łukasz nowak. @Bo again', staff)).toEqual([4, 1, 3]);
    expect(findMentions('@lukasz-nowak: ok', staff)).toEqual([3]);
  });

  it('prefers the longest name and needs the name to end there', () => {
    expect(findMentions('@Ana Ruiz', staff)).toEqual([1]);
    expect(findMentions('@Ana, hi', staff)).toEqual([2]);
    expect(findMentions('@ana-ruizx @bob', staff)).toEqual([]);
  });

  it('ignores email addresses and a lone @', () => {
    expect(findMentions('write to ana@example.org or bo.lind@x.test @ ', staff)).toEqual([]);
    expect(findMentions('', staff)).toEqual([]);
  });
});

describe('what notifications and presence say', () => {
  it('names who did what to which story', () => {
    expect(describeNotification('sent_back', 'Eddie Editor', 'Harbour cranes')).toBe('Eddie Editor sent “Harbour cranes” back to you');
    expect(describeNotification('submitted', 'Cora', '')).toBe('Cora submitted “Untitled draft” for review');
    expect(describeNotification('published', null, 'X')).toBe('Someone published “X”');
    expect(describeNotification('mentioned', 'Ana', 'X')).toBe('Ana mentioned you on “X”');
  });

  it('says who else is editing', () => {
    expect(presenceSentence([])).toBeNull();
    expect(presenceSentence(['Ana Ruiz'])).toBe('Ana Ruiz is editing this story');
    expect(presenceSentence(['Ana Ruiz', 'Bo Lind'])).toBe('Ana Ruiz and Bo Lind are editing this story');
  });
});
