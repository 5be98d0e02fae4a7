// The notes kept on this device, each with its ways to marketing: an e-mail to the sheet's owner
// (the partner team, in the partner edition) and, where the page names the repository, an issue.
// Links appear only online: offline the note waits, and nothing is sent until the rep clicks one.
import { issueFormLink, mailtoLink } from "../core/field-notes/message.ts";
import { NOTE_KIND_LABELS } from "../core/field-notes/kinds.ts";
import { formatDate } from "../site/format.ts";
import { element } from "./dom.ts";
import { forgetNote, markSent, storedNotes, type StoredNote } from "./field-note-store.ts";

/** Written by the layout in the sales team's edition only: no script holds the repository's address. */
const repository = document.querySelector<HTMLMetaElement>(
  'meta[name="fieldguide-repository"]',
)?.content;

export function renderNotes(container: HTMLElement): void {
  const notes = storedNotes();
  const waiting = notes.filter((note) => !note.sentAt);
  const online = navigator.onLine;
  const status = element("p", "field-notes-status");
  status.tabIndex = -1;
  status.textContent =
    waiting.length === 0
      ? "No note is waiting to be sent."
      : `${waiting.length === 1 ? "1 note is" : `${waiting.length} notes are`} waiting on this device. ` +
        (online
          ? repository
            ? "Send each by e-mail to the sheet's owner or as a GitHub issue."
            : "Send each by e-mail."
          : "You are offline: they wait here until you are back online and send them.");
  const list = element("ul", "field-notes-list");
  list.append(
    ...[...waiting, ...notes.filter((note) => note.sentAt)].map((note) =>
      noteItem(note, online, container),
    ),
  );
  container.replaceChildren(status, ...(notes.length > 0 ? [list] : []));
}

function noteItem(stored: StoredNote, online: boolean, container: HTMLElement): HTMLLIElement {
  const { note, sheet } = stored;
  const item = element("li", "field-note card");
  item.dataset.state = stored.sentAt ? "sent" : "waiting";
  const head = element("p");
  head.append(
    element("strong", "", NOTE_KIND_LABELS[note.kind]),
    // What the rep was looking at, in words: a claim's wording, not its id.
    `: ${sheet.title}. ${stored.about}`,
  );
  const quote = element("blockquote");
  quote.append(element("p", "", `“${note.quote}”`));
  const when = stored.sentAt
    ? `Kept on ${formatDate(note.date)}; opened to send on ${formatDate(stored.sentAt.slice(0, 10))}.`
    : `Kept on ${formatDate(note.date)}; waiting to be sent.`;
  const actions = element("p", "field-note-actions");
  if (online) {
    actions.append(sendLink(stored, mailtoLink(note, sheet), `Send by e-mail to ${sheet.owner}`));
    if (repository) {
      actions.append(
        sendLink(stored, issueFormLink(note, sheet, repository), "Open a GitHub issue"),
      );
    }
  } else {
    actions.append(element("span", "hint", "Offline: waiting until you are back online."));
  }
  const remove = element("button", "", "Delete");
  remove.type = "button";
  remove.setAttribute("aria-label", `Delete the note “${note.quote.slice(0, 40)}”`);
  remove.addEventListener("click", () => {
    forgetNote(stored.id);
    renderNotes(container);
    container.querySelector<HTMLElement>(".field-notes-status")?.focus();
  });
  actions.append(remove);
  // What the rep was looking at: for them to recall the moment; marketing gets the note's fields.
  item.append(head, element("p", "hint", stored.about), quote, element("p", "hint", when), actions);
  return item;
}

function sendLink(stored: StoredNote, href: string, text: string): HTMLAnchorElement {
  const link = element("a", "", text);
  link.href = href;
  if (href.startsWith("http")) {
    link.target = "_blank";
    link.rel = "noopener noreferrer";
  }
  // Marked after the browser has followed the link: re-rendering first would remove it.
  link.addEventListener("click", () => setTimeout(() => markSent(stored.id)));
  return link;
}
