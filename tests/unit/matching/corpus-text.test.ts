import { describe, expect, it } from 'vitest';
import { visibleText } from '../../bench/corpus-text';

describe('visibleText (benchmark corpus extraction)', () => {
  it.each([
    [
      'drops script, style, noscript, template and comments',
      '<p>a</p><script>var Trump=1</script><style>p{}</style><noscript>x</noscript><template>y</template><!-- z --><p>b</p>',
      'a\n\nb',
    ],
    [
      'separates blocks by a blank line; inline tags vanish',
      '<div>Sergey <b>Lavrov</b></div><p>said<br>so</p>',
      'Sergey Lavrov\n\nsaid\n\nso',
    ],
    [
      'decodes named and numeric entities',
      'Trump&rsquo;s &amp; Putin&#39;s &#x2014; 20&nbsp;%',
      "Trump’s & Putin's — 20\u00a0%",
    ],
    [
      'keeps a line break of the source as one',
      '<p>lost control of\n      about 20%</p>',
      'lost control of\nabout 20%',
    ],
    ['leaves unknown entities alone', '&bogus; &#0;', '&bogus; &#0;'],
  ])('%s', (_name, html, text) => {
    expect(visibleText(html)).toBe(text);
  });
});
