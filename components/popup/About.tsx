import type { Translator } from '@/utils/i18n/translate';

export interface AboutProps {
  tr: Translator;
  version: string;
  /** Content hash of the bundled dataset; shown shortened, in full on hover. */
  hash: string;
  sources: string[];
}

const SHORT_HASH_LENGTH = 12;

/** The hash without an algorithm prefix such as "sha256-", cut to a length people can compare. */
export function shortHash(hash: string): string {
  return hash.replace(/^[a-z0-9]+[-:]/i, '').slice(0, SHORT_HASH_LENGTH);
}

/** Which dataset this build carries and where its content comes from. */
export function About({ tr, version, hash, sources }: AboutProps) {
  return (
    <section class="about" aria-labelledby="about-title">
      <h2 id="about-title">{tr.t('about.title')}</h2>
      <dl>
        <dt>{tr.t('about.dataset')}</dt>
        <dd>
          {tr.t('about.version', { version })} · <code title={hash}>{shortHash(hash)}</code>
        </dd>
        <dt>{tr.t('about.source')}</dt>
        <dd>{sources.length > 0 ? sources.join('; ') : tr.t('about.notStated')}</dd>
      </dl>
      <p class="about-note">{tr.t('about.note')}</p>
    </section>
  );
}
