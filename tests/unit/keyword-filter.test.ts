import { expect, test } from '@playwright/test';
import {
  filterByKeyword,
  matchesAllTerms,
  normalizeForSearch,
  searchTerms,
} from '../../mock-portal/rules/keyword-filter.js';
import { paginate, parsePageSize } from '../../mock-portal/rules/paging.js';

interface Row {
  number: string;
  memo: string;
}

const rows: Row[] = [
  { number: 'N123456789', memo: '営業部' },
  { number: 'N123000001', memo: '営業部 大阪' },
  { number: 'N555000002', memo: '総務部 Tokyo' },
  { number: 'N555000003', memo: '' },
];
const searchable = (row: Row) => [row.number, row.memo];
const numbersFor = (keyword: string) => filterByKeyword(rows, keyword, searchable).map((r) => r.number);

test.describe('絞り込みキーワード (keyword filter)', () => {
  test('normalizes width and case: full-width letters, digits and spaces become half-width lower-case', () => {
    expect(normalizeForSearch('Ｎ１２３')).toBe('n123');
    expect(normalizeForSearch('ｎ123')).toBe('n123');
    expect(normalizeForSearch('ＴＯＫＹＯ\u3000ｶﾅ')).toBe('tokyo カナ');
  });

  test('splits terms on half-width, full-width and repeated spaces; blank input has no terms', () => {
    expect(searchTerms('営業 N123')).toEqual(['営業', 'n123']);
    expect(searchTerms('営業\u3000N123')).toEqual(['営業', 'n123']);
    expect(searchTerms('  営業 \u3000\u3000 N123\t')).toEqual(['営業', 'n123']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(' \u3000 ')).toEqual([]);
  });

  test('matches ご契約番号 whatever the width and case of the term', () => {
    for (const keyword of ['N123', 'n123', 'ｎ123', 'Ｎ１２３', 'N１２３']) {
      expect(numbersFor(keyword), keyword).toEqual(['N123456789', 'N123000001']);
    }
    expect(numbersFor('tokyo')).toEqual(['N555000002']);
    expect(numbersFor('ＴＯＫＹＯ')).toEqual(['N555000002']);
  });

  test('every term must match (AND), each in the number or the memo', () => {
    expect(numbersFor('営業 N123')).toEqual(['N123456789', 'N123000001']);
    expect(numbersFor('営業\u3000大阪')).toEqual(['N123000001']);
    expect(numbersFor('営業　N1230')).toEqual(['N123000001']);
    expect(numbersFor('営業 N555')).toEqual([]);
  });

  test('a term never spans two texts', () => {
    // '9営' would only match the number and the memo run together.
    expect(matchesAllTerms(['N123456789', '営業部'], ['9営'])).toBe(false);
    expect(matchesAllTerms(['N123456789', '営業部'], ['89', '営業'])).toBe(true);
  });

  test('no match gives an empty list; an empty keyword keeps every row in order', () => {
    expect(numbersFor('存在しない')).toEqual([]);
    expect(numbersFor('')).toEqual(rows.map((r) => r.number));
    expect(numbersFor('\u3000')).toEqual(rows.map((r) => r.number));
  });

  test('markup in a keyword is plain text to match', () => {
    const memo = [{ number: 'N000000001', memo: '<script>alert(1)</script>' }];
    expect(filterByKeyword(memo, '<script>', searchable)).toHaveLength(1);
    expect(filterByKeyword(memo, '<b>', searchable)).toHaveLength(0);
  });
});

test.describe('paging (表示件数 and page)', () => {
  const numbers = Array.from({ length: 25 }, (_, i) => i + 1);

  test('表示件数 is one of the offered sizes, anything else is the default', () => {
    expect(parsePageSize(undefined)).toBe(10);
    expect(parsePageSize('20')).toBe(20);
    expect(parsePageSize('100')).toBe(100);
    for (const bad of ['', '15', '0', '-10', '1e2', 'abc', '10.5', '9'.repeat(40)]) {
      expect(parsePageSize(bad), bad).toBe(10);
    }
    expect(parsePageSize('7', { sizes: [5, 7], defaultSize: 5 })).toBe(7);
  });

  test('splits rows into pages of the chosen size', () => {
    const first = paginate(numbers, {});
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 3, pageSize: 10, from: 1, to: 10 });
    expect(first.items).toEqual(numbers.slice(0, 10));
    const last = paginate(numbers, { page: '3' });
    expect(last).toMatchObject({ page: 3, from: 21, to: 25 });
    expect(last.items).toEqual([21, 22, 23, 24, 25]);
    expect(paginate(numbers, { size: '20', page: '2' }).items).toEqual([21, 22, 23, 24, 25]);
    expect(paginate(numbers, { size: '50' })).toMatchObject({ pageCount: 1, to: 25 });
  });

  test('clamps a page out of range or not a number instead of failing', () => {
    expect(paginate(numbers, { page: '0' }).page).toBe(1);
    expect(paginate(numbers, { page: '-2' }).page).toBe(1);
    expect(paginate(numbers, { page: 'abc' }).page).toBe(1);
    expect(paginate(numbers, { page: '2.5' }).page).toBe(1);
    expect(paginate(numbers, { page: '4' }).page).toBe(3);
    expect(paginate(numbers, { page: '99999999999999999999' }).page).toBe(3);
    expect(paginate(numbers, { page: ' 2 ' }).page).toBe(2);
  });

  test('exact multiples and empty lists', () => {
    expect(paginate(numbers.slice(0, 20), { page: '3' })).toMatchObject({ page: 2, pageCount: 2, from: 11, to: 20 });
    const empty = paginate([], { page: '5', size: '20' });
    expect(empty).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1, pageSize: 20, from: 0, to: 0 });
  });
});
