import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { isMenu, siteSchema } from './site';
import { parseYaml } from './yaml';

const real = readFileSync('content/site.yaml', 'utf8');
const parse = (text: string) => parseYaml(text, siteSchema, { file: 'site.yaml', lineOffset: 0, rule: 'site-data', label: 'the site data' });
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('content/site.yaml', () => {
  const { data, problems } = parse(real);

  it('is valid', () => {
    expect(problems).toEqual([]);
  });

  it('holds the published navigation: Tools with its four groups, Community, Support, Demo', () => {
    const nav = data!.header.navigation;
    expect(nav.map((i) => i.label)).toEqual(['Tools', 'Community', 'Support', 'Demo']);
    const tools = nav[0];
    expect(isMenu(tools) && tools.groups.map((g) => g.label)).toEqual(['Tools To...', 'Tools For...', 'Action Network', 'Action Builder']);
    expect(isMenu(nav[3])).toBe(false);
  });
});

describe('site data errors', () => {
  it('names the path and line of a bad link, an unknown key, a missing field and unsafe inline Markdown', () => {
    const broken = real
      .replace('href: "https://actionnetwork.org/email-tool/"', 'href: "http://actionnetwork.org/email-tool/"')
      .replace('    - label: Discover\n', '    - lable: Discover\n')
      .replace('Maps powered by [Mapbox](https://mapbox.com/).', 'Maps powered by [Mapbox](javascript:alert(1)) <b>x</b>.');
    const messages = parse(broken).problems.map(formatProblem);
    expect(messages).toEqual([
      `site.yaml:${lineOf(broken, 'http://actionnetwork.org/email-tool/')}:37: error site-data: "header.navigation[0].groups[2].links[0].href": must start with https:// (or / for a page this site serves itself)`,
      `site.yaml:${lineOf(broken, 'javascript:alert')}:7: error site-data: "footer.credits[0]": the link "javascript:alert(1)" must start with https:// (or / for a page of this site)`,
      `site.yaml:${lineOf(broken, 'javascript:alert')}:7: error site-data: "footer.credits[0]": contains HTML: write [text](https://…) for links, _text_ for italics`,
      `site.yaml:${lineOf(broken, 'lable: Discover')}:7: error site-data: "footer.columns[2].label": is missing: add the column heading`,
      `site.yaml:${lineOf(broken, 'lable: Discover')}:7: error site-data: unknown key "lable" in "footer.columns[2]": remove it or check its spelling.`,
    ]);
  });

  it('refuses a navigation entry that is both a link and a menu, or neither', () => {
    const demo = '    - { label: Demo, href: "https://actionnetwork.org/demo/" }';
    // A valid menu beside the link, so only the either-or rule can object.
    const both = real.replace(demo, `${demo.slice(0, -2)}, groups: [{ links: [{ label: Tour, href: "https://actionnetwork.org/tour/" }] }] }`);
    const neither = real.replace(demo, '    - { label: Demo }');
    const message = 'give either "href" (a plain link) or "groups" (a menu), not both or neither';
    expect(parse(both).problems.map((p) => p.message)).toEqual([`"header.navigation[3]": ${message}`]);
    expect(parse(neither).problems.map((p) => p.message)).toEqual([`"header.navigation[3]": ${message}`]);
  });
});

describe('site data link lists', () => {
  it('refuses the same link text twice in one list, at the second one', () => {
    const broken = real.replace(
      '    - { label: Cookies, href: "https://actionnetwork.org/cookies/" }',
      '    - { label: Cookies, href: "https://actionnetwork.org/cookies/" }\n    - { label: Cookies, href: "https://actionnetwork.org/cookies/" }',
    );
    const line = broken.split('\n').findIndex((l) => l.includes('label: Cookies')) + 2;
    expect(parse(broken).problems.map(formatProblem)).toEqual([
      `site.yaml:${line}:16: error site-data: "footer.legal[4].label": duplicates the link at position 4 of this list: remove one`,
    ]);
  });

  it('refuses two top-level navigation entries with the same name, at the second', () => {
    const lines = real.split('\n');
    const support = lines.findIndex((l, i) => l === '    - label: Support' && i < lines.findIndex((x) => x.startsWith('footer')));
    const broken = [...lines.slice(0, support), '    - label: Community', ...lines.slice(support + 1)].join('\n');
    expect(parse(broken).problems.map(formatProblem)).toEqual([
      `site.yaml:${support + 1}:14: error site-data: "header.navigation[2].label": "Community" is already the name of navigation entry 2: give each entry its own name, or merge the two`,
    ]);
  });
});
