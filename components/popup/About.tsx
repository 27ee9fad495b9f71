export interface AboutProps {
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
export function About({ version, hash, sources }: AboutProps) {
  return (
    <section class="about" aria-labelledby="about-title">
      <h2 id="about-title">About</h2>
      <dl>
        <dt>Dataset</dt>
        <dd>
          version {version} · <code title={hash}>{shortHash(hash)}</code>
        </dd>
        <dt>Source</dt>
        <dd>{sources.length > 0 ? sources.join('; ') : 'Not stated'}</dd>
      </dl>
      <p class="about-note">
        Everything shown is bundled with the extension. Nothing is sent anywhere.
      </p>
    </section>
  );
}
