import { describe, expect, it } from 'vitest';
import { visibleText } from '../../bench/corpus-text';

describe('visibleText (benchmark corpus extraction)', () => {
  it.each([
    [
      'drops script, style, noscript, template and comments',
      '<p>a</p><script>var Trump=1</script><style>p{}</style><noscript>x</noscript><template>y</template><!-- z --><p>b</p>',
      'a\nb',
    ],
    [
      'turns blocks into line breaks and inline tags into nothing',
      '<div>Sergey <b>Lavrov</b></div><p>said<br>so</p>',
      'Sergey Lavrov\nsaid\nso',
    ],
    [
      'decodes named and numeric entities',
      'Trump&rsquo;s &amp; Putin&#39;s &#x2014; 20&nbsp;%',
      "Trump’s & Putin's — 20\u00a0%",
    ],
    ['leaves unknown entities alone', '&bogus; &#0;', '&bogus; &#0;'],
  ])('%s', (_name, html, text) => {
    expect(visibleText(html)).toBe(text);
  });
});
