import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { About, shortHash } from '@/components/popup/About';
import { translator } from '@/utils/i18n/translate';

const en = translator('en');

// Render into a clean document for every test.
afterEach(cleanup);

describe('About', () => {
  it('shows the dataset version, a short hash with the full one on hover, and the sources', () => {
    const hash = 'sha256-9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    render(
      <About tr={en} version="1.2.0" hash={hash} sources={['Example Agency, 18 February 2025']} />,
    );
    expect(screen.queryByText(/version 1\.2\.0/)).not.toBeNull();
    const code = screen.getByText('9f86d081884c');
    expect(code.getAttribute('title')).toBe(hash);
    expect(screen.queryByText('Example Agency, 18 February 2025')).not.toBeNull();
  });

  it.each([
    ['sha256-abcdef0123456789', 'abcdef012345'],
    ['sha256:abcdef0123456789', 'abcdef012345'],
    ['0123456789abcdef', '0123456789ab'],
    ['unknown', 'unknown'],
  ])('shortens %s to %s', (hash, short) => {
    expect(shortHash(hash)).toBe(short);
  });
});
