/** Reads the JSON a page wrote for its island (see src/site/page-data.ts). */
export function readPageData<T>(id: string): T {
  const element = document.getElementById(id);
  if (!element?.textContent) throw new Error(`The page has no data #${id}`);
  return JSON.parse(element.textContent) as T;
}
