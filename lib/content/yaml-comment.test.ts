import { describe, expect, it } from 'vitest';
import { frontMatterSchema } from './front-matter';
import { parseYaml } from './yaml';

const read = (text: string) =>
  parseYaml(text, frontMatterSchema, { file: 'content/privacy/2025-06-01.md', lineOffset: 1, rule: 'front-matter', label: 'the front matter' });

describe('a value YAML would cut at " #"', () => {
  it('fails at its line, saying what would be kept and how to keep it all', () => {
    const { data, problems } = read('title: Privacy Policy\ndate: 2025-06-01\nsummary: Section #3 renamed');
    expect(data).toBeUndefined();
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '4:10 the text after " #" is read as a comment and left out, so this value would be "Section": put the whole value in quotes, e.g. "Section #3 renamed".',
    ]);
  });

  it('passes the same words in quotes, a "#" inside a word, and a comment on a line of its own', () => {
    for (const summary of ['"Section #3 renamed"', 'Section#3 renamed'])
      expect(read(`title: Privacy Policy\ndate: 2025-06-01\nsummary: ${summary}`).problems, summary).toEqual([]);
    expect(read('# staff note\ntitle: Privacy Policy\ndate: 2025-06-01\nsummary: Fine.').problems).toEqual([]);
  });
});
