import GithubSlugger from "github-slugger";
import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { mdxToHast, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from "satteri";
import { satteriInput } from "./mdx.ts";

/**
 * A talk track as a page renders it: runs of HTML, and between them the components it uses. A run
 * may open an element that a later run closes (a paragraph holding a `<Claim>`).
 */
export type TalkTrackPart =
  string | { component: "Claim"; id: string } | { component: "DontSay"; children: TalkTrackPart[] };

/**
 * What @astrojs/mdx makes of a talk track, without compiling it to a module: satteri's syntax tree
 * with GitHub tables and smart punctuation as Astro enables them by default, and an id on every
 * heading from github-slugger, as Astro's heading-ids plugin gives them. The body must have passed
 * the talk track check (src/core/text/mdx.ts). Past it, an HTML element (`<form>`) is written as
 * @astrojs/mdx writes it, so that the scan of the built pages (src/integrations/page-scan.ts) still
 * finds it; other components, `{ }` expressions and import/export would need code run, and throw.
 */
export function talkTrackParts(body: string): TalkTrackPart[] {
  const root = tree(body);
  addHeadingIds(root.children, new GithubSlugger());
  const parts: TalkTrackPart[] = [];
  appendParts(root.children, parts);
  return parts;
}

/**
 * Whether a talk track shows an image from a file of the library (`![…](../images/a.png)`), judged
 * as @astrojs/mdx judges addresses: Astro's image pipeline takes in such a file only for a talk
 * track it compiles, so that talk track is still compiled by @astrojs/mdx.
 */
export function showsLocalImage(body: string): boolean {
  return localImageSources(body).length > 0;
}

/** The addresses of the images a talk track shows from files of the library, as written. */
export function localImageSources(body: string): string[] {
  // Every Markdown image starts so; the check refuses <img>.
  if (!body.includes("![")) return [];
  const sources: string[] = [];
  const collect = (nodes: readonly Nodes[]): void => {
    for (const node of nodes) {
      if (node.type === "element" && node.tagName === "img") {
        const src = String(node.properties.src ?? "");
        if (!URL.canParse(src) && !src.startsWith("/")) sources.push(src);
      }
      if ("children" in node) collect(node.children);
    }
  };
  try {
    collect([tree(body)]);
  } catch {
    // Mid-edit in `npm run dev`: a talk track that cannot be read is the check's to report.
  }
  return sources;
}

function tree(body: string): Root {
  const root = mdxToHast(satteriInput(body), {
    position: false,
    features: { gfm: true, smartPunctuation: true },
  });
  if (root.type !== "root") throw new Error("satteri did not give a document");
  return root;
}

function appendParts(nodes: readonly RootContent[], parts: TalkTrackPart[]): void {
  const html = (text: string) => {
    if (typeof parts.at(-1) === "string") parts[parts.length - 1] += text;
    else parts.push(text);
  };
  for (const node of nodes) {
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      if (node.name === "Claim") {
        const id = node.attributes.find(
          (attribute) => "name" in attribute && attribute.name === "id",
        );
        if (typeof id?.value !== "string") throw new Error("<Claim> without an id");
        parts.push({ component: "Claim", id: id.value });
      } else if (node.name === "DontSay") {
        const children: TalkTrackPart[] = [];
        appendParts(node.children, children);
        parts.push({ component: "DontSay", children });
      } else if (/^[a-z][\w-]*$/.test(node.name ?? "")) {
        appendParts([htmlElement(node)], parts);
      } else throw unchecked(`<${node.name}>`);
    } else if (node.type.startsWith("mdx")) {
      throw unchecked(node.type);
    } else if (node.type === "element" && node.children.some(holdsComponent)) {
      // The element's own tags around its children, which hold a component: `<p>` … `</p>`.
      const close = `</${node.tagName}>`;
      html(toHtml({ ...node, children: [] }).slice(0, -close.length));
      appendParts(node.children, parts);
      html(close);
    } else html(toHtml(node));
  }
}

/** An HTML element written in JSX, with its attributes as written. */
function htmlElement(node: MdxJsxFlowElementHast | MdxJsxTextElementHast): Element {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    // `{…attributes}` or `name={…}`: code to run.
    if (attribute.type !== "mdxJsxAttribute") throw unchecked(`{ } on <${node.name}>`);
    const { name, value } = attribute;
    if (typeof value === "object" && value !== null) throw unchecked(`{ } on <${node.name}>`);
    properties[name] = value ?? true;
  }
  return { type: "element", tagName: node.name!, properties, children: node.children };
}

function holdsComponent(node: ElementContent): boolean {
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") return true;
  return "children" in node && node.children.some(holdsComponent);
}

const HEADING = /^h[1-6]$/;

/** In document order, as Astro's plugin visits them, so repeated titles get -1, -2… as there. */
function addHeadingIds(nodes: readonly Nodes[], slugger: GithubSlugger): void {
  for (const node of nodes) {
    if (node.type === "element" && HEADING.test(node.tagName)) {
      node.properties.id = slugger.slug(textOf(node));
    }
    if ("children" in node) addHeadingIds(node.children, slugger);
  }
}

function textOf(node: Element | ElementContent): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

function unchecked(what: string): Error {
  return new Error(`${what} in a talk track that was not checked: run the talk track check first`);
}
