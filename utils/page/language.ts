/**
 * The language a piece of the page declares: the nearest `lang` attribute around a node, as
 * written ("uk-UA"), or null where the page says nothing. `lang=""` means "unknown" in HTML,
 * so it stops the search as null rather than falling through to an outer declaration.
 */
export function declaredLanguageAt(node: Node): string | null {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const holder = start?.closest('[lang]');
  const value = holder?.getAttribute('lang')?.trim();
  return value ? value : null;
}
