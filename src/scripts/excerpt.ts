// Pagefind excerpts are HTML: escaped text with <mark> around the matched words. They become DOM
// nodes here without innerHTML, so nothing in the index can inject markup.

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
  "&apos;": "'",
};

function decode(text: string): string {
  return text.replace(
    /&(?:amp|lt|gt|quot|apos|#39|#x27);/g,
    (entity) => ENTITIES[entity] ?? entity,
  );
}

export function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).flatMap((part): Node[] => {
    if (part === "") return [];
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!marked) return [document.createTextNode(decode(part))];
    const mark = document.createElement("mark");
    mark.textContent = decode(marked[1] ?? "");
    return [mark];
  });
}
