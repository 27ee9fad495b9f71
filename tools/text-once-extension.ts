import { makeReferenceExtension, type ReferenceExtension } from './empty-extension';

/**
 * The content script of the text-once reference: at document_idle, every text node's data read
 * once with a TreeWalker, then nothing. No matching, no storage, no listeners: what any
 * extension that reads a page's text pays, the floor under Backstory's first pass. The length
 * read is kept in a variable so the read is not an unused expression.
 */
const TEXT_ONCE_SCRIPT = `(() => {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    length += node.data.length;
  }
  return length;
})();
`;

/**
 * A reference extension built like the empty one (tools/empty-extension.ts) whose content
 * script, on every http(s) page at document_idle — where and when Backstory's runs — reads
 * every text node's data once and stops. Beside Backstory in the load-cost and long-task
 * tables it says how much of Backstory's cost is the platform's price for any content script
 * that reads the page.
 */
export function makeTextOnceExtension(): ReferenceExtension {
  return makeReferenceExtension(
    'Text-once reference',
    'text-once@backstory.example',
    {
      content_scripts: [
        {
          matches: ['http://*/*', 'https://*/*'],
          run_at: 'document_idle',
          js: ['content.js'],
        },
      ],
    },
    { 'content.js': TEXT_ONCE_SCRIPT },
  );
}
